using Microsoft.Extensions.DependencyInjection;
using TutorBot.Core;
using TutorBot.Core.Export;
using TutorBot.Core.Knowledge;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>What an export should hold, built with Core's <see cref="AnkiExport"/> from the entries the host serves.</summary>
internal static class ExportExpectations
{
    /// <summary>The file of every served entry of <paramref name="topicId"/>, in id order.</summary>
    public static AnkiExportFile TopicFile(BotHostFactory host, string topicId, Language language = Language.English)
    {
        var entries = host.Services.GetRequiredService<IServedEntries>().EntriesAsync(CancellationToken.None).GetAwaiter().GetResult()
            .Where(e => e.Topic?.Id == topicId)
            .ToList();
        Assert.NotEmpty(entries);
        return AnkiExport.Build(entries, language);
    }

    /// <summary>The GUID column of every note line.</summary>
    public static IReadOnlyList<string> Guids(string content) =>
        content.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0]).ToList();
}
