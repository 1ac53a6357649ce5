using System.Text.Json;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.TokenAttributes;
using TutorBot.Retrieval.Analysis;
using TutorBot.Retrieval.Analysis.Chinese;
using TutorBot.Retrieval.Tests.TestSupport;

namespace TutorBot.Retrieval.Tests.Analysis;

/// <summary>The fast tokenizer must make the same words, at the same offsets, as SmartCn alone.</summary>
public sealed class MixedScriptTokenizerTests
{
    public static TheoryData<string> EdgeCases() =>
    [
        "model.train()和model.eval()的作用?",
        "O(n^2*d), nxd和dxn的计算复杂度是O(n2d)",
        "word2vec fp16 INT8 e^x x_max 0.00000000几",
        "ＬａｙｅｒＮｏｒｍ１２３与BatchNorm",
        "BERT's Self-Attention 的时间/空间复杂度？",
        "   ",
        "",
        "纯中文句子，没有英文。第二句！",
        "What does the RLHF training process look like? (Ouyang et al., 2022) café naïve α-β",
    ];

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void MakesTheWordsSmartCnMakes(string text) =>
        Assert.Equal(Words(new HMMChineseTokenizer(new StringReader(text))), Words(new MixedScriptTokenizer(new StringReader(text))));

    [Fact]
    public void MakesTheWordsSmartCnMakesOnTheWholeKnowledgeBaseAndEvaluationSet()
    {
        var texts = Directory.GetFiles(RepoPaths.Knowledge, "*.*", SearchOption.AllDirectories).Select(File.ReadAllText)
            .Concat(File.ReadLines(RepoPaths.Eval("retrieval/seed-dev.jsonl")).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("q").GetString()!))
            .ToList();

        foreach (var text in texts)
        {
            Assert.Equal(Words(new HMMChineseTokenizer(new StringReader(text))), Words(new MixedScriptTokenizer(new StringReader(text))));
        }

        Assert.True(texts.Count > 100);
    }

    [Theory]
    [InlineData(16)] // the memo forgets everything between most sentences
    [InlineData(DictionaryMemo.ForQueries)]
    [InlineData(DictionaryMemo.ForBuilding)]
    public void OneTokenizerReusedFromTextToTextStillMakesTheWordsSmartCnMakes(int memoTexts)
    {
        // What the segmenter remembers from earlier texts (DictionaryMemo) must never change the words of a later one.
        var paragraphs = Directory.GetFiles(RepoPaths.Knowledge, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .SelectMany(f => File.ReadAllText(f).Split("\n\n"))
            .Where(p => p.Any(TutorBot.Core.LanguageDetector.IsHan))
            .ToList();
        var tokenizer = new MixedScriptTokenizer(new StringReader(""), memoTexts);
        Words(tokenizer);

        foreach (var paragraph in paragraphs)
        {
            tokenizer.SetReader(new StringReader(paragraph));
            Assert.Equal(Words(new HMMChineseTokenizer(new StringReader(paragraph))), Words(tokenizer));
        }

        Assert.True(paragraphs.Count > 500);
    }

    [Fact]
    public void MakesTheWordsSmartCnMakesOnRandomMixturesAndLongTexts()
    {
        // Pieces of the knowledge base cut at random, joined with spaces, full-width forms, digits and punctuation
        // SmartCn treats specially; some texts run past SmartCn's 1,024-character buffer, so sentences straddle it.
        var source = string.Concat(Directory.GetFiles(RepoPaths.Knowledge, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText));
        string[] joins = [" ", "", "，", "。", "\n", "ＡＢＣ", "１２３", " x86 ", "——", "……", "？", "™", "α", "\t", "《", "》"];
        var random = new Random(20261127);

        for (var n = 0; n < 400; n++)
        {
            var text = new System.Text.StringBuilder();
            for (var k = random.Next(1, n % 10 == 0 ? 60 : 8); k > 0; k--)
            {
                var start = random.Next(source.Length - 80);
                text.Append(source, start, random.Next(1, 80)).Append(joins[random.Next(joins.Length)]);
            }

            var value = text.ToString();
            if (value.Any(TutorBot.Core.LanguageDetector.IsHan))
            {
                Assert.Equal(Words(new HMMChineseTokenizer(new StringReader(value))), Words(new MixedScriptTokenizer(new StringReader(value))));
            }
        }
    }

    [Fact]
    public void CanBeReusedForAnotherText()
    {
        var tokenizer = new MixedScriptTokenizer(new StringReader("KL散度"));
        var first = Words(tokenizer);
        tokenizer.SetReader(new StringReader("softmax overflow"));

        var second = Words(tokenizer);

        Assert.Contains(first, w => w.Term == "kl");
        Assert.Contains(second, w => w.Term == "softmax");
        Assert.DoesNotContain(second, w => w.Term == "kl");
    }

    // Tokens with a letter, digit or Han character; SmartCn's punctuation tokens are dropped by the stop filter anyway.
    private static List<(string Term, int Start, int End)> Words(Tokenizer tokenizer)
    {
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        var words = new List<(string, int, int)>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken())
        {
            var text = term.ToString();
            if (text.Length > 0)
            {
                words.Add((text, offset.StartOffset, offset.EndOffset));
            }
        }

        tokenizer.End();
        tokenizer.Dispose(); // as Lucene does between texts: closes the reader, the tokenizer stays reusable

        return words;
    }
}
