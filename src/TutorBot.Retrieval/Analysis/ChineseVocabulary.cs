using TutorBot.Core;

namespace TutorBot.Retrieval.Analysis;

/// <summary>
/// Chinese words the segmenter's dictionary lacks but the knowledge base uses: every run of two or more Han
/// characters in the alias file and in entry tags (层归一化, 批归一化, 散度). Used to cut runs of single characters
/// into words by forward maximum matching, the same way in entries, aliases and queries. Saved with each index
/// generation, so queries are cut exactly as the entries of that generation were.
/// </summary>
internal sealed class ChineseVocabulary
{
    public const string FileName = "vocabulary.txt";
    private const int MaxWordLength = 8;
    private readonly HashSet<string> _words;

    private ChineseVocabulary(HashSet<string> words) => _words = words;

    public static readonly ChineseVocabulary Empty = new([]);

    public int Count => _words.Count;

    public static ChineseVocabulary From(IEnumerable<string> phrases)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in phrases)
        {
            var start = -1;
            for (var i = 0; i <= phrase.Length; i++)
            {
                var han = i < phrase.Length && LanguageDetector.IsHan(phrase[i]);
                if (han && start < 0)
                {
                    start = i;
                }
                else if (!han && start >= 0)
                {
                    if (i - start is >= 2 and <= MaxWordLength)
                    {
                        words.Add(phrase[start..i]);
                    }

                    start = -1;
                }
            }
        }

        return new ChineseVocabulary(words);
    }

    public static ChineseVocabulary Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? From(File.ReadAllLines(path)) : Empty;
    }

    public void Write(string folder) =>
        File.WriteAllLines(Path.Combine(folder, FileName), _words.Order(StringComparer.Ordinal));

    /// <summary>Length of the longest known word starting at <paramref name="start"/> in <paramref name="chars"/>, or 0.</summary>
    public int LongestMatch(IReadOnlyList<char> chars, int start)
    {
        for (var length = Math.Min(MaxWordLength, chars.Count - start); length >= 2; length--)
        {
            var candidate = new string(chars.Skip(start).Take(length).ToArray());
            if (_words.Contains(candidate))
            {
                return length;
            }
        }

        return 0;
    }
}
