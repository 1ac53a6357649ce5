namespace TutorBot.Core.Knowledge;

/// <summary>Reads and validates the knowledge base. Never throws for bad content: problems are returned in the snapshot.</summary>
public interface IKnowledgeSource
{
    /// <summary>Reads every entry. I/O failures of the root folder itself throw; problems in files are reported.</summary>
    Task<KnowledgeSnapshot> LoadAsync(CancellationToken cancellationToken);
}
