namespace TutorBot.Core.State;

/// <summary>
/// The outcome of <see cref="IStateStore.WriteAsync"/>: on success the new ETag of every written key; on a
/// concurrency conflict nothing was written and <see cref="Conflicts"/> lists the keys whose ETag was stale.
/// </summary>
public sealed record StateWriteResult(IReadOnlyDictionary<string, string> ETags, IReadOnlyList<string> Conflicts)
{
    /// <summary>True when every item was written.</summary>
    public bool Succeeded => Conflicts.Count == 0;

    /// <summary>A failed write naming the stale keys.</summary>
    public static StateWriteResult Conflict(IReadOnlyList<string> keys) => new(new Dictionary<string, string>(), keys);
}
