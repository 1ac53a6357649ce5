namespace TutorBot.Core;

/// <summary>Tells Chinese text from English by its script: any Han character makes the text Chinese.</summary>
public static class LanguageDetector
{
    /// <summary>Chinese when the text holds at least one CJK ideograph, otherwise English (also for empty text).</summary>
    public static Language Detect(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Language.English;
        }

        foreach (var c in text)
        {
            if (IsHan(c))
            {
                return Language.Chinese;
            }
        }

        return Language.English;
    }

    /// <summary>True for CJK unified ideographs (basic block and extension A) and compatibility ideographs.</summary>
    public static bool IsHan(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
