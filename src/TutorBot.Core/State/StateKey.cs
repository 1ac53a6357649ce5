using System.Security.Cryptography;
using System.Text;

namespace TutorBot.Core.State;

/// <summary>
/// Builds <see cref="IStateStore"/> keys from parts that come from outside (channel, conversation and user ids):
/// each part is percent-encoded, so a "/" or ".." inside an id can never reach another key, and a part longer than
/// <see cref="MaxPartLength"/> characters is replaced by its SHA-256, so a key stays well under the store's 1024.
/// </summary>
public static class StateKey
{
    /// <summary>The longest part kept readable.</summary>
    public const int MaxPartLength = 160;

    /// <summary>The key of <paramref name="kind"/> (a fixed word of ours) for the given parts, joined by "/".</summary>
    public static string Of(string kind, params string[] parts) =>
        string.Join('/', parts.Select(Encode).Prepend(kind));

    private static string Encode(string part)
    {
        var escaped = Uri.EscapeDataString(part ?? "");
        return escaped.Length <= MaxPartLength
            ? escaped
            : "sha256-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(part!)));
    }
}
