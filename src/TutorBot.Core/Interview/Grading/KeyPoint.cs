namespace TutorBot.Core.Interview.Grading;

/// <summary>
/// One point a good answer makes, cut from an entry's reference answer. <paramref name="Index"/> is its 0-based
/// position in the answer; <paramref name="Text"/> is verbatim from the knowledge base (list markers removed).
/// </summary>
public sealed record KeyPoint(int Index, string Text);
