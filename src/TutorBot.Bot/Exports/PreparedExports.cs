using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TutorBot.Core.Export;
using TutorBot.Core.State;

namespace TutorBot.Bot.Exports;

/// <summary>
/// Prepared export files in Core's <see cref="IStateStore"/>, so whichever host gets the download or the Teams consent
/// can serve it: <c>export/{token}</c> holds the file and its owner, <c>exports/{channel}/{user}</c> the user's live
/// tokens (at most <see cref="ExportOptions.MaxFilesPerUser"/>; older and expired ones are deleted when the next file
/// is prepared). A token is 32 random bytes (base64url, 43 characters): knowing it is the permission to download, so
/// it is only ever given to the user the file was made for.
/// </summary>
internal sealed class PreparedExports(IStateStore store, IOptions<ExportOptions> options, TimeProvider clock)
{
    private const int TokenLength = 43;
    private const int MaxAttempts = 6;

    /// <summary>Keeps <paramref name="file"/> for <paramref name="owner"/> and returns it with its new token.</summary>
    public async Task<PreparedExport> PutAsync(ChatKey owner, AnkiExportFile file, CancellationToken cancellationToken)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow();
        var export = new PreparedExport(token, owner.Channel, owner.User, file.FileName, file.Content, file.NoteCount,
            now.AddMinutes(options.Value.DownloadMinutes));
        var shelfKey = StateKey.Of("exports", owner.Channel, owner.User);
        for (var attempt = 1; ; attempt++)
        {
            var read = await store.ReadAsync([shelfKey], cancellationToken);
            read.TryGetValue(shelfKey, out var stored);
            var shelf = stored is null ? [] : JsonSerializer.Deserialize<List<Shelved>>(stored.Json, StateJson.Options) ?? [];
            var kept = shelf.Where(s => s.ExpiresAt > now).TakeLast(options.Value.MaxFilesPerUser - 1).Append(new Shelved(token, export.ExpiresAt)).ToList();
            var written = await store.WriteAsync(new Dictionary<string, StoredItem>(StringComparer.Ordinal)
            {
                [ExportKey(token)] = new(JsonSerializer.Serialize(export, StateJson.Options), StoredItem.CreateOnly),
                [shelfKey] = new(JsonSerializer.Serialize(kept, StateJson.Options), stored?.ETag ?? StoredItem.CreateOnly),
            }, cancellationToken);
            if (written.Succeeded)
            {
                var dropped = shelf.Select(s => s.Token).Except(kept.Select(k => k.Token)).Select(ExportKey).ToList();
                if (dropped.Count > 0)
                {
                    await store.DeleteAsync(dropped, cancellationToken);
                }

                return export;
            }

            if (attempt == MaxAttempts)
            {
                throw new StateConflictException(written.Conflicts, attempt);
            }
        }
    }

    /// <summary>The file of <paramref name="token"/>; null when the token is malformed, unknown or expired (an expired file is deleted).</summary>
    public async Task<PreparedExport?> FindAsync(string? token, CancellationToken cancellationToken)
    {
        if (!IsWellFormed(token))
        {
            return null;
        }

        var key = ExportKey(token!);
        var read = await store.ReadAsync([key], cancellationToken);
        if (!read.TryGetValue(key, out var stored) || JsonSerializer.Deserialize<PreparedExport>(stored.Json, StateJson.Options) is not { } export)
        {
            return null;
        }

        if (export.ExpiresAt > clock.GetUtcNow())
        {
            return export;
        }

        await store.DeleteAsync([key], cancellationToken);
        return null;
    }

    /// <summary>Deletes the file of <paramref name="token"/> (used or declined); an unknown token is ignored.</summary>
    public Task RemoveAsync(string token, CancellationToken cancellationToken) =>
        IsWellFormed(token) ? store.DeleteAsync([ExportKey(token)], cancellationToken) : Task.CompletedTask;

    private static string ExportKey(string token) => StateKey.Of("export", token);

    private static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    private sealed record Shelved(string Token, DateTimeOffset ExpiresAt);
}
