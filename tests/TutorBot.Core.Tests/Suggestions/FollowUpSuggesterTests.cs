using TutorBot.Core.Answering;
using TutorBot.Core.Retrieval;
using TutorBot.Core.Suggestions;
using TutorBot.Core.Tests.TestSupport;

namespace TutorBot.Core.Tests.Suggestions;

/// <summary>Suggested follow-ups are questions the knowledge base answers, on the answer's own topics.</summary>
public sealed class FollowUpSuggesterTests(RealKnowledgeBase kb) : IClassFixture<RealKnowledgeBase>
{
    [Fact]
    public async Task SuggestsAnEntryOfTheAnswersSyllabusTopicFirst()
    {
        var answer = await kb.Tutor().AnswerAsync(new Question("How does PyTorch train mode differ from eval mode?", []), CancellationToken.None);

        var suggestions = await new FollowUpSuggester(kb.Search).SuggestAsync(answer, 3, CancellationToken.None);

        Assert.Equal("q06", answer.Citations[0].EntryId);
        var first = (await kb.Search.SearchAsync(new SearchQuery(suggestions[0], 1), CancellationToken.None)).Hits[0].Entry;
        Assert.Equal(kb.Entry("q06").Topic!.Id, first.Topic?.Id);
        Assert.Contains(first.Id, new[] { "opt07", "q03" });
    }

    [Theory]
    [InlineData("Attention为何除以√d?")]
    [InlineData("What does the RLHF training process look like?")]
    public async Task EverySuggestionFindsItsOwnEntryAndNoneRepeatsACitation(string question)
    {
        var answer = await kb.Tutor().AnswerAsync(new Question(question, []), CancellationToken.None);

        var suggestions = await new FollowUpSuggester(kb.Search).SuggestAsync(answer, 3, CancellationToken.None);

        Assert.InRange(suggestions.Count, 1, 3);
        foreach (var suggestion in suggestions)
        {
            var hit = (await kb.Search.SearchAsync(new SearchQuery(suggestion, 1), CancellationToken.None)).Hits[0];
            Assert.DoesNotContain(answer.Citations, c => c.EntryId == hit.Entry.Id);
        }
    }

    [Fact]
    public async Task OffersNothingUnrelatedWhenTheEntryHasNoNeighbouringTopic()
    {
        var answer = await kb.Tutor().AnswerAsync(new Question("What is the difference between cross entropy and KL divergence?", []), CancellationToken.None);

        var suggestions = await new FollowUpSuggester(kb.Search).SuggestAsync(answer, 3, CancellationToken.None);

        Assert.Equal("q15", answer.Citations[0].EntryId);
        Assert.DoesNotContain(kb.Entry("q01").QuestionEn, suggestions);
    }
}
