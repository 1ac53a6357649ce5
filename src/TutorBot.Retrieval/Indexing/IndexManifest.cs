using System.Text.Json;

namespace TutorBot.Retrieval.Indexing;

/// <summary>
/// Written beside each index generation: what it was built from (<paramref name="Fingerprint"/> covers the
/// knowledge files, the alias file and the analyser version), how many entries it holds, and when it was built.
/// </summary>
internal sealed record IndexManifest(string Fingerprint, int Entries, DateTimeOffset BuiltAt)
{
    public const string FileName = "manifest.json";

    public static IndexManifest? TryRead(string generationPath)
    {
        try
        {
            var path = Path.Combine(generationPath, FileName);
            return File.Exists(path) ? JsonSerializer.Deserialize<IndexManifest>(File.ReadAllText(path)) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public void Write(string generationPath) =>
        File.WriteAllText(Path.Combine(generationPath, FileName), JsonSerializer.Serialize(this));
}
