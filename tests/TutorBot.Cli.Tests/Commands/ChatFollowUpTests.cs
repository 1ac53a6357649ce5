using System.Text.RegularExpressions;
using TutorBot.Cli.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Cli.Tests.Commands;

/// <summary>The scripted follow-up conversations through <c>chat</c>, one process per conversation, no LLM.</summary>
public sealed partial class ChatFollowUpTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task EveryFollowUpIsAnsweredFromTheKnowledgeBaseWithoutRepeatingTheLastReply()
    {
        var conversations = FollowUpScript.Load(CliRunner.RepoRoot());
        Assert.True(conversations.Sum(c => c.Count) >= 30, "the script needs at least 30 turns");

        foreach (var steps in conversations)
        {
            var input = string.Concat(steps.Select(s => s.Say + "\n"));
            var (code, output, error) = await _cli.RunAsync(input, "chat");
            Assert.True(code == 0, error);

            var turns = TurnStart().Split(output).Where(t => t.Trim().Length > 0).ToList();
            Assert.Equal(steps.Count, turns.Count);
            string? previous = null;
            IReadOnlyList<string> previousCited = [];
            for (var i = 0; i < steps.Count; i++)
            {
                var reply = turns[i][(turns[i].IndexOf('\n') + 1)..];
                var cited = SourceLine().Matches(reply).Select(m => m.Groups[1].Value).ToList();
                FollowUpScript.Check(steps[i], reply, previous, cited, previousCited);
                (previous, previousCited) = (reply, cited);
            }
        }
    }

    public void Dispose() => _cli.Dispose();

    [GeneratedRegex(@"(?m)^> ")]
    private static partial Regex TurnStart();

    [GeneratedRegex(@"(?m)^\[\d+\] (\S+)  ")]
    private static partial Regex SourceLine();
}
