using System.Globalization;
using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Import;

/// <summary>
/// Turns a scraped Q&amp;A page into draft entries: finds the numbered questions (<see cref="QuestionSplitter"/>),
/// keeps each answer verbatim (<see cref="AnswerNormalizer"/>), drops what surrounds them (site titles before the
/// first question, the unrelated-article list after the content, navigation lines), reads the reference list
/// (<see cref="ReferenceExtractor"/>) and attaches each reference to its question when that can be told
/// (<see cref="ReferenceAttributor"/>). Ids are <c>q</c> plus the question's number, two digits at least.
/// </summary>
public static class PageImporter
{
    /// <summary>Imports <paramref name="page"/>. Never throws for odd content: a page without questions comes back with a problem.</summary>
    public static ImportedPage Import(PageText page, ImportRequest request)
    {
        var (questions, contentEnd) = QuestionSplitter.Split(page);
        if (questions.Count == 0)
        {
            var problem = new KnowledgeProblem(page.Name, 0,
                "no numbered questions found: the importer looks for lines such as '1. ...', '1、...', '1．...', 'Q1 ...' or '问题1：...'");
            return new ImportedPage(page.Name, [], [], request.SourceUrl, 0, [problem]);
        }

        var lines = page.Lines;
        var urlCandidates = new List<string>();
        var (references, referencesEnd) = contentEnd < lines.Count && BoilerplateFilter.IsReferenceHeading(lines[contentEnd])
            ? ReferenceExtractor.Extract(page, contentEnd)
            : ([], contentEnd);

        var last = questions[^1];
        if (contentEnd < lines.Count)
        {
            // The page's address often sits right above the unrelated-article list, after the last answer.
            var end = last.AnswerEnd;
            while (end > last.AnswerStart && (lines[end - 1].Trim().Length == 0 || BoilerplateFilter.BareUrl(lines[end - 1]) is not null))
            {
                if (BoilerplateFilter.BareUrl(lines[end - 1]) is { } url)
                {
                    urlCandidates.Add(url);
                }

                end--;
            }

            questions = [.. questions.Take(questions.Count - 1), last with { AnswerEnd = end }];
        }

        urlCandidates.AddRange(BareUrls(lines, referencesEnd, lines.Count, stopAtTrailer: true));
        urlCandidates.AddRange(BareUrls(lines, 0, questions[0].Line - 1, stopAtTrailer: false));
        var source = request.SourceUrl ?? urlCandidates.FirstOrDefault();

        var ids = IdsFor(questions);
        var owners = ReferenceAttributor.Attribute(references, questions.Select(q => q.Question).ToList());
        var drafts = questions.Select((q, k) => MakeDraft(page, request, q, ids[k], source,
            references.Where((_, r) => owners[r] == k).Select(r => r.Reference).ToList())).ToList();
        var unattributed = references.Select((r, index) => (r, index)).Where(x => owners[x.index] is null)
            .Select(x => new UnattributedReference(x.r, HintFor(x.index, owners, ids))).ToList();

        var used = questions.Sum(q => 1 + CountNonBlank(lines, q.AnswerStart, q.AnswerEnd)) + references.Count;
        var dropped = CountNonBlank(lines, 0, lines.Count) - used;
        return new ImportedPage(page.Name, drafts, unattributed, source, dropped, []);
    }

    private static DraftEntry MakeDraft(PageText page, ImportRequest request, FoundQuestion question, string id, string? source, List<Reference> references)
    {
        var answer = AnswerNormalizer.Normalize(page.Lines, question.AnswerStart, question.AnswerEnd);
        var notes = new List<string> { $"imported from {page.Name} line {question.Line}; check the question, fill in question_en and tags, then set status" };
        if (answer.Length == 0)
        {
            notes.Add("the page gives no answer to this question; write one from a source or delete this draft");
        }
        else if (AnswerNormalizer.LooksCutOff(answer))
        {
            notes.Add("the answer ends on a colon and looks cut off; keep it as the page has it and set status: incomplete");
        }

        var entry = new KnowledgeEntry
        {
            Id = id,
            Pack = request.Pack,
            Question = question.Question,
            Sources = source is null ? [] : [source],
            References = references,
            Status = EntryStatus.Draft,
            Answer = answer,
        };
        return new DraftEntry(entry, DraftFileName.For(id, question.Question), notes);
    }

    private static List<string> IdsFor(IReadOnlyList<FoundQuestion> questions)
    {
        var width = Math.Max(2, questions.Max(q => q.Number).ToString(CultureInfo.InvariantCulture).Length);
        return questions.Select(q => "q" + q.Number.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')).ToList();
    }

    // References are listed in question order, so an unattributed one lies between its attributed neighbours.
    private static string HintFor(int index, IReadOnlyList<int?> owners, IReadOnlyList<string> ids)
    {
        var before = owners.Take(index).LastOrDefault(o => o is not null) ?? 0;
        var after = owners.Skip(index + 1).FirstOrDefault(o => o is not null) ?? ids.Count - 1;
        return before == after
            ? $"the page does not say which question it belongs to; by the list order probably {ids[before]}"
            : $"the page does not say which question it belongs to; by the list order one of {ids[before]}..{ids[after]}";
    }

    private static IEnumerable<string> BareUrls(IReadOnlyList<string> lines, int start, int end, bool stopAtTrailer)
    {
        for (var i = start; i < end; i++)
        {
            if (stopAtTrailer && BoilerplateFilter.IsTrailerHeading(lines[i]))
            {
                yield break;
            }

            if (BoilerplateFilter.BareUrl(lines[i]) is { } url)
            {
                yield return url;
            }
        }
    }

    private static int CountNonBlank(IReadOnlyList<string> lines, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += lines[i].Trim().Length > 0 ? 1 : 0;
        }

        return count;
    }
}
