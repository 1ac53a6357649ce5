namespace TutorBot.Core.Knowledge;

/// <summary>
/// One thing wrong with a knowledge file. <paramref name="File"/> is relative to the knowledge root;
/// <paramref name="Line"/> is 1-based (0 when the problem concerns the file as a whole).
/// </summary>
public sealed record KnowledgeProblem(string File, int Line, string Message)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
