namespace TutorBot.Core;

/// <summary>
/// Reads a small whole number written in digits or in Chinese numerals (九, 十, 十二, 二十一, 两, 零五) for the
/// command parsers (question counts, clock times). The caller's pattern decides which characters reach it; any
/// character that is neither a digit string nor a Chinese numeral throws.
/// </summary>
public static class ChineseNumber
{
    private static readonly Dictionary<char, int> Digits = new()
    {
        ['零'] = 0, ['〇'] = 0, ['一'] = 1, ['两'] = 2, ['二'] = 2, ['三'] = 3, ['四'] = 4, ['五'] = 5, ['六'] = 6, ['七'] = 7,
        ['八'] = 8, ['九'] = 9, ['十'] = 10,
    };

    /// <summary>The value of <paramref name="value"/> (0 to 99 for numerals; any int for digits).</summary>
    public static int Parse(string value)
    {
        if (int.TryParse(value, out var n))
        {
            return n;
        }

        var total = 0;
        var current = 0;
        foreach (var c in value)
        {
            var digit = Digits[c];
            if (digit == 10)
            {
                total += Math.Max(current, 1) * 10;
                current = 0;
            }
            else
            {
                current = digit;
            }
        }

        return total + current;
    }
}
