namespace TutorBot.Core.State;

/// <summary>Why an <see cref="IStateStore"/> could not be read or written (<see cref="StateStoreUnavailableException"/>).</summary>
public enum StateStoreFault
{
    /// <summary>Anything else: the store cannot be opened or reached, or it is busy past its timeout.</summary>
    Unavailable,

    /// <summary>The disk (or the storage quota) is full: reads work, writes fail.</summary>
    Full,

    /// <summary>The data folder or the store is read-only.</summary>
    ReadOnly,

    /// <summary>The store's own files are damaged (not one record: a corrupt database).</summary>
    Corrupt,
}
