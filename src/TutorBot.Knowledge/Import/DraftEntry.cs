using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Import;

/// <summary>One imported question as a draft entry (status draft), the file name it should get, and notes for the reviewer written into its front matter as comments.</summary>
public sealed record DraftEntry(KnowledgeEntry Entry, string FileName, IReadOnlyList<string> ReviewerNotes);
