namespace TutorBot.Core.Retrieval;

/// <summary>A search request. <paramref name="Top"/> is the most hits wanted (1 to 100).</summary>
public sealed record SearchQuery(string Text, int Top = 5)
{
    /// <summary>
    /// True for a query many turns ask alike because it comes from the knowledge base rather than from a user (a
    /// topic's tag, an entry's own question): the engine may answer it from a cache kept per index generation.
    /// A user's question is never marked so.
    /// </summary>
    public bool Reusable { get; init; }
}
