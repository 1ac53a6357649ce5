namespace TutorBot.Knowledge.Import;

/// <summary>
/// Decides which question a reference belongs to, from the words its title shares with each question: Latin
/// words count 2, Chinese character pairs 1, question phrasing ("为什么", "what") nothing. A reference goes to the
/// question with the highest score when that score is at least 2 and no other question ties it; otherwise it
/// cannot be told (a bare URL never can) and stays with the page for a reviewer.
/// </summary>
public static class ReferenceAttributor
{
    private const int MinimumScore = 2;

    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "为什", "什么", "如何", "怎么", "么样", "是什", "是怎", "怎样", "的作", "问题", "哪些", "是否",
        "what", "why", "how", "is", "the", "of", "and", "in", "to", "a", "an", "for", "does", "do",
        "http", "https", "www", "com", "net", "org", "html", "blog", "csdn", "article", "details",
    };

    /// <summary>For each reference, the index in <paramref name="questions"/> it belongs to, or null when that cannot be told.</summary>
    public static IReadOnlyList<int?> Attribute(IReadOnlyList<PageReference> references, IReadOnlyList<string> questions)
    {
        var questionTerms = questions.Select(Terms).ToList();
        var result = new List<int?>(references.Count);
        foreach (var reference in references)
        {
            var terms = Terms(reference.Reference.Title ?? "");
            var scores = questionTerms.Select(q => q.Where(terms.Contains).Sum(Weight)).ToList();
            var best = scores.Count == 0 ? 0 : scores.Max();
            result.Add(best >= MinimumScore && scores.Count(s => s == best) == 1 ? scores.IndexOf(best) : null);
        }

        return result;
    }

    /// <summary>The distinct scoring terms of a text: lower-case Latin words of two or more letters and pairs of neighbouring Chinese characters.</summary>
    internal static HashSet<string> Terms(string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var latin = new System.Text.StringBuilder();
        char? previousHan = null;
        foreach (var c in text.ToLowerInvariant().Append(' '))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                latin.Append(c);
            }
            else
            {
                if (latin.Length >= 2)
                {
                    terms.Add(latin.ToString());
                }

                latin.Clear();
            }

            var han = IsHan(c) ? c : (char?)null;
            if (han is not null && previousHan is not null)
            {
                terms.Add($"{previousHan}{han}");
            }

            previousHan = han;
        }

        terms.ExceptWith(Ignored);
        return terms;
    }

    private static int Weight(string term) => IsHan(term[0]) ? 1 : 2;

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';
}
