namespace TutorBot.Core.Retrieval;

/// <summary>Progress of an index build: <paramref name="Done"/> of <paramref name="Total"/> entries analysed.</summary>
public sealed record IndexProgress(int Done, int Total);
