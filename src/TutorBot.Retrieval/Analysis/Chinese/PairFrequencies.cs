using System.Reflection;

namespace TutorBot.Retrieval.Analysis.Chinese;

/// <summary>
/// SmartCn's word-pair frequencies with SmartCn's answers, found faster. SmartCn keeps them in an open-addressing
/// table of 402,137 slots holding a 64-bit hash of each pair (its <c>Hash1</c>) and probes it with a second hash; most
/// pairs that a sentence's lattice asks about are not in it, and an absent pair probes on until it meets an empty
/// slot. Here the same entries, hash to frequency, are copied once into a .NET dictionary, so a lookup is SmartCn's
/// hash of the pair and one dictionary probe. A hash held by more than one slot (SmartCn answers with the first on
/// the pair's probe path; none does in the pinned package) and the hash 0 (an empty slot's mark) are left to SmartCn.
/// </summary>
internal sealed class PairFrequencies
{
    private readonly Dictionary<long, int> _byHash;
    private readonly HashSet<long> _ambiguous = [0];
    private readonly Func<char[], long> _hash;
    private readonly Func<char[], int> _smartCn;

    public PairFrequencies(object bigramDictionary, Func<char[], long> hash, Func<char[], int> smartCnFrequency)
    {
        var hashes = (long[])Field(bigramDictionary, "bigramHashTable");
        var frequencies = (int[])Field(bigramDictionary, "frequencyTable");
        _byHash = new Dictionary<long, int>(hashes.Length / 2);
        for (var i = 0; i < hashes.Length; i++)
        {
            if (hashes[i] != 0 && !_byHash.TryAdd(hashes[i], frequencies[i]))
            {
                _ambiguous.Add(hashes[i]);
            }
        }

        _hash = hash;
        _smartCn = smartCnFrequency;
    }

    /// <summary>How often the two words of <paramref name="key"/> (joined by '@') follow each other; 0 for an unknown pair.</summary>
    public int Frequency(char[] key)
    {
        var hash = _hash(key);
        if (_ambiguous.Contains(hash))
        {
            return _smartCn(key);
        }

        return _byHash.TryGetValue(hash, out var frequency) ? frequency : 0;
    }

    private static object Field(object instance, string name) =>
        instance.GetType().GetField(name, BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public)?.GetValue(instance)
        ?? throw new MissingFieldException(instance.GetType().FullName, name);
}
