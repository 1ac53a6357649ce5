using System.Reflection;
using System.Text.Json;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Hosting;

/// <summary>Every key of appsettings.json is read by something: an options class's property, or a framework.</summary>
public sealed class AppSettingsTests
{
    // Read by the Bot Framework's ConfigurationBotFrameworkAuthentication and by ASP.NET Core's logging, not by ours.
    private static readonly string[] FrameworkKeys = ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppTenantId", "Logging:"];

    [Fact]
    public void EveryKeyIsAPropertyOfTheOptionsClassOfItsSection()
    {
        var sections = OptionsClasses().ToDictionary(t => (string)t.GetField("SectionName")!.GetValue(null)!, StringComparer.Ordinal);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "appsettings.json")));

        var unread = new List<string>();
        foreach (var section in json.RootElement.EnumerateObject())
        {
            if (FrameworkKeys.Any(k => k == section.Name || k == section.Name + ":"))
            {
                continue;
            }

            if (!sections.TryGetValue(section.Name, out var type) || section.Value.ValueKind != JsonValueKind.Object)
            {
                unread.Add(section.Name);
                continue;
            }

            unread.AddRange(section.Value.EnumerateObject()
                .Where(key => type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance) is not { CanWrite: true })
                .Select(key => $"{section.Name}:{key.Name}"));
        }

        Assert.True(sections.Count >= 10, $"found only {sections.Count} options classes");
        Assert.Empty(unread);
    }

    private static IEnumerable<Type> OptionsClasses() =>
        new[] { "TutorBot.Core", "TutorBot.Knowledge", "TutorBot.Retrieval", "TutorBot.Grounding", "TutorBot.Storage", "TutorBot.Bot" }
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });
}
