namespace TutorBot.Core.Evaluation;

/// <summary>Ranking quality over in-domain queries. Rates are 0 to 1; all are 0 when <paramref name="Queries"/> is 0.</summary>
public sealed record RankingMetrics(int Queries, double HitAt1, double HitAt3, double Mrr);
