using TutorBot.Core.Knowledge;

namespace TutorBot.Knowledge.Import;

/// <summary>One item of a page's reference list, with the page line it came from (1-based) and its position in the list (1-based).</summary>
public sealed record PageReference(Reference Reference, int Line, int Position);
