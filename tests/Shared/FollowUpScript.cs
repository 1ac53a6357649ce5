using System.Text.Json;

namespace TutorBot.Tests.Shared;

/// <summary>
/// The scripted follow-up conversations of tests/eval/conversations/follow-ups.jsonl: each line says a message and
/// what its reply must do (<c>cites</c>: cite an entry; <c>cites:ID</c>: cite that entry first; <c>cites:same</c>: cite
/// first the entry the previous reply cited first; <c>not-covered</c>:
/// say the knowledge base lacks it); <c>{"new": true}</c> starts another conversation.
/// </summary>
internal static class FollowUpScript
{
    public sealed record Step(string Say, string Expect)
    {
        public string? ExpectedId => Expect.StartsWith("cites:", StringComparison.Ordinal) ? Expect["cites:".Length..] : null;

        public bool ExpectsNotCovered => Expect == "not-covered";
    }

    /// <summary>The conversations, in file order.</summary>
    public static IReadOnlyList<IReadOnlyList<Step>> Load(string repoRoot)
    {
        var conversations = new List<IReadOnlyList<Step>>();
        var current = new List<Step>();
        foreach (var line in File.ReadLines(Path.Combine(repoRoot, "tests", "eval", "conversations", "follow-ups.jsonl")))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var root = JsonDocument.Parse(line).RootElement;
            if (root.TryGetProperty("new", out _))
            {
                conversations.Add(current);
                current = [];
                continue;
            }

            current.Add(new Step(root.GetProperty("say").GetString()!, root.GetProperty("expect").GetString()!));
        }

        conversations.Add(current);
        return conversations.Where(c => c.Count > 0).ToList();
    }

    /// <summary>
    /// Checks one reply: not the previous reply's text again, citing what the step expects, or saying "not covered".
    /// <paramref name="cited"/> are the reply's cited entry ids, first cited first.
    /// </summary>
    public static void Check(Step step, string reply, string? previousReply, IReadOnlyList<string> cited, IReadOnlyList<string> previousCited)
    {
        var notCovered = Core.Answering.TutorReplies.NotCovered.In(Core.LanguageDetector.Detect(step.Say));
        var where = $"after \"{step.Say}\": {reply}";
        Assert.False(previousReply is not null && Normalise(reply) == Normalise(previousReply), $"repeated the previous reply {where}");
        if (step.ExpectsNotCovered)
        {
            Assert.True(reply.Contains(notCovered, StringComparison.Ordinal), $"expected 'not covered' {where}");
            Assert.Empty(cited);
            return;
        }

        Assert.True(cited.Count > 0, $"expected a citation {where}");
        Assert.True(reply.Contains("[1]", StringComparison.Ordinal), $"expected a [1] marker {where}");
        if (step.ExpectedId == "same")
        {
            Assert.True(previousCited.Count > 0 && cited[0] == previousCited[0], $"expected the previous entry again, cited [{string.Join(",", cited)}] {where}");
        }
        else if (step.ExpectedId is { } id)
        {
            Assert.True(cited[0] == id, $"expected {id} first, cited [{string.Join(",", cited)}] {where}");
        }
    }

    private static string Normalise(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
