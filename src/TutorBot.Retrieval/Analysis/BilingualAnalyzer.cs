using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using TutorBot.Retrieval.Analysis.Chinese;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// One analysis chain for Chinese and English text: CamelCase and symbol normalisation, SmartCn word
/// segmentation of text with Chinese (<see cref="MixedScriptTokenizer"/> splits text without any the same way, faster), repair of unknown Chinese words, bilingual
/// aliases (index side only: the index holds every alias of a term, so a query needs none), stopwords in both
/// languages, and Porter stemming of English. Version changes force a rebuild of existing indexes.
/// <paramref name="memoTexts"/>: how much each thread's segmenter remembers (<see cref="DictionaryMemo"/>): much for
/// an index build, little for an analyzer that lives as long as the host.
/// </summary>
internal sealed class BilingualAnalyzer(ChineseVocabulary vocabulary, AliasRules? aliases, CharArraySet stopWords, int memoTexts = DictionaryMemo.ForQueries) : Analyzer
{
    /// <summary>Bump when the chain changes in a way that changes the terms it produces.</summary>
    public const string Version = "bilingual-12";

    internal const LuceneVersion Lucene = LuceneVersion.LUCENE_48;

    private readonly StopWordLookup _stopWords = new(stopWords);

    protected override TextReader InitReader(string fieldName, TextReader reader) => NormalizedTextReader.From(reader);

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new MixedScriptTokenizer(reader, memoTexts);
        TokenStream stream = new HanRunBigramFilter(source, _stopWords, vocabulary);
        if (aliases is not null)
        {
            stream = new AliasFilter(stream, aliases);
        }

        stream = new StopWordFilter(stream, _stopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    /// <summary>The chain up to (not including) aliases: what alias phrases are matched in.</summary>
    internal sealed class AliasInput(ChineseVocabulary vocabulary, CharArraySet stopWords) : Analyzer
    {
        private readonly StopWordLookup _stopWords = new(stopWords);

        protected override TextReader InitReader(string fieldName, TextReader reader) => NormalizedTextReader.From(reader);

        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var source = new MixedScriptTokenizer(reader);
            return new TokenStreamComponents(source, new HanRunBigramFilter(source, _stopWords, vocabulary));
        }
    }
}
