using Microsoft.Extensions.Caching.Memory;
using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TutorBot.Core.Knowledge;
using TutorBot.Retrieval.Analysis;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// One index generation opened for searching. Reference-counted through the reader: a search holds a
/// reference while it runs, so a swap never closes an index under a search in flight.
/// </summary>
internal sealed class OpenIndex
{
    private readonly ConcurrentDictionary<int, KnowledgeEntry> _entries = new();
    private readonly FSDirectory _directory;
    private readonly Lazy<IReadOnlyList<KnowledgeEntry>> _all;

    private OpenIndex(string folder, IndexManifest manifest)
    {
        Folder = folder;
        Manifest = manifest;
        _directory = FSDirectory.Open(folder);
        Reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        QueryAnalyzer = new BilingualAnalyzer(ChineseVocabulary.Read(folder), aliases: null, StopWords.Default);
        _all = new(() => Enumerable.Range(0, Reader.MaxDoc).Select(Entry).OrderBy(e => e.Id, StringComparer.Ordinal).ToList());
    }

    /// <summary>Most reusable results kept per generation (<see cref="ReusableResults"/>).</summary>
    public const int ReusableResultLimit = 20_000;

    /// <summary>
    /// Results of reusable queries (<see cref="TutorBot.Core.Retrieval.SearchQuery.Reusable"/>) on this generation,
    /// by text and top; gone with the generation, so a rebuilt index never answers from the old one.
    /// </summary>
    public MemoryCache ReusableResults { get; } = new(new MemoryCacheOptions { SizeLimit = ReusableResultLimit });

    /// <summary>Analyses queries exactly as this generation's entries were analysed, less the aliases (the index holds those).</summary>
    public BilingualAnalyzer QueryAnalyzer { get; }

    public string Folder { get; }

    public IndexManifest Manifest { get; }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    public static OpenIndex Open(string folder) =>
        new(folder, IndexManifest.TryRead(folder) ?? throw new InvalidDataException($"{folder} has no readable {IndexManifest.FileName}"));

    /// <summary>Every entry of this generation, ordered by id; read from the stored documents on first use.</summary>
    public IReadOnlyList<KnowledgeEntry> AllEntries => _all.Value;

    /// <summary>The entry stored in document <paramref name="docId"/>, deserialised once.</summary>
    public KnowledgeEntry Entry(int docId) =>
        _entries.GetOrAdd(docId, id => EntryDocuments.ToEntry(Searcher.Doc(id)));

    /// <summary>Takes a reference for the duration of a search; false when the index was closed meanwhile.</summary>
    public bool TryAcquire() => Reader.TryIncRef();

    /// <summary>Gives back a reference taken with <see cref="TryAcquire"/>, or the owner's own on retirement.</summary>
    public void Release()
    {
        Reader.DecRef();
        if (Reader.RefCount == 0)
        {
            QueryAnalyzer.Dispose();
            ReusableResults.Dispose();
            _directory.Dispose();
        }
    }
}
