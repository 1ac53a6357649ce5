using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview;

/// <summary>
/// The knowledge entries an interview may ask about, read from an <see cref="IKnowledgeSource"/> and kept for
/// <see cref="InterviewOptions.CatalogCacheSeconds"/> so a turn does not re-read every file. Thread-safe.
/// </summary>
public sealed class KnowledgeCatalog(IKnowledgeSource source, InterviewOptions options, TimeProvider clock)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (IReadOnlyList<KnowledgeEntry> Entries, DateTimeOffset ReadAt)? _cached;

    /// <summary>Every published entry (drafts excluded), by id order.</summary>
    public async Task<IReadOnlyList<KnowledgeEntry>> EntriesAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_cached is { } hit && now - hit.ReadAt < TimeSpan.FromSeconds(options.CatalogCacheSeconds))
        {
            return hit.Entries;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            var snapshot = await source.LoadAsync(cancellationToken);
            var entries = snapshot.Published.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();
            _cached = (entries, now);
            return entries;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The entries that can be asked: with an answer, and complete unless <see cref="InterviewOptions.IncludeIncomplete"/>.</summary>
    public async Task<IReadOnlyList<KnowledgeEntry>> AskableAsync(CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken))
            .Where(e => !string.IsNullOrWhiteSpace(e.Answer) && (options.IncludeIncomplete || e.Status == EntryStatus.Complete))
            .ToList();

    /// <summary>The entry with <paramref name="id"/>, or null when the knowledge base no longer has it.</summary>
    public async Task<KnowledgeEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken)).FirstOrDefault(e => e.Id == id);
}
