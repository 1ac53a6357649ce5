using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Interview;

public sealed class InterviewConversationTests(BotHostFactory host) : IClassFixture<BotHostFactory>
{
    [Fact]
    public async Task EnglishInterviewGradesWithCitationsAndEndsWithACitedSummaryCard()
    {
        var chat = new InterviewChat(await host.CreateReadyClientAsync(), "conv-en");

        var started = await chat.SayAsync("mock interview on attention, 3 questions");
        var question = Assert.Single(started.Messages());
        Assert.Contains("Question 1 of 3", question.Text);
        var (firstId, firstReference) = KnowledgeAnswers.AskedIn(question.Text);
        Assert.DoesNotContain(firstReference[..Math.Min(20, firstReference.Length)], question.Text);
        Assert.True(question.Entities is null || question.Entities.Count == 0, "a question carries no citation");
        Assert.True(question.Attachments is null || question.Attachments.Count == 0);
        Assert.Equal(["hint", "skip", "repeat", "stop"], question.SuggestedActions.Actions.Select(a => (string)a.Value));

        var hint = Assert.Single((await chat.SayAsync("hint")).Messages());
        Assert.Contains("Hint (costs 2 points)", hint.Text);

        var (answered, entryId) = await chat.AnswerWellAsync();
        Assert.Equal(firstId, entryId);
        var feedback = answered.Messages().First();
        Assert.Contains("Score:", feedback.Text);
        Assert.Contains("(1 hint(s) taken, -2)", feedback.Text);
        Assert.Contains($"({firstId})", feedback.Text);
        Assert.Equal([firstId], InterviewChat.CitedEntries(feedback));
        Assert.Contains("Question 2 of 3", answered.Messages().Last().Text);

        var skipped = await chat.SayAsync("skip");
        Assert.Contains("Skipped: 0 points.", skipped.Messages().First().Text);
        var skippedId = InterviewChat.CitedEntries(skipped.Messages().First()).Single();
        Assert.Contains("Question 3 of 3", skipped.Messages().Last().Text);

        var stopped = await chat.SayAsync("stop");
        var summary = stopped.Messages().Last();
        Assert.Contains("Interview stopped", summary.Text);
        var card = InterviewChat.SummaryCard(stopped)!;
        var facts = card["body"]!.First(b => (string?)b["type"] == "FactSet")!["facts"]!.ToList();
        Assert.Equal(2, facts.Count);
        Assert.Contains($"({firstId})", (string?)facts[0]["title"]);
        Assert.Equal("0/10 (skipped)", (string?)facts[1]["value"]);
        Assert.Contains("Total: ", card.ToString());
        Assert.Contains("Study list", card.ToString());
        Assert.Contains($"· {skippedId}", card.ToString());
        Assert.Contains(skippedId, InterviewChat.CitedEntries(summary));
        Assert.Contains("[1]: http", summary.Text);
    }

    [Fact]
    public async Task ChineseInterviewAsksInChineseWithTheEnglishRendering()
    {
        var chat = new InterviewChat(await host.CreateReadyClientAsync(), "conv-zh");

        var question = Assert.Single((await chat.SayAsync("模拟面试 注意力 2题")).Messages());
        Assert.Contains("第 1/2 题", question.Text);
        Assert.Contains("> *", question.Text); // the English rendering, in italics under the question
        Assert.Equal(["提示", "跳过", "重复", "结束"], question.SuggestedActions.Actions.Select(a => (string)a.Value));

        var (answered, entryId) = await chat.AnswerWellAsync();
        Assert.Contains("得分：", answered.Messages().First().Text);
        Assert.Equal([entryId], InterviewChat.CitedEntries(answered.Messages().First()));

        var ended = await chat.SayAsync("跳过");
        var card = InterviewChat.SummaryCard(ended)!.ToString();
        Assert.Contains("面试结束", card);
        Assert.Contains("总分", card);
        Assert.Contains("建议复习", card);
    }

    [Fact]
    public async Task OwnQuestionMidInterviewIsAnsweredAndTheQuestionAskedAgainNotGraded()
    {
        var chat = new InterviewChat(await host.CreateReadyClientAsync(), "conv-side");
        await chat.SayAsync("mock interview on attention, 2 questions");
        var asked = chat.LastQuestion;

        var side = await chat.SayAsync("What is the difference between LayerNorm and BatchNorm?");

        Assert.Contains(side.Messages(), m => InterviewChat.CitedEntries(m).Contains("q03"));
        Assert.DoesNotContain(side.Messages(), m => m.Text?.Contains("Score:") == true);
        Assert.Contains("Back to the question", side.Messages().Last().Text);
        Assert.Equal(KnowledgeAnswers.AskedIn(asked).Id, KnowledgeAnswers.AskedIn(side.Messages().Last().Text).Id);
        var (answered, _) = await chat.AnswerWellAsync();
        Assert.Contains("Question 2 of 2", answered.Messages().Last().Text);
    }

    [Fact]
    public async Task WelcomeCardButtonStartsAFiveQuestionInterview()
    {
        var client = await host.CreateReadyClientAsync();
        var added = new Activity
        {
            Type = ActivityTypes.ConversationUpdate,
            Id = Guid.NewGuid().ToString("N"),
            ChannelId = "test",
            ServiceUrl = "http://127.0.0.1:1/",
            From = new ChannelAccount("user-9", "Student", RoleTypes.User),
            Recipient = new ChannelAccount("bot-1", "TutorBot", RoleTypes.Bot),
            Conversation = new ConversationAccount(id: "conv-welcome"),
            MembersAdded = [new ChannelAccount("user-9", "Student")],
        };

        var welcome = Assert.Single((await Activities.AskAsync(client, added)).Messages());
        var button = JObject.FromObject(Assert.Single(welcome.Attachments).Content)["actions"]!.Single();
        Assert.Equal("Action.Submit", (string?)button["type"]);
        Assert.Equal("imBack", (string?)button["data"]!["msteams"]!["type"]);

        var chat = new InterviewChat(client, "conv-welcome", "user-9");
        var started = await chat.SubmitAsync((JObject)button["data"]!);
        Assert.Contains("Question 1 of 5", Assert.Single(started.Messages()).Text);
    }

    [Fact]
    public async Task HelpOffersTheStartButtonToo()
    {
        var chat = new InterviewChat(await host.CreateReadyClientAsync(), "conv-help");

        var help = Assert.Single((await chat.SayAsync("帮助")).Messages());

        Assert.Contains("模拟面试", help.Text);
        Assert.Contains("模拟面试", JObject.FromObject(Assert.Single(help.Attachments).Content)["actions"]![0]!["data"]!.ToString());
    }
}
