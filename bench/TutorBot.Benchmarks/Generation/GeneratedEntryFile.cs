using System.Text;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Benchmarks.Generation;

/// <summary>
/// The knowledge-file text of a generated curriculum entry, in the format the loader validates for a knowledge base
/// with a syllabus (English answer, key points, mistakes, topic, difficulty). <see cref="KnowledgeFileWriter.Format"/>
/// writes only the plain question-and-answer fields, which such a knowledge base rejects, so the rest is written here;
/// every text goes through its quoting.
/// </summary>
internal static class GeneratedEntryFile
{
    public static string Format(KnowledgeEntry entry)
    {
        var text = new StringBuilder(entry.Answer.Length * 2 + (entry.AnswerEn?.Length ?? 0) + 1024);
        text.Append("---\n");
        text.Append($"{KnowledgeFields.Id}: {entry.Id}\n");
        text.Append($"{KnowledgeFields.Question}: {Quote(entry.Question)}\n");
        if (entry.QuestionEn is not null)
        {
            text.Append($"{KnowledgeFields.QuestionEn}: {Quote(entry.QuestionEn)}\n");
        }

        if (entry.Topic is not null)
        {
            text.Append($"{KnowledgeFields.Topic}: {entry.Topic.Id}\n");
        }

        text.Append($"{KnowledgeFields.Difficulty}: {entry.Difficulty}\n");
        text.Append($"{KnowledgeFields.Tags}: [{string.Join(", ", entry.Tags.Select(Quote))}]\n");
        text.Append($"{KnowledgeFields.Sources}:\n");
        foreach (var source in entry.Sources)
        {
            text.Append($"  - {Quote(source)}\n");
        }

        text.Append($"{KnowledgeFields.AnswerEn}: {Quote(entry.AnswerEn ?? "")}\n");
        text.Append($"{KnowledgeFields.KeyPoints}:\n");
        foreach (var point in entry.KeyPoints)
        {
            text.Append($"  - {KnowledgeFields.Zh}: {Quote(point.Zh)}\n    {KnowledgeFields.En}: {Quote(point.En)}\n");
        }

        if (entry.Mistakes.Count > 0)
        {
            text.Append($"{KnowledgeFields.Mistakes}:\n");
            foreach (var mistake in entry.Mistakes)
            {
                text.Append($"  - {KnowledgeFields.Zh}: {Quote(mistake.Claim.Zh)}\n    {KnowledgeFields.En}: {Quote(mistake.Claim.En)}\n");
                text.Append($"    {KnowledgeFields.WhyZh}: {Quote(mistake.Why.Zh)}\n    {KnowledgeFields.WhyEn}: {Quote(mistake.Why.En)}\n");
            }
        }

        text.Append($"{KnowledgeFields.Status}: {KnowledgeFileWriter.StatusName(entry.Status)}\n");
        text.Append("---\n\n");
        text.Append(entry.Answer);
        text.Append('\n');
        return text.ToString();
    }

    private static string Quote(string value) => KnowledgeFileWriter.Quote(value);
}
