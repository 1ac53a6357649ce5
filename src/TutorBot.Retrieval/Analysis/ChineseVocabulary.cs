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
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private ChineseVocabulary(HashSet<string> words)
    {
        _words = words;
        _lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

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

    /// <summary>Length of the longest known word at the start of <paramref name="chars"/>, or 0.</summary>
    public int LongestMatch(ReadOnlySpan<char> chars)
    {
        // Looked up as spans: this runs for every position of every run of unknown characters while indexing.
        for (var length = Math.Min(MaxWordLength, chars.Length); length >= 2; length--)
        {
            if (_lookup.Contains(chars[..length]))
            {
                return length;
            }
        }

        return 0;
    }
}
