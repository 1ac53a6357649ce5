using System.ComponentModel.DataAnnotations;

namespace TutorBot.Core.Answering;

/// <summary>How the answer pipeline behaves whichever LLM is configured; section <c>Tutor</c>.</summary>
public sealed class TutorOptions
{
    public const string SectionName = "Tutor";

    /// <summary>Most entries retrieved and offered to the LLM as passages (before the token budget trims them).</summary>
    [Range(1, 20)]
    public int MaxPassages { get; set; } = 4;

    /// <summary>
    /// Without an LLM, a second entry is shown when its relevance score is at least this share (0 to 1) of the
    /// best entry's score.
    /// </summary>
    [Range(0.0, 1.0)]
    public double SecondEntryRatio { get; set; } = 0.85;

    /// <summary>When true (the default), an LLM answer that cites no passage is replaced by the extractive answer.</summary>
    public bool ReplaceUngrounded { get; set; } = true;

    /// <summary>Most earlier turns a conversation keeps for follow-up questions.</summary>
    [Range(0, 50)]
    public int MaxHistoryTurns { get; set; } = 6;
}
