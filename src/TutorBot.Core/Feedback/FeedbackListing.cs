namespace TutorBot.Core.Feedback;

/// <summary>The votes of a span of days, oldest first, and the keys of stored votes that could not be read.</summary>
public sealed record FeedbackListing(IReadOnlyList<FeedbackRecord> Records, IReadOnlyList<string> Damaged);
