namespace TutorBot.Core.Knowledge;

/// <summary>Review state of an entry.</summary>
public enum EntryStatus
{
    /// <summary>Reviewed; the answer is whole.</summary>
    Complete,

    /// <summary>Reviewed; the source's answer is cut off. Shown with a warning, never completed by invention.</summary>
    Incomplete,

    /// <summary>Produced by <c>import</c> and not yet reviewed. Not indexed.</summary>
    Draft,
}
