using Microsoft.Extensions.Options;
using TutorBot.Core.State;

namespace TutorBot.Bot.Reminders;

/// <summary>
/// Wakes every <see cref="ReminderOptions.CheckIntervalSeconds"/> on the injected <see cref="TimeProvider"/> (a fake
/// one in tests) and runs a <see cref="ReminderChecker"/> round. Nothing a round throws stops the loop.
/// </summary>
internal sealed class ReminderService(ReminderChecker checker, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<ReminderService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.CheckIntervalSeconds);
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await checker.CheckOnceAsync(stoppingToken);
                }
                catch (StateStoreUnavailableException ex)
                {
                    // The store's monitor logged the fault once; a line per round would only repeat it.
                    logger.LogDebug("Reminder round skipped, the state store fails: {Error}", ex.Message);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(ex, "Reminder round failed; the next runs in {Interval}", interval);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
