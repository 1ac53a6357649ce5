using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Conversation;

public sealed class AnswerRepliesTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task EnglishQuestionGetsCitedAnswerWithClaimEntityCardAndSuggestions()
    {
        var client = await host.CreateReadyClientAsync();

        var replies = await Activities.AskAsync(client, Activities.Message("Why does attention divide by the square root of d?"));

        Assert.Contains(replies, a => a.Type == ActivityTypes.Typing);
        var answer = Assert.Single(replies.Messages());
        Assert.Contains("[1]", answer.Text);
        Assert.Contains("[1]: http", answer.Text);
        Assert.Equal("en-US", answer.Locale);

        var entity = JObject.FromObject(Assert.Single(answer.Entities));
        Assert.Equal("https://schema.org/Message", (string?)entity["type"]);
        var claim = (JObject)entity["citation"]![0]!;
        Assert.Equal("Claim", (string?)claim["@type"]);
        Assert.Equal(1, (int)claim["position"]!);
        Assert.Equal("q13", (string?)claim["appearance"]!["keywords"]![0]);
        Assert.Null(entity["additionalType"]);

        var card = JObject.FromObject(Assert.Single(answer.Attachments).Content);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Contains("q13", card.ToString());
        var vote = card["actions"]!.First(a => (string?)a["data"]!["reaction"] == "like")["data"]!;
        Assert.Equal("extractive", (string?)vote["mode"]);

        var suggestions = answer.SuggestedActions.Actions;
        Assert.InRange(suggestions.Count, 1, 3);
        Assert.All(suggestions, s => Assert.Equal(ActionTypes.ImBack, s.Type));
    }

    [Fact]
    public async Task SuggestedQuestionsAreAnsweredByTheKnowledgeBase()
    {
        var client = await host.CreateReadyClientAsync();
        var first = (await Activities.AskAsync(client, Activities.Message("LayerNorm 和 BatchNorm 的区别是什么?", conversationId: "suggest"))).Messages().Single();

        foreach (var suggestion in first.SuggestedActions.Actions)
        {
            var reply = (await Activities.AskAsync(client, Activities.Message((string)suggestion.Value, conversationId: "suggest-" + suggestion.Title))).Messages().Single();
            Assert.Contains("[1]", reply.Text);
            Assert.NotEmpty(reply.Entities);
        }
    }

    [Fact]
    public async Task ChineseQuestionIsAnsweredInChinese()
    {
        var client = await host.CreateReadyClientAsync();

        var answer = (await Activities.AskAsync(client, Activities.Message("为什么注意力要除以根号d?", conversationId: "zh"))).Messages().Single();

        Assert.Equal("zh-CN", answer.Locale);
        Assert.Contains("[1]", answer.Text);
        Assert.Contains("参考条目", JObject.FromObject(answer.Attachments[0].Content).ToString());
    }

    [Fact]
    public async Task OutOfDomainQuestionIsDeclinedWithoutCitationsOrCard()
    {
        var client = await host.CreateReadyClientAsync();

        var answer = (await Activities.AskAsync(client, Activities.Message("What is the best pizza topping in Naples?", conversationId: "ood"))).Messages().Single();

        Assert.Contains("does not cover", answer.Text);
        Assert.True(answer.Attachments is null || answer.Attachments.Count == 0);
        Assert.True(answer.Entities is null || answer.Entities.Count == 0);
    }

    [Fact]
    public async Task WebChatVoteIsRecordedWithQuestionEntriesAndMode()
    {
        var client = await host.CreateReadyClientAsync();
        var answer = (await Activities.AskAsync(client, Activities.Message("Why does attention divide by √d?", conversationId: "vote"))).Messages().Single();
        var data = JObject.FromObject(answer.Attachments[0].Content)["actions"]!.First(a => (string?)a["data"]!["reaction"] == "dislike")["data"]!;
        var vote = Activities.Message("", conversationId: "vote");
        vote.Value = data;

        var thanks = (await Activities.AskAsync(client, vote)).Messages().Single();

        Assert.Contains("feedback", thanks.Text);
        var record = (await host.VotesAsync()).Last(v => v.Question == "Why does attention divide by √d?");
        Assert.Equal("dislike", record.Reaction);
        Assert.Equal("test", record.Channel);
        Assert.Equal(["q13"], record.Entries);
        Assert.Equal("extractive", record.Mode);
    }
}
