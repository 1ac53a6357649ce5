using TutorBot.Core.Answering;
using TutorBot.Grounding.Tests.TestSupport;
using TutorBot.LlmStub;

namespace TutorBot.Grounding.Tests.Llm;

/// <summary>Streamed answers over server-sent events: chunks as they arrive, checked citations, fallbacks.</summary>
public sealed class LlmStreamingTests(IndexedKnowledgeBase kb) : StubbedLlmTests(kb)
{
    [Fact]
    public async Task StreamsTextInChunksAndEndsWithTheCheckedAnswer()
    {
        Stub.Enqueue(new StubReply { Content = "点积幅值随维度增大 [1]，除以√d 稳定训练 [7]。", StreamChunks = 8 });

        var chunks = await Host.StreamAsync(Scaling);

        Assert.True(Stub.Requests.Single().Stream);
        var text = chunks.Where(c => !c.IsFinal).ToList();
        Assert.True(text.Count > 1, "expected several chunks");
        var streamed = string.Concat(text.Select(c => c.Text));
        Assert.DoesNotContain("[7]", streamed);
        var final = chunks[^1].Final!;
        Assert.Equal(AnswerMode.Llm, final.Mode);
        Assert.Equal("点积幅值随维度增大 [1]，除以√d 稳定训练。", final.Text);
        Assert.False(chunks[^1].ReplacesStreamedText);
        Assert.Equal("q13", Assert.Single(final.Citations).EntryId);
    }

    [Fact]
    public async Task StreamsNothingOfTheSentinel()
    {
        Stub.Enqueue(new StubReply { Content = "NOT_IN_KNOWLEDGE_BASE", StreamChunks = 5 });

        var chunks = await Host.StreamAsync(Scaling);

        Assert.All(chunks.Where(c => !c.IsFinal), c => Assert.DoesNotContain("NOT_IN", c.Text));
        Assert.False(chunks[^1].Final!.Answered);
    }

    [Fact]
    public async Task ReplacesTheStreamWithTheExtractiveAnswerWhenTheLlmFails()
    {
        Stub.Fallback = _ => StubReply.Error(500);

        var chunks = await Host.StreamAsync(Scaling);

        var final = chunks[^1].Final!;
        Assert.Equal(AnswerMode.Extractive, final.Mode);
        Assert.True(chunks[^1].ReplacesStreamedText);
        Assert.Contains("点积结果随维度d增大而幅值增加", final.Text);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReplacesAStreamCutOffMidwayWithTheExtractiveAnswer(bool abruptly)
    {
        // Cut after 3 of 6 chunks, past a valid citation: the connection reset, or the body ended without a finish
        // reason or [DONE]. Either way the text so far is not the model's answer.
        Stub.Fallback = _ => new StubReply { Content = "除以√d 稳定训练 [1]，因为点积幅值随维度增大，softmax 会进入饱和区，梯度变得很小。", StreamChunks = 6, CutAfterChunks = 3, CutAbruptly = abruptly };

        var chunks = await Host.StreamAsync(Scaling);

        var final = chunks[^1].Final!;
        Assert.Equal(AnswerMode.Extractive, final.Mode);
        Assert.Equal(TutorReplies.LlmUnavailable.In(Core.Language.Chinese), final.Notice);
        Assert.True(chunks[^1].ReplacesStreamedText);
        Assert.Contains("点积结果随维度d增大而幅值增加", final.Text);
    }

    [Fact]
    public async Task ReplacesAStreamWithAMalformedEventWithTheExtractiveAnswer()
    {
        Stub.Fallback = _ => new StubReply { Content = "点积幅值随维度增大，所以除以√d 稳定训练 [1]。", StreamChunks = 6, GarbageAfterChunks = 2 };

        var chunks = await Host.StreamAsync(Scaling);

        var final = chunks[^1].Final!;
        Assert.Equal(AnswerMode.Extractive, final.Mode);
        Assert.True(chunks[^1].ReplacesStreamedText);
        Assert.Contains("点积结果随维度d增大而幅值增加", final.Text);
    }
}
