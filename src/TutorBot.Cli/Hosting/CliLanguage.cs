using TutorBot.Core;

namespace TutorBot.Cli.Hosting;

/// <summary>The <c>--lang</c> option's values: zh or en (and a few spellings of them); null when not given.</summary>
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
