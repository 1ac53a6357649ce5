namespace TutorBot.Core.FollowUps;

/// <summary>What a follow-up message asks of the previous answer (or, for a comparison, of two subjects).</summary>
public enum FollowUpKind
{
    /// <summary>"why?", "为什么": the reasons behind the previous answer.</summary>
    Why,

    /// <summary>"give me an example", "举个例子": the previous entry's worked example.</summary>
    Example,

    /// <summary>"more", "详细一点": the entries of the same topic not seen yet.</summary>
    More,

    /// <summary>"what about X?", "那 X 呢": a new subject, answered on its own.</summary>
    WhatAbout,

    /// <summary>"compare X and Y", "X 和 Y 有什么区别": two entries side by side.</summary>
    Compare,
}
