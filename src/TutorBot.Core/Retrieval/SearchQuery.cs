namespace TutorBot.Core.Retrieval;

/// <summary>A search request. <paramref name="Top"/> is the most hits wanted (1 to 100).</summary>
public sealed record SearchQuery(string Text, int Top = 5);
