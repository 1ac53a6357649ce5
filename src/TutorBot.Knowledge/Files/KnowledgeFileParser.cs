using System.Text.RegularExpressions;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Reads one knowledge file (YAML front matter + Markdown answer) into an entry, or reports every problem found in
/// it with the file line. Never throws for bad content.
/// </summary>
public static partial class KnowledgeFileParser
{
    /// <summary>
    /// Parses the text of the file at <paramref name="relativePath"/> (relative to the root, '/' separators) in
    /// <paramref name="pack"/>; an entry's topic must be one of <paramref name="syllabus"/>'s. With a syllabus, every
    /// reviewed entry must carry the curriculum fields (English answer, key points, topic, difficulty); a knowledge
    /// base without one is plain question-and-answer and needs none of them. Front matter nested deeper than
    /// <paramref name="maxYamlDepth"/>, or with anchors or aliases, is a problem (see <see cref="YamlLimits"/>).
    /// </summary>
    public static ParsedKnowledgeFile Parse(string relativePath, string pack, string text, Syllabus syllabus, int maxYamlDepth = KnowledgeOptions.DefaultMaxYamlDepth)
    {
        var problems = new ProblemList(relativePath);
        var (document, splitProblem) = FrontMatterSplitter.Split(relativePath, text);
        if (document is null)
        {
            problems.Add(splitProblem!);
            return new ParsedKnowledgeFile(null, problems.Items, 0);
        }

        var fields = ReadFields(document, problems, syllabus, maxYamlDepth);
        if (document.Body.Length == 0)
        {
            problems.Add(document.ClosingLine, "the answer is empty: write it below the closing '---' line");
        }

        var topic = fields?.Topic is { } topicId ? syllabus.Find(topicId) : null;
        if (fields?.Topic is { } unknown && topic is null)
        {
            var known = syllabus.Topics.Count == 0 ? "knowledge/syllabus.yaml lists no topics" : $"known: {string.Join(", ", syllabus.Topics.Select(t => t.Id))}";
            problems.Add(fields.TopicLine, $"unknown topic '{unknown}' ({known})");
        }

        if (problems.Count > 0 || fields is null)
        {
            return new ParsedKnowledgeFile(null, problems.Items, 0);
        }

        var entry = new KnowledgeEntry
        {
            Id = fields.Id!,
            Pack = pack,
            Question = fields.Question!.Trim(),
            QuestionEn = fields.QuestionEn?.Trim(),
            Tags = fields.Tags,
            Sources = fields.Sources,
            References = fields.References,
            Status = fields.Status,
            Answer = AnswerBody.Display(document.Body),
            AnswerEn = fields.AnswerEn,
            KeyPoints = fields.KeyPoints,
            Mistakes = fields.Mistakes,
            Example = fields.Example,
            Topic = topic,
            Difficulty = fields.Difficulty,
            File = relativePath,
        };
        return new ParsedKnowledgeFile(entry, [], fields.IdLine) { QuestionLine = fields.QuestionLine };
    }

    private static EntryFields? ReadFields(FrontMatterDocument document, ProblemList problems, Syllabus syllabus, int maxYamlDepth)
    {
        if (YamlLimits.Check(document.Yaml, maxYamlDepth) is { } limit)
        {
            problems.Add(document.YamlFirstLine + limit.Line - 1, $"the front matter is refused: {limit.Message}");
            return null;
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(document.Yaml));
        }
        catch (YamlException ex)
        {
            var line = document.YamlFirstLine + (int)Math.Max(1, ex.Start.Line) - 1;
            problems.Add(line, $"the front matter is not valid YAML: {WithoutPosition(ex.Message)}");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this (with no position) when the text ends inside an unclosed '[' or '{'.
            var line = document.YamlFirstLine + YamlBrackets.FirstUnclosedLine(document.Yaml) - 1;
            problems.Add(line, "the front matter is not valid YAML: a '[' or '{' opened on this line is never closed");
            return null;
        }

        var reader = new FrontMatterFieldReader(problems, document.YamlFirstLine, document.OpeningLine, curriculum: syllabus.Topics.Count > 0);
        switch (stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode)
        {
            case null:
            case YamlScalarNode { Value: null or "" }:
                return reader.Read(new YamlMappingNode());
            case YamlMappingNode mapping:
                return reader.Read(mapping);
            default:
                problems.Add(document.YamlFirstLine, "the front matter must be 'field: value' lines (id: ..., question: ...)");
                return null;
        }
    }

    // YamlDotNet prefixes its messages with positions inside the YAML text; the file line is reported instead.
    private static string WithoutPosition(string message) => PositionPrefix().Replace(message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex PositionPrefix();
}
