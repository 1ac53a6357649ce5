namespace TutorBot.Core.Knowledge;

/// <summary>
/// One topic of the syllabus (<c>knowledge/syllabus.yaml</c>). <paramref name="Id"/> is what entries name in their
/// <c>topic</c> field (lower-case, e.g. <c>positional-encoding</c>); <paramref name="Order"/> is its 0-based place in
/// the syllabus, the order in which topics are listed and taught.
/// </summary>
public sealed record SyllabusTopic(string Id, BilingualText Name, int Order)
{
    /// <summary>Other names a learner may use for the topic ("RoPE", "位置编码"), matched case-insensitively.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Every name of the topic: its id, both names and its aliases.</summary>
    public IEnumerable<string> Names => new[] { Id, Name.Zh, Name.En }.Concat(Aliases);
}
