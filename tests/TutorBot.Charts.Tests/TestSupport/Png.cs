using System.Buffers.Binary;

namespace TutorBot.Charts.Tests.TestSupport;

/// <summary>Reads what a test needs from PNG bytes without a decoder: the signature and the IHDR size.</summary>
internal static class Png
{
    public static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    public static bool HasSignature(byte[] png) => png.AsSpan().StartsWith(Signature);

    /// <summary>Width and height from the IHDR chunk, which the PNG specification puts first, right after the signature.</summary>
    public static (int Width, int Height) Size(byte[] png)
    {
        var span = png.AsSpan();
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(span.Slice(12, 4)));
        return (BinaryPrimitives.ReadInt32BigEndian(span.Slice(16, 4)), BinaryPrimitives.ReadInt32BigEndian(span.Slice(20, 4)));
    }
}
