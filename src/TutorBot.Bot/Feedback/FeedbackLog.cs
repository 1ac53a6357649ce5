using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace TutorBot.Bot.Feedback;

/// <summary>
/// Appends feedback records, one JSON object per line, to <c>feedback.jsonl</c> in <see cref="BotOptions.DataFolder"/>
/// (relative to the content root), for reviewing which entries need work. Safe to call from many turns at once.
/// </summary>
internal sealed class FeedbackLog(IOptions<BotOptions> options, IHostEnvironment environment, ILogger<FeedbackLog> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string FilePath { get; } = Path.Combine(Path.GetFullPath(options.Value.DataFolder, environment.ContentRootPath), "feedback.jsonl");

    public async Task AppendAsync(FeedbackRecord record, CancellationToken cancellationToken)
    {
        var line = JsonSerializer.Serialize(record, Json) + "\n";
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await File.AppendAllTextAsync(FilePath, line, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }

        logger.LogInformation("Feedback {Reaction} on {Entries} ({Mode})", record.Reaction, string.Join(",", record.Entries), record.Mode);
    }
}
