namespace TutorBot.Core;

/// <summary>
/// Which languages a learner's answer is written in. Technical English terms inside a Chinese answer ("KV cache",
/// "LoRA") are normal; an answer is mixed only when a real share of its letters is Latin beside a real share of Han.
/// </summary>
public static class AnswerLanguage
{
    private const double MixedShare = 0.3;

    /// <summary>The languages of <paramref name="text"/>: one of them, or both for a mixed answer.</summary>
    public static IReadOnlyList<Language> Of(string text)
    {
        int han = 0, latin = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf')
            {
                han++;
            }
            else if (char.IsAsciiLetter(c))
            {
                latin++;
            }
        }

        // A Han character carries about as much as a short English word: compare characters with words' letters / 3.
        var latinWeight = latin / 3.0;
        var total = han + latinWeight;
        if (total == 0 || han == 0)
        {
            return [Language.English];
        }

        return latinWeight / total >= MixedShare && han / total >= MixedShare ? [Language.Chinese, Language.English] : [Language.Chinese];
    }
}
