using System.Security.Cryptography;
using System.Text;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// The fingerprint of a set of entry files: SHA-256 (lower-case hex) over each file's relative path and the SHA-256 of
/// its bytes, in ordinal path order. Any edit, addition, removal or rename changes it; nothing else does.
/// </summary>
public static class KnowledgeFingerprint
{
    /// <summary>Hashes one file's bytes; the result feeds <see cref="Combine"/>.</summary>
    public static byte[] HashContent(ReadOnlySpan<byte> bytes) => SHA256.HashData(bytes);

    /// <summary>Combines (relative path, content hash) pairs; the order of <paramref name="files"/> does not matter.</summary>
    public static string Combine(IEnumerable<(string RelativePath, byte[] ContentHash)> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var (path, contentHash) in files.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(contentHash);
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
