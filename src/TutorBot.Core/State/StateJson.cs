using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using TutorBot.Core.Interview.Persistence;

namespace TutorBot.Core.State;

/// <summary>
/// The JSON form of every document TutorBot stores: camelCase, enums as names, and text other than the characters
/// that HTML and JavaScript treat specially written as itself (Chinese is 3 bytes of UTF-8, not a 6-byte escape), so
/// stored documents stay readable and small.
/// Schedule items stored by the former Leitner schedule convert to FSRS as they are read (<see cref="ScheduleItemJsonConverter"/>).
/// </summary>
public static class StateJson
{
    /// <summary>Serializer options for interviews, schedules and question history.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ScheduleItemJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
