namespace TutorBot.Knowledge.Import;

/// <summary>
/// A scraped page as lines, normalised the way knowledge files are: no byte-order mark, '\n' line ends, and
/// no-break spaces turned into plain spaces. Line <c>i</c> of <see cref="Lines"/> is page line <c>i + 1</c>.
/// </summary>
public sealed record PageText(string Name, IReadOnlyList<string> Lines)
{
    /// <summary>Normalises <paramref name="text"/>, the content of the page named <paramref name="name"/> (used in messages).</summary>
    public static PageText FromText(string name, string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Replace('\u00A0', ' ').Split('\n');
        return new PageText(name, lines);
    }

    /// <summary>Reads a UTF-8 page file.</summary>
    public static async Task<PageText> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var text = await File.ReadAllTextAsync(path, cancellationToken).ConfigureAwait(false);
        return FromText(Path.GetFileName(path), text);
    }
}
