using TutorBot.Core.Answering;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Knowledge;
using TutorBot.Core.Retrieval;

namespace TutorBot.Core.Tests.TestSupport;

/// <summary>
/// An interview engine over a small in-code knowledge base, a grader that scores by keyword, a tutor that cites
/// whatever entry mentions the question's first word, and a clock the test moves.
/// </summary>
internal sealed class InterviewFixture
{
    public static readonly IReadOnlyList<KnowledgeEntry> Entries =
    [
        Entry("a1", "Attention为何除以√d?", "Why does attention divide by √d?", "点积结果随维度增大而幅值增加,导致Softmax梯度消失。除以√d缩放点积值,稳定训练。", "attention", "注意力", "softmax"),
        Entry("a2", "多头注意力为什么需要多头?", "Why multiple heads?", "为了捕捉不同子空间的语义信息,每个头关注不同的方面,增强模型的表达能力", "attention", "注意力", "多头注意力"),
        Entry("a3", "Self-Attention的复杂度?", "Complexity of self-attention?", "时间复杂度:O(n^2*d)", "attention", "注意力", "complexity", "复杂度"),
        Entry("s1", "什么是softmax上下溢出问题?", "What is softmax overflow?", "上溢出:指数太大\n\n解决方法:\n\nx同时减去x_max", "softmax", "overflow", "溢出"),
        Entry("n1", "为什么NLP用LayerNorm?", "Why LayerNorm in NLP?", "- 序列长度不一致\n- 保留样本内特征之间的大小关系", "normalization", "归一化"),
        Entry("k1", "交叉熵与KL散度?", "Cross entropy and KL?", "KL散度=交叉熵-熵", "cross entropy", "交叉熵"),
    ];

    public FakeClock Clock { get; } = new(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));

    public KeywordGrader Grader { get; } = new();

    public CitingTutor Tutor { get; } = new(Entries);

    public InterviewOptions Options { get; } = new() { HintCost = 2 };

    public InterviewEngine Engine(int seed = 7) => new(
        new InterviewQuestions(new FixedSource(Entries), Options),
        new FixedSearch([]),
        Tutor,
        Grader,
        Options,
        Clock,
        new Random(seed));

    public static KnowledgeEntry Entry(string id, string question, string en, string answer, params string[] tags) =>
        new() { Id = id, Pack = "test", Question = question, QuestionEn = en, Answer = answer, Tags = tags, Sources = [$"https://example.org/{id}"] };

    public static InterviewContext Fresh(string user = "u1", UserSchedule? schedule = null) => new(user, null, schedule ?? UserSchedule.Empty);

    public static InterviewContext Next(InterviewReply reply, string user = "u1") => new(user, reply.State, reply.Schedule);

    internal sealed class FixedSource(IReadOnlyList<KnowledgeEntry> entries) : IServedEntries
    {
        public Task<IReadOnlyList<KnowledgeEntry>> EntriesAsync(CancellationToken cancellationToken) => Task.FromResult(entries);
    }

    /// <summary>Scores "excellent ..." 9, "partial ..." 5, "wrong ..." 1, anything else 4; counts the answers it graded.</summary>
    internal sealed class KeywordGrader : IAnswerGrader
    {
        public List<(string EntryId, string Answer)> Graded { get; } = [];

        public Task<AnswerGrade> GradeAsync(KnowledgeEntry entry, string answer, CancellationToken cancellationToken)
        {
            Graded.Add((entry.Id, answer));
            var score = answer.StartsWith("excellent", StringComparison.Ordinal) ? 9
                : answer.StartsWith("partial", StringComparison.Ordinal) ? 5
                : answer.StartsWith("wrong", StringComparison.Ordinal) ? 1
                : 4;
            var points = KeyPointExtractor.Extract(entry.Answer)
                .Select((p, i) => new KeyPointGrade(p, i == 0 && score > 4 ? KeyPointCoverage.Covered : KeyPointCoverage.Missing, i == 0 ? 1 : 0))
                .ToList();
            return Task.FromResult(new AnswerGrade(entry.Id, score, points, Citation.Of(entry), "keyword"));
        }
    }

    /// <summary>Answers with the first entry whose question contains the asked text's first word, cited as [1].</summary>
    internal sealed class CitingTutor(IReadOnlyList<KnowledgeEntry> entries) : ITutor
    {
        public List<string> Asked { get; } = [];

        public Task<GroundedAnswer> AnswerAsync(Question question, CancellationToken cancellationToken)
        {
            Asked.Add(question.Text);
            var word = question.Text.Split(' ', '?', '？')[^2].Trim().ToLowerInvariant();
            var entry = entries.FirstOrDefault(e => e.Question.Contains(word, StringComparison.OrdinalIgnoreCase)) ?? entries.FirstOrDefault(e => e.Tags.Contains(word));
            var answer = entry is null
                ? GroundedAnswer.NotAnswered(question, AnswerMode.Extractive, "not covered")
                : GroundedAnswer.FromEntries(question, entry.Answer + " [1]", [Citation.Of(entry)]);
            return Task.FromResult(answer);
        }

        public async IAsyncEnumerable<AnswerChunk> StreamAsync(Question question, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new NotSupportedException();
#pragma warning disable CS0162
            yield break;
#pragma warning restore CS0162
        }
    }

    internal sealed class FakeClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
