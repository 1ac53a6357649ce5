namespace TutorBot.Knowledge.Files;

/// <summary>Locates an unclosed flow bracket in YAML text, for errors the YAML parser reports without a position.</summary>
internal static class YamlBrackets
{
    /// <summary>The 1-based line of the earliest '[' or '{' (outside quotes) that is never closed; 1 when every one is.</summary>
    public static int FirstUnclosedLine(string yaml)
    {
        var open = new Stack<int>();
        var line = 1;
        char? quote = null;
        foreach (var c in yaml)
        {
            if (c == '\n')
            {
                line++;
                quote = null; // a quote left open runs to the end of its line for this purpose
            }
            else if (quote is not null)
            {
                quote = c == quote ? null : quote;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c is '[' or '{')
            {
                open.Push(line);
            }
            else if (c is ']' or '}' && open.Count > 0)
            {
                open.Pop();
            }
        }

        return open.Count == 0 ? 1 : open.Last();
    }
}
