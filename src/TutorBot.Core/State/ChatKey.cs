namespace TutorBot.Core.State;

/// <summary>
/// Where a message came from: the channel (<c>msteams</c>, <c>webchat</c>, <c>cli</c>), the conversation within it
/// and the user who sent it. Interviews are kept per conversation and user, a schedule per channel and user, question
/// history per conversation. Any strings; <see cref="StateKey"/> makes them safe as storage keys.
/// </summary>
public sealed record ChatKey(string Channel, string Conversation, string User)
{
    /// <summary>The command line's address for <paramref name="user"/>: one conversation per user.</summary>
    public static ChatKey CommandLine(string user) => new("cli", "cli", user);
}
