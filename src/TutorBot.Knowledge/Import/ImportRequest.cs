namespace TutorBot.Knowledge.Import;

/// <summary>What an import should produce: the pack the drafts are for, and the page's URL when the page itself does not print it (it wins over a detected one).</summary>
public sealed record ImportRequest(string Pack, string? SourceUrl = null);
