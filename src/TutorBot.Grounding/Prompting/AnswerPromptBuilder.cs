using System.Text;
using TutorBot.Core;
using TutorBot.Core.Answering;
using TutorBot.Core.Knowledge;

namespace TutorBot.Grounding.Prompting;

/// <summary>
/// Renders <c>Prompts/answer.txt</c>: the system rules, then the passages [1]..[k] (best first), the recent
/// conversation and the question, each inside its own delimiters. Passages are added best first while the
/// estimated prompt stays within the budget; when even the best one does not fit, its answer is cut to fit.
/// </summary>
internal sealed class AnswerPromptBuilder(int tokenBudget)
{
    /// <summary>The reply the model gives, alone, when the passages do not answer the question.</summary>
    public const string Sentinel = "NOT_IN_KNOWLEDGE_BASE";

    private const int HistoryTurns = 2;
    private static readonly PromptTemplate Template = PromptTemplate.Load("answer");

    public LlmPrompt Build(Question question, IReadOnlyList<KnowledgeEntry> candidates)
    {
        var language = question.ReplyLanguage == Language.Chinese ? "Chinese (简体中文)" : "English";
        var system = Template.Render("system", new Dictionary<string, string> { ["language"] = language, ["sentinel"] = Sentinel });
        var fixedValues = new Dictionary<string, string>
        {
            ["language"] = language,
            ["sentinel"] = Sentinel,
            ["history"] = History(question.History),
            ["question"] = Delimiters.Neutralize(question.Text.Trim()),
            ["passages"] = "",
        };
        var fixedTokens = TokenEstimator.Estimate(system) + TokenEstimator.Estimate(Template.Render("user", fixedValues));

        var passages = new List<KnowledgeEntry>();
        var rendered = new StringBuilder();
        var used = fixedTokens;
        foreach (var entry in candidates)
        {
            // The passage in the asker's language: the LLM then quotes rather than translates.
            var answer = PassageText(entry, question.ReplyLanguage);
            var passage = Passage(entry, passages.Count + 1, answer);
            var cost = TokenEstimator.Estimate(passage) + 1;
            if (used + cost > tokenBudget)
            {
                if (passages.Count == 0)
                {
                    passage = Passage(entry, 1, Cut(answer, tokenBudget - used - TokenEstimator.Estimate(Passage(entry, 1, "")) - 1));
                    cost = TokenEstimator.Estimate(passage) + 1;
                }
                else
                {
                    break;
                }
            }

            passages.Add(entry);
            rendered.Append(rendered.Length > 0 ? "\n" : "").Append(passage);
            used += cost;
        }

        fixedValues["passages"] = rendered.ToString();
        var user = Template.Render("user", fixedValues);
        return new LlmPrompt(system, user, passages, TokenEstimator.Estimate(system) + TokenEstimator.Estimate(user));
    }

    // The answer, then what a follow-up may ask for: the key points (why), the common mistakes and the example.
    private static string PassageText(KnowledgeEntry entry, Language language)
    {
        var text = new StringBuilder(entry.AnswerIn(language).Trim());
        var english = language == Language.English;
        if (entry.KeyPoints.Count > 0)
        {
            text.Append("\n\n").Append(english ? "Key points:" : "要点：");
            foreach (var point in entry.KeyPoints)
            {
                text.Append("\n- ").Append(point.In(language));
            }
        }

        foreach (var mistake in entry.Mistakes)
        {
            text.Append("\n").Append(english ? "Common mistake: " : "常见误区：").Append(mistake.Claim.In(language)).Append(" — ").Append(mistake.Why.In(language));
        }

        if (entry.Example is { } example)
        {
            text.Append("\n").Append(english ? "Example: " : "例子：").Append(example.In(language));
        }

        return text.ToString();
    }

    private static string Passage(KnowledgeEntry entry, int n, string answer) => Template.Render("passage", new Dictionary<string, string>
    {
        ["n"] = n.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["id"] = entry.Id,
        ["status"] = entry.Status == EntryStatus.Incomplete ? "incomplete" : "complete",
        ["question"] = Delimiters.Neutralize(entry.QuestionEn is { Length: > 0 } en ? $"{entry.Question} / {en}" : entry.Question),
        ["answer"] = Delimiters.Neutralize(answer.Trim()),
    });

    private static string History(IReadOnlyList<Turn> turns)
    {
        var text = new StringBuilder();
        foreach (var turn in turns.TakeLast(HistoryTurns))
        {
            var answer = Turn.Shortened(turn.Answer);
            text.Append("User: ").Append(Delimiters.Neutralize(turn.Question)).Append('\n')
                .Append("TutorBot: ").Append(Delimiters.Neutralize(answer)).Append('\n');
        }

        return text.ToString().TrimEnd();
    }

    // Cuts text to about `tokens` estimated tokens, never below one character.
    private static string Cut(string text, int tokens)
    {
        var length = text.Length;
        while (length > 1 && TokenEstimator.Estimate(text[..length]) > Math.Max(tokens, 1))
        {
            length = length * 9 / 10;
        }

        return length >= text.Length ? text : text[..length] + "…";
    }
}
