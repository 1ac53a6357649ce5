namespace TutorBot.Core.Retrieval;

/// <summary>The on-disk index of the knowledge base.</summary>
public interface IKnowledgeIndex
{
    /// <summary>
    /// Makes sure the index matches the knowledge files: builds it when missing or stale, otherwise opens it.
    /// When the files have problems, the last good index stays in service and the problems are reported.
    /// </summary>
    Task<IndexReport> EnsureCurrentAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken);

    /// <summary>Rebuilds the index from the knowledge files even when it looks current. Builds aside, then swaps.</summary>
    Task<IndexReport> RebuildAsync(IProgress<IndexProgress>? progress, CancellationToken cancellationToken);
}
