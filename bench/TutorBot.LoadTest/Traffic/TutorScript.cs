using System.Globalization;
using TutorBot.Core;

namespace TutorBot.LoadTest.Traffic;

/// <summary>
/// A student of the tutor, cycling through what students do: a question in Chinese, one in English, one the
/// knowledge base does not cover, then a two-question mock interview (in English or Chinese by turns) answered
/// well or badly by a pattern of its own, ending with the summary. Each reply is checked against what this
/// conversation did: answers cite entries, the uncovered question cites none, every interview question is graded
/// under the entry it asked, and the summary lists exactly this interview's questions with this student's scores.
/// Ids carry the <c>run</c>, so a run never meets an interview an earlier run left open on the same host.
/// </summary>
internal sealed class TutorScript(string run, int index, Curriculum curriculum, bool freshConversationEachCycle) : IConversationScript
{
    private const int InterviewQuestions = 2;
    private const int GoodScore = 6;
    private const int PoorScore = 3;
    private readonly Random _random = new(index);
    private readonly List<(string Id, bool Good)> _graded = [];
    private readonly Queue<string> _recent = new();
    private Step _step;
    private int _cycle;
    private int _epoch;
    private bool _english;
    private string _lastQuestion = "";
    private string? _asking;

    private enum Step { Chinese, English, Uncovered, StartInterview, Answer }

    public string ConversationId => $"load-{run}-{index}-{_epoch}";

    public string UserId { get; } = $"student-{run}-{index}";

    public string Next() => Remember(_step switch
    {
        Step.Chinese => Pick(curriculum.Chinese),
        Step.English => Pick(curriculum.English),
        Step.Uncovered => Pick(Curriculum.OutOfDomain),
        Step.StartInterview => _english ? $"mock interview, {InterviewQuestions} questions" : $"模拟面试 {InterviewQuestions}题",
        _ => AnswerCurrent(),
    });

    public string? Check(IReadOnlyList<Reply> replies)
    {
        var messages = replies.Where(r => r.Type == "message").ToList();
        if (messages.Count == 0)
        {
            return $"no message in reply to step {_step}";
        }

        if (replies.FirstOrDefault(r => r.ConversationId != ConversationId || r.RecipientId != UserId) is { } stray)
        {
            return $"cross-talk: a reply for conversation {stray.ConversationId} / user {stray.RecipientId} came back to {ConversationId} / {UserId}";
        }

        var problem = _step switch
        {
            Step.Chinese or Step.English => messages.Sum(m => m.Citations) > 0 ? null : $"no citation for '{_asking}': {Head(messages)}",
            Step.Uncovered => messages.Sum(m => m.Citations) == 0 ? null : $"the uncovered '{_asking}' was answered with citations: {Head(messages)}",
            Step.StartInterview => Asked(messages),
            _ => Graded(messages),
        };
        Advance();
        return problem is null ? null : $"{problem} [{ConversationId}; this conversation's last turns: {string.Join(" | ", _recent)}]";
    }

    private string Remember(string text)
    {
        _recent.Enqueue(text.Length > 40 ? text[..40] + "..." : text);
        while (_recent.Count > 8)
        {
            _recent.Dequeue();
        }

        return text;
    }

    private string Pick(IReadOnlyList<string> questions) => _asking = questions[_random.Next(questions.Count)];

    private string AnswerCurrent()
    {
        var entry = curriculum.AskedIn(_lastQuestion);
        var good = (index + _cycle + _graded.Count) % 2 == 0;
        _graded.Add((entry?.Id ?? "?", good));
        if (!good)
        {
            return _english ? "I don't know." : "我不知道。";
        }

        return entry?.AnswerIn(_english ? Language.English : Language.Chinese) ?? "?";
    }

    private string? Asked(IReadOnlyList<Reply> messages)
    {
        var question = messages.LastOrDefault(m => m.Text.Contains(_english ? "Question " : "题：", StringComparison.Ordinal));
        if (question is null || curriculum.AskedIn(question.Text) is null)
        {
            return $"no interview question that names an entry: {Head(messages)}";
        }

        _lastQuestion = question.Text;
        return null;
    }

    private string? Graded(IReadOnlyList<Reply> messages)
    {
        var (id, _) = _graded[^1];
        if (!messages[0].Text.Contains($"({id})", StringComparison.Ordinal))
        {
            return $"the grade does not name the entry asked ({id}): {Head(messages)}";
        }

        if (_graded.Count < InterviewQuestions)
        {
            return Asked(messages);
        }

        var facts = messages.SelectMany(m => m.Facts).ToList();
        if (facts.Count != _graded.Count)
        {
            return $"the summary lists {facts.Count} answers, this interview gave {_graded.Count}: {string.Join("; ", facts)}";
        }

        for (var i = 0; i < facts.Count; i++)
        {
            var (expectedId, good) = _graded[i];
            var score = double.TryParse(facts[i].Value.Split('/')[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) ? s : double.NaN;
            if (!facts[i].Title.Contains($"({expectedId})", StringComparison.Ordinal) || !(good ? score >= GoodScore : score <= PoorScore))
            {
                return $"summary line {i + 1} is '{facts[i].Title}: {facts[i].Value}', expected {expectedId} answered {(good ? "well" : "badly")}";
            }
        }

        return null;
    }

    private void Advance()
    {
        switch (_step)
        {
            case Step.Answer when _graded.Count < InterviewQuestions:
                return;
            case Step.Answer:
                NewCycle(freshConversationEachCycle);
                return;
            default:
                _step++;
                return;
        }
    }

    /// <summary>After a turn that got no reply: start the cycle again, in a new conversation (the old one's state is unknown).</summary>
    public void Abandon() => NewCycle(newConversation: true);

    private void NewCycle(bool newConversation)
    {
        _graded.Clear();
        _cycle++;
        _epoch += newConversation ? 1 : 0;
        _english = !_english;
        _step = Step.Chinese;
    }

    private static string Head(IReadOnlyList<Reply> messages)
    {
        var text = messages[0].Text.ReplaceLineEndings(" ");
        return text.Length <= 120 ? text : text[..120] + "...";
    }
}
