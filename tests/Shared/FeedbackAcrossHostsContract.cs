using TutorBot.Core.Feedback;
using TutorBot.Core.State;

namespace TutorBot.Tests.Shared;

/// <summary>
/// Feedback kept by two hosts on one shared state, run once per backend by a derived class (SQLite in
/// TutorBot.Storage.Tests, Azure Blob on Azurite in TutorBot.Storage.AzureBlob.Tests): each host has its own store
/// instance over the same data, as two processes would. Shared as source by both test projects.
/// </summary>
public abstract class FeedbackAcrossHostsContract
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ChatKey Chat = new("msteams", "a:conversation", "29:user");

    /// <summary>A new store instance on the shared data, as another host would open it.</summary>
    protected abstract IStateStore OpenAnotherStore();

    [Fact]
    public async Task AVoteArrivingAtHostBForAnAnswerSentByHostAIsFoundWithItsQuestionAndEntries()
    {
        var hostA = new AnswerLedger(OpenAnotherStore(), new FeedbackOptions());
        var hostB = new AnswerLedger(OpenAnotherStore(), new FeedbackOptions());

        await hostA.RememberAsync(Chat, "1:1700000000000", new AnsweredMessage("What is the KV cache?", ["q07", "q09"], "extractive"), None);
        var found = await hostB.FindAsync(Chat, "1:1700000000000", None);

        Assert.Equal("What is the KV cache?", found?.Question);
        Assert.Equal(["q07", "q09"], found?.Entries);
    }

    [Fact]
    public async Task VotesStoredByTwoHostsAtTheSameTimeAreAllListedOnce()
    {
        var day = DateTimeOffset.UtcNow;
        var hosts = new[] { new FeedbackStore(OpenAnotherStore()), new FeedbackStore(OpenAnotherStore()) };
        var votes = Enumerable.Range(0, 2).Select(h => Enumerable.Range(0, 6)
            .Select(i => FeedbackRecord.New(day, h == 0 ? "msteams" : "webchat", FeedbackRecord.Like, $"question {h}.{i}", [$"q{i:00}"], "extractive", null))
            .ToList()).ToList();

        // Each host stores its votes one after another, both hosts at once: they meet at the day's index.
        await Task.WhenAll(hosts.Select((host, h) => Task.Run(async () =>
        {
            foreach (var vote in votes[h])
            {
                Assert.True(await host.AddAsync(vote, None));
            }
        })));
        var listed = await hosts[0].ListAsync(DateOnly.FromDateTime(day.UtcDateTime), DateOnly.FromDateTime(day.UtcDateTime), null, None);

        Assert.Equal(votes.SelectMany(v => v).Select(v => v.Id).Order(StringComparer.Ordinal), listed.Records.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Empty(listed.Damaged);
    }

    [Fact]
    public async Task AnswersRememberedByTwoHostsInOneConversationKeepTheNewestWithinTheBound()
    {
        var options = new FeedbackOptions { AnswersPerConversation = 4 };
        var hosts = new[] { new AnswerLedger(OpenAnotherStore(), options), new AnswerLedger(OpenAnotherStore(), options) };

        // Two hosts answer turns of one conversation at once, three answers each.
        await Task.WhenAll(hosts.Select((host, h) => Task.Run(async () =>
        {
            for (var i = 0; i < 3; i++)
            {
                await host.RememberAsync(Chat, $"{h}:{i}", new AnsweredMessage($"question {h}.{i}", ["q01"], "extractive"), None);
            }
        })));

        var remembered = new List<string>();
        foreach (var id in Enumerable.Range(0, 2).SelectMany(h => Enumerable.Range(0, 3).Select(i => $"{h}:{i}")))
        {
            if (await hosts[0].FindAsync(Chat, id, None) is not null)
            {
                remembered.Add(id);
            }
        }

        Assert.Equal(4, remembered.Count);
        Assert.Contains("0:2", remembered);
        Assert.Contains("1:2", remembered);
    }
}
