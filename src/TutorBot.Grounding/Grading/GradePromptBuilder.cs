using System.Text;
using TutorBot.Core;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;
using TutorBot.Grounding.Prompting;

namespace TutorBot.Grounding.Grading;

/// <summary>Renders <c>Prompts/grade.txt</c> (the grading rubric) for one answer to one entry.</summary>
internal static class GradePromptBuilder
{
    /// <summary>Longest answer, in characters, put into the prompt; the rest is cut (an interview answer is short).</summary>
    public const int MaxAnswerChars = 4000;

    private static readonly PromptTemplate Template = PromptTemplate.Load("grade");

    public static (string System, string User) Build(KnowledgeEntry entry, IReadOnlyList<KeyPoint> points, string answer, Language language)
    {
        var reference = new StringBuilder();
        foreach (var point in points)
        {
            reference.Append("<point n=\"").Append(point.Index + 1).Append("\">").Append(Delimiters.Neutralize(point.Text)).Append("</point>\n");
        }

        var mistakes = new StringBuilder();
        for (var i = 0; i < entry.Mistakes.Count; i++)
        {
            mistakes.Append("<mistake n=\"").Append(i + 1).Append("\">").Append(Delimiters.Neutralize(entry.Mistakes[i].Claim.In(language))).Append("</mistake>\n");
        }

        var trimmed = answer.Trim();
        var values = new Dictionary<string, string>
        {
            ["language"] = language == Language.Chinese ? "Chinese (简体中文)" : "English",
            ["question"] = Delimiters.Neutralize(entry.QuestionEn is { } en ? $"{entry.Question}\n{en}" : entry.Question),
            ["points"] = reference.ToString().TrimEnd(),
            ["answer"] = Delimiters.Neutralize(trimmed.Length > MaxAnswerChars ? trimmed[..MaxAnswerChars] : trimmed),
            ["count"] = points.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["mistakes"] = mistakes.Length == 0 ? "(none)" : mistakes.ToString().TrimEnd(),
        };
        return (Template.Render("system", values), Template.Render("user", values));
    }
}
