namespace TutorBot.Retrieval.Searching;

/// <summary>
/// A document the BM25 search ranked among the best: its index-wide document number, its score, and for each
/// searched field the query terms that field holds (bit t set = term t of the query, at most
/// <see cref="QueryTerms.MaxTerms"/> terms; filled in by <see cref="TermPresence"/>).
/// </summary>
internal readonly record struct Candidate(int Doc, float Score, ulong InQuestion = 0, ulong InTags = 0, ulong InAnswer = 0);
