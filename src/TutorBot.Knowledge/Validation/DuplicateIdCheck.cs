using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Knowledge.Validation;

/// <summary>Ids are unique across the whole knowledge base, all packs together.</summary>
internal static class DuplicateIdCheck
{
    /// <summary>
    /// Keeps the first entry of each id (in the given order) and reports every later one at its id line, naming the
    /// file that already uses the id.
    /// </summary>
    public static (List<KnowledgeEntry> Entries, List<KnowledgeProblem> Problems) Apply(IEnumerable<ParsedKnowledgeFile> files)
    {
        var entries = new List<KnowledgeEntry>();
        var problems = new List<KnowledgeProblem>();
        var firstUse = new Dictionary<string, (string File, int Line)>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Entry is not { } entry)
            {
                continue;
            }

            if (firstUse.TryGetValue(entry.Id, out var first))
            {
                problems.Add(new KnowledgeProblem(entry.File, file.IdLine,
                    $"duplicate id '{entry.Id}': {first.File}:{first.Line} already uses it; ids must be unique across all packs"));
                continue;
            }

            firstUse.Add(entry.Id, (entry.File, file.IdLine));
            entries.Add(entry);
        }

        return (entries, problems);
    }
}
