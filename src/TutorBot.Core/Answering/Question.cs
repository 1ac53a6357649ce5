namespace TutorBot.Core.Answering;

/// <summary>
/// What the user asked. <paramref name="History"/> holds the earlier turns of the same conversation, oldest first
/// (empty for a one-off question). <paramref name="Language"/> is the reply language; null means "the language the
/// text is written in" (see <see cref="LanguageDetector"/>).
/// </summary>
public sealed record Question(string Text, IReadOnlyList<Turn> History, Language? Language = null)
{
    /// <summary>A one-off question with no history.</summary>
    public static Question Ask(string text) => new(text, []);

    /// <summary>The language to reply in.</summary>
    public Language ReplyLanguage => Language ?? LanguageDetector.Detect(Text);
}
