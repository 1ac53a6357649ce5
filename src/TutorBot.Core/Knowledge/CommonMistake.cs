namespace TutorBot.Core.Knowledge;

/// <summary>
/// A wrong belief people actually hold about an entry's question. <paramref name="Claim"/> states the belief as its
/// holder would say it; <paramref name="Why"/> is one sentence on why it is wrong.
/// </summary>
public sealed record CommonMistake(BilingualText Claim, BilingualText Why);
