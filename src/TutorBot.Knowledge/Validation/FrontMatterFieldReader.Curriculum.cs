using TutorBot.Core;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Files;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Knowledge.Validation;

/// <summary>The curriculum fields: topic, difficulty, the English answer, key points, common mistakes and the example.</summary>
internal sealed partial class FrontMatterFieldReader
{
    private const int MinKeyPoints = 2;
    private const int MaxKeyPoints = 6;
    private const int MaxMistakes = 3;

    private static readonly string[] PairKeys = [KnowledgeFields.Zh, KnowledgeFields.En];
    private static readonly string[] MistakeKeys = [KnowledgeFields.Zh, KnowledgeFields.En, KnowledgeFields.WhyZh, KnowledgeFields.WhyEn];

    private int ReadDifficulty(YamlNode value)
    {
        if (value is YamlScalarNode { Value: { } text } && int.TryParse(text.Trim(), out var level) && level is >= 1 and <= 3)
        {
            return level;
        }

        problems.Add(LineOf(value), $"difficulty must be 1 (basic), 2 (standard) or 3 (advanced), not {Shown(value)}");
        return 0;
    }

    private List<BilingualText> ReadKeyPoints(YamlNode value)
    {
        var points = new List<BilingualText>();
        if (value is not YamlSequenceNode sequence)
        {
            problems.Add(LineOf(value), "key_points must be a list of pairs, e.g. key_points:\n  - zh: \"...\"\n    en: \"...\"");
            return points;
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            if (ReadPair(item, $"key point {index}") is { } point)
            {
                points.Add(point);
            }
        }

        if (sequence.Children.Count is < MinKeyPoints or > MaxKeyPoints)
        {
            problems.Add(LineOf(value), $"key_points has {sequence.Children.Count} item(s); an entry needs {MinKeyPoints} to {MaxKeyPoints}");
        }

        return points;
    }

    private List<CommonMistake> ReadMistakes(YamlNode value)
    {
        var mistakes = new List<CommonMistake>();
        if (value is YamlScalarNode { Value: null or "" })
        {
            return mistakes;
        }

        if (value is not YamlSequenceNode sequence)
        {
            problems.Add(LineOf(value), "mistakes must be a list of items with zh, en, why_zh and why_en");
            return mistakes;
        }

        if (sequence.Children.Count > MaxMistakes)
        {
            problems.Add(LineOf(value), $"mistakes has {sequence.Children.Count} items; at most {MaxMistakes}");
        }

        var index = 0;
        foreach (var item in sequence.Children)
        {
            index++;
            var what = $"mistake {index}";
            var texts = ReadTexts(item, what, MistakeKeys);
            if (texts is not null)
            {
                mistakes.Add(new CommonMistake(
                    new BilingualText(texts[KnowledgeFields.Zh], texts[KnowledgeFields.En]),
                    new BilingualText(texts[KnowledgeFields.WhyZh], texts[KnowledgeFields.WhyEn])));
            }
        }

        return mistakes;
    }

    private BilingualText? ReadPair(YamlNode item, string what)
    {
        var texts = ReadTexts(item, what, PairKeys);
        return texts is null ? null : new BilingualText(texts[KnowledgeFields.Zh], texts[KnowledgeFields.En]);
    }

    // A mapping holding exactly the given keys, each non-empty text; null (with problems) otherwise.
    private Dictionary<string, string>? ReadTexts(YamlNode item, string what, string[] keys)
    {
        if (item is not YamlMappingNode mapping)
        {
            problems.Add(LineOf(item), $"{what} must have {string.Join(", ", keys)}, not a {Describe(item)}");
            return null;
        }

        var before = problems.Count;
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            if (!keys.Contains(key))
            {
                ReportUnknown(key, keyNode, keys, $"key in {what}");
            }
            else if (value is not YamlScalarNode { Value: { } text } || string.IsNullOrWhiteSpace(text))
            {
                problems.Add(LineOf(value), $"{what} {key} must be non-empty text");
            }
            else
            {
                texts[key] = text.Trim();
            }
        }

        foreach (var key in keys.Where(k => !texts.ContainsKey(k) && !mapping.Children.ContainsKey(new YamlScalarNode(k))))
        {
            problems.Add(LineOf(item), $"{what} has no '{key}'");
        }

        return problems.Count == before ? texts : null;
    }

    private void CheckCurriculum(EntryFields fields, HashSet<string> seen)
    {
        if (!curriculum || fields.Status == EntryStatus.Draft)
        {
            return; // a knowledge base without a syllabus is plain Q&A; drafts await review and are checked for shape only
        }

        foreach (var (field, what) in new[]
                 {
                     (KnowledgeFields.AnswerEn, "the English answer (answer_en: | followed by the answer, indented)"),
                     (KnowledgeFields.KeyPoints, "2 to 6 key points in both languages"),
                     (KnowledgeFields.Topic, "a topic from knowledge/syllabus.yaml"),
                     (KnowledgeFields.Difficulty, "1, 2 or 3"),
                 })
        {
            if (!seen.Contains(field))
            {
                problems.Add(openingLine, $"missing field '{field}': a reviewed entry needs {what}");
            }
        }

        if (seen.Contains(KnowledgeFields.AnswerEn) && fields.AnswerEn is null)
        {
            problems.Add(openingLine, "answer_en is empty");
        }
    }

    private static string Shown(YamlNode value) =>
        value is YamlScalarNode { Value: { } text } ? $"'{text}'" : $"a {Describe(value)}";
}
