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

    /// <summary>A new, empty generation folder, named to sort after every earlier one.</summary>
    public string NewGeneration()
    {
        // Down to 100 ns: with whole seconds, two builds in one second were ordered by their random suffix, and
        // RemoveOldGenerations kept an older one that happened to sort later. Older names (seconds, then '-') still
        // sort before these.
        var name = $"gen-{DateTime.UtcNow:yyyyMMddHHmmssfffffff}-{Guid.NewGuid().ToString("N")[..8]}";
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
