namespace TutorBot.Core.Evaluation;

/// <summary>An answer to entry <paramref name="EntryId"/>'s question with the label a person gave it; <paramref name="Line"/> is its line in the file.</summary>
public sealed record GraderEvalCase(string EntryId, GraderLabel Label, string Answer, int Line);
