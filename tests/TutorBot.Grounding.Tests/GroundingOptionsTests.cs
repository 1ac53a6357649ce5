using Microsoft.Extensions.Options;
using TutorBot.Core.Answering;
using TutorBot.Grounding.Tests.TestSupport;

namespace TutorBot.Grounding.Tests;

public sealed class GroundingOptionsTests(IndexedKnowledgeBase kb) : IClassFixture<IndexedKnowledgeBase>
{
    [Fact]
    public async Task AnswersFromTheEntriesWhenNoLlmIsConfigured()
    {
        await using var host = await TutorHost.StartAsync(kb.Root, stub: null);

        var answer = await host.AskAsync("KL散度怎么理解");

        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Equal("q15", answer.Citations[0].EntryId);
    }

    [Fact]
    public async Task RejectsAnLlmProviderWithoutAModelAtStart()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => TutorHost.StartAsync(kb.Root, stub: null, new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "OpenAI",
            ["Llm:Endpoint"] = "http://127.0.0.1:1/v1",
            ["Llm:Model"] = "",
        }));

        Assert.Contains("Llm:Model is required", string.Join(" ", error.Failures));
    }
}
