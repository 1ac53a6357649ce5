using TutorBot.Core.Evaluation;

namespace TutorBot.Benchmarks.Scenarios;

/// <summary>
/// The mixed query load: every query of the labelled evaluation set (Chinese and English questions, paraphrases,
/// out-of-domain questions) plus bare keywords as users type them into a search box.
/// </summary>
internal static class QuerySet
{
    private static readonly string[] Keywords =
    [
        "softmax", "LayerNorm", "BatchNorm", "RLHF", "KL散度", "交叉熵", "注意力", "multi-head attention", "dropout",
        "幻觉", "FFN", "decoder-only", "BERT", "loss scaling", "学习率", "推理延迟", "KV cache", "sqrt(d)", "位置编码",
        "PPO",
    ];

    public static async Task<IReadOnlyList<string>> LoadAsync(RepoPaths repo, CancellationToken cancellationToken)
    {
        using var reader = File.OpenText(repo.EvalSet);
        var cases = await EvalSetReader.ReadAsync(reader, cancellationToken);
        return [.. cases.Select(c => c.Query), .. Keywords];
    }
}
