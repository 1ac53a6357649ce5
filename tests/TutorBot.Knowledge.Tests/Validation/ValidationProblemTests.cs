using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Tests.TestSupport;

namespace TutorBot.Knowledge.Tests.Validation;

public sealed class ValidationProblemTests
{
    private const string Good = "---\nid: q20\nquestion: What is dropout?\ntags: [\"dropout\"]\nstatus: complete\n---\n\nIt zeroes random activations during training.\n";

    public static TheoryData<string, string, int, string> BrokenFiles => new()
    {
        { "unclosed bracket", "---\nid: q20\nquestion: What is dropout?\ntags: [\"dropout\"\nstatus: complete\n---\n\nAnswer.\n", 4, "never closed" },
        { "bad YAML", "---\nid: q20\nquestion: What is dropout?\n  status: complete\n---\n\nAnswer.\n", 4, "not valid YAML" },
        { "bad YAML quote", "---\nid: q20\nquestion: \"What is dropout?\n---\n\nAnswer.\n", 3, "not valid YAML" },
        { "missing id", "---\nquestion: What is dropout?\nstatus: complete\n---\n\nAnswer.\n", 1, "missing field 'id'" },
        { "empty id", "---\nid: \"\"\nquestion: What is dropout?\n---\n\nAnswer.\n", 2, "id is empty" },
        { "bad id", "---\nid: Q 20\nquestion: What is dropout?\n---\n\nAnswer.\n", 2, "may use only lower-case" },
        { "missing question", "---\nid: q20\nstatus: complete\n---\n\nAnswer.\n", 1, "missing field 'question'" },
        { "empty question", "---\nid: q20\nquestion: \"  \"\n---\n\nAnswer.\n", 3, "question is empty" },
        { "empty answer", "---\nid: q20\nquestion: What is dropout?\n---\n\n\n", 4, "the answer is empty" },
        { "unknown field", "---\nid: q20\nquestion: What is dropout?\nquestoin: x\n---\n\nAnswer.\n", 4, "unknown field 'questoin' (did you mean 'question'?)" },
        { "unknown status", "---\nid: q20\nquestion: What is dropout?\nstatus: done\n---\n\nAnswer.\n", 4, "status 'done' is not one of complete, incomplete, draft" },
        { "source not a URL", "---\nid: q20\nquestion: What is dropout?\nsources:\n  - yayakq.cn/news\n---\n\nAnswer.\n", 5, "is not an absolute URL" },
        { "no English question", "---\nid: q20\nquestion: 什么是dropout?\n---\n\nAnswer.\n", 3, "question_en is missing" },
        { "no front matter", "What is dropout?\n\nAnswer.\n", 1, "no front matter" },
        { "unclosed front matter", "\n---\nid: q20\nquestion: What is dropout?\n", 2, "never closed" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task ReportsEachKindOfProblemWithFileAndLine(string kind, string text, int line, string message)
    {
        using var root = new TempKnowledgeRoot();
        root.Write("pack/good.md", Good.Replace("q20", "q21", StringComparison.Ordinal));
        root.Write("pack/broken.md", text);

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal("pack/broken.md", problem.File);
        Assert.True(line == problem.Line, $"{kind}: expected line {line}, got {problem}");
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.StartsWith($"pack/broken.md:{line}: ", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(["q21"], snapshot.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task ReportsADuplicateIdAtTheLaterFilesIdLineNamingTheFirst()
    {
        using var root = new TempKnowledgeRoot();
        root.Write("alpha/a.md", Good);
        root.Write("beta/b.md", "---\n# a comment first\nid: q20\nquestion: What is a mask?\n---\n\nAnswer.\n");

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        var problem = Assert.Single(snapshot.Problems);
        Assert.Equal(new KnowledgeProblem("beta/b.md", 3,
            "duplicate id 'q20': alpha/a.md:2 already uses it; ids must be unique across all packs"), problem);
    }

    [Fact]
    public async Task ListsEveryProblemOfEveryFileSortedByFileAndLine()
    {
        using var root = new TempKnowledgeRoot();
        root.Write("alpha/1-ok.md", Good);
        root.Write("alpha/2-two-problems.md", "---\nid: q30\nquestion: What is x?\ntagz: [x]\nstatus: finished\n---\n\nAnswer.\n");
        root.Write("beta/3-no-question.md", "---\nid: q31\n---\n\nAnswer.\n");
        root.Write("beta/4-duplicate.md", "---\nid: q20\nquestion: What is y?\n---\n\nAnswer.\n");
        root.Write("beta/5-empty-answer.md", "---\nid: q32\nquestion: What is z?\n---\n");

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        Assert.Equal(
        [
            "alpha/2-two-problems.md:4",
            "alpha/2-two-problems.md:5",
            "beta/3-no-question.md:1",
            "beta/4-duplicate.md:2",
            "beta/5-empty-answer.md:4",
        ], snapshot.Problems.Select(p => $"{p.File}:{p.Line}"));
        Assert.Contains("did you mean 'tags'?", snapshot.Problems[0].Message, StringComparison.Ordinal);
        Assert.False(snapshot.IsValid);
        Assert.Equal(["q20"], snapshot.Entries.Select(e => e.Id));
    }

    [Fact]
    public async Task IgnoresRootFilesAndParkedFolders()
    {
        using var root = new TempKnowledgeRoot();
        root.Write("README.md", "# not an entry");
        root.Write("_drafts/pack/q01.md", "not even front matter");
        root.Write("pack/_page-x.md", "not even front matter");
        root.Write("pack/good.md", Good);

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        Assert.Empty(snapshot.Problems);
        Assert.Equal(["q20"], snapshot.Entries.Select(e => e.Id));
    }
}
