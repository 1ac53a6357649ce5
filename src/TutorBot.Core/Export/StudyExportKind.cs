namespace TutorBot.Core.Export;

/// <summary>What an export request came to.</summary>
public enum StudyExportKind
{
    /// <summary>The learner's study list: questions they scored low on or are forgetting, weakest first.</summary>
    StudyList,

    /// <summary>Every question of the topic the learner named.</summary>
    Topic,

    /// <summary>The learner has nothing on their study list yet (no file; suggest a mock interview or a topic export).</summary>
    NothingToStudy,

    /// <summary>The named topic matches no syllabus topic and no tag (no file; list the topics).</summary>
    UnknownTopic,
}
