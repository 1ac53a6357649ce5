using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>One user in one conversation talking to the bot through <c>/api/messages</c> with <c>expectReplies</c>.</summary>
internal sealed class InterviewChat(HttpClient client, string conversationId, string userId = "user-1")
{
    public HttpClient Client { get; set; } = client;

    /// <summary>The last question message the bot sent in this chat.</summary>
    public string? LastQuestion { get; private set; }

    /// <summary>The replies to the last message sent.</summary>
    public IReadOnlyList<Activity>? LastReplies { get; private set; }

    public async Task<IReadOnlyList<Activity>> SayAsync(string text) =>
        Remember(await Activities.AskAsync(Client, Activities.Message(text, conversationId: conversationId, userId: userId)));

    /// <summary>Sends what a card button submits in Web Chat: no text, the button's data as the value.</summary>
    public async Task<IReadOnlyList<Activity>> SubmitAsync(JObject data)
    {
        var activity = Activities.Message("", conversationId: conversationId, userId: userId);
        activity.Text = null;
        activity.Value = data;
        return Remember(await Activities.AskAsync(Client, activity));
    }

    /// <summary>Answers the current question with its entry's reference answer; returns the replies and the entry asked.</summary>
    public async Task<(IReadOnlyList<Activity> Replies, string EntryId)> AnswerWellAsync()
    {
        var (id, answer) = KnowledgeAnswers.AskedIn(LastQuestion);
        return (await SayAsync(answer), id);
    }

    private IReadOnlyList<Activity> Remember(IReadOnlyList<Activity> replies)
    {
        LastReplies = replies;
        if (replies.Messages().LastOrDefault(IsQuestion) is { } question)
        {
            LastQuestion = question.Text;
        }

        return replies;
    }

    public static bool IsQuestion(Activity a) => a.Text is { } t && (t.Contains("Question ") && t.Contains(" of ") || t.Contains("题：**"));

    public static JObject? SummaryCard(IEnumerable<Activity> replies) => replies.Messages()
        .SelectMany(a => a.Attachments ?? [])
        .Select(a => JObject.FromObject(a.Content))
        .FirstOrDefault(c => c["body"]!.Any(b => (string?)b["type"] == "FactSet"));

    /// <summary>The entry ids cited by the Claim entities of <paramref name="activity"/>.</summary>
    public static IReadOnlyList<string> CitedEntries(Activity activity) => (activity.Entities ?? [])
        .Select(e => JObject.FromObject(e))
        .SelectMany(e => e["citation"]?.Children() ?? Enumerable.Empty<JToken>())
        .Select(c => (string?)c["appearance"]?["keywords"]?[0] ?? "")
        .ToList();
}
