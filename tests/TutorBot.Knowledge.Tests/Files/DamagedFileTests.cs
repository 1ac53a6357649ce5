using System.Text;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using TutorBot.Knowledge.Tests.TestSupport;

namespace TutorBot.Knowledge.Tests.Files;

/// <summary>
/// Knowledge files with every kind of damage each become one problem naming the file (and the line where there is
/// one) while the good files load: binary data, a file over <c>Knowledge:MaxFileBytes</c>, YAML bombs (deep nesting,
/// aliases), a file that vanishes between being listed and being read.
/// </summary>
public sealed class DamagedFileTests
{
    private const string Good = "---\nid: q21\nquestion: What is dropout?\nstatus: complete\n---\n\nIt zeroes random activations during training.\n";

    [Fact]
    public async Task BinaryGarbageIsReportedOnTheLineWhereItStarts()
    {
        using var root = RootWithOneGoodFile();
        var garbage = new byte[4096];
        new Random(7).NextBytes(garbage);
        WriteBytes(root, "pack/broken.md", [.. "---\nid: q20\nquestion: x\n"u8, .. garbage]);

        var problem = await SingleProblemAsync(root);

        Assert.Equal("pack/broken.md", problem.File);
        Assert.True(problem.Line >= 4, problem.ToString());
        Assert.Contains("not UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlCharactersInValidUtf8AreReportedWithTheirLine()
    {
        using var root = RootWithOneGoodFile();
        root.Write("pack/broken.md", "---\nid: q20\nquestion: What is x?\n---\n\nAn answer\u0000\u0001 with NULs.\n");

        var problem = await SingleProblemAsync(root);

        Assert.Equal(("pack/broken.md", 6), (problem.File, problem.Line));
        Assert.Contains("U+0000", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TenMegabyteAnswerIsRefusedWithTheLimitNamed()
    {
        using var root = RootWithOneGoodFile();
        root.Write("pack/huge.md", "---\nid: q20\nquestion: What is x?\n---\n\n" + new string('a', 10 * 1024 * 1024) + "\n");

        var problem = await SingleProblemAsync(root);

        Assert.Equal("pack/huge.md", problem.File);
        Assert.Contains("Knowledge:MaxFileBytes", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LimitComesFromTheOptions()
    {
        using var root = RootWithOneGoodFile();
        root.Write("pack/long.md", "---\nid: q20\nquestion: What is x?\n---\n\n" + new string('a', 5000) + "\n");
        var source = new FileKnowledgeSource(root.Path, options: new KnowledgeOptions { MaxFileBytes = 2048 });

        var snapshot = await source.LoadAsync(CancellationToken.None);

        Assert.Contains(snapshot.Problems, p => p.File == "pack/long.md" && p.Message.Contains("2048", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(100_000)]
    [InlineData(17)]
    public async Task DeeplyNestedFrontMatterIsRefusedBeforeItIsBuilt(int depth)
    {
        using var root = RootWithOneGoodFile();
        root.Write("pack/deep.md", $"---\nid: q20\nquestion: What is x?\ntags: {new string('[', depth)}{new string(']', depth)}\n---\n\nAnswer.\n");

        var problem = await SingleProblemAsync(root);

        Assert.Equal(("pack/deep.md", 4), (problem.File, problem.Line));
        Assert.Contains("nested more than 16 levels", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BillionLaughsAliasesAreRefusedAtTheFirstAnchor()
    {
        using var root = RootWithOneGoodFile();
        var bomb = new StringBuilder("---\nid: q20\nquestion: What is x?\na: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append($"{level}: &{level} [*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous},*{previous}]\n");
        }

        root.Write("pack/bomb.md", bomb + "tags: *i\n---\n\nAnswer.\n");

        var problem = await SingleProblemAsync(root);

        Assert.Equal(("pack/bomb.md", 4), (problem.File, problem.Line));
        Assert.Contains("anchors (&a) are not allowed", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AliasWithoutAnAnchorIsRefusedToo()
    {
        using var root = RootWithOneGoodFile();
        root.Write("pack/alias.md", "---\nid: q20\nquestion: What is x?\ntags: *nowhere\n---\n\nAnswer.\n");

        var problem = await SingleProblemAsync(root);

        Assert.Equal("pack/alias.md", problem.File);
        Assert.True(problem.Line is 4 or 5, problem.ToString());
    }

    [Fact]
    public async Task FileThatVanishesBetweenListingAndReadingIsAProblemNotACrash()
    {
        // A dangling link is listed like a file and cannot be opened: the same as a file deleted mid-rebuild.
        using var root = RootWithOneGoodFile();
        File.CreateSymbolicLink(Path.Combine(root.Path, "pack", "gone.md"), Path.Combine(root.Path, "deleted-meanwhile.md"));

        var problem = await SingleProblemAsync(root);

        Assert.Equal("pack/gone.md", problem.File);
        Assert.Contains("vanished", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SyllabusBombIsRefusedWithItsLine()
    {
        using var root = RootWithOneGoodFile();
        root.Write("syllabus.yaml", "topics:\n  - &t {id: a, zh: 甲, en: A}\n  - *t\n");

        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);

        var problem = Assert.Single(snapshot.Problems, p => p.File == SyllabusFile.FileName);
        Assert.Equal(2, problem.Line);
        Assert.Contains("anchors", problem.Message, StringComparison.Ordinal);
    }

    private static TempKnowledgeRoot RootWithOneGoodFile()
    {
        var root = new TempKnowledgeRoot();
        root.Write("pack/good.md", Good);
        return root;
    }

    private static void WriteBytes(TempKnowledgeRoot root, string relativePath, byte[] bytes)
    {
        var full = Path.Combine(root.Path, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
    }

    private static async Task<KnowledgeProblem> SingleProblemAsync(TempKnowledgeRoot root)
    {
        var snapshot = await new FileKnowledgeSource(root.Path).LoadAsync(CancellationToken.None);
        Assert.Equal(["q21"], snapshot.Entries.Select(e => e.Id));
        return Assert.Single(snapshot.Problems);
    }
}
