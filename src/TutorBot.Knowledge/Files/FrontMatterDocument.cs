namespace TutorBot.Knowledge.Files;

/// <summary>
/// A knowledge file cut into its YAML front matter and its Markdown body. Line numbers are 1-based file lines.
/// </summary>
/// <param name="OpeningLine">The line of the opening <c>---</c>.</param>
/// <param name="Yaml">The text between the two <c>---</c> lines.</param>
/// <param name="YamlFirstLine">The file line of the first YAML line (line 1 of <paramref name="Yaml"/>).</param>
/// <param name="ClosingLine">The line of the closing <c>---</c>.</param>
/// <param name="Body">The answer: everything after the closing line, without leading and trailing blank lines; '\n' line ends.</param>
/// <param name="BodyLine">The line where <paramref name="Body"/> starts (the line after the closing one when the body is empty).</param>
public sealed record FrontMatterDocument(int OpeningLine, string Yaml, int YamlFirstLine, int ClosingLine, string Body, int BodyLine);
