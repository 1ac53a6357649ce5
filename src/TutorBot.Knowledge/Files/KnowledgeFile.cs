namespace TutorBot.Knowledge.Files;

/// <summary>One entry file: its absolute path, its path relative to the knowledge root ('/' separators), and its pack.</summary>
public sealed record KnowledgeFile(string FullPath, string RelativePath, string Pack);
