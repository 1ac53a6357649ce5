using System.Text;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// Rewrites text before analysis, the same way for documents, queries and aliases: splits CamelCase words
/// (FlashAttention -> Flash Attention; the segmenter lower-cases before any filter could) and spells out
/// symbols the segmenter would drop (√ -> sqrt).
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        // Most text has nothing to rewrite: it is returned as it is rather than copied (every field value of an index
        // build comes through here).
        if (!NeedsRewriting(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '√')
            {
                sb.Append(" sqrt ");
                continue;
            }

            if (i > 0 && char.IsUpper(c) && IsCamelBoundary(text, i))
            {
                sb.Append(' ');
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    private static bool NeedsRewriting(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '√' || (i > 0 && char.IsUpper(text[i]) && IsCamelBoundary(text, i)))
            {
                return true;
            }
        }

        return false;
    }

    // A boundary sits before a capitalised word part (an upper-case letter followed by a lower-case one) that
    // follows a lower-case letter (LayerNorm -> Layer Norm) or an upper-case run of two or more (KVCache -> KV
    // Cache). Names whose capitals end them are single words: LoRA, ReLU, RoPE, SwiGLU stay whole.
    private static bool IsCamelBoundary(string text, int i)
    {
        if (!StartsLowerRun(text, i + 1, 2))
        {
            return false; // LoRA, and the plural of an acronym: LLMs, GPUs
        }

        var prev = text[i - 1];
        if (char.IsLower(prev) && char.IsAsciiLetter(prev))
        {
            return true;
        }

        return char.IsUpper(prev) && i >= 2 && char.IsUpper(text[i - 2]);
    }

    private static bool StartsLowerRun(string text, int start, int length)
    {
        for (var k = start; k < start + length; k++)
        {
            if (k >= text.Length || !char.IsLower(text[k]) || !char.IsAsciiLetter(text[k]))
            {
                return false;
            }
        }

        return true;
    }
}
