namespace TutorBot.Core.Interview.Scheduling.Fsrs;

/// <summary>
/// The memory model of FSRS-6 (the Free Spaced Repetition Scheduler, version 6) with its 21 weights w0..w20: how
/// recall fades with time and how a review changes stability (days, 0.001 to 36,500) and difficulty (1 to 10). Time
/// is in days. Pure and thread-safe. Written from the published formulas and checked against ts-fsrs 5.4.2
/// (<c>FsrsReferenceTests</c>); see docs/interview.md for the sources.
/// </summary>
public sealed class FsrsModel
{
    /// <summary>The least stability, in days.</summary>
    public const double MinStability = 0.001;

    /// <summary>The greatest stability, in days (100 years).</summary>
    public const double MaxStability = 36500;

    /// <summary>The 21 default weights of FSRS-6, fitted by its authors on a large set of Anki review histories.</summary>
    public static IReadOnlyList<double> DefaultWeights { get; } =
    [
        0.212, 1.2931, 2.3065, 8.2956, // w0..w3: initial stability after Again, Hard, Good, Easy
        6.4133, 0.8334, // w4, w5: initial difficulty
        3.0194, 0.001, // w6: difficulty step per rating, w7: mean reversion
        1.8722, 0.1666, 0.796, // w8..w10: stability after a recall
        1.4835, 0.0614, 0.2629, 1.6483, // w11..w14: stability after a lapse
        0.6014, 1.8729, // w15: hard penalty, w16: easy bonus
        0.5425, 0.0912, 0.0658, // w17..w19: same-day reviews
        0.1542, // w20: decay of the forgetting curve
    ];

    /// <summary>The model with <see cref="DefaultWeights"/>.</summary>
    public static FsrsModel Default { get; } = new(DefaultWeights);

    private readonly double[] _w;

    /// <summary>A model with the 21 weights <paramref name="weights"/>; throws <see cref="ArgumentException"/> for another count.</summary>
    public FsrsModel(IReadOnlyList<double> weights)
    {
        if (weights.Count != 21)
        {
            throw new ArgumentException($"FSRS-6 has 21 weights, not {weights.Count}.", nameof(weights));
        }

        _w = [.. weights];
        Decay = _w[20];
        Factor = Math.Pow(0.9, -1 / Decay) - 1;
    }

    /// <summary>The decay w20 of the forgetting curve.</summary>
    public double Decay { get; }

    /// <summary>0.9^(−1/w20) − 1: the factor that makes the recall exactly 0.9 after <c>stability</c> days.</summary>
    public double Factor { get; }

    /// <summary>
    /// The probability (0 to 1) of recalling an item <paramref name="elapsedDays"/> (≥ 0) after its last review:
    /// R(t, S) = (1 + factor · t / S)^(−w20). It is 1 at t = 0 and 0.9 at t = S.
    /// </summary>
    public double Retrievability(double elapsedDays, double stability) =>
        Math.Pow(1 + (Factor * Math.Max(elapsedDays, 0) / stability), -Decay);

    /// <summary>
    /// The days (not rounded) after which the recall of an item with <paramref name="stability"/> falls to
    /// <paramref name="desiredRetention"/> (0 to 1, exclusive): S / factor · (r^(−1/w20) − 1), the inverse of
    /// <see cref="Retrievability"/>.
    /// </summary>
    public double DaysUntilRecall(double stability, double desiredRetention) =>
        stability / Factor * (Math.Pow(desiredRetention, -1 / Decay) - 1);

    /// <summary>The memory after the first review of an item: S0 = w[rating − 1] (at least 0.1), D0(rating) within 1 to 10.</summary>
    public MemoryState Initial(FsrsRating rating) =>
        new(Math.Max(_w[(int)rating - 1], 0.1), ClampDifficulty(InitialDifficulty(rating)));

    /// <summary>
    /// The memory after a review <paramref name="elapsedDays"/> whole days after the previous one. On the same day
    /// (0 days) stability follows <see cref="SameDayStability"/>; otherwise a lapse follows
    /// <see cref="StabilityAfterLapse"/> and a recall <see cref="StabilityAfterRecall"/>, both at the recall predicted
    /// for that moment. Difficulty follows <see cref="NextDifficulty"/> in every case.
    /// </summary>
    public MemoryState Next(MemoryState memory, int elapsedDays, FsrsRating rating)
    {
        var (s, d) = (memory.Stability, memory.Difficulty);
        double stability;
        if (elapsedDays <= 0)
        {
            stability = SameDayStability(s, rating);
        }
        else
        {
            var recall = Retrievability(elapsedDays, s);
            stability = rating == FsrsRating.Again ? StabilityAfterLapse(d, s, recall) : StabilityAfterRecall(d, s, recall, rating);
        }

        return new MemoryState(stability, NextDifficulty(d, rating));
    }

    /// <summary>D0(G) = w4 − e^(w5·(G − 1)) + 1, not clamped (for Easy it is below 1 with the default weights).</summary>
    public double InitialDifficulty(FsrsRating rating) => _w[4] - Math.Exp(_w[5] * ((int)rating - 1)) + 1;

    /// <summary>
    /// The difficulty after a review: a step of −w6·(G − 3), damped linearly by (10 − D) / 9 so it slows near 10, then
    /// pulled by w7 toward D0(Easy) (mean reversion), within 1 to 10.
    /// </summary>
    public double NextDifficulty(double difficulty, FsrsRating rating)
    {
        var step = -_w[6] * ((int)rating - 3);
        var damped = difficulty + (step * (10 - difficulty) / 9);
        return ClampDifficulty((_w[7] * InitialDifficulty(FsrsRating.Easy)) + ((1 - _w[7]) * damped));
    }

    /// <summary>
    /// The stability after a recall (Hard, Good or Easy) at recall probability <paramref name="recall"/>:
    /// S · (1 + e^w8 · (11 − D) · S^(−w9) · (e^(w10·(1 − R)) − 1) · w15 if Hard · w16 if Easy).
    /// </summary>
    public double StabilityAfterRecall(double difficulty, double stability, double recall, FsrsRating rating)
    {
        var hardPenalty = rating == FsrsRating.Hard ? _w[15] : 1;
        var easyBonus = rating == FsrsRating.Easy ? _w[16] : 1;
        var growth = Math.Exp(_w[8]) * (11 - difficulty) * Math.Pow(stability, -_w[9]) * (Math.Exp(_w[10] * (1 - recall)) - 1);
        return ClampStability(stability * (1 + (growth * hardPenalty * easyBonus)));
    }

    /// <summary>
    /// The stability after a lapse (Again) at recall probability <paramref name="recall"/>:
    /// w11 · D^(−w12) · ((S + 1)^w13 − 1) · e^(w14·(1 − R)), and never more than S / e^(w17·w18), so a lapse always
    /// lowers stability.
    /// </summary>
    public double StabilityAfterLapse(double difficulty, double stability, double recall)
    {
        var lapsed = ClampStability(_w[11] * Math.Pow(difficulty, -_w[12]) * (Math.Pow(stability + 1, _w[13]) - 1) * Math.Exp(_w[14] * (1 - recall)));
        var ceiling = Math.Max(stability / Math.Exp(_w[17] * _w[18]), MinStability);
        return Math.Min(ceiling, lapsed);
    }

    /// <summary>
    /// The stability after a second review on the same day (FSRS-6's short-term formula):
    /// S · e^(w17·(G − 3 + w18)) · S^(−w19), where the factor is at least 1 for Hard, Good and Easy (a same-day
    /// recall never lowers stability) and below 1 for Again.
    /// </summary>
    public double SameDayStability(double stability, FsrsRating rating)
    {
        var factor = Math.Exp(_w[17] * ((int)rating - 3 + _w[18])) * Math.Pow(stability, -_w[19]);
        if (rating >= FsrsRating.Hard)
        {
            factor = Math.Max(factor, 1);
        }

        return ClampStability(stability * factor);
    }

    private static double ClampStability(double stability) => Math.Clamp(stability, MinStability, MaxStability);

    private static double ClampDifficulty(double difficulty) => Math.Clamp(difficulty, 1, 10);
}
