namespace TutorBot.Core.Evaluation;

/// <summary>
/// One labelled query: the ids of the entries that answer it, best first; empty when the knowledge base does not
/// cover it (out of domain).
/// </summary>
public sealed record EvalCase(string Query, IReadOnlyList<string> Expect)
{
    /// <summary>True when no entry should be returned.</summary>
    public bool OutOfDomain => Expect.Count == 0;

    /// <summary>The language of the query.</summary>
    public Language Language => LanguageDetector.Detect(Query);
}
