using System.Text.Json;
using System.Text.Json.Serialization;

namespace TutorBot.Core.Interview.Persistence;

/// <summary>
/// The JSON form of interview state: camelCase, enums as names, so stored documents stay readable. Schedule items
/// stored by the former Leitner schedule convert to FSRS as they are read (<see cref="ScheduleItemJsonConverter"/>).
/// </summary>
public static class InterviewJson
{
    /// <summary>Serializer options for <see cref="InterviewState"/>, <see cref="Scheduling.UserSchedule"/> and <see cref="UserInterviewData"/>.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(), new ScheduleItemJsonConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
