using TutorBot.Core;

namespace TutorBot.Bot.Turns;

/// <summary>Maps a channel's locale (<c>zh-CN</c>, <c>en-US</c>) to a reply language; unknown or missing is English.</summary>
internal static class Locales
{
    public static Language LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Language.Chinese : Language.English;
}
