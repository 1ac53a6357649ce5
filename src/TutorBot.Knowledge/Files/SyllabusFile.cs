using TutorBot.Core;
using TutorBot.Core.Knowledge;
using TutorBot.Knowledge.Validation;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Reads <c>knowledge/syllabus.yaml</c>: a list <c>topics</c> whose items have an <c>id</c> (lower-case letters,
/// digits, '-'), a Chinese name <c>zh</c>, an English name <c>en</c> and optional <c>aliases</c>. Every problem is
/// reported with its line; a missing file is a syllabus with no topics (entries that name a topic then fail).
/// </summary>
public static class SyllabusFile
{
    /// <summary>The file name, directly in the knowledge root.</summary>
    public const string FileName = "syllabus.yaml";

    private static readonly string[] TopicKeys = ["id", "zh", "en", "aliases"];

    /// <summary>Parses <paramref name="text"/>; problems name <see cref="FileName"/> and the line.</summary>
    public static (Syllabus Syllabus, IReadOnlyList<KnowledgeProblem> Problems) Parse(string text, int maxYamlDepth = KnowledgeOptions.DefaultMaxYamlDepth)
    {
        var problems = new ProblemList(FileName);
        if (YamlLimits.Check(text, maxYamlDepth) is { } limit)
        {
            problems.Add(limit.Line, $"the syllabus is refused: {limit.Message}");
            return (Syllabus.Empty, problems.Items);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            problems.Add(ex is YamlException y ? (int)Math.Max(1, y.Start.Line) : 1, "the syllabus is not valid YAML");
            return (Syllabus.Empty, problems.Items);
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        if (root is null || !root.Children.TryGetValue(new YamlScalarNode("topics"), out var list) || list is not YamlSequenceNode sequence)
        {
            problems.Add(1, "the syllabus needs a list 'topics:' of items with id, zh and en");
            return (Syllabus.Empty, problems.Items);
        }

        var topics = new List<SyllabusTopic>();
        foreach (var item in sequence.Children)
        {
            if (ReadTopic(item, topics.Count, problems) is { } topic)
            {
                if (topics.Any(t => t.Id == topic.Id))
                {
                    problems.Add(Line(item), $"duplicate topic id '{topic.Id}'");
                    continue;
                }

                topics.Add(topic);
            }
        }

        return (new Syllabus(topics), problems.Items);
    }

    /// <summary>
    /// Reads the syllabus under <paramref name="root"/>, with its bytes for the knowledge fingerprint (empty when
    /// missing); a file over <paramref name="maxFileBytes"/> or YAML past the limits is a problem and no syllabus.
    /// </summary>
    public static async Task<(Syllabus Syllabus, IReadOnlyList<KnowledgeProblem> Problems, byte[] Bytes)> LoadAsync(
        string root, CancellationToken cancellationToken, int maxFileBytes = KnowledgeOptions.DefaultMaxFileBytes, int maxYamlDepth = KnowledgeOptions.DefaultMaxYamlDepth)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return (Syllabus.Empty, [], []);
        }

        var (bytes, problem) = await KnowledgeFileBytes.ReadAsync(path, FileName, maxFileBytes, cancellationToken).ConfigureAwait(false);
        if (problem is not null)
        {
            return (Syllabus.Empty, [problem], bytes);
        }

        var (syllabus, problems) = Parse(System.Text.Encoding.UTF8.GetString(bytes), maxYamlDepth);
        return (syllabus, problems, bytes);
    }

    private static SyllabusTopic? ReadTopic(YamlNode item, int order, ProblemList problems)
    {
        if (item is not YamlMappingNode mapping)
        {
            problems.Add(Line(item), "a topic must have id, zh and en");
            return null;
        }

        string? Text(string key) =>
            mapping.Children.TryGetValue(new YamlScalarNode(key), out var v) && v is YamlScalarNode { Value: { } s } && !string.IsNullOrWhiteSpace(s) ? s.Trim() : null;

        foreach (var key in mapping.Children.Keys.OfType<YamlScalarNode>().Where(k => !TopicKeys.Contains(k.Value)))
        {
            problems.Add(Line(key), $"unknown key '{key.Value}' in a topic (known: {string.Join(", ", TopicKeys)})");
        }

        var (id, zh, en) = (Text("id"), Text("zh"), Text("en"));
        if (id is null || zh is null || en is null)
        {
            problems.Add(Line(item), "a topic needs a non-empty id, zh and en");
            return null;
        }

        if (!IdFormat.IsValid(id))
        {
            problems.Add(Line(item), $"topic id '{id}' may use only lower-case letters, digits, '-' and '_'");
            return null;
        }

        var aliases = mapping.Children.TryGetValue(new YamlScalarNode("aliases"), out var a) && a is YamlSequenceNode seq
            ? seq.Children.OfType<YamlScalarNode>().Select(s => s.Value?.Trim() ?? "").Where(s => s.Length > 0).ToList()
            : [];
        return new SyllabusTopic(id, new BilingualText(zh, en), order) { Aliases = aliases };
    }

    private static int Line(YamlNode node) => (int)Math.Max(1, node.Start.Line);
}
