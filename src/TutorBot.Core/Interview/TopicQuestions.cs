using TutorBot.Core.Knowledge;

namespace TutorBot.Core.Interview;

/// <summary>A syllabus topic and how many questions an interview on it can ask (at least 1).</summary>
public sealed record TopicQuestions(SyllabusTopic Topic, int Questions);
