namespace TutorBot.Knowledge.Import;

/// <summary>One file an import meant to write: its absolute path, and whether it was written (false: it existed and was kept).</summary>
public sealed record DraftFileOutcome(string Path, bool Written);
