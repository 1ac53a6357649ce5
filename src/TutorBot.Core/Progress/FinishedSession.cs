using TutorBot.Core.Interview;

namespace TutorBot.Core.Progress;

/// <summary>
/// What the progress report needs of one finished interview: when it finished and the score of each question asked
/// (0 to 10 after hints; a skip is 0), in order.
/// </summary>
public sealed record FinishedSession(DateTimeOffset CompletedAt, IReadOnlyList<double> Scores)
{
    /// <summary>
    /// The session of a finished interview (its last update is when it finished); null when the interview is still
    /// open or scored no question.
    /// </summary>
    public static FinishedSession? FromInterview(InterviewState state) =>
        state.Status == InterviewStatus.Finished && state.Results.Count > 0
            ? new FinishedSession(state.UpdatedAt, state.Results.Select(r => r.Score).ToList())
            : null;
}
