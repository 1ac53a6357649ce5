using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Cuts a knowledge file into front matter and body. The front matter sits between two lines that hold only
/// <c>---</c>; blank lines before the opening one are tolerated. Line ends may be '\n' or "\r\n".
/// </summary>
public static class FrontMatterSplitter
{
    private const string Delimiter = "---";

    /// <summary>The split document, or a problem (missing or unclosed front matter) naming the file and line.</summary>
    public static (FrontMatterDocument? Document, KnowledgeProblem? Problem) Split(string relativePath, string text)
    {
        var lines = SplitLines(text);
        var opening = 0;
        while (opening < lines.Length && string.IsNullOrWhiteSpace(lines[opening]))
        {
            opening++;
        }

        if (opening == lines.Length || !IsDelimiter(lines[opening]))
        {
            var line = opening == lines.Length ? 1 : opening + 1;
            return (null, new KnowledgeProblem(relativePath, line,
                "no front matter: the file must start with a '---' line, then the fields (id, question, ...), then a closing '---' line"));
        }

        var closing = opening + 1;
        while (closing < lines.Length && !IsDelimiter(lines[closing]))
        {
            closing++;
        }

        if (closing == lines.Length)
        {
            return (null, new KnowledgeProblem(relativePath, opening + 1,
                "the front matter opened here is never closed: add a line holding only '---' after the fields"));
        }

        var yaml = string.Join('\n', lines, opening + 1, closing - opening - 1);
        var (body, bodyIndex) = TrimBlankLines(lines, closing + 1);
        return (new FrontMatterDocument(opening + 1, yaml, opening + 2, closing + 1, body, bodyIndex + 1), null);
    }

    /// <summary>Splits on '\n', dropping a trailing '\r' from each line and a leading byte-order mark.</summary>
    public static string[] SplitLines(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].EndsWith('\r'))
            {
                lines[i] = lines[i][..^1];
            }
        }

        return lines;
    }

    private static bool IsDelimiter(string line) => line.TrimEnd() == Delimiter;

    private static (string Body, int FirstIndex) TrimBlankLines(string[] lines, int start)
    {
        var first = start;
        while (first < lines.Length && string.IsNullOrWhiteSpace(lines[first]))
        {
            first++;
        }

        var last = lines.Length - 1;
        while (last >= first && string.IsNullOrWhiteSpace(lines[last]))
        {
            last--;
        }

        return first > last
            ? ("", Math.Min(start, lines.Length))
            : (string.Join('\n', lines, first, last - first + 1), first);
    }
}
