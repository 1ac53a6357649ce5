namespace TutorBot.Core.Evaluation;

/// <summary>
/// An answer to entry <paramref name="EntryId"/>'s question with the label a person gave it; <paramref name="Line"/>
/// is its line in the file. <see cref="Mistake"/> is the 0-based index of the entry's common mistake the answer
/// states, or null when it states none.
/// </summary>
public sealed record GraderEvalCase(string EntryId, GraderLabel Label, string Answer, int Line)
{
    /// <summary>The entry's common mistake (0-based) this answer states; null when it states none.</summary>
    public int? Mistake { get; init; }
}
