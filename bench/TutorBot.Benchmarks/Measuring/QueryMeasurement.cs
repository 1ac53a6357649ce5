namespace TutorBot.Benchmarks.Measuring;

/// <summary>
/// What <see cref="QueryLatency"/> measured for one search: wall latencies, the calling thread's on-CPU time per
/// query (see <see cref="ThreadCpuClock"/>; empty when a search completed asynchronously), how many queries of one
/// pass found an entry, and the process CPU time per query in ms (all threads, other threads' work included).
/// </summary>
internal sealed record QueryMeasurement(LatencyStats Wall, LatencyStats ThreadCpu, int Found, double CpuPerQueryMs);
