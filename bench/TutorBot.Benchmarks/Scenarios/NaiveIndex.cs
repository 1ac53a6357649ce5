using System.Diagnostics;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// The baseline every figure is quoted against in the same run: SmartCn's stock analyzer, BM25 over question and
/// answer (both languages), an on-disk index in a temporary folder with Lucene's default writer settings; no aliases,
/// no coverage test, no abstention. Built from entries already in memory, on one thread unless told otherwise (the
/// simplest baseline; Lucene's merge scheduler still merges on background threads, and the build CPU time counts them).
/// </summary>
internal sealed class NaiveIndex : IKnowledgeSearch, IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private readonly string _folder = System.IO.Directory.CreateTempSubdirectory("tutorbot-naive-").FullName;
    private readonly SmartChineseAnalyzer _analyzer = new(Version);
    private readonly FSDirectory _directory;
    private readonly Dictionary<string, KnowledgeEntry> _entries;
    private DirectoryReader _reader;
    private IndexSearcher _searcher;

    public NaiveIndex(IReadOnlyList<KnowledgeEntry> entries, int threads = 1)
    {
        var cpu = Environment.CpuUsage.TotalTime;
        var start = Stopwatch.GetTimestamp();
        _entries = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        _directory = FSDirectory.Open(_folder);
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { Similarity = new BM25Similarity() }))
        {
            if (threads <= 1)
            {
                foreach (var entry in entries)
                {
                    writer.AddDocument(ToDocument(entry));
                }
            }
            else
            {
                Parallel.ForEach(entries, new ParallelOptions { MaxDegreeOfParallelism = threads }, entry => writer.AddDocument(ToDocument(entry)));
            }
        }

        (_reader, _searcher) = OpenReader();
        Build = Stopwatch.GetElapsedTime(start);
        BuildCpu = Environment.CpuUsage.TotalTime - cpu;
        Segments = _reader.Leaves.Count;
        MergeForQueries = Segments > 1 ? MergeToOneSegment() : TimeSpan.Zero;
    }

    /// <summary>How long the build took: documents added, the writer committed and closed, the reader opened.</summary>
    public TimeSpan Build { get; }

    /// <summary>CPU time of the whole process (all threads, background merges included) during <see cref="Build"/>.</summary>
    public TimeSpan BuildCpu { get; }

    /// <summary>Segments the build left (Lucene's default merge policy; ours merges to one within its build).</summary>
    public int Segments { get; }

    /// <summary>
    /// Time spent after <see cref="Build"/>, not counted in it, merging the index into one segment as ours is, so
    /// that extra segments do not slow the naive queries down either: the floor is as fast as it can be on both sides.
    /// </summary>
    public TimeSpan MergeForQueries { get; }

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

    private static Document ToDocument(KnowledgeEntry entry) => new()
    {
        new StringField("id", entry.Id, Field.Store.YES),
        new TextField("text", $"{entry.Question}\n{entry.QuestionEn}\n{entry.Answer}\n{entry.AnswerEn}", Field.Store.NO),
    };

    private (DirectoryReader, IndexSearcher) OpenReader()
    {
        var reader = DirectoryReader.Open(_directory);
        return (reader, new IndexSearcher(reader) { Similarity = new BM25Similarity() });
    }

    private TimeSpan MergeToOneSegment()
    {
        var start = Stopwatch.GetTimestamp();
        _reader.Dispose();
        using (var writer = new IndexWriter(_directory, new IndexWriterConfig(Version, _analyzer) { OpenMode = OpenMode.APPEND, Similarity = new BM25Similarity() }))
        {
            writer.ForceMerge(1);
        }

        (_reader, _searcher) = OpenReader();
        return Stopwatch.GetElapsedTime(start);
    }
}
