using System.ComponentModel.DataAnnotations;

namespace TutorBot.Retrieval;

/// <summary>Settings of the Lucene retrieval engine, section <c>Retrieval</c>.</summary>
public sealed class RetrievalOptions
{
    public const string SectionName = "Retrieval";

    /// <summary>Folder holding the index generations; relative paths resolve against the content root.</summary>
    [Required]
    public string IndexPath { get; set; } = "data/index";

    /// <summary>The bilingual alias file (one group of equivalent terms per line); relative to the content root. Missing file = no aliases.</summary>
    [Required]
    public string AliasesFile { get; set; } = "knowledge/aliases.txt";

    /// <summary>
    /// Least share (0 to 1) of the query's content, weighted by term rarity, that an entry must contain to be
    /// returned. Below it the entry is at most a near miss.
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinCoverage { get; set; } = 0.45;

    /// <summary>
    /// Credit (0 to 1) for a query term found only in an entry's answer, not in its question or tags: an entry
    /// that merely mentions a term in passing is not about it.
    /// </summary>
    [Range(0.0, 1.0)]
    public double AnswerOnlyCredit { get; set; } = 0.6;

    /// <summary>
    /// Weight (0 to 1, relative to the rarest known term) of a query term that no entry contains. Such a term is
    /// either the phrasing of a paraphrase or the topic of an out-of-domain question; it counts, but less than a
    /// term the knowledge base knows.
    /// </summary>
    [Range(0.0, 1.0)]
    public double UnknownTermWeight { get; set; } = 0.5;

    /// <summary>Least coverage for an entry to be offered as a "did you mean" near miss.</summary>
    [Range(0.0, 1.0)]
    public double NearMissCoverage { get; set; } = 0.2;

    /// <summary>Longest query, in characters, that is analysed; the rest of a longer message is ignored.</summary>
    [Range(16, 100_000)]
    public int MaxQueryChars { get; set; } = 2000;

    /// <summary>
    /// An index generation up to this size (megabytes on disk) is copied into memory when it is opened; a larger one
    /// is memory-mapped. Lucene.NET's memory-mapped inputs register every clone in a shared weak table under a lock, and
    /// a search clones several per term: under concurrent load the lock and the clones took 7% of the host's CPU, besides
    /// the garbage collector's work on the weak handles (docs/performance.md, "Load"). 0 = always memory-mapped.
    /// </summary>
    [Range(0, 4096)]
    public int InMemoryIndexMaxMegabytes { get; set; } = 64;

    /// <summary>Threads used to analyse entries while building (0 = one per core).</summary>
    [Range(0, 64)]
    public int BuildThreads { get; set; }
}
