namespace TutorBot.Core.Answering;

/// <summary>How an answer was produced.</summary>
public enum AnswerMode
{
    /// <summary>Straight from the knowledge base entries, no LLM involved (also every "not covered" reply).</summary>
    Extractive,

    /// <summary>Written by the LLM from the retrieved passages and checked for citations.</summary>
    Llm,
}
