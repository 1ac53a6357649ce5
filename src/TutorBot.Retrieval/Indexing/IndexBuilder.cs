using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Writes entries into a new Lucene index folder. Analysis dominates the cost, so entries are added from
/// several threads at once (IndexWriter is thread-safe and gives each thread its own segment buffer), each taking
/// the next entry not yet taken.
/// </summary>
internal static class IndexBuilder
{
    public static void Build(
        string folder,
        IReadOnlyList<KnowledgeEntry> entries,
        Analyzer analyzer,
        int threads,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        var config = new IndexWriterConfig(Analysis.BilingualAnalyzer.Lucene, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 128,
            MaxThreadStates = Math.Max(threads, 1),
        };
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, config);
        var done = 0;
        var step = Math.Max(entries.Count / 100, 1);
        progress?.Report(new IndexProgress(0, entries.Count));
        var next = -1;
        WorkerThreads.Run(Math.Max(threads, 1), stop =>
        {
            for (var i = Interlocked.Increment(ref next); i < entries.Count && !stop.IsCancellationRequested; i = Interlocked.Increment(ref next))
            {
                writer.AddDocument(EntryDocuments.ToDocument(entries[i]));
                var count = Interlocked.Increment(ref done);
                if (count % step == 0 || count == entries.Count)
                {
                    progress?.Report(new IndexProgress(count, entries.Count));
                }
            }
        }, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        writer.ForceMerge(1);
        writer.Commit();
    }
}
