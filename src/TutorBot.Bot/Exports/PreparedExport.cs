using System.Text;
using TutorBot.Core.State;

namespace TutorBot.Bot.Exports;

/// <summary>
/// An Anki file prepared for one user (<paramref name="Channel"/>, <paramref name="User"/>) and reachable only by its
/// unguessable <paramref name="Token"/> until <paramref name="ExpiresAt"/>.
/// </summary>
internal sealed record PreparedExport(string Token, string Channel, string User, string FileName, string Content, int NoteCount, DateTimeOffset ExpiresAt)
{
    /// <summary>The file as sent: UTF-8 without a byte order mark.</summary>
    public byte[] Bytes() => Encoding.UTF8.GetBytes(Content);

    /// <summary>Whether the file was prepared for the sender of <paramref name="key"/> on its channel.</summary>
    public bool BelongsTo(ChatKey key) => key.Channel == Channel && key.User == User;
}
