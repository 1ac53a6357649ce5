namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// The on-disk layout: each build goes to a fresh generation folder; a small pointer file (<c>current</c>)
/// names the generation in service and is replaced atomically once the new one is complete. A failed or
/// interrupted build therefore never touches the index in service. Older generations are removed afterwards.
/// </summary>
internal sealed class IndexStore(string root)
{
    private const string PointerFile = "current";

    public string Root { get; } = root;

    /// <summary>The folder of the generation in service, or null when there is none yet.</summary>
    public string? Current()
    {
        var pointer = Path.Combine(Root, PointerFile);
        if (!File.Exists(pointer))
        {
            return null;
        }

        var path = Path.Combine(Root, File.ReadAllText(pointer).Trim());
        return Directory.Exists(path) ? path : null;
    }

    /// <summary>
    /// A new, empty generation folder whose name sorts after every existing one (names carry a tick count, so
    /// two builds within the same second still sort in the order they started).
    /// </summary>
    public string NewGeneration()
    {
        Directory.CreateDirectory(Root);
        var ticks = DateTime.UtcNow.Ticks;
        foreach (var dir in Directory.EnumerateDirectories(Root, "gen-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            if (parts.Length == 3 && long.TryParse(parts[1], out var existing) && existing >= ticks)
            {
                ticks = existing + 1;
            }
        }

        var name = $"gen-{ticks:D19}-{Guid.NewGuid().ToString("N")[..8]}";
        return Directory.CreateDirectory(Path.Combine(Root, name)).FullName;
    }

    /// <summary>Puts <paramref name="generation"/> in service with an atomic rename of the pointer file.</summary>
    public void Promote(string generation)
    {
        var temp = Path.Combine(Root, $"{PointerFile}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temp, Path.GetFileName(generation));
        File.Move(temp, Path.Combine(Root, PointerFile), overwrite: true);
    }

    /// <summary>
    /// Removes generations older than the one in service; best effort. Newer ones are left alone: another
    /// process may be building one right now.
    /// </summary>
    public void RemoveOldGenerations()
    {
        if (Current() is not { } current)
        {
            return;
        }

        var currentName = Path.GetFileName(current);
        foreach (var dir in Directory.EnumerateDirectories(Root, "gen-*"))
        {
            if (string.CompareOrdinal(Path.GetFileName(dir), currentName) >= 0)
            {
                continue;
            }

            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Still open elsewhere (another process reading it); the next build tries again.
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    /// <summary>Removes a generation that failed to build; best effort.</summary>
    public static void Discard(string generation)
    {
        try
        {
            Directory.Delete(generation, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
