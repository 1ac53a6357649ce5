namespace TutorBot.Bot.Teams;

/// <summary>
/// The Teams app's icons, drawn in code: a 192×192 colour icon (a white speech bubble with a "T" on the accent
/// colour) and the 32×32 outline icon Teams requires (white on transparent).
/// </summary>
internal static class AppIcons
{
    public const string AccentColor = "#2E6BE6";
    private static readonly byte[] Accent = [0x2E, 0x6B, 0xE6, 0xFF];
    private static readonly byte[] White = [0xFF, 0xFF, 0xFF, 0xFF];
    private static readonly byte[] Clear = [0, 0, 0, 0];

    public static byte[] Color() => Paint(192, Accent, White, Accent);

    public static byte[] Outline() => Paint(32, Clear, White, Clear);

    private static byte[] Paint(int size, byte[] background, byte[] bubble, byte[] letter)
    {
        var pixels = new byte[size * size * 4];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                // Coordinates in 0..1 across the icon.
                var u = (x + 0.5) / size;
                var v = (y + 0.5) / size;
                var colour = background;
                if (InBubble(u, v))
                {
                    colour = InLetter(u, v) ? letter : bubble;
                }

                colour.CopyTo(pixels, (y * size + x) * 4);
            }
        }

        return PngWriter.Encode(size, size, pixels);
    }

    private static bool InBubble(double u, double v)
    {
        var body = u is >= 0.16 and <= 0.84 && v is >= 0.18 and <= 0.70;
        var tail = v is > 0.70 and <= 0.84 && u >= 0.28 && u <= 0.28 + (0.84 - v);
        return body || tail;
    }

    private static bool InLetter(double u, double v) =>
        (v is >= 0.28 and <= 0.36 && u is >= 0.34 and <= 0.66) || (u is >= 0.46 and <= 0.54 && v is >= 0.28 and <= 0.62);
}
