using TutorBot.Core.Reminders;

namespace TutorBot.Bot.Reminders;

/// <summary>
/// One round over every reminder that is on: Core decides and claims (<see cref="ReminderClaims"/>), then the claimed
/// reminder is sent (<see cref="ReminderSender"/>); a conversation that is gone turns its reminder off. A failure with
/// one learner is logged and the round goes on. <see cref="ReminderService"/> runs a round every
/// <see cref="ReminderOptions.CheckIntervalSeconds"/>; every host may, since claims make each reminder go out once.
/// </summary>
internal sealed class ReminderChecker(ReminderStore store, ReminderClaims claims, ReminderSender sender, TimeProvider clock, ILogger<ReminderChecker> logger)
{
    private long _rounds;

    /// <summary>Rounds finished since the host started.</summary>
    public long CompletedRounds => Interlocked.Read(ref _rounds);

    /// <summary>Checks every reminder once, at the clock's current time; returns how many reminders were sent.</summary>
    public async Task<int> CheckOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var active = await store.ReadActiveAsync(cancellationToken);
        foreach (var key in active.Damaged)
        {
            logger.LogWarning("Reminder document {Key} cannot be read and is skipped", key);
        }

        var sent = 0;
        foreach (var stored in active.Reminders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                sent += await CheckAsync(stored, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Reminder {Key} could not be checked", stored.Key);
            }
        }

        Interlocked.Increment(ref _rounds);
        return sent;
    }

    private async Task<bool> CheckAsync(StoredReminder stored, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await claims.TryClaimAsync(stored, now, cancellationToken) is not { } due)
        {
            return false;
        }

        var delivery = await sender.SendAsync(due, cancellationToken);
        logger.LogInformation("Reminder {Key} for {LocalDate} ({DueReviews} due): {Delivery}", stored.Key, due.LocalDate, due.DueReviews, delivery);
        if (delivery == ReminderDelivery.Gone)
        {
            await store.DropAsync(due.Reminder, cancellationToken);
        }

        return delivery == ReminderDelivery.Sent;
    }
}
