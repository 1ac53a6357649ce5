using System.Text;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Benchmarks.Generation;

/// <summary>
/// Writes generated entries as real knowledge files (<c>knowledge/generated/NNN/gNNNNNN.md</c>, 1,000 per folder,
/// in the curriculum format the loader validates), beside the seed entries, so a build goes through the whole production path:
/// file discovery, YAML parsing, validation, fingerprinting, analysis, indexing.
/// </summary>
internal static class GeneratedKnowledgeBase
{
    private const int FilesPerFolder = 1000;

    /// <summary>Writes <paramref name="count"/> entries; returns the mean length of their Chinese and English answers, in characters.</summary>
    public static (double Zh, double En) Write(string knowledgeFolder, IReadOnlyList<KnowledgeEntry> seed, string aliasesFile, int count)
    {
        var generator = new EntryGenerator(GeneratorVocabulary.From(seed, aliasesFile), seed.SelectMany(e => new[] { e.Question, e.QuestionEn }).OfType<string>());
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long zhChars = 0, enChars = 0;
        for (var first = 1; first <= count; first += FilesPerFolder)
        {
            // Generated in order (the Random's sequence decides the content), written a folder at a time in parallel.
            var folder = Directory.CreateDirectory(Path.Combine(knowledgeFolder, EntryGenerator.Pack, (first / FilesPerFolder).ToString("D3"))).FullName;
            var batch = Enumerable.Range(first, Math.Min(FilesPerFolder, count - first + 1)).Select(generator.Next).ToList();
            zhChars += batch.Sum(e => (long)e.Answer.Length);
            enChars += batch.Sum(e => (long)(e.AnswerEn?.Length ?? 0));
            Parallel.ForEach(batch, entry =>
                File.WriteAllText(Path.Combine(folder, KnowledgeFileWriter.FileNameFor(entry)), GeneratedEntryFile.Format(entry), utf8));
        }

        return count == 0 ? (0, 0) : ((double)zhChars / count, (double)enChars / count);
    }
}
