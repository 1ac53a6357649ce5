namespace TutorBot.Knowledge.Hosting;

/// <summary>
/// Finds the folder that holds appsettings.json and knowledge/: <c>TUTORBOT_HOME</c> when set, else the first
/// such folder at or above the working directory, else at or above the program's own folder, else the working directory.
/// The bot and the command line both start from it, so they serve the same knowledge base.
/// </summary>
public static class ContentRoot
{
    /// <summary>The content root folder, as a full path.</summary>
    public static string Locate()
    {
        if (Environment.GetEnvironmentVariable("TUTORBOT_HOME") is { Length: > 0 } home)
        {
            return Path.GetFullPath(home);
        }

        return FindUp(Directory.GetCurrentDirectory()) ?? FindUp(AppContext.BaseDirectory) ?? Directory.GetCurrentDirectory();
    }

    private static string? FindUp(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "appsettings.json")) && Directory.Exists(Path.Combine(dir.FullName, "knowledge")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
