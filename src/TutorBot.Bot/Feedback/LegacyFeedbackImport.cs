using System.Globalization;
using Microsoft.Extensions.Options;
using TutorBot.Core.Feedback;

namespace TutorBot.Bot.Feedback;

/// <summary>
/// Carries votes that earlier versions appended to <c>feedback.jsonl</c> in <see cref="BotOptions.DataFolder"/> into
/// Core's <see cref="FeedbackStore"/>, once, in the background after start: the file is read, its votes stored
/// (idempotently: a vote already stored, say by a host sharing the folder, is not stored twice) and the file is then
/// renamed <c>feedback.imported-{UTC time}.jsonl</c>, so its lines are kept but not imported again. Lines that are not
/// votes are logged with file and line and stay in the renamed file. When the store fails, the file is left as it
/// was for the next start.
/// </summary>
internal sealed class LegacyFeedbackImport(FeedbackStore store, IOptions<BotOptions> options, IHostEnvironment environment, TimeProvider clock,
    ILogger<LegacyFeedbackImport> logger) : BackgroundService
{
    public const string FileName = "feedback.jsonl";

    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The file looked for.</summary>
    public string FilePath { get; } = Path.Combine(Path.GetFullPath(options.Value.DataFolder, environment.ContentRootPath), FileName);

    /// <summary>Completes when the import has run (or found nothing to do), whatever its outcome.</summary>
    public Task Completed => _done.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ImportAsync(stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // A background task has no turn to answer: log, keep the file, try again on the next start.
            logger.LogWarning(e, "Could not import the votes of {File}; it is left in place for the next start", FilePath);
        }
        finally
        {
            _done.TrySetResult();
        }
    }

    private async Task ImportAsync(CancellationToken cancellationToken)
    {
        FeedbackFileContents contents;
        try
        {
            contents = await FeedbackFile.ReadAsync(FilePath, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Nothing to import (or another host sharing this folder has just renamed it).
            return;
        }

        foreach (var problem in contents.Problems)
        {
            logger.LogWarning("Not a vote, left in the imported file: {Problem}", problem);
        }

        var added = await store.AddAsync(contents.Records, cancellationToken);
        var renamed = Path.Combine(Path.GetDirectoryName(FilePath)!,
            $"feedback.imported-{clock.GetUtcNow().ToString("yyyyMMddTHHmmssfffZ", CultureInfo.InvariantCulture)}.jsonl");
        try
        {
            File.Move(FilePath, renamed);
        }
        catch (FileNotFoundException)
        {
            // Another host sharing this folder imported and renamed it first.
            return;
        }

        logger.LogInformation("Imported {Added} new of {Votes} votes from {File} into the state store; the file is now {Renamed}",
            added, contents.Records.Count, FilePath, renamed);
    }
}
