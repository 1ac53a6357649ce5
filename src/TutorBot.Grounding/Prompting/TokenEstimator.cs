namespace TutorBot.Grounding.Prompting;

/// <summary>
/// An approximate token counter, not a tokenizer: every CJK character (Han, kana, Hangul, CJK punctuation) counts
/// as one token and every other run of text as one token per four characters, rounded up. Real BPE tokenizers
/// give within roughly ±30% of this for mixed Chinese/English technical text; the budget keeps a margin for that.
/// </summary>
public static class TokenEstimator
{
    /// <summary>The estimated token count of <paramref name="text"/> (0 for empty).</summary>
    public static int Estimate(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        var tokens = 0;
        var run = 0;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                tokens += 1 + (run + 3) / 4;
                run = 0;
            }
            else
            {
                run++;
            }
        }

        return tokens + (run + 3) / 4;
    }

    private static bool IsCjk(char c) =>
        Core.LanguageDetector.IsHan(c)
        || c is >= '\u3000' and <= '\u30FF' // CJK punctuation, hiragana, katakana
        || c is >= '\uAC00' and <= '\uD7AF' // Hangul syllables
        || c is >= '\uFF00' and <= '\uFFEF'; // full-width forms
}
