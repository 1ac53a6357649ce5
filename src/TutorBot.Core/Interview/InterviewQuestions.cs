using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview;

/// <summary>
/// The knowledge entries an interview may ask about: those of the index in service, so interviews ask exactly what
/// search can cite, and a turn never re-reads the knowledge files.
/// </summary>
public sealed class InterviewQuestions(IServedEntries served, InterviewOptions options)
{
    /// <summary>Every published entry (the index holds no drafts), by id order.</summary>
    public Task<IReadOnlyList<KnowledgeEntry>> EntriesAsync(CancellationToken cancellationToken) =>
        served.EntriesAsync(cancellationToken);

    /// <summary>The entries that can be asked: with an answer, and complete unless <see cref="InterviewOptions.IncludeIncomplete"/>.</summary>
    public async Task<IReadOnlyList<KnowledgeEntry>> AskableAsync(CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken))
            .Where(e => !string.IsNullOrWhiteSpace(e.Answer) && (options.IncludeIncomplete || e.Status == EntryStatus.Complete))
            .ToList();

    /// <summary>The syllabus topics of the askable entries, in syllabus order, each with its number of entries.</summary>
    public async Task<IReadOnlyList<TopicQuestions>> TopicsAsync(CancellationToken cancellationToken) =>
        (await AskableAsync(cancellationToken))
            .Where(e => e.Topic is not null)
            .GroupBy(e => e.Topic!.Id, StringComparer.Ordinal)
            .Select(g => new TopicQuestions(g.First().Topic!, g.Count()))
            .OrderBy(t => t.Topic.Order)
            .ToList();

    /// <summary>The entry with <paramref name="id"/>, or null when the knowledge base no longer has it.</summary>
    public async Task<KnowledgeEntry?> FindAsync(string id, CancellationToken cancellationToken) =>
        (await EntriesAsync(cancellationToken)).FirstOrDefault(e => e.Id == id);
}
