using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Knowledge.Validation;

/// <summary>
/// The same question asked twice across packs splits its learners' history and confuses search; it is reported at
/// the later file's question line. Questions are compared ignoring case, spaces and punctuation, in both languages.
/// </summary>
internal static class DuplicateQuestionCheck
{
    /// <summary>One problem per entry whose question (or English question) an earlier entry already asks.</summary>
    public static List<KnowledgeProblem> Find(IEnumerable<ParsedKnowledgeFile> files)
    {
        var problems = new List<KnowledgeProblem>();
        var firstAsked = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (file.Entry is not { } entry)
            {
                continue;
            }

            foreach (var key in new[] { entry.Question, entry.QuestionEn }.OfType<string>().Select(Fold).Where(k => k.Length > 0).Distinct())
            {
                if (firstAsked.TryGetValue(key, out var first) && first != entry.File)
                {
                    problems.Add(new KnowledgeProblem(entry.File, file.QuestionLine, $"duplicate question: {first} asks the same question"));
                    break;
                }

                firstAsked.TryAdd(key, entry.File);
            }
        }

        return problems;
    }

    private static string Fold(string question) =>
        new(question.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
