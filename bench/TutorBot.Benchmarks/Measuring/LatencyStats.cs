namespace TutorBot.Benchmarks.Measuring;

/// <summary>Percentiles of a set of latencies, in milliseconds (nearest-rank: p99 of 1,000 samples is the 990th).</summary>
internal sealed record LatencyStats(int Samples, double P50, double P90, double P99, double Max, double Mean)
{
    public static LatencyStats From(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new LatencyStats(0, 0, 0, 0, 0, 0);
        }

        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencyStats(sorted.Length, At(0.50), At(0.90), At(0.99), sorted[^1], sorted.Average());
    }

    public override string ToString() =>
        $"p50 {Ms(P50)}  p90 {Ms(P90)}  p99 {Ms(P99)}  max {Ms(Max)}  ({Samples} queries)";

    /// <summary>A latency in ms with precision that suits its size.</summary>
    public static string Ms(double ms) => ms < 10 ? $"{ms:0.000} ms" : ms < 1000 ? $"{ms:0.0} ms" : $"{ms / 1000:0.00} s";
}
