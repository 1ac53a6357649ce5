namespace TutorBot.Core.Knowledge;

/// <summary>The topics of the curriculum, in teaching order. Empty when the knowledge base has no syllabus file.</summary>
public sealed record Syllabus(IReadOnlyList<SyllabusTopic> Topics)
{
    /// <summary>A syllabus with no topics.</summary>
    public static Syllabus Empty { get; } = new([]);

    /// <summary>The topic with <paramref name="id"/> (ordinal), or null.</summary>
    public SyllabusTopic? Find(string id) => Topics.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// The topic a learner means by <paramref name="text"/> ("RAG", "位置编码", "positional encoding"): one of its
    /// names equal to the text, ignoring case, spaces and hyphens; null when none is.
    /// </summary>
    public SyllabusTopic? Match(string text)
    {
        var wanted = Fold(text);
        return wanted.Length == 0 ? null : Topics.FirstOrDefault(t => t.Names.Any(n => Fold(n) == wanted));
    }

    private static string Fold(string text) =>
        new(text.Where(c => !char.IsWhiteSpace(c) && c is not ('-' or '_')).Select(char.ToLowerInvariant).ToArray());
}
