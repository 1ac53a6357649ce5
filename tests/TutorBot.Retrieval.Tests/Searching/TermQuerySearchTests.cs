using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using TutorBot.Core.Evaluation;
using TutorBot.Retrieval.Analysis;
using TutorBot.Retrieval.Indexing;
using TutorBot.Retrieval.Searching;
using TutorBot.Retrieval.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Retrieval.Tests.Searching;

/// <summary>
/// <see cref="TermQuerySearch"/> against the Lucene query it replaced (<see cref="ReferenceQuery"/>): the same
/// documents at the same ranks with the same scores, except that a term held in all three fields of a document may
/// score differently in its last bit (Lucene summed the three in the order of its postings heap, field order here),
/// which can only swap documents whose scores are that close.
/// </summary>
public sealed class TermQuerySearchTests(SharedKnowledgeBase shared, ITestOutputHelper output) : IClassFixture<SharedKnowledgeBase>
{
    private const int Depth = 50;
    private const float RelativeTolerance = 1e-6f;

    // Held in memory (how a knowledge base of this size is served) and memory-mapped (how a large one is).
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task RanksEveryEvaluationQueryAsTheLuceneQueryItReplaced(bool inMemory)
    {
        var open = OpenIndex.Open(new IndexStore(shared.Kb.IndexFolder).Current()!, inMemory ? long.MaxValue : 0);
        try
        {
            Assert.Equal(inMemory, open.InMemory);
            var (documents, identical) = (0, 0);
            foreach (var query in await AllQueriesAsync())
            {
                var (compared, same) = AssertRanksAsLucene(open.Searcher, open.QueryAnalyzer, query, open.Weights);
                (documents, identical) = (documents + compared, identical + same);
            }

            output.WriteLine($"{identical} of {documents} ranked documents have bit-identical scores");
            Assert.True(documents > 10_000, $"only {documents} ranked documents compared");
        }
        finally
        {
            open.Release();
        }
    }

    [Fact]
    public async Task RanksAsLuceneOnAnIndexOfSeveralSegmentsWithDeletedDocuments()
    {
        var entries = (await shared.Kb.Source.LoadAsync(CancellationToken.None)).Published.ToList();
        using var analyzer = new BilingualAnalyzer(ChineseVocabulary.From(entries.SelectMany(e => e.Tags)), aliases: null, StopWords.Default);
        using var directory = new RAMDirectory();
        var config = new IndexWriterConfig(BilingualAnalyzer.Lucene, analyzer) { Similarity = new BM25Similarity(), MergePolicy = NoMergePolicy.COMPOUND_FILES };
        using (var writer = new IndexWriter(directory, config))
        {
            for (var i = 0; i < entries.Count; i++)
            {
                writer.AddDocument(EntryDocuments.ToDocument(entries[i]));
                if (i % 40 == 39)
                {
                    writer.Commit();
                }
            }

            foreach (var entry in entries.Where((_, i) => i % 9 == 4))
            {
                writer.DeleteDocuments(new Term(IndexFields.Id, entry.Id));
            }
        }

        using var reader = DirectoryReader.Open(directory);
        Assert.True(reader.Leaves.Count >= 4 && reader.HasDeletions, $"{reader.Leaves.Count} segments, deletions: {reader.HasDeletions}");
        var searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        foreach (var query in await AllQueriesAsync())
        {
            AssertRanksAsLucene(searcher, analyzer, query);
        }
    }

    [Fact]
    public async Task TellsWhichFieldsOfEachDocumentHoldEachTerm()
    {
        var open = OpenIndex.Open(new IndexStore(shared.Kb.IndexFolder).Current()!, inMemoryMaxBytes: 0);
        try
        {
            foreach (var query in (await AllQueriesAsync()).Where((_, i) => i % 5 == 0))
            {
                var terms = QueryTerms.Analyze(open.QueryAnalyzer, query);
                var lookup = new QueryTermLookup(open.Reader, terms, IndexFields.Searched.Select(f => f.Name));
                foreach (var candidate in TermQuerySearch.Search(open.Searcher, lookup, 20))
                {
                    for (var t = 0; t < terms.Count; t++)
                    {
                        var bit = 1UL << t;
                        Assert.Equal(Holds(open.Reader, IndexFields.Question, terms[t], candidate.Doc), (candidate.InQuestion & bit) != 0);
                        Assert.Equal(Holds(open.Reader, IndexFields.Tags, terms[t], candidate.Doc), (candidate.InTags & bit) != 0);
                        Assert.Equal(Holds(open.Reader, IndexFields.Answer, terms[t], candidate.Doc), (candidate.InAnswer & bit) != 0);
                    }
                }
            }
        }
        finally
        {
            open.Release();
        }
    }

    // Returns how many ranked documents were compared and how many of their scores were bit-identical.
    // With the generation's kept weights (reused from query to query) or, without, weights built for each query.
    private static (int Compared, int Identical) AssertRanksAsLucene(IndexSearcher searcher, Lucene.Net.Analysis.Analyzer analyzer, string query, TermWeights? kept = null)
    {
        var terms = QueryTerms.Analyze(analyzer, query);
        if (terms.Count == 0)
        {
            return (0, 0);
        }

        var lookup = new QueryTermLookup(searcher.IndexReader, terms, IndexFields.Searched.Select(f => f.Name));
        var expected = searcher.Search(ReferenceQuery.Build(lookup), Depth).ScoreDocs;
        var actual = TermQuerySearch.Search(searcher, lookup, Depth, kept);
        Assert.Equal(expected.Length, actual.Length);
        var luceneScores = expected.ToDictionary(d => d.Doc, d => d.Score);
        var identical = 0;
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.True(Near(expected[i].Score, actual[i].Score), $"'{query}' rank {i}: {expected[i].Score:R} vs {actual[i].Score:R}");
            if (expected[i].Doc != actual[i].Doc)
            {
                // Only a near tie may swap places: Lucene scored the document ranked here about as high.
                var lucene = luceneScores.TryGetValue(actual[i].Doc, out var score) ? score : expected[^1].Score;
                Assert.True(Near(lucene, expected[i].Score), $"'{query}' rank {i}: doc {actual[i].Doc} instead of {expected[i].Doc}");
            }

            identical += expected[i].Doc == actual[i].Doc && expected[i].Score.Equals(actual[i].Score) ? 1 : 0;
        }

        return (expected.Length, identical);
    }

    private static bool Near(float a, float b) => Math.Abs(a - b) <= RelativeTolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static bool Holds(IndexReader reader, string field, string term, int doc)
    {
        var postings = MultiFields.GetTermDocsEnum(reader, MultiFields.GetLiveDocs(reader), field, new BytesRef(term));
        return postings is not null && postings.Advance(doc) == doc;
    }

    private static async Task<List<string>> AllQueriesAsync()
    {
        var queries = new List<string>();
        foreach (var set in new[] { "retrieval/seed-dev.jsonl", "retrieval/tune", "retrieval/holdout", "retrieval/holdout-2" })
        {
            foreach (var file in RepoPaths.EvalFiles(set))
            {
                using var reader = File.OpenText(file);
                queries.AddRange((await EvalSetReader.ReadAsync(reader, CancellationToken.None)).Select(c => c.Query));
            }
        }

        return queries;
    }
}
