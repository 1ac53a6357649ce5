using TutorBot.Bot.Tests.TestSupport;
using TutorBot.Tests.Shared;

namespace TutorBot.Bot.Tests.Conversation;

/// <summary>The scripted follow-up conversations through <c>/api/messages</c>, one channel conversation each.</summary>
public sealed class FollowUpScriptTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task EveryFollowUpIsAnsweredFromTheKnowledgeBaseWithoutRepeatingTheLastReply()
    {
        var client = await host.CreateReadyClientAsync();
        var conversations = FollowUpScript.Load(RepoPaths.Root);

        for (var c = 0; c < conversations.Count; c++)
        {
            var chat = new InterviewChat(client, $"script-{c}");
            string? previous = null;
            IReadOnlyList<string> previousCited = [];
            foreach (var step in conversations[c])
            {
                var reply = (await chat.SayAsync(step.Say)).Messages().First(m => !string.IsNullOrEmpty(m.Text));
                var cited = InterviewChat.CitedEntries(reply);
                FollowUpScript.Check(step, reply.Text, previous, cited, previousCited);
                (previous, previousCited) = (reply.Text, cited);
            }
        }
    }
}
