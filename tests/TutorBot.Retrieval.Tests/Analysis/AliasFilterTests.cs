using System.Text;
using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Synonym;
using TutorBot.Retrieval.Analysis;
using TutorBot.Retrieval.Tests.TestSupport;

namespace TutorBot.Retrieval.Tests.Analysis;

/// <summary>
/// The alias filter must give the index exactly what Lucene's SynonymFilter (then the stop and stem filters) gave
/// it: the same terms at the same positions, so scores and hits cannot change.
/// </summary>
public sealed class AliasFilterTests : IDisposable
{
    private const string TestAliases = """
        注意力, attention
        溢出, overflow, underflow
        上溢出, overflow, 指数爆炸
        层归一化, LayerNorm, layer normalization, LN
        reinforcement learning from human feedback, RLHF, 基于人类反馈的强化学习
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-aliases-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void MakesWhatSynonymFilterMakesOnTheWholeKnowledgeBaseAndEvaluationSet()
    {
        var (aliases, vocabulary) = Load(Path.Combine(RepoPaths.Knowledge, "aliases.txt"));
        using var filter = Analyzer(aliases, vocabulary);
        using var reference = SynonymFilterChain.For(aliases, vocabulary);
        var texts = Directory.GetFiles(RepoPaths.Knowledge, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Concat(File.ReadLines(RepoPaths.Eval("retrieval/seed-dev.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!))
            .Concat(aliases.Terms)
            .ToList();

        var expanded = 0;
        foreach (var text in texts)
        {
            var expected = SynonymFilterChain.Tokens(reference, text);
            Assert.Equal(expected, SynonymFilterChain.Tokens(filter, text));
            expanded += expected.Count(t => t.Increment == 0);
        }

        Assert.True(expanded > 1000, $"only {expanded} stacked alias words: the comparison did not exercise the aliases");
    }

    [Fact]
    public void MakesWhatSynonymFilterMakesOnRandomMixturesOfAliasesAndOtherWords()
    {
        var (aliases, vocabulary) = Load(Path.Combine(RepoPaths.Knowledge, "aliases.txt"));
        using var filter = Analyzer(aliases, vocabulary);
        using var reference = SynonymFilterChain.For(aliases, vocabulary);
        var terms = aliases.Terms.ToArray();
        string[] others = ["the", "of", "model", "uses", "的", "和", "模型", "中", ",", "。", "(", "2", "LAYER", "Norm", "from", "multi"];
        var random = new Random(20261127);

        for (var n = 0; n < 3000; n++)
        {
            var text = new StringBuilder();
            for (var k = random.Next(1, 12); k > 0; k--)
            {
                var piece = random.Next(3) == 0 ? others[random.Next(others.Length)] : terms[random.Next(terms.Length)];
                text.Append(random.Next(4) == 0 ? piece.ToUpperInvariant() : piece).Append(random.Next(3) == 0 ? "" : " ");
            }

            Assert.Equal(SynonymFilterChain.Tokens(reference, text.ToString()), SynonymFilterChain.Tokens(filter, text.ToString()));
        }
    }

    [Theory]
    [InlineData("ln")]
    [InlineData("用层归一化")]
    [InlineData("overflow and underflow")]
    [InlineData("RLHF uses reinforcement learning from human feedback, LN")]
    [InlineData("layer normalization 和 layer 注意力 attention")]
    [InlineData("layer")]
    [InlineData("")]
    public void MakesWhatSynonymFilterMakesOnTheEdges(string text)
    {
        var (aliases, vocabulary) = Load(Write(TestAliases));
        using var filter = Analyzer(aliases, vocabulary);
        using var reference = SynonymFilterChain.For(aliases, vocabulary);

        Assert.Equal(SynonymFilterChain.Tokens(reference, text), SynonymFilterChain.Tokens(filter, text));
    }

    [Fact]
    public void StacksEveryOtherPhraseOfTheGroupsAndKeepsTheOriginal()
    {
        var (aliases, vocabulary) = Load(Write(TestAliases));
        using var filter = Analyzer(aliases, vocabulary);

        var tokens = SynonymFilterChain.Tokens(filter, "ln");
        var overflow = SynonymFilterChain.Tokens(filter, "overflow").Select(t => t.Term).ToList();

        // "ln" -> ln, then the first word of each other phrase (层归一化, layer of "layer norm" and of "layer
        // normalization", layernorm); their second words (norm, normalization stemmed) take the next position.
        Assert.Equal([("ln", 1), ("层归一化", 0), ("layer", 0), ("layer", 0), ("layernorm", 0), ("norm", 1), ("normal", 0)], tokens);
        Assert.Equal("overflow", overflow[0]);
        Assert.Contains("underflow", overflow); // a phrase in two groups gets the phrases of both
        Assert.Contains("爆炸", overflow);
    }

    [Fact]
    public void MatchesTheLongestPhraseAndIgnoresCase()
    {
        var (aliases, vocabulary) = Load(Write(TestAliases));
        var (rules, _) = aliases.BuildRules(vocabulary);
        var map = SynonymFilterChain.Map(aliases.Analyze(vocabulary).Groups);
        const string text = "Reinforcement Learning From Human Feedback LN Attention";

        // A tokenizer that keeps case: only the matching ignores it, the original words stay as they were.
        var tokens = SynonymFilterChain.Tokens(new PorterStemFilter(new AliasFilter(new WhitespaceTokenizer(BilingualAnalyzer.Lucene, new StringReader(text)), rules!)));
        var expected = SynonymFilterChain.Tokens(new PorterStemFilter(new SynonymFilter(new WhitespaceTokenizer(BilingualAnalyzer.Lucene, new StringReader(text)), map, ignoreCase: true)));

        Assert.Equal(expected, tokens);
        Assert.Contains(("rlhf", 0), tokens);
        Assert.Contains(("Attention", 1), tokens);
        Assert.Contains(("注意力", 0), tokens);
    }

    private static (AliasTable Aliases, ChineseVocabulary Vocabulary) Load(string path)
    {
        var aliases = AliasTable.Load(path);
        return (aliases, ChineseVocabulary.From(aliases.Terms));
    }

    private static BilingualAnalyzer Analyzer(AliasTable aliases, ChineseVocabulary vocabulary) =>
        new(vocabulary, aliases.BuildRules(vocabulary).Rules, StopWords.Default);

    private string Write(string text)
    {
        var path = Path.Combine(_folder, "aliases.txt");
        File.WriteAllText(path, text);
        return path;
    }
}
