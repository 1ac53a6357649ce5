namespace TutorBot.Core.State;

/// <summary>
/// A store that can delete documents nobody has written for a while, for retention (<c>Storage:ConversationRetentionDays</c>).
/// Optional: a store without it leaves expiry to its platform (Azure Blob Storage's lifecycle management, docs/deploy.md).
/// </summary>
public interface IStateExpiry
{
    /// <summary>
    /// Deletes every document whose key starts with one of <paramref name="prefixes"/>, but with none of
    /// <paramref name="except"/>, and that was last written before <paramref name="idleSince"/>; returns how many were
    /// deleted. A document written again meanwhile is kept.
    /// </summary>
    Task<int> ExpireAsync(IReadOnlyCollection<string> prefixes, IReadOnlyCollection<string> except, DateTimeOffset idleSince, CancellationToken cancellationToken);
}
