using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Persistence;
using TutorBot.Core.Interview.Scheduling;
using TutorBot.Core.Knowledge;
using TutorBot.Core.State;

namespace TutorBot.Core.Export;

/// <summary>
/// Picks what a learner takes to Anki, for the bot and the command line alike, and builds the file
/// (<see cref="AnkiExport"/>). Without a topic: the learner's study list from their schedule (per channel and user,
/// as <see cref="InterviewStore"/> keeps it): every entry they were asked whose last score is below
/// <see cref="InterviewOptions.StudyBelowScore"/> or whose predicted recall now has fallen below
/// <see cref="InterviewOptions.DesiredRetention"/> (it is due), lowest predicted recall first. With a topic: every
/// entry of it, resolved as the interview resolves topics (a syllabus name or alias, then entry tags; no search, so
/// an export is predictable). Only entries the index serves with an answer are exported; nothing is ever an empty file.
/// </summary>
public sealed class StudyExport(InterviewQuestions catalog, InterviewStore store, InterviewOptions options, TimeProvider clock)
{
    /// <summary>
    /// The export for <paramref name="learner"/> in <paramref name="language"/>: their study list when
    /// <paramref name="topic"/> is null or blank, else the whole topic.
    /// </summary>
    public async Task<StudyExportResult> ExportAsync(ChatKey learner, Language language, string? topic, CancellationToken cancellationToken)
    {
        var entries = (await catalog.EntriesAsync(cancellationToken))
            .Where(e => !string.IsNullOrWhiteSpace(e.Answer) || !string.IsNullOrWhiteSpace(e.AnswerEn))
            .ToList();
        if (!string.IsNullOrWhiteSpace(topic))
        {
            return await TopicAsync(entries, topic.Trim(), language, cancellationToken);
        }

        var (_, schedule) = await store.LoadAsync(learner, cancellationToken);
        var byId = entries.ToDictionary(e => e.Id, StringComparer.Ordinal);
        var weak = StudyList(schedule, clock.GetUtcNow())
            .Select(item => byId.GetValueOrDefault(item.EntryId))
            .OfType<KnowledgeEntry>()
            .ToList();
        return weak.Count == 0
            ? new StudyExportResult(StudyExportKind.NothingToStudy, language) { Topics = await catalog.TopicsAsync(cancellationToken) }
            : new StudyExportResult(StudyExportKind.StudyList, language) { File = AnkiExport.Build(weak, language), Entries = weak };
    }

    /// <summary>
    /// The schedule items on the study list at <paramref name="now"/>, lowest predicted recall first (then lowest last
    /// score, then entry id); entries never asked have no item and are never on it.
    /// </summary>
    public IReadOnlyList<ScheduleItem> StudyList(UserSchedule schedule, DateTimeOffset now) =>
        schedule.Items
            .Select(item => (Item: item, Recall: item.RecallAt(now)))
            .Where(x => x.Item.LastScore < options.StudyBelowScore || x.Recall < options.DesiredRetention)
            .OrderBy(x => x.Recall)
            .ThenBy(x => x.Item.LastScore)
            .ThenBy(x => x.Item.EntryId, StringComparer.Ordinal)
            .Select(x => x.Item)
            .ToList();

    private async Task<StudyExportResult> TopicAsync(IReadOnlyList<KnowledgeEntry> entries, string topic, Language language, CancellationToken cancellationToken)
    {
        var topics = await catalog.TopicsAsync(cancellationToken);
        var syllabus = new Syllabus(topics.Select(t => t.Topic).ToList());
        if (syllabus.Match(topic) is { } chosen)
        {
            var ofTopic = entries.Where(e => e.Topic?.Id == chosen.Id).ToList();
            return Topic(ofTopic, chosen.Id, chosen.Name, topic, language);
        }

        var tagged = TopicMatcher.Match(entries, topic);
        return tagged.Count > 0
            ? Topic(tagged, FileNamePart(topic), new BilingualText(topic, topic), topic, language)
            : new StudyExportResult(StudyExportKind.UnknownTopic, language) { RequestedTopic = topic, Topics = topics };
    }

    private static StudyExportResult Topic(IReadOnlyList<KnowledgeEntry> entries, string namePart, BilingualText name, string requested, Language language) =>
        new(StudyExportKind.Topic, language)
        {
            File = AnkiExport.Build(entries, language) with { FileName = AnkiExport.FileName(language, namePart) },
            Entries = entries,
            RequestedTopic = requested,
            TopicName = name,
        };

    // A tag as written ("Softmax", "梯度 消失") as part of a file name: letters and digits of any script, runs of
    // anything else as one '-', at most 40 characters.
    private static string FileNamePart(string topic)
    {
        var part = new string(topic.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
        while (part.Contains("--", StringComparison.Ordinal))
        {
            part = part.Replace("--", "-", StringComparison.Ordinal);
        }

        part = part.Trim('-');
        return part.Length == 0 ? "topic" : part[..Math.Min(part.Length, 40)].TrimEnd('-');
    }
}
