using TutorBot.Core.Export;

namespace TutorBot.Core.Tests.Export;

public sealed class ExportIntentParserTests
{
    [Theory]
    [InlineData("export to Anki", null)]
    [InlineData("Export to anki.", null)]
    [InlineData("export my weak questions to Anki", null)]
    [InlineData("export attention to Anki", "attention")]
    [InlineData("export the attention topic to anki please", "attention")]
    [InlineData("export rag-agents to Anki", "rag-agents")]
    [InlineData("export my questions on Mixture of Experts to Anki", "mixture of experts")]
    [InlineData("export ranking to anki", "ranking")]
    [InlineData("/export", null)]
    [InlineData("/export positional encoding", "positional encoding")]
    [InlineData("导出到 Anki", null)]
    [InlineData("导出 anki", null)]
    [InlineData("导出anki", null)]
    [InlineData("把我的错题导出到 Anki", null)]
    [InlineData("把注意力导出到Anki", "注意力")]
    [InlineData("导出 位置编码 到 anki", "位置编码")]
    [InlineData("请把检索增强生成的题目导出成 Anki 卡片", "检索增强生成")]
    public void ReadsExportRequestsWithTheirTopic(string text, string? topic)
    {
        var intent = ExportIntentParser.Parse(text);

        Assert.NotNull(intent);
        Assert.Equal(topic, intent.Topic);
    }

    [Theory]
    [InlineData("")]
    [InlineData("export")]
    [InlineData("how do I export a model to ONNX?")]
    [InlineData("what is Anki?")]
    [InlineData("I would export the embeddings and then use Anki style spaced repetition to review them, because the softmax saturates")]
    [InlineData("exported to anki")]
    [InlineData("/exports")]
    public void LeavesOtherMessagesAlone(string text)
    {
        Assert.Null(ExportIntentParser.Parse(text));
    }
}
