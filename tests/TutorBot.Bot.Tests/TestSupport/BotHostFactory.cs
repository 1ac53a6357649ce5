using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Bot.Hosting;
using TutorBot.Core.Feedback;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The real bot host in memory, over the repository's knowledge base, with its index and data in a temporary
/// folder. Extra settings (an app id, Web Chat off) come through the constructor.
/// </summary>
public class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly bool _ownsDataRoot;

    public BotHostFactory() : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>With <paramref name="dataRoot"/> given, the host uses that folder and leaves it in place on dispose.</summary>
    protected BotHostFactory(IReadOnlyDictionary<string, string?> settings, string? dataRoot = null)
    {
        _settings = settings;
        _ownsDataRoot = dataRoot is null;
        DataRoot = dataRoot ?? Directory.CreateTempSubdirectory("tutorbot-bot-").FullName;
    }

    public string DataRoot { get; }

    /// <summary>Where an earlier version of the host appended feedback votes (imported at start).</summary>
    public string LegacyFeedbackFile => Path.Combine(DataRoot, "bot", "feedback.jsonl");

    /// <summary>The votes stored in the host's state store in the last two days (UTC), oldest first.</summary>
    public async Task<IReadOnlyList<FeedbackRecord>> VotesAsync()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var listing = await Services.GetRequiredService<FeedbackStore>().ListAsync(today.AddDays(-1), today.AddDays(1), null, CancellationToken.None);
        Assert.Empty(listing.Damaged);
        return listing.Records;
    }

    /// <summary>What the host logged (at the levels appsettings.json lets through).</summary>
    public LogCapture Logs { get; } = new();


    /// <summary>Waits until <c>/healthz</c> says the index is loaded.</summary>
    public async Task<HttpClient> CreateReadyClientAsync()
    {
        var client = CreateClient();
        await Services.GetRequiredService<IndexReadiness>().WhenReadyAsync(CancellationToken.None);
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Knowledge:Root", RepoPaths.Knowledge);
        builder.UseSetting("Retrieval:IndexPath", Path.Combine(DataRoot, "index"));
        builder.UseSetting("Retrieval:AliasesFile", Path.Combine(RepoPaths.Knowledge, "aliases.txt"));
        builder.UseSetting("Bot:DataFolder", Path.Combine(DataRoot, "bot"));
        builder.UseSetting("Storage:DataFolder", Path.Combine(DataRoot, "state"));
        builder.UseSetting("MicrosoftAppId", "");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (!_ownsDataRoot)
        {
            return;
        }

        try
        {
            Directory.Delete(DataRoot, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
