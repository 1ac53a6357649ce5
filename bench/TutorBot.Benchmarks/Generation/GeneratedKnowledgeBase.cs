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
    /// <summary>Writes <paramref name="count"/> entries; returns the mean answer length in characters.</summary>
    public static double Write(string knowledgeFolder, IReadOnlyList<KnowledgeEntry> seed, string aliasesFile, int count)
    {
        var generator = new EntryGenerator(GeneratorVocabulary.From(seed, aliasesFile));
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        long answerChars = 0;
        for (var i = 1; i <= count; i++)
        {
            var entry = generator.Next(i);
            answerChars += entry.Answer.Length;
            var folder = Path.Combine(knowledgeFolder, EntryGenerator.Pack, (i / 1000).ToString("D3"));
            if (i == 1 || i % 1000 == 0)
            {
                Directory.CreateDirectory(folder);
            }

            File.WriteAllText(Path.Combine(folder, KnowledgeFileWriter.FileNameFor(entry)), KnowledgeFileWriter.Format(entry), utf8);
        }

        return count == 0 ? 0 : (double)answerChars / count;
    }
}
