namespace TutorBot.Core;

/// <summary>
/// One piece of text in Chinese and in English, equal in meaning (not a word-by-word gloss). Both sides are non-empty
/// for knowledge content.
/// </summary>
public sealed record BilingualText(string Zh, string En)
{
    /// <summary>The side for <paramref name="language"/>.</summary>
    public string In(Language language) => language == Language.English ? En : Zh;
}
