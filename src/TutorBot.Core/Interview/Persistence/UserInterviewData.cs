using TutorBot.Core.Interview.Scheduling;

namespace TutorBot.Core.Interview.Persistence;

/// <summary>What is stored per user outside the bot: the interview (null when none was ever started) and the schedule.</summary>
public sealed record UserInterviewData(InterviewState? Interview, UserSchedule Schedule);
