using System.Text;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;

namespace TutorBot.Benchmarks.Generation;

/// <summary>
/// Writes generated entries as real knowledge files (<c>knowledge/generated/NNN/gNNNNNN.md</c>, 1,000 per folder,
/// in the format the loader reads), beside the seed entries, so a build goes through the whole production path:
/// file discovery, YAML parsing, validation, fingerprinting, analysis, indexing.
/// </summary>
internal static class GeneratedKnowledgeBase
{
    private const int FilesPerFolder = 1000;

    /// <summary>Writes <paramref name="count"/> entries; returns the mean answer length in characters.</summary>
    public static double Write(string knowledgeFolder, IReadOnlyList<KnowledgeEntry> seed, string aliasesFile, int count)
    {
        var generator = new EntryGenerator(GeneratorVocabulary.From(seed, aliasesFile));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long answerChars = 0;
        for (var first = 1; first <= count; first += FilesPerFolder)
        {
            // Generated in order (the Random's sequence decides the content), written a folder at a time in parallel.
            var folder = Directory.CreateDirectory(Path.Combine(knowledgeFolder, EntryGenerator.Pack, (first / FilesPerFolder).ToString("D3"))).FullName;
            var batch = Enumerable.Range(first, Math.Min(FilesPerFolder, count - first + 1)).Select(generator.Next).ToList();
            answerChars += batch.Sum(e => (long)e.Answer.Length);
            Parallel.ForEach(batch, entry =>
                File.WriteAllText(Path.Combine(folder, KnowledgeFileWriter.FileNameFor(entry)), KnowledgeFileWriter.Format(entry), utf8));
        }

        return count == 0 ? 0 : (double)answerChars / count;
    }
}
