using TutorBot.Core.Export;
using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Tests.Export;

public sealed class AnkiExportTests
{
    private static readonly SyllabusTopic Attention = new("attention", new BilingualText("注意力机制与变体", "Attention and its variants"), 0);

    private static readonly KnowledgeEntry Scaled = new()
    {
        Id = "attention-scaling",
        Pack = "attention",
        Question = "Attention 为什么要除以 √d？",
        QuestionEn = "Why does attention divide by √d?",
        Answer = "点积的方差随 d 增大。\n除以 √d 让 softmax 不饱和。",
        AnswerEn = "Dot products grow with d.\nDividing by √d keeps softmax from saturating.",
        KeyPoints = [new BilingualText("方差随 d 增大", "variance grows with d"), new BilingualText("softmax 梯度变小", "softmax gradients vanish")],
        Topic = Attention,
        Difficulty = 2,
    };

    private static readonly KnowledgeEntry Tricky = new()
    {
        Id = "q13",
        Pack = "llm-interview",
        Question = "a\tb",
        Answer = "first line\r\nsecond <b>line</b>\tand \"quotes\" & more\nthird",
    };

    [Fact]
    public void StartsWithTheAnkiFileHeaders()
    {
        var file = AnkiExport.Build([Scaled], Language.English);

        var lines = file.Content.Split('\n');
        Assert.Equal(
            ["#separator:tab", "#html:true", "#notetype:Basic", "#guid column:1", "#tags column:4", "#deck column:5"],
            lines.Take(6));
    }

    [Fact]
    public void WritesOneLineOfFiveFieldsPerEntry()
    {
        var file = AnkiExport.Build([Scaled, Tricky], Language.English);

        var notes = NoteLines(file);
        Assert.Equal(2, file.NoteCount);
        Assert.Equal(2, notes.Count);
        Assert.All(notes, n => Assert.Equal(5, n.Split('\t').Length));
        Assert.EndsWith("\n", file.Content);
    }

    [Fact]
    public void EnglishNoteHasTheEnglishQuestionAnswerKeyPointsTagsAndDeck()
    {
        var fields = NoteLines(AnkiExport.Build([Scaled], Language.English))[0].Split('\t');

        Assert.Equal("tutorbot-attention-scaling", fields[0]);
        Assert.Equal("Why does attention divide by √d?", fields[1]);
        Assert.Equal(
            "Dot products grow with d.<br>Dividing by √d keeps softmax from saturating.<br><br><b>Key points</b><ul><li>variance grows with d</li><li>softmax gradients vanish</li></ul>",
            fields[2]);
        Assert.Equal("tutorbot attention difficulty::2", fields[3]);
        Assert.Equal("TutorBot", fields[4]);
    }

    [Fact]
    public void ChineseNoteHasTheChineseSideAndFileName()
    {
        var file = AnkiExport.Build([Scaled], Language.Chinese, deck: "面试::LLM");
        var fields = NoteLines(file)[0].Split('\t');

        Assert.Equal("tutorbot-anki-zh.txt", file.FileName);
        Assert.Equal("Attention 为什么要除以 √d？", fields[1]);
        Assert.StartsWith("点积的方差随 d 增大。<br>", fields[2]);
        Assert.Contains("<b>要点</b><ul><li>方差随 d 增大</li>", fields[2]);
        Assert.Equal("面试::LLM", fields[4]);
        Assert.Equal("tutorbot-anki-en.txt", AnkiExport.Build([Scaled], Language.English).FileName);
    }

    [Fact]
    public void AFieldWithTabsNewlinesQuotesAndHtmlStaysOneEscapedField()
    {
        var fields = NoteLines(AnkiExport.Build([Tricky], Language.English))[0].Split('\t');

        Assert.Equal(5, fields.Length);
        Assert.Equal("a&#9;b", fields[1]);
        Assert.Equal("first line<br>second &lt;b&gt;line&lt;/b&gt;&#9;and &quot;quotes&quot; &amp; more<br>third", fields[2]);
        // No topic, no difficulty: only the product tag; no key points: no list.
        Assert.Equal("tutorbot", fields[3]);
    }

    [Fact]
    public void GuidsAreStableAcrossExportsAndLanguages()
    {
        var first = AnkiExport.Build([Scaled, Tricky], Language.English);
        var again = AnkiExport.Build([Scaled, Tricky], Language.English);
        var chinese = AnkiExport.Build([Tricky, Scaled], Language.Chinese);

        Assert.Equal(first.Content, again.Content);
        Assert.Equal(["tutorbot-attention-scaling", "tutorbot-q13"], NoteLines(first).Select(n => n.Split('\t')[0]));
        Assert.Equal(["tutorbot-q13", "tutorbot-attention-scaling"], NoteLines(chinese).Select(n => n.Split('\t')[0]));
    }

    [Fact]
    public void FallsBackToTheOriginalLanguageWhenAnEntryHasNoTranslation()
    {
        var original = Tricky with { Question = "只有中文的问题", Answer = "只有中文的答案" };

        var fields = NoteLines(AnkiExport.Build([original], Language.English))[0].Split('\t');

        Assert.Equal(("只有中文的问题", "只有中文的答案"), (fields[1], fields[2]));
    }

    private static List<string> NoteLines(AnkiExportFile file) =>
        file.Content.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
}
