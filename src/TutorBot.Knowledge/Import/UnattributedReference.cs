namespace TutorBot.Knowledge.Import;

/// <summary>A reference the importer could not attach to one question, with a hint for the reviewer about where it probably belongs.</summary>
public sealed record UnattributedReference(PageReference Reference, string Hint);
