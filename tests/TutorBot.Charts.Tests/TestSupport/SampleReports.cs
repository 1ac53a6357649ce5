using TutorBot.Core;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Progress;

namespace TutorBot.Charts.Tests.TestSupport;

/// <summary>Progress reports to draw: four topics (one without entries), three sessions.</summary>
internal static class SampleReports
{
    public static readonly DateTimeOffset Now = new(2026, 3, 10, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A report whose topic names are <paramref name="names"/> (Chinese, English pairs).</summary>
    public static ProgressReport Report(params (string Zh, string En)[] names)
    {
        if (names.Length == 0)
        {
            names = [("注意力机制", "Attention"), ("位置编码", "Positional encoding"), ("检索增强", "RAG"), ("混合专家", "Mixture of experts")];
        }

        var topics = names.Select((n, i) => new SyllabusTopic($"t{i}", new BilingualText(n.Zh, n.En), i)).ToList();
        // The last topic gets no entries: the chart leaves it out.
        var entries = topics.Take(topics.Count - 1)
            .SelectMany((t, i) => Enumerable.Range(0, 4 + i).Select(k => new KnowledgeEntry
            {
                Id = $"{t.Id}-{k}", Pack = "test", Question = "q", Answer = "a", Topic = t,
            }))
            .ToList();
        return ProgressReportBuilder.Build(
            "alice",
            entries,
            new Syllabus(topics),
            id => id.EndsWith("-0", StringComparison.Ordinal) ? null : 0.1 * (id[^1] - '0') + 0.2,
            id => id.EndsWith("-1", StringComparison.Ordinal) ? Now.AddDays(-1) : id.EndsWith("-2", StringComparison.Ordinal) ? Now.AddDays(3) : null,
            Now,
            [new FinishedSession(Now.AddDays(-6), [4, 5]), new FinishedSession(Now.AddDays(-3), [6, 7, 5]), new FinishedSession(Now.AddDays(-1), [8, 7])]);
    }
}
