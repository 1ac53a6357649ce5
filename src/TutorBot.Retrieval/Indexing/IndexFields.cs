namespace TutorBot.Retrieval.Indexing;

/// <summary>Field names of an entry's Lucene document.</summary>
internal static class IndexFields
{
    /// <summary>The entry id, not analysed.</summary>
    public const string Id = "id";

    /// <summary>The question in its original language and in English.</summary>
    public const string Question = "q";

    /// <summary>Topic tags in both languages.</summary>
    public const string Tags = "tags";

    /// <summary>The answer text.</summary>
    public const string Answer = "answer";

    /// <summary>The whole entry, stored as JSON, so hits come from the index in service, not from files that may have changed.</summary>
    public const string Entry = "entry";

    /// <summary>The analysed fields, with how much a match in each counts toward relevance.</summary>
    public static readonly (string Name, float Boost)[] Searched = [(Question, 3f), (Tags, 2f), (Answer, 1f)];
}
