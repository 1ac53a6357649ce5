using TutorBot.Tests.Shared;

namespace TutorBot.LoadTest.Hosts;

/// <summary>How the tool starts the two hosts it compares: the real bot's build output, and itself as the echo bot.</summary>
internal static class HostLaunch
{
    /// <summary>
    /// The bot as built beside this tool (same configuration), over <paramref name="workspace"/> as its content root
    /// (TUTORBOT_HOME), with production settings and no LLM. Ready when /healthz says its index is in service.
    /// </summary>
    public static Task<HostProcess> BotAsync(Workspace workspace, IReadOnlyDictionary<string, string>? settings, CancellationToken cancellationToken)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var bot = Path.Combine(RepositoryRoot.Find(), "src", "TutorBot.Bot", "bin", configuration, "net10.0", "TutorBot.Bot.dll");
        if (!File.Exists(bot))
        {
            throw new FileNotFoundException($"the bot is not built at {bot}; build the solution in {configuration} first", bot);
        }

        var environment = new Dictionary<string, string>
        {
            ["TUTORBOT_HOME"] = workspace.Root,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Llm__Provider"] = "None",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return HostProcess.StartAsync("bot", [bot], environment, "/healthz", cancellationToken);
    }

    /// <summary>This tool started again in <see cref="EchoHost.Mode"/>; with <paramref name="stateFile"/>, the echo bot keeps state there.</summary>
    public static Task<HostProcess> EchoAsync(string? stateFile, CancellationToken cancellationToken)
    {
        var self = Path.Combine(AppContext.BaseDirectory, "TutorBot.LoadTest.dll");
        var environment = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" };
        string[] arguments = stateFile is null ? [self, EchoHost.Mode] : [self, EchoHost.Mode, EchoHost.StateOption, stateFile];
        return HostProcess.StartAsync("echo", arguments, environment, "/healthz", cancellationToken);
    }
}
