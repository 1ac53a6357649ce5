namespace TutorBot.Retrieval;

/// <summary>Absolute locations the engine works with, resolved once from <see cref="RetrievalOptions"/> and the content root.</summary>
public sealed record RetrievalPaths(string IndexRoot, string AliasesFile)
{
    public static RetrievalPaths Resolve(RetrievalOptions options, string contentRoot) => new(
        Path.GetFullPath(options.IndexPath, contentRoot),
        Path.GetFullPath(options.AliasesFile, contentRoot));
}
