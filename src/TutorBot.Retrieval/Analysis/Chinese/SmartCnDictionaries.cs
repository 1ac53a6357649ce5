using System.Reflection;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Cn.Smart.Hhmm;

namespace TutorBot.Retrieval.Analysis.Chinese;

/// <summary>
/// SmartCn's word and word-pair dictionaries (the frequencies its segmentation is built on), which the package
/// keeps internal. Reached once by reflection and called through delegates, as fast as direct calls. The package
/// version is pinned; if a new one renames them this fails at the first use, loudly, and the tokenizer tests that
/// compare <see cref="WordLattice"/> with SmartCn's own tokenizer say so.
/// </summary>
internal static class SmartCnDictionaries
{
    private static readonly Assembly SmartCn = typeof(HHMMSegmenter).Assembly;
    private static readonly object Words = Instance("Lucene.Net.Analysis.Cn.Smart.Hhmm.WordDictionary");
    private static readonly object PairDictionary = Instance("Lucene.Net.Analysis.Cn.Smart.Hhmm.BigramDictionary");

    /// <summary>How often the word occurs in SmartCn's corpus; 0 for a word it does not know.</summary>
    public static readonly Func<char[], int> WordFrequency = Method<Func<char[], int>>(Words, "GetFrequency", typeof(char[]));

    /// <summary>The index of the first dictionary word that starts with the characters (searching from an index), or -1.</summary>
    public static readonly Func<char[], int, int> FirstWordWithPrefix = Method<Func<char[], int, int>>(Words, "GetPrefixMatch", typeof(char[]), typeof(int));

    /// <summary>Whether the dictionary word at the index (from <see cref="FirstWordWithPrefix"/>) is exactly the characters.</summary>
    public static readonly Func<char[], int, bool> IsWordAt = Method<Func<char[], int, bool>>(Words, "IsEqual", typeof(char[]), typeof(int));

    private static readonly PairFrequencies Pairs = new(
        PairDictionary,
        Method<Func<char[], long>>(PairDictionary, "Hash1", typeof(char[])),
        Method<Func<char[], int>>(PairDictionary, "GetFrequency", typeof(char[])));

    /// <summary>How often two words follow each other; the key is the two words joined by '@'.</summary>
    public static int PairFrequency(char[] key) => Pairs.Frequency(key);

    /// <summary>The highest frequency, SmartCn's scale for its probabilities.</summary>
    public static int MaxFrequency => Utility.MAX_FREQUENCE;

    private static object Instance(string typeName)
    {
        var type = SmartCn.GetType(typeName, throwOnError: true)!;
        var getInstance = type.GetMethod("GetInstance", BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, [])
            ?? throw new MissingMethodException(typeName, "GetInstance");
        return getInstance.Invoke(null, null) ?? throw new InvalidOperationException($"{typeName}.GetInstance() returned null");
    }

    private static T Method<T>(object instance, string name, params Type[] parameters)
        where T : Delegate
    {
        var method = instance.GetType().GetMethod(name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, parameters)
            ?? throw new MissingMethodException(instance.GetType().FullName, name);
        return method.CreateDelegate<T>(instance);
    }
}
