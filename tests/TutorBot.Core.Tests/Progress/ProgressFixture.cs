using TutorBot.Core.Knowledge;
using TutorBot.Core.Progress;

namespace TutorBot.Core.Tests.Progress;

/// <summary>A three-topic syllabus, five entries and a learner who was asked three of them.</summary>
internal static class ProgressFixture
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public static readonly SyllabusTopic Attention = new("attention", new BilingualText("注意力机制与变体", "Attention and its variants"), 0);
    public static readonly SyllabusTopic Rag = new("rag-agents", new BilingualText("检索增强与智能体", "RAG and agents"), 1);
    public static readonly SyllabusTopic Moe = new("moe", new BilingualText("混合专家", "Mixture of experts"), 2);

    public static readonly Syllabus Curriculum = new([Attention, Rag, Moe]);

    public static readonly IReadOnlyList<KnowledgeEntry> Entries =
    [
        Entry("a1", Attention), Entry("a2", Attention), Entry("a3", Attention),
        Entry("r1", Rag), Entry("r2", Rag),
        Entry("x1", null),
    ];

    /// <summary>a1 0.9, a2 0.6, r1 0.3 (asked); a3, r2, x1 never asked.</summary>
    public static readonly IReadOnlyDictionary<string, double> Recall = new Dictionary<string, double>
    {
        ["a1"] = 0.9, ["a2"] = 0.6, ["r1"] = 0.3,
    };

    /// <summary>a1 overdue, a2 in 3 days, r1 in 10 days.</summary>
    public static readonly IReadOnlyDictionary<string, DateTimeOffset> Due = new Dictionary<string, DateTimeOffset>
    {
        ["a1"] = Now.AddDays(-1), ["a2"] = Now.AddDays(3), ["r1"] = Now.AddDays(10),
    };

    public static ProgressReport Report(IReadOnlyList<FinishedSession>? sessions = null) => ProgressReportBuilder.Build(
        "alice",
        Entries,
        Curriculum,
        id => Recall.TryGetValue(id, out var r) ? r : null,
        id => Due.TryGetValue(id, out var d) ? d : null,
        Now,
        sessions ?? [new FinishedSession(Now.AddDays(-2), [8, 6]), new FinishedSession(Now.AddDays(-5), [3, 4, 5])]);

    public static KnowledgeEntry Entry(string id, SyllabusTopic? topic) =>
        new() { Id = id, Pack = "test", Question = $"问题 {id}?", QuestionEn = $"Question {id}?", Answer = $"答案 {id}", AnswerEn = $"Answer {id}", Topic = topic };
}
