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
        Assert.StartsWith($"**{q13.Question}**\n{TutorReplies.EntryFacts(q13, Language.Chinese)}\n{q13.Answer.Trim()} [1]", answer.Text);
        Assert.Contains("*主题：注意力机制与变体 · 难度：", answer.Text);
        var citation = answer.Citations[0];
        Assert.Equal((1, "q13", q13.Title, q13.Sources[0]), (citation.N, citation.EntryId, citation.Title, citation.Source));
        Assert.Null(answer.Notice);
    }

    [Fact]
    public async Task AnswersAnEnglishAskerInEnglishUnderTheEnglishQuestion()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("What is the relationship between cross entropy and KL divergence?"), CancellationToken.None);

        var q15 = kb.Entry("q15");
        Assert.Equal(Language.English, answer.Language);
        Assert.Equal("q15", answer.Citations[0].EntryId);
        Assert.StartsWith($"**{q15.QuestionEn}**\n*Topic: {q15.Topic!.Name.En} · Difficulty: ", answer.Text);
        Assert.Contains($"{q15.AnswerEn!.Trim()} [1]", answer.Text);
        Assert.DoesNotContain(q15.Answer.Trim(), answer.Text);
    }

    [Fact]
    public async Task AnswersAChineseAskerOfANewEntryInChinese()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("LoRA 的原理是什么"), CancellationToken.None);

        var entry = kb.Entry(answer.Citations[0].EntryId);
        Assert.Equal("fine-tuning", entry.Topic?.Id);
        Assert.Contains($"{entry.Answer.Trim()} [1]", answer.Text);
        Assert.DoesNotContain(entry.AnswerEn!.Trim(), answer.Text);
        Assert.Equal(entry.References[0].Url, answer.Citations[0].Source);
    }

    [Fact]
    public async Task ShowsQ11WithTheMaintainersAdditionLabelledAndNoIncompleteNote()
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask("怎么减少大语言模型的幻觉"), CancellationToken.None);

        Assert.Equal("q11", answer.Citations[0].EntryId);
        Assert.DoesNotContain(TutorReplies.Incomplete.In(Language.Chinese), answer.Text);
        Assert.Contains("以下为 TutorBot 维护者的补充", answer.Text);
    }

    [Fact]
    public void SaysTheAnswerIsIncompleteForAnIncompleteEntry()
    {
        var cut = FixedSearch.Entry("c1", "问题", "答案被截断：") with { Status = Knowledge.EntryStatus.Incomplete };

        var (text, _) = ExtractiveComposer.Compose([new SearchHit(cut, 1, 1)], Language.Chinese, 0.85);

        Assert.Equal($"**问题**\n{TutorReplies.Incomplete.In(Language.Chinese)}\n答案被截断： [1]", text);
    }

    [Theory]
    [InlineData("今天天气怎么样", Language.Chinese)]
    [InlineData("How do I bake sourdough bread?", Language.English)]
    public async Task DeclinesAnOutOfDomainQuestionInTheUsersLanguage(string text, Language language)
    {
        var answer = await kb.Tutor().AnswerAsync(Question.Ask(text), CancellationToken.None);

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.StartsWith(TutorReplies.NotCovered.In(language), answer.Text);
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
        Assert.Equal(TutorReplies.EmptyQuestion.In(Language.English), answer.Text);
    }
}
