namespace TutorBot.Cli;

/// <summary>A problem the user can fix; its message is shown as is and the process exits with 1.</summary>
internal sealed class UserErrorException(string message) : Exception(message);
