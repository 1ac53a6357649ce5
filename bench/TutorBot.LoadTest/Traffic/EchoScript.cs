namespace TutorBot.LoadTest.Traffic;

/// <summary>A user of the echo bot: numbered messages, each of which must come back once, in its own conversation.</summary>
internal sealed class EchoScript(string run, int index) : IConversationScript
{
    private int _turn;
    private string _last = "";

    public string ConversationId { get; } = $"load-{run}-{index}";

    public string UserId { get; } = $"student-{run}-{index}";

    public string Next() => _last = $"echo {index} turn {++_turn}";

    public void Abandon()
    {
    }

    public string? Check(IReadOnlyList<Reply> replies) =>
        replies.Count == 1 && replies[0].Text == _last && replies[0].ConversationId == ConversationId
            ? null
            : $"echo of '{_last}' came back as {replies.Count} replies: {string.Join(" | ", replies.Select(r => r.Text))}";
}
