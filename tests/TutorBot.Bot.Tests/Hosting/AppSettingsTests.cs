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

            unread.AddRange(UnreadKeys(section.Name, type, section.Value, sections));
        }

        Assert.True(sections.Count >= 10, $"found only {sections.Count} options classes");
        Assert.Empty(unread);
    }

    // A key is read when it is a writable property of its section's class, or, for an object, when an options class
    // owns that sub-section (Storage:AzureBlob) and reads each of its keys.
    private static IEnumerable<string> UnreadKeys(string path, Type type, JsonElement section, Dictionary<string, Type> sections)
    {
        foreach (var key in section.EnumerateObject())
        {
            var keyPath = $"{path}:{key.Name}";
            if (key.Value.ValueKind == JsonValueKind.Object && sections.TryGetValue(keyPath, out var subType))
            {
                foreach (var unread in UnreadKeys(keyPath, subType, key.Value, sections))
                {
                    yield return unread;
                }
            }
            else if (type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance) is not { CanWrite: true })
            {
                yield return keyPath;
            }
        }
    }

    private static IEnumerable<Type> OptionsClasses() =>
        new[] { "TutorBot.Core", "TutorBot.Knowledge", "TutorBot.Retrieval", "TutorBot.Grounding", "TutorBot.Storage", "TutorBot.Storage.AzureBlob", "TutorBot.Bot" }
            .Select(Assembly.Load)
            .SelectMany(a => a.GetTypes())
            .Where(t => t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true });
}
