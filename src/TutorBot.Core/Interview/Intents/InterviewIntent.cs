namespace TutorBot.Core.Interview.Intents;

/// <summary>
/// A parsed message. For <see cref="InterviewIntentKind.Start"/>, <paramref name="Topic"/> is the topic the user
/// named (null for any topic) and <paramref name="Count"/> the number of questions asked for (null for the default).
/// </summary>
public sealed record InterviewIntent(InterviewIntentKind Kind, string? Topic = null, int? Count = null)
{
    /// <summary>A message that is not a command.</summary>
    public static InterviewIntent Answer { get; } = new(InterviewIntentKind.Answer);
}
