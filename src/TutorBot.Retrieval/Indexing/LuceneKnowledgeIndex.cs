using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;
using TutorBot.Retrieval.Analysis;
using TutorBot.Retrieval.Analysis.Chinese;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Keeps the on-disk Lucene index in step with the knowledge files. The index is rebuilt when its fingerprint
/// (knowledge files + alias file + analyser version) differs; a knowledge base with problems never replaces
/// the index in service, and neither does a rebuild that fails (files that vanish or cannot be listed, a build
/// error): that is reported as <see cref="IndexOutcome.Rejected"/> with the reason, and the last good index is served.
/// </summary>
internal sealed class LuceneKnowledgeIndex(
    IKnowledgeSource source,
    RetrievalPaths paths,
    RetrievalOptions options,
    IndexHolder holder,
    ILogger<LuceneKnowledgeIndex>? logger = null) : IKnowledgeIndex
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly IndexStore _store = new(paths.IndexRoot);
    private readonly ILogger _logger = logger ?? NullLogger<LuceneKnowledgeIndex>.Instance;

    public Task<IndexReport> EnsureCurrentAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(force: false, progress, cancellationToken);

    public Task<IndexReport> RebuildAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(force: true, progress, cancellationToken);

    /// <summary>Opens the index in service when none is loaded yet, building it if needed.</summary>
    internal async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (holder.Folder is null)
        {
            await EnsureCurrentAsync(null, cancellationToken);
        }
    }

    private async Task<IndexReport> RunAsync(bool force, IProgress<IndexProgress>? progress, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var clock = Stopwatch.StartNew();
            Directory.CreateDirectory(_store.Root);
            var current = _store.Current();
            KnowledgeSnapshot snapshot;
            AliasTable aliases;
            try
            {
                snapshot = await source.LoadAsync(cancellationToken);
                aliases = AliasTable.Load(paths.AliasesFile);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && HasIndex(current))
            {
                // The folder vanished or could not be listed mid-rebuild: what was good stays in service.
                _logger.LogError(ex, "The knowledge files could not be read; the index in service is kept");
                LoadIfNeeded(current);
                return Report(IndexOutcome.Rejected, "", clock, [new KnowledgeProblem(".", 0, $"the knowledge files could not be read: {ex.Message}")]);
            }

            var entries = snapshot.Published.ToList();
            var fingerprint = Fingerprint(snapshot, aliases);

            // An index built from exactly these inputs was built without problems: it is served as it is, and the
            // alias rules (SmartCn analysis of every alias, most of a warm start) need not be built again.
            if (!force && snapshot.Problems.Count == 0 && aliases.Problems.Count == 0 && current is not null
                && IndexManifest.TryRead(current)?.Fingerprint == fingerprint)
            {
                LoadIfNeeded(current);
                return Report(IndexOutcome.UpToDate, fingerprint, clock, []);
            }

            var vocabulary = ChineseVocabulary.From(aliases.Terms.Concat(entries.SelectMany(e => e.Tags)));
            var (rules, ruleProblems) = aliases.BuildRules(vocabulary);
            var problems = snapshot.Problems.Concat(aliases.Problems).Concat(ruleProblems).ToList();
            if (problems.Count > 0)
            {
                _logger.LogWarning("Knowledge base has {Count} problems; the index in service is kept", problems.Count);
                LoadIfNeeded(current);
                return Report(IndexOutcome.Rejected, fingerprint, clock, problems);
            }

            try
            {
                Build(entries, vocabulary, rules, fingerprint, progress, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException && HasIndex(current))
            {
                _logger.LogError(ex, "The index could not be built; the index in service is kept");
                LoadIfNeeded(current);
                return Report(IndexOutcome.Rejected, fingerprint, clock, [new KnowledgeProblem(".", 0, $"the index could not be built: {ex.Message}")]);
            }

            _logger.LogInformation("Indexed {Count} entries in {Elapsed} ms", entries.Count, clock.ElapsedMilliseconds);
            return Report(IndexOutcome.Built, fingerprint, clock, problems);
        }
        finally
        {
            _gate.Release();
        }
    }

    private void Build(
        List<KnowledgeEntry> entries,
        ChineseVocabulary vocabulary,
        AliasRules? aliases,
        string fingerprint,
        IProgress<IndexProgress>? progress,
        CancellationToken cancellationToken)
    {
        var generation = _store.NewGeneration();
        try
        {
            var threads = options.BuildThreads > 0 ? options.BuildThreads : Environment.ProcessorCount;
            using var analyzer = new BilingualAnalyzer(vocabulary, aliases, StopWords.Default, DictionaryMemo.ForBuilding);
            IndexBuilder.Build(generation, entries, analyzer, threads, progress, cancellationToken);
            vocabulary.Write(generation);
            new IndexManifest(fingerprint, entries.Count, DateTimeOffset.UtcNow).Write(generation);
        }
        catch
        {
            IndexStore.Discard(generation);
            throw;
        }

        _store.Promote(generation);
        holder.Swap(OpenIndex.Open(generation, InMemoryMaxBytes));
        _store.RemoveOldGenerations();
    }

    private long InMemoryMaxBytes => options.InMemoryIndexMaxMegabytes * 1024L * 1024L;

    // True when an index can stay in service after a failed rebuild; with none, the failure is the caller's to report.
    private bool HasIndex(string? current) => holder.Folder is not null || current is not null;

    private void LoadIfNeeded(string? current)
    {
        if (current is not null && holder.Folder != current)
        {
            holder.Swap(OpenIndex.Open(current, InMemoryMaxBytes));
        }
    }

    private IndexReport Report(IndexOutcome outcome, string fingerprint, Stopwatch clock, IReadOnlyList<KnowledgeProblem> problems)
    {
        var index = holder.Acquire();
        var count = index?.Manifest.Entries ?? 0;
        index?.Release();
        return new IndexReport(outcome, count, fingerprint, clock.Elapsed, problems);
    }

    private static string Fingerprint(KnowledgeSnapshot snapshot, AliasTable aliases)
    {
        var text = $"{snapshot.Fingerprint}|{aliases.Hash}|{BilingualAnalyzer.Version}|{EntryDocuments.Schema}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32];
    }
}
