using Microsoft.Extensions.Caching.Memory;
using System.Collections.Concurrent;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using TutorBot.Core.Knowledge;
using TutorBot.Retrieval.Analysis;
using TutorBot.Retrieval.Searching;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// One index generation opened for searching. Reference-counted through the reader: a search holds a
/// reference while it runs, so a swap never closes an index under a search in flight.
/// </summary>
internal sealed class OpenIndex
{
    private readonly ConcurrentDictionary<int, KnowledgeEntry> _entries = new();
    private readonly Lucene.Net.Store.Directory _directory;
    private readonly Lazy<IReadOnlyList<KnowledgeEntry>> _all;

    private OpenIndex(string folder, IndexManifest manifest, long inMemoryMaxBytes)
    {
        Folder = folder;
        Manifest = manifest;
        _directory = OpenDirectory(folder, inMemoryMaxBytes);
        Reader = DirectoryReader.Open(_directory);
        Searcher = new IndexSearcher(Reader) { Similarity = new BM25Similarity() };
        Weights = new TermWeights(Searcher);
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

    /// <summary>The BM25 weights of the terms searched so far on this generation.</summary>
    public TermWeights Weights { get; }

    /// <param name="folder">The generation's folder.</param>
    /// <param name="inMemoryMaxBytes">Largest generation copied into memory; a larger one is memory-mapped.</param>
    public static OpenIndex Open(string folder, long inMemoryMaxBytes) =>
        new(folder, IndexManifest.TryRead(folder) ?? throw new InvalidDataException($"{folder} has no readable {IndexManifest.FileName}"), inMemoryMaxBytes);

    /// <summary>Whether this generation is held in memory rather than memory-mapped.</summary>
    public bool InMemory => _directory is RAMDirectory;

    // A small index is read once into memory: its inputs clone without the lock and weak table that Lucene.NET's
    // memory-mapped inputs keep for every clone. The files stay on disk, so the next start opens them again.
    private static Lucene.Net.Store.Directory OpenDirectory(string folder, long inMemoryMaxBytes)
    {
        var size = new DirectoryInfo(folder).EnumerateFiles().Sum(f => f.Length);
        if (size > inMemoryMaxBytes)
        {
            return FSDirectory.Open(folder);
        }

        using var disk = FSDirectory.Open(folder);
        return new RAMDirectory(disk, IOContext.READ_ONCE);
    }

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
