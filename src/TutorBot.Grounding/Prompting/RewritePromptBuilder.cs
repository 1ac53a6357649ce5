using System.Text;
using TutorBot.Core.Answering;

namespace TutorBot.Grounding.Prompting;

/// <summary>Renders <c>Prompts/rewrite.txt</c> for a follow-up message and its conversation.</summary>
internal static class RewritePromptBuilder
{
    private const int Turns = 3;
    private static readonly PromptTemplate Template = PromptTemplate.Load("rewrite");

    public static (string System, string User) Build(Question question)
    {
        var history = new StringBuilder();
        foreach (var turn in question.History.TakeLast(Turns))
        {
            history.Append("User: ").Append(Delimiters.Neutralize(turn.Question)).Append('\n');
        }

        var values = new Dictionary<string, string>
        {
            ["history"] = history.ToString().TrimEnd(),
            ["message"] = Delimiters.Neutralize(question.Text.Trim()),
        };
        return (Template.Render("system", values), Template.Render("user", values));
    }
}
