using System.Text.Json;
using System.Text.Json.Serialization;

namespace TutorBot.Core.State;

/// <summary>The JSON form of every document TutorBot stores: camelCase, enums as names, so stored documents stay readable.</summary>
public static class StateJson
{
    /// <summary>Serializer options for interviews, schedules and question history.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
