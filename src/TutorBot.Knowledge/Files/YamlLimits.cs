using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TutorBot.Knowledge.Files;

/// <summary>
/// Checks YAML text against the knowledge base's limits before a <c>YamlStream</c> is built from it. YamlDotNet's
/// event parser is iterative, but <c>YamlStream</c> builds nodes recursively (so thousands of nested '[' would exhaust
/// the stack, which no catch stops) and keeps aliases as references that a walk over the document would expand (a
/// "billion laughs" document). Knowledge files need neither deep nesting nor aliases, so: at most
/// <c>maxDepth</c> nested lists and mappings, and no anchors or aliases at all.
/// </summary>
public static class YamlLimits
{
    /// <summary>
    /// Null when <paramref name="yaml"/> is within the limits, otherwise the line (1-based, within the text) and what
    /// is wrong. Syntax errors are left to the full load, which reports them with their position.
    /// </summary>
    public static (int Line, string Message)? Check(string yaml, int maxDepth)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        try
        {
            while (parser.MoveNext())
            {
                switch (parser.Current)
                {
                    case AnchorAlias alias:
                        return (Line(alias), $"aliases (*{alias.Value}) are not allowed in knowledge files: write the value out");
                    case NodeEvent { Anchor.IsEmpty: false } anchored:
                        return (Line(anchored), $"anchors (&{anchored.Anchor}) are not allowed in knowledge files: write the value out");
                    case MappingStart or SequenceStart when ++depth > maxDepth:
                        return (Line(parser.Current), $"lists and mappings are nested more than {maxDepth} levels deep (Knowledge:MaxYamlDepth)");
                    case MappingEnd or SequenceEnd:
                        depth--;
                        break;
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            return null;
        }

        return null;
    }

    private static int Line(ParsingEvent parsingEvent) => (int)Math.Max(1, parsingEvent.Start.Line);
}
