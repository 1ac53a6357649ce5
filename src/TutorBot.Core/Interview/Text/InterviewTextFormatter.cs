using System.Text;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Interview.Summary;

namespace TutorBot.Core.Interview.Text;

/// <summary>
/// Renders an <see cref="InterviewReply"/> as plain text (the command line; a fallback for any text channel).
/// Citations appear as <c>[n]</c> with a numbered source list, as in <c>ask</c>.
/// </summary>
public static class InterviewTextFormatter
{
    public static string Format(InterviewReply reply)
    {
        var l = reply.Language;
        var text = new StringBuilder();
        if (reply.Feedback is { } feedback)
        {
            AppendFeedback(text, feedback, reply.HintCost, l);
        }

        switch (reply.Kind)
        {
            case InterviewReplyKind.NoQuestions:
                text.AppendLine(InterviewTexts.NoQuestions(reply.Topic).In(l));
                AppendTopics(text, reply.Topics, l);
                break;
            case InterviewReplyKind.Explanation:
                text.AppendLine(ExplanationText(reply.Explanation, l, "  - ")).AppendLine();
                break;
            case InterviewReplyKind.Topics:
                AppendTopics(text, reply.Topics, l);
                text.AppendLine();
                break;
            case InterviewReplyKind.ResumeOffer when reply.State is { } state:
                text.AppendLine(InterviewTexts.ResumeOffer(state.Results.Count, state.QuestionIds.Count).In(l));
                return text.ToString();
            case InterviewReplyKind.Hint when reply.Hint is { } hint:
                text.AppendLine(InterviewTexts.Hint(reply.HintCost).In(l)).AppendLine("  " + hint.Text).AppendLine();
                break;
            case InterviewReplyKind.NoMoreHints:
                text.AppendLine(InterviewTexts.NoMoreHints.In(l)).AppendLine();
                break;
            case InterviewReplyKind.SideAnswer:
                AppendSideAnswer(text, reply, l);
                break;
        }

        if (reply.Summary is { } summary)
        {
            AppendSummary(text, summary, l);
        }
        else if (reply.Question is { } question && reply.Kind != InterviewReplyKind.NoQuestions)
        {
            AppendQuestion(text, question, l);
        }

        return text.ToString();
    }

    /// <summary>
    /// The reasons behind the last answer's missed key points: each point with its citation, then the common
    /// mistakes the answer stated with why they are wrong; a plain line when nothing was missed or nothing graded.
    /// </summary>
    public static string ExplanationText(AnswerFeedback? explained, Language l, string bullet)
    {
        if (explained?.Result.Grade is not { } grade)
        {
            return InterviewTexts.NothingToExplain.In(l);
        }

        if (grade.Missing.Count == 0 && grade.MistakesStated.Count == 0)
        {
            return InterviewTexts.NothingMissed.In(l);
        }

        var n = explained.Citation.N;
        var question = l == Language.English && explained.QuestionEn is { } en ? en : explained.Question;
        var text = new StringBuilder(InterviewTexts.ExplainTitle(question).In(l));
        foreach (var p in grade.Missing)
        {
            text.Append('\n').Append(bullet).Append(p.Point.Text).Append($" [{n}]");
        }

        foreach (var m in grade.MistakesStated)
        {
            text.Append('\n').Append(bullet).Append(InterviewTexts.MistakeLine(m).In(l)).Append($" [{n}]");
        }

        return text.ToString();
    }

    public static void AppendTopics(StringBuilder text, IReadOnlyList<TopicQuestions> topics, Language l)
    {
        if (topics.Count == 0)
        {
            return;
        }

        text.AppendLine(InterviewTexts.TopicsTitle.In(l));
        foreach (var topic in topics)
        {
            text.AppendLine("- " + InterviewTexts.TopicLine(topic).In(l));
        }
    }

    public static void AppendQuestion(StringBuilder text, QuestionPrompt q, Language l)
    {
        text.AppendLine(InterviewTexts.Question(q.Number, q.Total).In(l)).AppendLine("  " + q.Question);
        if (q.QuestionEn is { } en)
        {
            text.AppendLine("  " + en);
        }

        text.AppendLine(InterviewTexts.Commands.In(l));
    }

    private static void AppendFeedback(StringBuilder text, AnswerFeedback f, double hintCost, Language l)
    {
        var result = f.Result;
        text.AppendLine(InterviewTexts.Score(result.Score).In(l) + (result.HintsUsed > 0 ? " " + InterviewTexts.HintsTaken(result.HintsUsed, hintCost).In(l) : ""));
        if (result.Skipped)
        {
            text.AppendLine(InterviewTexts.Skipped.In(l));
        }
        else if (result.Grade is { OffTopic: true })
        {
            text.AppendLine(InterviewTexts.OffTopic.In(l));
        }

        if (result.Grade is { } grade)
        {
            if (grade.Feedback is { } remark)
            {
                text.AppendLine(remark);
            }

            if (grade.Strengths.Count > 0)
            {
                text.AppendLine(InterviewTexts.Good.In(l));
                foreach (var p in grade.Strengths)
                {
                    text.AppendLine($"  + {p.Point.Text}" + (p.Coverage == KeyPointCoverage.Partial ? $" ({InterviewTexts.Partly.In(l)})" : ""));
                }
            }

            if (grade.Missing.Count > 0)
            {
                text.AppendLine(InterviewTexts.MissingPoints.In(l));
                foreach (var p in grade.Missing)
                {
                    text.AppendLine($"  - {p.Point.Text} [{f.Citation.N}]");
                }
            }

            if (grade.MistakesStated.Count > 0)
            {
                text.AppendLine(InterviewTexts.MistakesTitle.In(l));
                foreach (var m in grade.MistakesStated)
                {
                    text.AppendLine($"  ✗ {InterviewTexts.MistakeLine(m).In(l)} [{f.Citation.N}]");
                }
            }
        }

        text.AppendLine(InterviewTexts.ReferenceFrom.In(l)).AppendLine(Cite(f.Citation)).AppendLine();
    }

    private static void AppendSideAnswer(StringBuilder text, InterviewReply reply, Language l)
    {
        if (reply.SideAnswerWithheld || reply.SideAnswer is null)
        {
            text.AppendLine(InterviewTexts.SideWithheld.In(l)).AppendLine();
            return;
        }

        var answer = reply.SideAnswer;
        text.AppendLine(InterviewTexts.SideAnswer.In(l)).AppendLine(answer.Text.Trim());
        foreach (var citation in answer.Citations)
        {
            text.AppendLine(Cite(citation));
        }

        text.AppendLine().AppendLine(InterviewTexts.BackToQuestion.In(l));
    }

    private static void AppendSummary(StringBuilder text, InterviewSummary s, Language l)
    {
        text.AppendLine(InterviewTexts.SummaryTitle(s.Stopped).In(l));
        if (s.Questions.Count == 0)
        {
            text.AppendLine(InterviewTexts.NoAnswers.In(l));
            return;
        }

        foreach (var q in s.Questions)
        {
            text.AppendLine($"  {q.Number}. {q.Question} ({q.EntryId}): {q.Score:0.#}/10{(q.Skipped ? " " + InterviewTexts.SkippedMark.In(l) : "")}");
        }

        text.AppendLine(InterviewTexts.Total(s.Total, s.Max).In(l));
        if (s.WeakTopics.Count > 0)
        {
            text.AppendLine(InterviewTexts.WeakTopics.In(l) + string.Join(l == Language.Chinese ? "、" : ", ", s.WeakTopics));
        }

        if (s.StudyList.Count == 0)
        {
            text.AppendLine(InterviewTexts.AllGood.In(l));
            return;
        }

        text.AppendLine(InterviewTexts.StudyList.In(l));
        foreach (var c in s.StudyList)
        {
            text.AppendLine(Cite(c));
        }
    }

    private static string Cite(Citation c) =>
        $"  [{c.N}] {c.Title}{(c.TitleEn is { } en ? " / " + en : "")} ({c.EntryId}){(c.Source.Length > 0 ? " " + c.Source : "")}";
}
