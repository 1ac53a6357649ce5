using System.Text;
using System.Text.Json;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// A state document as blob content: UTF-8 without a byte-order mark on write; on read, the text as stored, with
/// a leading byte-order mark dropped (an editor may add one) and what is wrong with it named rather than thrown,
/// so one damaged blob cannot stop a reader.
/// </summary>
internal static class BlobText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The UTF-8 bytes of <paramref name="json"/> (an unpaired surrogate becomes U+FFFD, as in SQLite's text).</summary>
    public static BinaryData Encode(string json) => BinaryData.FromBytes(Encoding.UTF8.GetBytes(json));

    /// <summary>The stored text; <paramref name="problem"/> says why it is not a JSON document, or is null when it is one.</summary>
    public static string Decode(BinaryData content, out string? problem)
    {
        var bytes = content.ToMemory().Span;
        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            var text = StrictUtf8.GetString(bytes);
            problem = IsJson(bytes) ? null : "not JSON";
            return text;
        }
        catch (DecoderFallbackException)
        {
            // Invalid bytes become U+FFFD: the reader gets text it can reject, not an exception from the store.
            problem = "not UTF-8";
            return Encoding.UTF8.GetString(bytes);
        }
    }

    private static bool IsJson(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = 1024 });
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
