using System.Text.Encodings.Web;
using System.Text.Json;

namespace TutorBot.Cli.Output;

/// <summary>JSON as the command line prints it: one object per line, camelCase, Chinese left readable.</summary>
internal static class CliJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
