namespace TutorBot.Cli.Hosting;

/// <summary>The learner the command line acts for: <c>--user</c> when given, else the OS user name, else "local".</summary>
internal static class CliUser
{
    public static string Id(string? user)
    {
        var id = string.IsNullOrWhiteSpace(user) ? Environment.UserName : user.Trim();
        return string.IsNullOrWhiteSpace(id) ? "local" : id;
    }
}
