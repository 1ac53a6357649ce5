namespace TutorBot.Core.Interview.Grading;

/// <summary>Names of the graders, as recorded in <see cref="AnswerGrade.Grader"/> and used as service keys.</summary>
public static class AnswerGraders
{
    /// <summary>The no-LLM grader: key-point coverage with the retrieval analyzer and bilingual aliases.</summary>
    public const string KeyPointCoverage = "key-point-coverage";

    /// <summary>The LLM grader with the rubric prompt.</summary>
    public const string Llm = "llm-rubric";
}
