using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using TutorBot.Core;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Text;

namespace TutorBot.Bot.Replies;

/// <summary>
/// Turns one <see cref="InterviewReply"/> into the messages to send, in order: feedback on the last answer (cited),
/// then what comes next (the question, a hint, a side answer and the question again, the summary card). Questions
/// carry no citation and no reference text. The last message carries the buttons that fit (hint/skip/repeat/stop
/// during an interview, continue/new for the resume offer) as suggested actions, which Teams and Web Chat both show.
/// </summary>
internal static class InterviewActivities
{
    public static IReadOnlyList<Activity> For(InterviewReply reply, string? channelId)
    {
        var l = reply.Language;
        var messages = new List<Activity>();
        if (reply.Feedback is { } feedback)
        {
            messages.Add(InterviewFeedbackMessage.Create(feedback, reply.HintCost, l, channelId));
        }

        switch (reply.Kind)
        {
            case InterviewReplyKind.NoQuestions:
                // The topic is the user's own words: quoted literally, never rendered as markup.
                messages.Add(Text(InterviewTexts.NoQuestions(MarkdownEcho.Literal(reply.Topic)).In(l) + "\n\n" + TopicList(reply.Topics, l), l));
                return messages;
            case InterviewReplyKind.Explanation:
                var explanation = Text(InterviewTextFormatter.ExplanationText(reply.Explanation, l, "- "), l);
                if (reply.Explanation is { } explained && CitationEntity.For([explained.Citation], l, aiGenerated: false) is { } entity)
                {
                    explanation.Entities = [entity];
                }

                messages.Add(explanation);
                break;
            case InterviewReplyKind.Topics:
                messages.Add(Text(TopicList(reply.Topics, l), l));
                break;
            case InterviewReplyKind.ResumeOffer when reply.State is { } state:
                var offer = Text(InterviewTexts.ResumeOffer(state.Results.Count, state.QuestionIds.Count).In(l), l);
                offer.SuggestedActions = CommandAction.Suggested(InterviewButtons.Resume(l));
                messages.Add(offer);
                return messages;
            case InterviewReplyKind.Summary when reply.Summary is { } summary:
                messages.Add(InterviewSummaryCard.Message(summary, l, channelId));
                return messages;
            case InterviewReplyKind.Hint when reply.Hint is { } hint:
                messages.Add(WithCommands(Text($"{InterviewTexts.Hint(reply.HintCost).In(l)}\n\n> {hint.Text}", l), l));
                return messages;
            case InterviewReplyKind.NoMoreHints:
                messages.Add(WithCommands(Text(InterviewTexts.NoMoreHints.In(l), l), l));
                return messages;
            case InterviewReplyKind.SideAnswer:
                messages.AddRange(SideAnswer(reply, channelId));
                break;
        }

        if (reply.Question is { } question)
        {
            messages.Add(Question(question, l, again: reply.Kind == InterviewReplyKind.SideAnswer));
        }

        return messages;
    }

    private static string TopicList(IReadOnlyList<TopicQuestions> topics, Language l) =>
        topics.Count == 0 ? "" : InterviewTexts.TopicsTitle.In(l) + "\n\n" + string.Join("\n", topics.Select(t => "- " + InterviewTexts.TopicLine(t).In(l)));

    private static IEnumerable<Activity> SideAnswer(InterviewReply reply, string? channelId)
    {
        var l = reply.Language;
        if (reply.SideAnswerWithheld || reply.SideAnswer is null)
        {
            yield return Text(InterviewTexts.SideWithheld.In(l), l);
            yield break;
        }

        yield return Text(InterviewTexts.SideAnswer.In(l), l);
        yield return AnswerActivity.Create(reply.SideAnswer, [], channelId);
    }

    private static Activity Question(QuestionPrompt q, Language l, bool again)
    {
        var text = new System.Text.StringBuilder();
        if (again)
        {
            text.Append(InterviewTexts.BackToQuestion.In(l)).Append("\n\n");
        }

        text.Append("**").Append(InterviewTexts.Question(q.Number, q.Total).In(l)).Append("**\n\n> ").Append(q.Question);
        if (q.QuestionEn is { Length: > 0 } en)
        {
            text.Append("\n>\n> *").Append(en).Append('*');
        }

        text.Append("\n\n").Append(InterviewTexts.Commands.In(l));
        return WithCommands(Text(text.ToString(), l), l);
    }

    private static Activity WithCommands(Activity activity, Language l)
    {
        activity.SuggestedActions = CommandAction.Suggested(InterviewButtons.During(l));
        return activity;
    }

    public static Activity Text(string text, Language l)
    {
        var activity = MessageFactory.Text(text);
        activity.TextFormat = TextFormatTypes.Markdown;
        activity.Locale = l == Language.Chinese ? "zh-CN" : "en-US";
        return activity;
    }
}
