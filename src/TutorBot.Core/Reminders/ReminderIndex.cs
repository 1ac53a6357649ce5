namespace TutorBot.Core.Reminders;

/// <summary>
/// The stored list of reminder document keys a round visits (<see cref="ReminderStore.IndexKey"/>), because
/// <see cref="State.IStateStore"/> cannot list keys. Ordinal order, no duplicates.
/// </summary>
public sealed record ReminderIndex(IReadOnlyList<string> Keys)
{
    public static ReminderIndex Empty { get; } = new([]);

    public ReminderIndex With(string key) =>
        Keys.Contains(key) ? this : new(Keys.Append(key).Order(StringComparer.Ordinal).ToList());

    public ReminderIndex Without(string key) => Keys.Contains(key) ? new(Keys.Where(k => k != key).ToList()) : this;
}
