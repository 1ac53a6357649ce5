using System.Text;

namespace TutorBot.Knowledge.Import;

/// <summary>Names draft files <c>&lt;id&gt;-&lt;slug&gt;.md</c>, the slug made of the Latin words of the question (just <c>&lt;id&gt;.md</c> when it has none).</summary>
public static class DraftFileName
{
    private const int MaxSlugLength = 40;

    /// <summary>The file name for the entry <paramref name="id"/> asking <paramref name="question"/>.</summary>
    public static string For(string id, string question)
    {
        var words = new List<string>();
        var word = new StringBuilder();
        foreach (var c in question.ToLowerInvariant().Append(' '))
        {
            if (char.IsAsciiLetterOrDigit(c) || (c == '-' && word.Length > 0))
            {
                word.Append(c);
                continue;
            }

            var done = word.ToString().Trim('-');
            if (done.Length >= 2 && done.Any(char.IsAsciiLetter))
            {
                words.Add(done);
            }

            word.Clear();
        }

        var slug = "";
        foreach (var w in words)
        {
            var next = slug.Length == 0 ? w : $"{slug}-{w}";
            if (next.Length > MaxSlugLength)
            {
                break;
            }

            slug = next;
        }

        return slug.Length == 0 ? $"{id}.md" : $"{id}-{slug}.md";
    }
}
