using TutorBot.Core.Evaluation;

namespace TutorBot.Cli.Commands;

/// <summary>Reads a labelled query set for the measuring commands; a missing or malformed file is the user's error.</summary>
internal static class EvalSetFile
{
    public static async Task<IReadOnlyList<EvalCase>> ReadAsync(FileInfo path, CancellationToken cancellationToken)
    {
        if (!path.Exists)
        {
            throw new UserErrorException($"no such file: {path.FullName}");
        }

        try
        {
            using var reader = path.OpenText();
            return await EvalSetReader.ReadAsync(reader, cancellationToken);
        }
        catch (FormatException ex)
        {
            throw new UserErrorException($"{path.Name}: {ex.Message}");
        }
    }
}
