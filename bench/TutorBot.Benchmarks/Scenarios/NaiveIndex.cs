using System.Diagnostics;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// The baseline every figure is quoted against in the same run: SmartCn's stock analyzer, BM25 over question and
/// answer (both languages), an on-disk index in a temporary folder; no aliases, no coverage test, no abstention.
/// </summary>
internal sealed class NaiveIndex : IKnowledgeSearch, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("tutorbot-naive-").FullName;
    private readonly SmartChineseAnalyzer _analyzer = new(Version);
    private readonly FSDirectory _directory;
    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, KnowledgeEntry> _entries;

    public NaiveIndex(IReadOnlyList<KnowledgeEntry> entries)
    {
        var start = Stopwatch.GetTimestamp();
        _entries = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _directory = FSDirectory.Open(_folder);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() }))
        {
            foreach (var entry in entries)
            {
                writer.AddDocument(new Document
                {
                    new StringField("id", entry.Id, Field.Store.YES),
                    new TextField("text", $"{entry.Question}\n{entry.QuestionEn}\n{entry.Answer}\n{entry.AnswerEn}", Field.Store.NO),
                });
            }
        }

        _reader = DirectoryReader.Open(_directory);
        _searcher = new IndexSearcher(_reader) { Similarity = new Lucene.Net.Search.Similarities.BM25Similarity() };
        Build = Stopwatch.GetElapsedTime(start);
    }

    /// <summary>How long the build took, including opening the reader.</summary>
    public TimeSpan Build { get; }

    public Task<SearchResult> SearchAsync(SearchQuery query, CancellationToken cancellationToken)
    {
        var boolean = new BooleanQuery();
        using (var stream = _analyzer.GetTokenStream("text", new StringReader(query.Text ?? "")))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken() && boolean.Clauses.Count < BooleanQuery.MaxClauseCount)
            {
                boolean.Add(new TermQuery(new Term("text", term.ToString())), Occur.SHOULD);
            }

            stream.End();
        }

        var hits = boolean.Clauses.Count == 0 ? [] : _searcher.Search(boolean, Math.Max(query.Top, 1)).ScoreDocs
            .Select(d => new SearchHit(_entries[_searcher.Doc(d.Doc).Get("id")], d.Score, 1))
            .ToList();
        return Task.FromResult(new SearchResult(query.Text ?? "", hits, []));
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
        _analyzer.Dispose();
        try
        {
            System.IO.Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
