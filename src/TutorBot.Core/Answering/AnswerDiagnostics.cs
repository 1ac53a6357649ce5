namespace TutorBot.Core.Answering;

/// <summary>
/// How an answer came about, for measuring and logging. <paramref name="PromptTokens"/> is the estimated size of
/// the prompt sent to the LLM (0 when none was sent); <paramref name="PassagesGiven"/> the passages it held;
/// <paramref name="RemovedMarkers"/> the citation markers removed because they pointed to no given passage;
/// <paramref name="Total"/> the whole pipeline and <paramref name="Llm"/> the time spent waiting for the LLM.
/// </summary>
public sealed record AnswerDiagnostics(
    string RetrievalQuery,
    int PromptTokens,
    int PassagesGiven,
    int RemovedMarkers,
    TimeSpan Total,
    TimeSpan Llm)
{
    /// <summary>Nothing measured.</summary>
    public static AnswerDiagnostics None(string query) => new(query, 0, 0, 0, TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>The time the pipeline adds around the LLM call (retrieval, prompt, checks).</summary>
    public TimeSpan Overhead => Total - Llm;
}
