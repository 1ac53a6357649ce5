using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace TutorBot.Storage.AzureBlob;

/// <summary>
/// The blob name of a state key. A key may hold any characters ("/", "..", spaces, any script) up to 1024 of them,
/// so it is never used as it is: its UTF-8 bytes are written in URL-safe base64 without padding behind the prefix
/// <c>key-</c> (letters, digits, "-" and "_" only: no path separator, no dot, nothing to escape, and one name per
/// key because base64 is reversible). When that name would pass Azure's 1024-character limit (a key of more than
/// 765 UTF-8 bytes), the name is <c>sha256-</c> and the lower-case hex SHA-256 of those bytes instead: the two
/// prefixes cannot meet, and two keys sharing a hash is not a practical concern. Blob names, like keys, are
/// case-sensitive.
/// </summary>
internal static class BlobNames
{
    public const int MaxBlobNameLength = 1024;
    private const string EncodedPrefix = "key-";
    private const string HashedPrefix = "sha256-";

    // Strict: a key with a lone surrogate has no UTF-8 form; replacing it would let two keys share one name.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The blob name of <paramref name="key"/>; <see cref="ArgumentException"/> for a key that is not valid UTF-16.</summary>
    public static string For(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        byte[] bytes;
        try
        {
            bytes = StrictUtf8.GetBytes(key);
        }
        catch (EncoderFallbackException e)
        {
            throw new ArgumentException("A state key must be valid Unicode text (it has an unpaired surrogate).", nameof(key), e);
        }

        if (EncodedPrefix.Length + Base64Url.GetEncodedLength(bytes.Length) <= MaxBlobNameLength)
        {
            return EncodedPrefix + Base64Url.EncodeToString(bytes);
        }

        return HashedPrefix + Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
