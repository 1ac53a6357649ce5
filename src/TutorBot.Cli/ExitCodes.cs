namespace TutorBot.Cli;

/// <summary>Process exit codes of every command.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>Something the user can fix: a bad argument, a missing file, a knowledge base with problems.</summary>
    public const int UserError = 1;

    /// <summary>Something went wrong inside TutorBot or the machine.</summary>
    public const int SystemError = 2;
}
