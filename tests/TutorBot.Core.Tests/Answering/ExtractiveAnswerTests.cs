using TutorBot.Core.Answering;
using TutorBot.Core.Retrieval;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Answering;

/// <summary>The answer without an LLM, on the real knowledge base and retrieval.</summary>
public sealed class ExtractiveAnswerTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    [Fact]
    public async Task AnswersAChineseQuestionWithTheEntrysOwnTextAndCitation()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("为啥要除以根号d"), CancellationToken.None);

        var q13 = kb.Entry("q13");
        Assert.True(answer.Answered);
        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal($"**{q13.Question}**\n{q13.Answer.Trim()} [1]", answer.Text);
        var citation = Assert.Single(answer.Citations);
        Assert.Equal((1, "q13", q13.Title, q13.Sources[0]), (citation.N, citation.EntryId, citation.Title, citation.Source));
        Assert.Null(answer.Notice);
    }

    [Fact]
    public async Task ShowsTheEnglishQuestionAsHeadingForAnEnglishAsker()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("What is the relationship between cross entropy and KL divergence?"), CancellationToken.None);

        var q15 = kb.Entry("q15");
        Assert.Equal(Language.English, answer.Language);
        Assert.Equal("q15", answer.Citations[0].EntryId);
        Assert.StartsWith($"**{q15.QuestionEn} ({q15.Question})**\n{q15.Answer.Trim()} [1]", answer.Text);
    }

    [Fact]
    public async Task SaysTheAnswerIsIncompleteForAnIncompleteEntry()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("怎么减少大语言模型的幻觉"), CancellationToken.None);

        Assert.Equal("q11", answer.Citations[0].EntryId);
        Assert.Contains(TutorReplies.Incomplete(Language.Chinese), answer.Text);
        Assert.Contains(kb.Entry("q11").Answer.Trim(), answer.Text);
    }

    [Theory]
    [InlineData("今天天气怎么样", Language.Chinese)]
    [InlineData("How do I bake sourdough bread?", Language.English)]
    public async Task DeclinesAnOutOfDomainQuestionInTheUsersLanguage(string text, Language language)
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask(text), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.StartsWith(TutorReplies.NotCovered(language), answer.Text);
        Assert.Equal(language, answer.Language);
    }

    [Fact]
    public async Task OffersNearMissesAsDidYouMean()
    {
        var near = FixedSearch.Entry("q13", "Attention为何除以√d?", "…", "Why does attention divide by √d?");
        var tutor = new Tutor(new FixedSearch([], [new SearchHit(near, 1.0, 0.3)]), new TutorOptions());

        var answer = await tutor.AnswerAsync(Question.Ask("Why divide by the square root of the weather?"), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Equal(["Why does attention divide by √d?"], answer.DidYouMean);
        Assert.Contains("Did you mean:\n- Why does attention divide by √d?", answer.Text);
    }

    [Fact]
    public async Task AddsASecondEntryOnlyWhenItIsNearlyAsRelevant()
    {
        var a = FixedSearch.Entry("a1", "问题甲", "答案甲");
        var b = FixedSearch.Entry("b2", "问题乙", "答案乙");
        var close = new Tutor(new FixedSearch([new SearchHit(a, 10, 1), new SearchHit(b, 9, 1)]), new TutorOptions());
        var far = new Tutor(new FixedSearch([new SearchHit(a, 10, 1), new SearchHit(b, 4, 1)]), new TutorOptions());

        var both = await close.AnswerAsync(Question.Ask("问题"), CancellationToken.None);
        var one = await far.AnswerAsync(Question.Ask("问题"), CancellationToken.None);

        Assert.Equal(["a1", "b2"], both.Citations.Select(c => c.EntryId));
        Assert.Equal("**问题甲**\n答案甲 [1]\n\n相关条目：\n**问题乙**\n答案乙 [2]", both.Text);
        Assert.Equal(["a1"], one.Citations.Select(c => c.EntryId));
    }

    [Fact]
    public async Task StreamsTheWholeAnswerAsOneChunkWithoutAnLlm()
    {
        var chunks = new List<AnswerChunk>();
        await foreach (var chunk in kb.Tutor().StreamAsync(Question.Ask("KL散度怎么理解"), CancellationToken.None))
        {
            chunks.Add(chunk);
        }

        Assert.Equal(2, chunks.Count);
        Assert.Equal(chunks[1].Final!.Text, chunks[0].Text);
        Assert.False(chunks[1].ReplacesStreamedText);
    }

    [Fact]
    public async Task RepliesPolitelyToAnEmptyQuestion()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("   "), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Equal(TutorReplies.EmptyQuestion(Language.English), answer.Text);
    }
}
