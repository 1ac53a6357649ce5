using System.Text.Json;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.State;

namespace TutorBot.Core.Interview.Persistence;

/// <summary>
/// Reads interview state written before one store kept it (until 2026-11-29), so an existing <c>data/state.db</c>
/// is never silently dropped: the command line kept <see cref="UserInterviewData"/> under
/// <c>interview/users/{user}</c>; the bot kept Bot Framework bot state, <c>{channel}/conversations/{conversation}</c>
/// holding <c>interviews.ByUser[user]</c> and <c>{channel}/users/{user}</c> holding <c>interviewSchedule.Json</c>,
/// each Core's own JSON inside a Newtonsoft document. Only read: the first save writes the new keys, and the old
/// documents stay where they are.
/// </summary>
internal static class LegacyInterviewState
{
    /// <summary>
    /// Where the command line kept each user's interview and schedule. It lies under the interview keys' prefix, but it
    /// holds a schedule, which retention must keep (<see cref="Retention.ConversationRetention"/>).
    /// </summary>
    public const string CommandLinePrefix = "interview/users/";

    public static IReadOnlyList<string> Keys(ChatKey key) => key.Channel == ChatKey.CommandLine(key.User).Channel
        ? [CommandLinePrefix + key.User]
        : [$"{key.Channel}/conversations/{key.Conversation}", $"{key.Channel}/users/{key.User}"];

    /// <summary>The interview and schedule found in <paramref name="items"/> under the old keys; nulls when none.</summary>
    public static (InterviewState? Interview, UserSchedule? Schedule) Read(ChatKey key, IReadOnlyDictionary<string, StoredItem> items)
    {
        var keys = Keys(key);
        if (keys.Count == 1)
        {
            return items.TryGetValue(keys[0], out var cli) && Parse<UserInterviewData>(cli.Json) is { } data
                ? (data.Interview, data.Schedule)
                : (null, null);
        }

        var interview = items.TryGetValue(keys[0], out var conversation)
            ? Parse<InterviewState>(StringAt(conversation.Json, "interviews", "ByUser", key.User))
            : null;
        var schedule = items.TryGetValue(keys[1], out var user)
            ? Parse<UserSchedule>(StringAt(user.Json, "interviewSchedule", "Json"))
            : null;
        return (interview, schedule);
    }

    private static T? Parse<T>(string? json) where T : class
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json, StateJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // The string at a path of property names (matched ignoring case) in a Newtonsoft bot state document.
    private static string? StringAt(string json, params string[] path)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var node = document.RootElement;
            foreach (var name in path)
            {
                if (node.ValueKind != JsonValueKind.Object)
                {
                    return null;
                }

                var found = node.EnumerateObject().FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
                if (found.Value.ValueKind == JsonValueKind.Undefined)
                {
                    return null;
                }

                node = found.Value;
            }

            return node.ValueKind == JsonValueKind.String ? node.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
