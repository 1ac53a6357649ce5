using TutorBot.Core.Answering;

namespace TutorBot.Core.Tests.Answering;

public sealed class CitationValidatorTests
{
    [Theory]
    [InlineData("A [1].", "A [1].", new[] { 1 }, 0)]
    [InlineData("A [1][2].", "A [1][2].", new[] { 1, 2 }, 0)]
    [InlineData("A [1, 2].", "A [1][2].", new[] { 1, 2 }, 0)]
    [InlineData("甲［1］，乙［２］。", "甲[1]，乙[2]。", new[] { 1, 2 }, 0)]
    [InlineData("甲[1，2]乙[2、3]", "甲[1][2]乙[2][3]", new[] { 1, 2, 3 }, 0)]
    [InlineData("A [2] then [1].", "A [2] then [1].", new[] { 2, 1 }, 0)]
    public void NormalisesEveryMarkerForm(string text, string expected, int[] cited, int removed)
    {
        var check = CitationValidator.Check(text, passageCount: 3);

        Assert.Equal(expected, check.Text);
        Assert.Equal(cited, check.Cited);
        Assert.Equal(removed, check.Removed);
    }

    [Fact]
    public void RemovesAndCountsMarkersThatPointToNoPassage()
    {
        var check = CitationValidator.Check("A [1]. B [4]. C [0][2, 9].", passageCount: 2);

        Assert.Equal("A [1]. B. C [2].", check.Text);
        Assert.Equal([1, 2], check.Cited);
        Assert.Equal(3, check.Removed);
    }

    [Fact]
    public void LeavesBracketsThatAreNotCitationsAlone()
    {
        var check = CitationValidator.Check("The [CLS] token and list [a, b] stay.", passageCount: 2);

        Assert.Equal("The [CLS] token and list [a, b] stay.", check.Text);
        Assert.Empty(check.Cited);
    }

    [Fact]
    public void FindsNoCitationInAnAnswerWithoutMarkers()
    {
        Assert.Empty(CitationValidator.Check("An answer from memory.", passageCount: 3).Cited);
    }
}
