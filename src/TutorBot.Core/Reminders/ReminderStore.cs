using System.Text.Json;
using TutorBot.Core.State;

namespace TutorBot.Core.Reminders;

/// <summary>
/// Reminders in the <see cref="IStateStore"/>: one document per learner, <c>reminder/{channel}/{user}</c>, and one
/// index, <see cref="IndexKey"/>, listing the documents of learners whose reminder is on (the store cannot list
/// keys). Setting and stopping write the document and the index in one transaction, conditioned on the ETags read,
/// and run again on fresh state when another writer came in between (up to <see cref="MaxAttempts"/> times). A
/// stopped reminder stays as a document marked <see cref="Reminder.Stopped"/>, never deleted, so that a round's claim
/// on the version it read fails instead of bringing a deleted reminder back.
/// </summary>
public sealed class ReminderStore(IStateStore store)
{
    /// <summary>The key of the index of active reminders.</summary>
    public const string IndexKey = "reminders/index";

    /// <summary>How often a set or stop runs before a persistent conflict is given up (<see cref="StateConflictException"/>).</summary>
    public const int MaxAttempts = 6;

    private const int ReadBatch = 100;

    /// <summary>The key of the learner's reminder document.</summary>
    public static string KeyOf(ChatKey chat) => StateKey.Of("reminder", chat.Channel, chat.User);

    /// <summary>The learner's reminder (stopped or not), or null when they never set one.</summary>
    public async Task<Reminder?> FindAsync(ChatKey chat, CancellationToken cancellationToken)
    {
        var key = KeyOf(chat);
        var items = await store.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) ? Parse<Reminder>(item.Json) : null;
    }

    /// <summary>
    /// Turns the learner's reminder on with <paramref name="reminder"/>'s time, zone, language and conversation. The
    /// date of the last reminder sent is kept, so changing the time never sends a second reminder on the same day.
    /// </summary>
    public Task SetAsync(Reminder reminder, CancellationToken cancellationToken) =>
        UpdateAsync(KeyOf(reminder.Chat), stored => reminder with { LastSentLocalDate = stored?.LastSentLocalDate, Stopped = false }, cancellationToken);

    /// <summary>Turns the learner's reminder off; false when none was on.</summary>
    public Task<bool> StopAsync(ChatKey chat, CancellationToken cancellationToken) =>
        UpdateAsync(KeyOf(chat), stored => stored is { Stopped: false } ? stored with { Stopped = true } : null, cancellationToken);

    /// <summary>
    /// Turns off a reminder that can no longer be delivered (the bot was removed from the conversation), unless the
    /// learner has since set it in another conversation; false when nothing changed.
    /// </summary>
    public Task<bool> DropAsync(Reminder undeliverable, CancellationToken cancellationToken) =>
        UpdateAsync(KeyOf(undeliverable.Chat),
            stored => stored is { Stopped: false } && stored.ConversationReference == undeliverable.ConversationReference ? stored with { Stopped = true } : null,
            cancellationToken);

    /// <summary>
    /// Every reminder the index lists that is on, with the ETag read, read in batches; documents that cannot be read
    /// are left out and named.
    /// </summary>
    public async Task<ActiveReminders> ReadActiveAsync(CancellationToken cancellationToken)
    {
        var damaged = new List<string>();
        var index = await store.ReadAsync([IndexKey], cancellationToken);
        var keys = index.TryGetValue(IndexKey, out var item) ? (Parse<ReminderIndex>(item.Json) ?? ReminderIndex.Empty).Keys : [];
        var active = new List<StoredReminder>();
        foreach (var batch in keys.Chunk(ReadBatch))
        {
            var documents = await store.ReadAsync(batch, cancellationToken);
            foreach (var (key, document) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                var reminder = TryParse(document.Json);
                if (reminder is null)
                {
                    damaged.Add(key);
                }
                else if (!reminder.Stopped && document.ETag is { } etag)
                {
                    active.Add(new StoredReminder(key, reminder, etag));
                }
            }
        }

        return new ActiveReminders(active, damaged);
    }

    /// <summary>
    /// Claims the learner's <paramref name="localDate"/> before a reminder is sent: records it as the date of the last
    /// reminder sent, conditioned on the version <paramref name="read"/>. Exactly one of several hosts that read the
    /// same version wins; false for the others (and whenever the learner changed or stopped the reminder since).
    /// </summary>
    public async Task<bool> TryClaimAsync(StoredReminder read, DateOnly localDate, CancellationToken cancellationToken)
    {
        var claimed = read.Reminder with { LastSentLocalDate = localDate };
        var written = await store.WriteAsync(
            new Dictionary<string, StoredItem> { [read.Key] = new(JsonSerializer.Serialize(claimed, StateJson.Options), read.ETag) },
            cancellationToken);
        return written.Succeeded;
    }

    // Read the document and the index, change the document (null: nothing to do), keep the index in step, write both
    // with the ETags read; again on a conflict. True when something was written.
    private async Task<bool> UpdateAsync(string key, Func<Reminder?, Reminder?> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await store.ReadAsync([key, IndexKey], cancellationToken);
            items.TryGetValue(key, out var document);
            items.TryGetValue(IndexKey, out var indexItem);
            var changed = change(document is null ? null : TryParse(document.Json));
            if (changed is null)
            {
                return false;
            }

            var index = indexItem is null ? ReminderIndex.Empty : Parse<ReminderIndex>(indexItem.Json) ?? ReminderIndex.Empty;
            var newIndex = changed.Stopped ? index.Without(key) : index.With(key);
            var changes = new Dictionary<string, StoredItem>(StringComparer.Ordinal)
            {
                [key] = new(JsonSerializer.Serialize(changed, StateJson.Options), document?.ETag ?? StoredItem.CreateOnly),
            };
            if (!ReferenceEquals(newIndex, index) || indexItem is null)
            {
                changes[IndexKey] = new(JsonSerializer.Serialize(newIndex, StateJson.Options), indexItem?.ETag ?? StoredItem.CreateOnly);
            }

            var written = await store.WriteAsync(changes, cancellationToken);
            if (written.Succeeded)
            {
                return true;
            }

            if (attempt == MaxAttempts)
            {
                throw new StateConflictException(written.Conflicts, attempt);
            }
        }
    }

    private static Reminder? TryParse(string json)
    {
        try
        {
            return Parse<Reminder>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T? Parse<T>(string json) where T : class => JsonSerializer.Deserialize<T>(json, StateJson.Options);
}
