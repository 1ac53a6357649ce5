namespace TutorBot.Core.Evaluation;

/// <summary>
/// How one case fared: the ids returned, best first, and the 1-based rank of the first expected id
/// (0 when none was returned). For an out-of-domain case, <see cref="Passed"/> means nothing was returned.
/// </summary>
public sealed record EvalCaseResult(EvalCase Case, IReadOnlyList<string> Returned, int Rank)
{
    /// <summary>In domain: the first hit is expected. Out of domain: no hit.</summary>
    public bool Passed => Case.OutOfDomain ? Returned.Count == 0 : Rank == 1;
}
