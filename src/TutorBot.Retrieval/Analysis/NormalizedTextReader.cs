namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// A reader over text that <see cref="TextNormalizer"/> has already rewritten, which lets
/// <see cref="MixedScriptTokenizer"/> take the text itself instead of reading a copy of it.
/// </summary>
internal sealed class NormalizedTextReader(string text) : StringReader(text)
{
    public string Text { get; } = text;

    public static NormalizedTextReader From(TextReader reader) =>
        new(TextNormalizer.Normalize(reader.ReadToEnd() ?? "")); // Lucene's reader gives null for ""
}
