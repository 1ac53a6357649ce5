using System.Reflection;
using System.Text;

namespace TutorBot.Grounding.Prompting;

/// <summary>
/// A prompt file embedded in this assembly (<c>Prompts/*.txt</c>), split into sections by <c>### name</c> lines,
/// each with <c>{{placeholder}}</c> slots. Rendering fails loudly when a slot is left without a value.
/// </summary>
internal sealed class PromptTemplate
{
    private readonly Dictionary<string, string> _sections;

    private PromptTemplate(Dictionary<string, string> sections) => _sections = sections;

    /// <summary>Loads <c>Prompts/<paramref name="name"/>.txt</c>.</summary>
    public static PromptTemplate Load(string name)
    {
        var resource = $"TutorBot.Grounding.Prompts.{name}.txt";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The prompt resource {resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd());
    }

    internal static PromptTemplate Parse(string text)
    {
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var body = new StringBuilder();
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                Close();
                current = line[4..].Trim();
                continue;
            }

            body.Append(line).Append('\n');
        }

        Close();
        return new PromptTemplate(sections);

        void Close()
        {
            if (current is not null)
            {
                sections[current] = body.ToString().Trim('\n');
            }

            body.Clear();
        }
    }

    /// <summary>Fills section <paramref name="section"/>'s slots with <paramref name="values"/>.</summary>
    public string Render(string section, IReadOnlyDictionary<string, string> values)
    {
        var text = _sections.TryGetValue(section, out var s) ? s : throw new KeyNotFoundException($"The prompt has no section '{section}'.");
        var result = new StringBuilder(text.Length + 256);
        var i = 0;
        while (i < text.Length)
        {
            var open = text.IndexOf("{{", i, StringComparison.Ordinal);
            if (open < 0)
            {
                result.Append(text, i, text.Length - i);
                break;
            }

            var close = text.IndexOf("}}", open, StringComparison.Ordinal);
            var name = text[(open + 2)..close];
            result.Append(text, i, open - i);
            // Values are inserted once, never re-scanned: a question holding "{{sentinel}}" stays literal text.
            result.Append(values.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"No value for {{{{{name}}}}} in section '{section}'."));
            i = close + 2;
        }

        return result.ToString();
    }
}
