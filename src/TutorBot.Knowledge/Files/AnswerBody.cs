namespace TutorBot.Knowledge.Files;

/// <summary>
/// The Chinese answer as shown. A source's words stay verbatim in the file; what the maintainers added follows the
/// line <see cref="KnowledgeFields.AdditionMarker"/>, which is shown as a visible label so a reader always knows
/// which words are the source's and which are TutorBot's.
/// </summary>
public static class AnswerBody
{
    /// <summary>The label that replaces the marker line.</summary>
    public const string AdditionLabel = "*（以下为 TutorBot 维护者的补充，不是来源原文）*";

    /// <summary><paramref name="body"/> with the marker line replaced by <see cref="AdditionLabel"/>.</summary>
    public static string Display(string body) =>
        string.Join('\n', body.Split('\n').Select(line => line.Trim() == KnowledgeFields.AdditionMarker ? AdditionLabel : line));
}
