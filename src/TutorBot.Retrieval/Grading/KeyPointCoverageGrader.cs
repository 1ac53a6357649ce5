using TutorBot.Core;
using TutorBot.Core.Answering;
using TutorBot.Core.Interview.Grading;
using TutorBot.Core.Knowledge;

namespace TutorBot.Retrieval.Grading;

/// <summary>
/// The no-LLM grader. The answer is graded against the entry's key points in its own language (both languages for a
/// mixed answer; <see cref="EntryKeyPoints"/>); each point's
/// content terms, analysed exactly as retrieval analyses queries, are looked up in the user's answer analysed as
/// the index analyses entries, i.e. with every bilingual alias of every term, so "divide by the square root of
/// d" meets "除以√d". Each term weighs its rarity across the knowledge base (terms the question already holds
/// weigh <see cref="GradingOptions.QuestionTermWeight"/> of that). A point is covered, partly covered or missing
/// by the weighted share of its terms found; the score is 10 × the mean over points of min(1, share /
/// <see cref="GradingOptions.CoveredShare"/>), less up to <see cref="GradingOptions.OffTopicPenalty"/> for
/// the share of the answer's own content the entry does not know. An empty answer, or one holding less than
/// <see cref="GradingOptions.OnTopicShare"/> of the whole reference's terms, scores 0. Each of the entry's common
/// mistakes the answer states (<see cref="MistakeDetector"/>) costs <see cref="GradingOptions.MistakePenalty"/>.
/// </summary>
public sealed class KeyPointCoverageGrader(IServedEntries served, RetrievalPaths paths, GradingOptions options) : IAnswerGrader, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private GradingModel? _model;

    public async Task<AnswerGrade> GradeAsync(KnowledgeEntry entry, string answer, CancellationToken cancellationToken)
    {
        answer ??= "";
        var model = await ModelAsync(entry, cancellationToken);
        var languages = AnswerLanguage.Of(answer);
        var points = EntryKeyPoints.For(entry, languages[0]);
        var citation = Citation.Of(entry);
        var given = model.Expanded(answer);
        if (points.Count == 0 || given.Count == 0)
        {
            return AnswerGrade.Zero(entry.Id, points, citation, AnswerGraders.KeyPointCoverage);
        }

        // A mixed answer is graded against the points in both languages, each point by its better side.
        var sides = languages.Select(l => EntryKeyPoints.For(entry, l)).Where(p => p.Count == points.Count).ToList();
        var questionTerms = model.ExpandedEntryText($"{entry.Question}\n{entry.QuestionEn}");
        double Weight(string term) => model.Weight(term) * (questionTerms.Contains(term) ? options.QuestionTermWeight : 1);

        var grades = new List<KeyPointGrade>();
        double found = 0, total = 0;
        foreach (var point in points)
        {
            var (hit, weight) = sides
                .Select(side => model.EntryTerms(side[point.Index].Text))
                .Select(terms => (Hit: terms.Where(given.Contains).Sum(Weight), Weight: terms.Sum(Weight)))
                .MaxBy(s => s.Weight > 0 ? s.Hit / s.Weight : 0);
            found += hit;
            total += weight;
            var share = weight > 0 ? hit / weight : 0;
            var coverage = share >= options.CoveredShare ? KeyPointCoverage.Covered
                : share >= options.PartialShare ? KeyPointCoverage.Partial
                : KeyPointCoverage.Missing;
            grades.Add(new KeyPointGrade(point, coverage, Math.Round(share, 3)));
        }

        if (total <= 0 || found / total < options.OnTopicShare)
        {
            return AnswerGrade.Zero(entry.Id, points, citation, AnswerGraders.KeyPointCoverage);
        }

        var credit = grades.Average(g => Math.Min(1, g.Share / Math.Max(options.CoveredShare, 0.01)));
        var focus = Focus(model, answer, model.ExpandedEntryText(GradingModel.EntryText(entry)));
        var mistakes = MistakeDetector.Stated(model, entry, answer, languages, options.MistakeShare);
        var score = Math.Max(0, (AnswerGrade.MaxScore * credit * (1 - (options.OffTopicPenalty * (1 - focus)))) - (options.MistakePenalty * mistakes.Count));
        return new AnswerGrade(entry.Id, Math.Round(score, 1), grades, citation, AnswerGraders.KeyPointCoverage) { MistakesStated = mistakes };
    }

    public void Dispose() => _model?.Dispose();

    // The weighted share of the answer's own content that the entry knows: an answer that spends itself on other
    // concepts ("cross entropy is a regularisation term") loses up to OffTopicPenalty of its score.
    private static double Focus(GradingModel model, string answer, HashSet<string> entryTerms)
    {
        var terms = model.Terms(answer);
        var total = terms.Sum(model.Weight);
        return total <= 0 ? 0 : terms.Where(entryTerms.Contains).Sum(model.Weight) / total;
    }

    // Built on first use from the entries in service; rebuilt when the entry being graded is new or was edited.
    private async Task<GradingModel> ModelAsync(KnowledgeEntry entry, CancellationToken cancellationToken)
    {
        var model = Volatile.Read(ref _model);
        if (model is not null && model.Answers.TryGetValue(entry.Id, out var known) && known == entry.Answer)
        {
            return model;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            model = _model;
            if (model is not null && model.Answers.TryGetValue(entry.Id, out known) && known == entry.Answer)
            {
                return model;
            }

            // The entries the index serves, so a grade never rests on text search does not serve and the knowledge
            // files are read once, by the index.
            var entries = (await served.EntriesAsync(cancellationToken)).Where(e => e.Id != entry.Id).Append(entry).ToList();
            // The old model may be in use by a grade in flight; it is left to the collector rather than disposed.
            Volatile.Write(ref _model, new GradingModel(entries, paths.AliasesFile));
            return _model!;
        }
        finally
        {
            _gate.Release();
        }
    }
}
