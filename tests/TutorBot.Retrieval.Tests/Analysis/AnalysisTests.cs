using Lucene.Net.Analysis.Cn.Smart;
using TutorBot.Retrieval.Analysis;
using TutorBot.Retrieval.Searching;

namespace TutorBot.Retrieval.Tests.Analysis;

public sealed class AnalysisTests
{
    private static IReadOnlyList<string> Terms(string text, params string[] vocabulary)
    {
        using var analyzer = new BilingualAnalyzer(ChineseVocabulary.From(vocabulary), aliases: null, StopWords.Default);
        return QueryTerms.Analyze(analyzer, text);
    }

    [Fact]
    public void JoinsAnUnknownChineseWordTheSameWayAloneAndInASentence()
    {
        var alone = Terms("归一化");
        var inSentence = Terms("我们需要进行归一化处理");

        Assert.NotEmpty(alone);
        Assert.All(alone, term => Assert.Contains(term, inSentence));
        Assert.DoesNotContain("一", inSentence);
    }

    [Fact]
    public void CutsKnownVocabularyWordsOutOfASingleCharacterRun()
    {
        var terms = Terms("选层归一化", "层归一化");

        Assert.Contains("层归一化", terms);
    }

    [Fact]
    public void SplitsCamelCaseAndStemsEnglish()
    {
        var terms = Terms("FlashAttention layers");

        Assert.Equal(["flash", "attent", "layer"], terms);
    }

    [Fact]
    public void KeepsNamesWhoseCapitalsEndThemWhole()
    {
        var terms = Terms("LoRA ReLU KVCache LLMs");

        Assert.Equal(["lora", "relu", "kv", "cach", "llm"], terms);
    }

    [Fact]
    public void DropsStopwordsInBothLanguages()
    {
        Assert.Empty(Terms("what is the 的 吗 什么 a"));
    }

    [Fact]
    public void KeepsTheSquareRootSymbolAsAWord()
    {
        Assert.Contains("sqrt", Terms("除以√d"));
    }

    [Fact]
    public void StopwordsIncludeSmartCnPunctuation()
    {
        Assert.All(SmartChineseAnalyzer.DefaultStopSet, word => Assert.True(StopWords.Default.Contains(word), word));
    }
}
