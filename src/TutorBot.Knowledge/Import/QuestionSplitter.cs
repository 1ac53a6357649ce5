using System.Text.RegularExpressions;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Finds the numbered questions of a page. Questions are numbered lines whose numbers count up by one from the
/// first; a numbered line inside an answer (a sub-list restarting at 1) is passed over because its number is not
/// the next one, and when several lines carry the next number the first that reads like a question wins. The
/// content ends at the reference list or at the list of unrelated articles, whichever comes first after a question.
/// </summary>
public static partial class QuestionSplitter
{
    /// <summary>The questions in page order (empty when the page has none) and the index of the line where the content ends.</summary>
    public static (IReadOnlyList<FoundQuestion> Questions, int ContentEnd) Split(PageText page)
    {
        var lines = page.Lines;
        var candidates = new List<NumberedLine>();
        var contentEnd = lines.Count;
        for (var i = 0; i < lines.Count; i++)
        {
            // Past the unrelated-article list nothing belongs to the content, even a numbered list.
            if (BoilerplateFilter.IsTrailerHeading(lines[i]) || (candidates.Count > 0 && BoilerplateFilter.IsReferenceHeading(lines[i])))
            {
                contentEnd = i;
                break;
            }

            if (NumberedLineMatcher.Match(i, lines[i]) is { } numbered && BoilerplateFilter.BareUrl(numbered.Text) is null)
            {
                candidates.Add(numbered);
            }
        }

        var chosen = ChooseSequence(candidates);
        var questions = new List<FoundQuestion>(chosen.Count);
        for (var k = 0; k < chosen.Count; k++)
        {
            var end = k + 1 < chosen.Count ? chosen[k + 1].Index : contentEnd;
            questions.Add(new FoundQuestion(chosen[k].Number, chosen[k].Text, chosen[k].Index + 1, chosen[k].Index + 1, end));
        }

        return (questions, contentEnd);
    }

    /// <summary>True when the text reads like a question: it ends with a question mark or holds a question word.</summary>
    public static bool ReadsLikeQuestion(string text) => QuestionMark().IsMatch(text) || QuestionWord().IsMatch(text);

    private static List<NumberedLine> ChooseSequence(List<NumberedLine> candidates)
    {
        var chosen = new List<NumberedLine>();
        if (candidates.Count == 0)
        {
            return chosen;
        }

        var expected = candidates[0].Number;
        var after = -1;
        while (true)
        {
            var next = candidates.Where(c => c.Index > after && c.Number == expected).ToList();
            if (next.Count == 0)
            {
                return chosen;
            }

            var pick = next.FirstOrDefault(c => ReadsLikeQuestion(c.Text)) ?? next[0];
            chosen.Add(pick);
            after = pick.Index;
            expected++;
        }
    }

    [GeneratedRegex(@"[?？]\s*$")]
    private static partial Regex QuestionMark();

    [GeneratedRegex(@"什么|为什么|为何|如何|怎么|怎样|是否|哪些|哪个|吗|区别|作用|含义|原理|\b(?:why|what|how|when|which|explain|describe|difference)\b", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionWord();
}
