namespace TutorBot.Knowledge.Import;

/// <summary>A page line that starts with an item number ("1. ", "1、", "Q1", "问题1"): its index in the page, the number and the text after it.</summary>
public sealed record NumberedLine(int Index, int Number, string Text);
