using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Knowledge.Validation;

/// <summary>
/// Reads the fields of a parsed front matter, checking names, shapes and values. Every problem is added to the
/// list with its file line; reading goes on so that one pass reports them all.
/// </summary>
internal sealed partial class FrontMatterFieldReader(ProblemList problems, int yamlFirstLine, int openingLine, bool curriculum)
{
    public EntryFields Read(YamlMappingNode mapping)
    {
        var fields = new EntryFields();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                problems.Add(LineOf(keyNode), "a field name must be plain text");
                continue;
            }

            seen.Add(key);
            switch (key)
            {
                case KnowledgeFields.Id:
                    fields = fields with { Id = ReadText(key, value), IdLine = LineOf(value) };
                    break;
                case KnowledgeFields.Question:
                    fields = fields with { Question = ReadText(key, value), QuestionLine = LineOf(value) };
                    break;
                case KnowledgeFields.QuestionEn:
                    fields = fields with { QuestionEn = NullIfBlank(ReadText(key, value)) };
                    break;
                case KnowledgeFields.Tags:
                    fields = fields with { Tags = ReadTextList(key, value, mustBeUrl: false) };
                    break;
                case KnowledgeFields.Sources:
                    fields = fields with { Sources = ReadTextList(key, value, mustBeUrl: true) };
                    break;
                case KnowledgeFields.References:
                    fields = fields with { References = ReadReferences(value) };
                    break;
                case KnowledgeFields.Status:
                    fields = fields with { Status = ReadStatus(value) };
                    break;
                case KnowledgeFields.Topic:
                    fields = fields with { Topic = NullIfBlank(ReadText(key, value))?.Trim(), TopicLine = LineOf(value) };
                    break;
                case KnowledgeFields.Difficulty:
                    fields = fields with { Difficulty = ReadDifficulty(value) };
                    break;
                case KnowledgeFields.AnswerEn:
                    fields = fields with { AnswerEn = NullIfBlank(ReadText(key, value))?.Trim() };
                    break;
                case KnowledgeFields.KeyPoints:
                    fields = fields with { KeyPoints = ReadKeyPoints(value), KeyPointsLine = LineOf(value) };
                    break;
                case KnowledgeFields.Mistakes:
                    fields = fields with { Mistakes = ReadMistakes(value) };
                    break;
                case KnowledgeFields.Example:
                    fields = fields with { Example = ReadPair(value, "example") };
                    break;
                default:
                    ReportUnknown(key, keyNode, KnowledgeFields.All, "field");
                    break;
            }
        }

        CheckRequired(fields, seen);
        CheckCurriculum(fields, seen);
        return fields;
    }

    private void CheckRequired(EntryFields fields, HashSet<string> seen)
    {
        if (!seen.Contains(KnowledgeFields.Id))
        {
            problems.Add(openingLine, "missing field 'id' (a unique id such as q16)");
        }
        else if (string.IsNullOrWhiteSpace(fields.Id))
        {
            problems.Add(fields.IdLine, "id is empty");
        }
        else if (!IdFormat.IsValid(fields.Id))
        {
            problems.Add(fields.IdLine, $"id '{fields.Id}' may use only lower-case letters, digits, '-' and '_'");
        }

        if (!seen.Contains(KnowledgeFields.Question))
        {
            problems.Add(openingLine, "missing field 'question'");
        }
        else if (string.IsNullOrWhiteSpace(fields.Question))
        {
            problems.Add(fields.QuestionLine, "question is empty");
        }
        else if (fields.Status != EntryStatus.Draft && fields.QuestionEn is null
                 && TutorBot.Core.LanguageDetector.Detect(fields.Question) != TutorBot.Core.Language.English)
        {
            problems.Add(fields.QuestionLine,
                "question_en is missing: a reviewed entry whose question is not in English needs an English rendering (only drafts may leave it out)");
        }
    }

    private void ReportUnknown(string name, YamlNode keyNode, IReadOnlyList<string> known, string what)
    {
        var suggestion = FieldNameSuggester.Suggest(name, known);
        var hint = suggestion is null ? $"known: {string.Join(", ", known)}" : $"did you mean '{suggestion}'?";
        problems.Add(LineOf(keyNode), $"unknown {what} '{name}' ({hint})");
    }

    private string? ReadText(string name, YamlNode value)
    {
        if (value is YamlScalarNode scalar)
        {
            return scalar.Value ?? "";
        }

        problems.Add(LineOf(value), $"{name} must be text, not a {Describe(value)}");
        return null;
    }

    private List<string> ReadTextList(string name, YamlNode value, bool mustBeUrl)
    {
        var items = new List<string>();
        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
        {
            return items; // "tags:" with nothing after it: an empty list.
        }

        if (value is not YamlSequenceNode sequence)
        {
            var example = mustBeUrl ? $"{name}:\n  - https://example.org/page" : $"{name}: [\"attention\", \"注意力\"]";
            problems.Add(LineOf(value), $"{name} must be a list, e.g. {example}");
            return items;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (item is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                problems.Add(LineOf(item), $"{name} item {index} must be non-empty text");
                continue;
            }

            if (mustBeUrl && !IsAbsoluteUrl(text))
            {
                problems.Add(LineOf(item), $"{name} item {index} '{text}' is not an absolute URL (http://... or https://...)");
                continue;
            }

            items.Add(text.Trim());
        }

        return items;
    }

    private List<Reference> ReadReferences(YamlNode value)
    {
        var references = new List<Reference>();
        if (value is YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" })
        {
            return references;
        }

        if (value is not YamlSequenceNode sequence)
        {
            problems.Add(LineOf(value), "references must be a list of items with a title and/or a url, e.g. references:\n  - title: \"...\"\n    url: \"https://...\"");
            return references;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (ReadReference(item, index) is { } reference)
            {
                references.Add(reference);
            }
        }

        return references;
    }

    private Reference? ReadReference(YamlNode item, int index)
    {
        if (item is not YamlMappingNode mapping)
        {
            problems.Add(LineOf(item), $"reference {index} must have a title and/or a url (title: \"...\", url: \"https://...\"), not a {Describe(item)}");
            return null;
        }

        string? title = null, url = null;
        var before = problems.Count;
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case KnowledgeFields.ReferenceTitle:
                    title = NullIfBlank(ReadText($"reference {index} title", value));
                    break;
                case KnowledgeFields.ReferenceUrl:
                    url = NullIfBlank(ReadText($"reference {index} url", value));
                    if (url is not null && !IsAbsoluteUrl(url))
                    {
                        problems.Add(LineOf(value), $"reference {index} url '{url}' is not an absolute URL (http://... or https://...)");
                    }

                    break;
                default:
                    ReportUnknown(key, keyNode, KnowledgeFields.ReferenceKeys, $"key in reference {index}");
                    break;
            }
        }

        if (title is null && url is null)
        {
            problems.Add(LineOf(item), $"reference {index} has neither a title nor a url");
        }

        return problems.Count == before ? new Reference(title?.Trim(), url?.Trim()) : null;
    }

    private EntryStatus ReadStatus(YamlNode value)
    {
        var text = value is YamlScalarNode scalar ? scalar.Value?.Trim() : null;
        switch (text)
        {
            case "complete":
                return EntryStatus.Complete;
            case "incomplete":
                return EntryStatus.Incomplete;
            case "draft":
                return EntryStatus.Draft;
            default:
                var shown = text is null ? $"a {Describe(value)}" : $"'{text}'";
                problems.Add(LineOf(value), $"status {shown} is not one of complete, incomplete, draft");
                return EntryStatus.Complete;
        }
    }

    private int LineOf(YamlNode node) => yamlFirstLine + (int)Math.Max(1, node.Start.Line) - 1;

    private static string? NullIfBlank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    private static bool IsAbsoluteUrl(string text) =>
        Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "set of fields",
        _ => "text",
    };
}
