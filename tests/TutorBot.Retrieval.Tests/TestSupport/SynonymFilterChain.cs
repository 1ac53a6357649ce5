using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;
using TutorBot.Retrieval.Analysis;

namespace TutorBot.Retrieval.Tests.TestSupport;

/// <summary>
/// The reference for <see cref="AliasFilter"/>: the production chain with Lucene's own SynonymFilter in its place,
/// over a SynonymMap where every phrase of a group leads to every other phrase of it, keeping the original.
/// </summary>
internal sealed class SynonymFilterChain(ChineseVocabulary vocabulary, SynonymMap map) : Analyzer
{
    public static SynonymFilterChain For(AliasTable aliases, ChineseVocabulary vocabulary) => new(vocabulary, Map(aliases.Analyze(vocabulary).Groups));

    public static SynonymMap Map(IEnumerable<IReadOnlyList<string[]>> groups)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        foreach (var group in groups)
        {
            foreach (var input in group)
            {
                foreach (var output in group.Where(o => !o.SequenceEqual(input)))
                {
                    builder.Add(Phrase(input), Phrase(output), includeOrig: true);
                }
            }
        }

        return builder.Build();
    }

    /// <summary>The final tokens: term and position increment, in order.</summary>
    public static List<(string Term, int Increment)> Tokens(Analyzer analyzer, string text) => Tokens(analyzer.GetTokenStream("answer", text));

    public static List<(string Term, int Increment)> Tokens(TokenStream stream)
    {
        var tokens = new List<(string, int)>();
        using (stream)
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            var increment = stream.AddAttribute<IPositionIncrementAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                tokens.Add((term.ToString(), increment.PositionIncrement));
            }

            stream.End();
        }

        return tokens;
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        new StringReader(TextNormalizer.Normalize(reader.ReadToEnd() ?? "")); // Lucene's reader gives null for ""

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new MixedScriptTokenizer(reader);
        TokenStream stream = new SynonymFilter(new HanRunBigramFilter(source, new StopWordLookup(StopWords.Default), vocabulary), map, ignoreCase: true);
        stream = new StopFilter(BilingualAnalyzer.Lucene, stream, StopWords.Default);
        return new TokenStreamComponents(source, new PorterStemFilter(stream));
    }

    private static CharsRef Phrase(string[] words) => new(string.Join(SynonymMap.WORD_SEPARATOR, words));
}
