using System.Text.Json;
using System.Text.Json.Serialization;
using TutorBot.Core.Interview.Persistence;

namespace TutorBot.Core.State;

/// <summary>
/// The JSON form of every document TutorBot stores: camelCase, enums as names, so stored documents stay readable.
/// Schedule items stored by the former Leitner schedule convert to FSRS as they are read (<see cref="ScheduleItemJsonConverter"/>).
/// </summary>
public static class StateJson
{
    /// <summary>Serializer options for interviews, schedules and question history.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ScheduleItemJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
