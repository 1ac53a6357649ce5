namespace TutorBot.Core.Export;

/// <summary>
/// A request to export questions to Anki: <paramref name="Topic"/> is the topic the learner named, as written
/// ("attention", "位置编码", "rag-agents"), or null for their own study list.
/// </summary>
public sealed record ExportIntent(string? Topic);
