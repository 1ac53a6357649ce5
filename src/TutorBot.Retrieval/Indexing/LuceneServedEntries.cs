using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Indexing;

/// <summary>The entries stored in the generation in service (read once per generation).</summary>
internal sealed class LuceneServedEntries(IndexHolder holder, LuceneKnowledgeIndex index) : IServedEntries
{
    public async Task<IReadOnlyList<KnowledgeEntry>> EntriesAsync(CancellationToken cancellationToken)
    {
        await index.EnsureLoadedAsync(cancellationToken);
        var open = holder.Acquire();
        if (open is null)
        {
            return [];
        }

        try
        {
            return open.AllEntries;
        }
        finally
        {
            open.Release();
        }
    }
}
