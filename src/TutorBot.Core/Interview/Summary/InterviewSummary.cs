using TutorBot.Core.Answering;

namespace TutorBot.Core.Interview.Summary;

/// <summary>
/// The end of an interview: every question answered or skipped (in order; unasked questions of a stopped
/// interview are not listed), the <see cref="Total"/> out of <see cref="Max"/> (10 per listed question), the
/// <see cref="WeakTopics"/> (tags in the interview's language with the lowest average score below the study
/// threshold, weakest first) and the <see cref="StudyList"/>: the entries to read, weakest first, as numbered
/// citations. Empty lists mean nothing to report (no answers, or everything answered well).
/// </summary>
public sealed record InterviewSummary(
    IReadOnlyList<QuestionScore> Questions,
    double Total,
    double Max,
    IReadOnlyList<string> WeakTopics,
    IReadOnlyList<Citation> StudyList,
    bool Stopped);
