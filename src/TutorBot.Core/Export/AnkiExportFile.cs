namespace TutorBot.Core.Export;

/// <summary>
/// An Anki import file: <paramref name="Content"/> is the whole UTF-8 text (header lines, then one line per note),
/// <paramref name="FileName"/> a suggested name (<c>tutorbot-anki-zh.txt</c>), <paramref name="NoteCount"/> the number
/// of note lines.
/// </summary>
public sealed record AnkiExportFile(string FileName, string Content, int NoteCount);
