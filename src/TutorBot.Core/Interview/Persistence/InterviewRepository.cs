using System.Text.Json;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.State;

namespace TutorBot.Core.Interview.Persistence;

/// <summary>
/// Keeps each user's <see cref="UserInterviewData"/> in an <see cref="IStateStore"/> under
/// <c>interview/users/{userId}</c>, for channels without bot state (the command line). A save carries the ETag
/// of the load it follows, so two processes driving the same user cannot silently overwrite each other.
/// </summary>
public sealed class InterviewRepository(IStateStore store)
{
    /// <summary>The storage key of <paramref name="userId"/>'s data.</summary>
    public static string Key(string userId) => $"interview/users/{userId}";

    /// <summary>The user's data and its ETag; empty data and a null ETag when nothing is stored.</summary>
    public async Task<(UserInterviewData Data, string? ETag)> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var items = await store.ReadAsync([Key(userId)], cancellationToken);
        if (!items.TryGetValue(Key(userId), out var item))
        {
            return (new UserInterviewData(null, UserSchedule.Empty), null);
        }

        var data = JsonSerializer.Deserialize<UserInterviewData>(item.Json, InterviewJson.Options)
            ?? new UserInterviewData(null, UserSchedule.Empty);
        return (data with { Schedule = data.Schedule ?? UserSchedule.Empty }, item.ETag);
    }

    /// <summary>Saves the data if nobody saved since <paramref name="etag"/> was read; returns the new ETag, or null on a conflict.</summary>
    public async Task<string?> SaveAsync(string userId, UserInterviewData data, string? etag, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(data, InterviewJson.Options);
        var result = await store.WriteAsync(new Dictionary<string, StoredItem> { [Key(userId)] = new(json, etag) }, cancellationToken);
        return result.Succeeded ? result.ETags[Key(userId)] : null;
    }
}
