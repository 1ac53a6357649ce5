using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Cli.Hosting;

/// <summary>Loads the knowledge base for a command, turning a missing knowledge folder into a user error.</summary>
internal static class KnowledgeLoading
{
    public static async Task<KnowledgeSnapshot> LoadAsync(FileKnowledgeSource source, CancellationToken cancellationToken)
    {
        try
        {
            return await source.LoadAsync(cancellationToken);
        }
        catch (DirectoryNotFoundException)
        {
            throw new UserErrorException($"the knowledge folder '{source.Root}' does not exist (set Knowledge:Root or TUTORBOT_HOME)");
        }
    }
}
