namespace TutorBot.Core.Answering;

/// <summary>
/// A source an answer cites. <paramref name="N"/> is the 1-based marker used in the answer text (<c>[1]</c>);
/// <paramref name="Source"/> is the entry's first source URL, or its file when it has none (empty when neither is known).
/// </summary>
public sealed record Citation(int N, string EntryId, string Title, string? TitleEn, string Source);
