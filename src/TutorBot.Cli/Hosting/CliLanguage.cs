using TutorBot.Core;

namespace TutorBot.Cli.Hosting;

/// <summary>Reads a <c>--lang</c> value: zh or en (and a few spellings of each); null when not given.</summary>
internal static class CliLanguage
{
    public static Language? Parse(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "zh" or "cn" or "chinese" or "中文" => Language.Chinese,
        "en" or "english" => Language.English,
        _ => throw new UserErrorException($"--lang must be zh or en, not '{value}'"),
    };
}
