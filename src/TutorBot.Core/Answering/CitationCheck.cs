namespace TutorBot.Core.Answering;

/// <summary>
/// The outcome of checking an answer's citation markers: <paramref name="Text"/> with every marker in the plain
/// <c>[n]</c> form and the unknown ones removed; <paramref name="Cited"/> the valid passage numbers in order of
/// first use; <paramref name="Removed"/> how many marker numbers pointed to no given passage.
/// </summary>
public sealed record CitationCheck(string Text, IReadOnlyList<int> Cited, int Removed);
