using System.Text.RegularExpressions;
using TutorBot.Core;
using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Grading;

/// <summary>
/// Finds the entry's common mistakes that an answer states. A mistake is stated when one sentence of the answer holds
/// at least <see cref="GradingOptions.MistakeShare"/> of the mistake's weighted terms, including that share of its
/// distinctive terms (those the key points do not use: what makes the belief wrong rather than a paraphrase of a
/// right point), and is negated exactly when the mistake is ("X does not Y" does not state "X does Y"). A mistake
/// made only of the key points' own words cannot be told apart lexically and is never reported.
/// </summary>
internal static partial class MistakeDetector
{

    public static IReadOnlyList<CommonMistake> Stated(
        GradingModel model, KnowledgeEntry entry, string answer, IReadOnlyList<Language> languages, double minShare)
    {
        if (entry.Mistakes.Count == 0 || string.IsNullOrWhiteSpace(answer))
        {
            return [];
        }

        var pointTerms = model.ExpandedEntryText(string.Join("\n", entry.KeyPoints.Select(p => $"{p.Zh}\n{p.En}")));
        var sentences = SentenceEnd().Split(answer).Where(s => !string.IsNullOrWhiteSpace(s))
            .Select(s => (Terms: model.Expanded(s), Negated: IsNegated(s))).ToList();
        var stated = new List<CommonMistake>();
        foreach (var mistake in entry.Mistakes)
        {
            var found = languages.Any(language =>
            {
                var claim = mistake.Claim.In(language);
                var terms = model.EntryTerms(claim);
                var distinctive = terms.Where(t => !pointTerms.Contains(t)).ToList();
                return distinctive.Count > 0 && sentences.Any(s => s.Negated == IsNegated(claim)
                    && Share(model, terms, s.Terms) >= minShare && Share(model, distinctive, s.Terms) >= minShare);
            });
            if (found)
            {
                stated.Add(mistake);
            }
        }

        return stated;
    }

    private static double Share(GradingModel model, IReadOnlyList<string> terms, HashSet<string> given)
    {
        var total = terms.Sum(model.Weight);
        return total <= 0 ? 0 : terms.Where(given.Contains).Sum(model.Weight) / total;
    }

    private static bool IsNegated(string sentence)
    {
        var lower = sentence.ToLowerInvariant();
        return EnglishNegation().IsMatch(lower) || ChineseNegation().IsMatch(lower);
    }

    [GeneratedRegex(@"\b(?:not|no|never|neither|nor|cannot|without)\b|n't", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishNegation();

    // Negating phrases only: 不同 (different), 不变 (unchanged) or 非线性 (non-linear) negate nothing.
    [GeneratedRegex("不[是会能对用需必可该应要]|没有|没|并非|无法|无需|无须|未必|从不|绝不|别")]
    private static partial Regex ChineseNegation();

    [GeneratedRegex(@"(?<=[.!?;。！？；\n])")]
    private static partial Regex SentenceEnd();
}
