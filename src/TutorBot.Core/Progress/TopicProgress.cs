namespace TutorBot.Core.Progress;

/// <summary>
/// A learner's standing on one syllabus topic. <paramref name="Entries"/> counts the topic's knowledge entries,
/// <paramref name="Asked"/> how many of them were ever asked (0 to <paramref name="Entries"/>), and
/// <paramref name="Mastery"/> (0 to 1) is the mean predicted recall over all the topic's entries, a never-asked
/// entry counting as 0; it is 0 for a topic without entries.
/// </summary>
public sealed record TopicProgress(string TopicId, BilingualText Name, int Entries, int Asked, double Mastery);
