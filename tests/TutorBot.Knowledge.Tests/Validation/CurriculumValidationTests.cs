using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Tests.TestSupport;

namespace TutorBot.Knowledge.Tests.Validation;

/// <summary>The curriculum fields, checked with file and line once the knowledge base has a syllabus.</summary>
public sealed class CurriculumValidationTests
{
    private const string Syllabus = "topics:\n  - id: optimization\n    zh: \"优化\"\n    en: \"Optimisation\"\n    aliases: [\"optimizer\"]\n";

    // Lines: 1 ---, 2 id, 3 question, 4 question_en, 5 topic, 6 difficulty, 7-8 answer_en, 9 key_points,
    // 10-13 two points, 14 mistakes, 15-18 one mistake, 19 example, 20-21 its sides, 22 status, 23 ---. A list item or
    // a nested mapping is reported at its first key's line.
    private const string Good = """
        ---
        id: opt99
        question: "什么是梯度裁剪？"
        question_en: "What is gradient clipping?"
        topic: optimization
        difficulty: 1
        answer_en: |
          It rescales the gradient when its global norm exceeds a threshold.
        key_points:
          - zh: "按全局范数缩放梯度"
            en: "Rescale the gradient by its global norm"
          - zh: "方向不变，只缩短长度"
            en: "The direction is kept, only the length shrinks"
        mistakes:
          - zh: "梯度裁剪能解决梯度消失。"
            en: "Gradient clipping fixes vanishing gradients."
            why_zh: "裁剪只会把大梯度变小。"
            why_en: "Clipping only shrinks large gradients."
        example:
          zh: "范数为 5、阈值为 1 时，梯度乘以 0.2。"
          en: "With norm 5 and threshold 1, the gradient is multiplied by 0.2."
        status: complete
        ---

        梯度裁剪在全局范数超过阈值时缩放梯度。
        """;

    public static TheoryData<string, string, string, int, string> Broken => new()
    {
        { "missing English answer", "answer_en: |\n  It rescales the gradient when its global norm exceeds a threshold.\n", "", 1, "missing field 'answer_en'" },
        { "key point not a pair", "  - zh: \"方向不变，只缩短长度\"\n    en: \"The direction is kept, only the length shrinks\"\n", "  - \"The direction is kept\"\n", 12, "key point 2 must have zh, en" },
        { "key point without English", "    en: \"Rescale the gradient by its global norm\"\n", "", 10, "key point 1 has no 'en'" },
        { "one key point only", "  - zh: \"方向不变，只缩短长度\"\n    en: \"The direction is kept, only the length shrinks\"\n", "", 10, "key_points has 1 item(s); an entry needs 2 to 6" },
        { "unknown topic", "topic: optimization", "topic: optimisation-tricks", 5, "unknown topic 'optimisation-tricks' (known: optimization)" },
        { "difficulty out of range", "difficulty: 1", "difficulty: 4", 6, "difficulty must be 1 (basic), 2 (standard) or 3 (advanced), not '4'" },
        { "mistake without why", "    why_en: \"Clipping only shrinks large gradients.\"\n", "", 15, "mistake 1 has no 'why_en'" },
        { "example in one language", "  en: \"With norm 5 and threshold 1, the gradient is multiplied by 0.2.\"\n", "", 20, "example has no 'en'" },
        { "missing topic", "topic: optimization\n", "", 1, "missing field 'topic'" },
    };

    [Theory]
    [MemberData(nameof(Broken))]
    public async Task ReportsEachCurriculumProblemWithFileAndLine(string kind, string find, string replace, int line, string message)
    {
        using var root = WithSyllabus();
        Assert.Contains(find, Good, StringComparison.Ordinal);
        root.Write("optimization/opt99-broken.md", Good.Replace(find, replace, StringComparison.Ordinal));

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        var problem = Assert.Single(snapshot.Problems);
        Assert.True(problem.Line == line && problem.Message.Contains(message, StringComparison.Ordinal), $"{kind}: got {problem}");
        Assert.Equal("optimization/opt99-broken.md", problem.File);
    }

    [Fact]
    public async Task ReadsEveryCurriculumFieldOfAValidEntry()
    {
        using var root = WithSyllabus();
        root.Write("optimization/opt99.md", Good);

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        Assert.Empty(snapshot.Problems);
        var entry = Assert.Single(snapshot.Entries);
        Assert.Equal("optimization", entry.Topic?.Id);
        Assert.Equal("优化", entry.Topic?.Name.Zh);
        Assert.Equal(1, entry.Difficulty);
        Assert.StartsWith("It rescales", entry.AnswerEn, StringComparison.Ordinal);
        Assert.Equal(["Rescale the gradient by its global norm", "The direction is kept, only the length shrinks"], entry.KeyPoints.Select(p => p.En));
        Assert.Equal("Clipping only shrinks large gradients.", Assert.Single(entry.Mistakes).Why.En);
        Assert.Equal("范数为 5、阈值为 1 时，梯度乘以 0.2。", entry.Example?.Zh);
        Assert.Equal("optimization", Assert.Single(snapshot.Syllabus.Topics).Id);
    }

    [Fact]
    public async Task ReportsTheSameQuestionInTwoPacksAtTheLaterQuestionLine()
    {
        using var root = WithSyllabus();
        root.Write("alpha/opt98.md", Good.Replace("opt99", "opt98", StringComparison.Ordinal));
        root.Write("beta/opt99.md", Good.Replace("What is gradient clipping?", "what is Gradient Clipping", StringComparison.Ordinal)
            .Replace("什么是梯度裁剪？", "梯度裁剪的作用？", StringComparison.Ordinal));

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(new KnowledgeProblem("beta/opt99.md", 3, "duplicate question: alpha/opt98.md asks the same question"), problem);
    }

    [Fact]
    public async Task ExemptsDraftsFromTheRequiredCurriculumFields()
    {
        using var root = WithSyllabus();
        root.Write("optimization/draft.md", "---\nid: d1\nquestion: \"What is dropout?\"\nstatus: draft\n---\n\nAnswer.\n");

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        Assert.Empty(snapshot.Problems);
    }

    [Fact]
    public async Task ReportsABrokenSyllabusWithItsLine()
    {
        using var root = new TempKnowledgeRoot();
        root.Write(SyllabusFile.FileName, Syllabus + "  - id: optimization\n    zh: \"又一个\"\n    en: \"Again\"\n  - id: Bad Id\n    zh: \"x\"\n    en: \"y\"\n");

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        Assert.Equal(
            ["syllabus.yaml:6: duplicate topic id 'optimization'", "syllabus.yaml:9: topic id 'Bad Id' may use only lower-case letters, digits, '-' and '_'"],
            snapshot.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void ShowsTheMaintainersAdditionUnderAVisibleLabel()
    {
        var shown = AnswerBody.Display("来源原文。\n\n<!-- addition -->\n\n补充的内容。");

        Assert.Equal($"来源原文。\n\n{AnswerBody.AdditionLabel}\n\n补充的内容。", shown);
    }

    private static TempKnowledgeRoot WithSyllabus()
    {
        var root = new TempKnowledgeRoot();
        root.Write(SyllabusFile.FileName, Syllabus);
        return root;
    }
}
