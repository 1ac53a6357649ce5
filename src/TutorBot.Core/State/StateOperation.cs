namespace TutorBot.Core.State;

/// <summary>What a failed <see cref="IStateStore"/> call was doing.</summary>
public enum StateOperation
{
    /// <summary>Opening or creating the store.</summary>
    Open,

    /// <summary><see cref="IStateStore.ReadAsync"/>.</summary>
    Read,

    /// <summary><see cref="IStateStore.WriteAsync"/>.</summary>
    Write,

    /// <summary><see cref="IStateStore.DeleteAsync"/>.</summary>
    Delete,
}
