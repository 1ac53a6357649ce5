namespace TutorBot.LoadTest.Traffic;

/// <summary>
/// What one simulated user says in one conversation, turn after turn, and what the replies to each turn must be.
/// A script is used by one worker at a time: <see cref="Next"/>, send, <see cref="Check"/>, and again.
/// </summary>
internal interface IConversationScript
{
    string ConversationId { get; }

    string UserId { get; }

    /// <summary>The text of the next turn.</summary>
    string Next();

    /// <summary>Null when the replies are what this conversation should get; otherwise what was wrong.</summary>
    string? Check(IReadOnlyList<Reply> replies);

    /// <summary>Called after a turn that got no reply (an error): the script goes on from a state it can check.</summary>
    void Abandon();
}
