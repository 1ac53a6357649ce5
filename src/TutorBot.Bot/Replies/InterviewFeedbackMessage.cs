using System.Text;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Schema;
using TutorBot.Core;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Interview.Text;

namespace TutorBot.Bot.Replies;

/// <summary>
/// Feedback on one answer, as markdown: the score (after hints), each key point the answer made (✅ covered,
/// ◐ partly) and each it missed or only touched, in the reference's own words with the citation marker
/// <c>[n]</c>, and the reference entry. The citation travels as answers' citations do: a Claim entity everywhere,
/// and outside Teams a markdown reference definition that Web Chat renders as a linked source.
/// </summary>
internal static class InterviewFeedbackMessage
{
    public static Activity Create(AnswerFeedback feedback, double hintCost, Language l, string? channelId)
    {
        var result = feedback.Result;
        var citation = feedback.Citation;
        var text = new StringBuilder();
        text.Append("**").Append(InterviewTexts.Score(result.Score).In(l)).Append("**");
        if (result.HintsUsed > 0)
        {
            text.Append(' ').Append(InterviewTexts.HintsTaken(result.HintsUsed, hintCost).In(l));
        }

        text.Append("\n\n");
        if (result.Skipped)
        {
            text.Append(InterviewTexts.Skipped.In(l)).Append("\n\n");
        }
        else if (result.Grade is { OffTopic: true })
        {
            text.Append(InterviewTexts.OffTopic.In(l)).Append("\n\n");
        }

        if (result.Grade is { } grade)
        {
            AppendGrade(text, grade, citation.N, l);
        }

        text.Append("**").Append(InterviewTexts.ReferenceFrom.In(l)).Append("** [").Append(citation.N).Append("] ")
            .Append(SourceLinks.DisplayTitle(citation, l)).Append(" (").Append(citation.EntryId).Append(')');
        if (channelId != Channels.Msteams && SourceLinks.ReferenceDefinitions([citation], l) is { Length: > 0 } references)
        {
            text.Append("\n\n").Append(references);
        }

        var activity = InterviewActivities.Text(text.ToString(), l);
        if (CitationEntity.For([citation], l, aiGenerated: result.Grade?.Grader == AnswerGraders.Llm) is { } entity)
        {
            activity.Entities = [entity];
        }

        return activity;
    }

    private static void AppendGrade(StringBuilder text, AnswerGrade grade, int n, Language l)
    {
        if (grade.Feedback is { Length: > 0 } remark)
        {
            text.Append(remark).Append("\n\n");
        }

        if (grade.Strengths.Count > 0)
        {
            text.Append("**").Append(InterviewTexts.Good.In(l)).Append("**\n\n");
            foreach (var p in grade.Strengths)
            {
                text.Append(p.Coverage == KeyPointCoverage.Covered ? "- ✅ " : "- ◐ ").Append(p.Point.Text)
                    .Append(p.Coverage == KeyPointCoverage.Partial ? $" ({InterviewTexts.Partly.In(l)})" : "").Append('\n');
            }

            text.Append('\n');
        }

        if (grade.Missing.Count > 0)
        {
            text.Append("**").Append(InterviewTexts.MissingPoints.In(l)).Append("**\n\n");
            foreach (var p in grade.Missing)
            {
                text.Append(p.Coverage == KeyPointCoverage.Missing ? "- ❌ " : "- ◐ ").Append(p.Point.Text).Append(" [").Append(n).Append("]\n");
            }

            text.Append('\n');
        }

        if (grade.MistakesStated.Count > 0)
        {
            text.Append("**").Append(InterviewTexts.MistakesTitle.In(l)).Append("**\n\n");
            foreach (var m in grade.MistakesStated)
            {
                text.Append("- ⚠️ ").Append(InterviewTexts.MistakeLine(m).In(l)).Append(" [").Append(n).Append("]\n");
            }

            text.Append('\n');
        }
    }
}
