using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Util;

namespace TutorBot.Retrieval.Analysis;

/// <summary>The stopword set: SmartCn's punctuation set plus the embedded English and Chinese lists.</summary>
internal static class StopWords
{
    private static readonly Lazy<CharArraySet> Set = new(Load);

    public static CharArraySet Default => Set.Value;

    private static CharArraySet Load()
    {
        var set = new CharArraySet(BilingualAnalyzer.Lucene, 1024, ignoreCase: true);
        set.UnionWith(SmartChineseAnalyzer.DefaultStopSet);
        foreach (var name in new[] { "stopwords-en.txt", "stopwords-zh.txt" })
        {
            foreach (var word in ReadWords(name))
            {
                set.Add(word);
            }
        }

        return set.AsReadOnly();
    }

    private static IEnumerable<string> ReadWords(string name)
    {
        var assembly = typeof(StopWords).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.EndsWith(name, StringComparison.Ordinal));
        using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return word;
            }
        }
    }
}
