using TutorBot.Core.Evaluation;

namespace TutorBot.Cli.Commands;

/// <summary>
/// Reads a labelled set for the measuring commands: one JSON Lines file, or a folder whose <c>*.jsonl</c> files are
/// read in name order (one file per topic). A missing or malformed file is the user's error, named with its file.
/// </summary>
internal static class EvalSetFile
{
    public static Task<IReadOnlyList<EvalCase>> ReadAsync(FileInfo path, CancellationToken cancellationToken) =>
        ReadAsync(path, EvalSetReader.ReadAsync, cancellationToken);

    public static async Task<IReadOnlyList<T>> ReadAsync<T>(
        FileInfo path, Func<TextReader, CancellationToken, Task<IReadOnlyList<T>>> read, CancellationToken cancellationToken)
    {
        var files = Directory.Exists(path.FullName)
            ? Directory.GetFiles(path.FullName, "*.jsonl").Order(StringComparer.Ordinal).Select(f => new FileInfo(f)).ToList()
            : [path];
        if (!files.All(f => f.Exists) || files.Count == 0)
        {
            throw new UserErrorException($"no such file, or a folder without .jsonl files: {path.FullName}");
        }

        var items = new List<T>();
        foreach (var file in files)
        {
            try
            {
                using var reader = file.OpenText();
                items.AddRange(await read(reader, cancellationToken));
            }
            catch (FormatException ex)
            {
                throw new UserErrorException($"{file.Name}: {ex.Message}");
            }
        }

        return items;
    }
}
