using TutorBot.Retrieval.Tests.TestSupport;

namespace TutorBot.Retrieval.Tests.Grading;

/// <summary>The no-LLM grader names a common mistake an answer states, and not one it rejects.</summary>
public sealed class MistakeDetectionTests : IDisposable
{
    private readonly TempKnowledgeBase _kb = new();

    [Fact]
    public async Task NamesAStatedMistakeAndCostsItPoints()
    {
        var q13 = (await _kb.Source.LoadAsync(CancellationToken.None)).Published.Single(e => e.Id == "q13");
        const string Right = "The dot product's variance grows with d_k, so large logits saturate softmax and its gradients vanish; dividing by √d_k restores unit variance.";

        var stated = await _kb.Grader.GradeAsync(q13, Right + " Dividing by √d is mainly to prevent numerical overflow in softmax.", CancellationToken.None);
        var rejected = await _kb.Grader.GradeAsync(q13, Right + " Dividing by √d is not mainly to prevent numerical overflow in softmax.", CancellationToken.None);

        Assert.Equal(q13.Mistakes[0], Assert.Single(stated.MistakesStated));
        Assert.Empty(rejected.MistakesStated);
        Assert.True(stated.Score < rejected.Score, $"{stated.Score} vs {rejected.Score}");
    }

    public void Dispose() => _kb.Dispose();
}
