using System.Collections.Concurrent;
using System.Diagnostics;
using TutorBot.LoadTest.Hosts;
using TutorBot.LoadTest.Traffic;

namespace TutorBot.LoadTest.Running;

/// <summary>
/// Runs a <see cref="LoadPlan"/> against one or more hosts (a conversation's turns go to the hosts in turn, as a load
/// balancer without affinity would send them) and measures the window after warm-up.
/// </summary>
internal static class LoadRunner
{
    private const int ProblemsKept = 5;
    private static readonly TimeSpan TurnTimeout = TimeSpan.FromSeconds(30);

    public static async Task<RunResult> RunAsync(IReadOnlyList<HostProcess> hosts, Func<int, IConversationScript> scriptFor, LoadPlan plan, CancellationToken cancellationToken)
    {
        var scripts = Enumerable.Range(0, plan.Conversations).Select(scriptFor).ToArray();
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = plan.Connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            UseProxy = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        };
        using var http = new HttpClient(handler) { Timeout = TurnTimeout };
        var state = new RunState(plan, new ChatClient(http), hosts);

        var workers = Enumerable.Range(0, plan.Connections)
            .Select(w => Task.Run(() => WorkAsync(state, scripts.Where((_, i) => i % plan.Connections == w).ToArray(), w, cancellationToken), cancellationToken))
            .ToList();

        await Task.Delay(plan.Warmup, cancellationToken);
        var hostCpuAtStart = HostCpu(hosts);
        var clientCpuAtStart = ProcessSample.Self().Cpu;
        state.StartMeasuring();
        var memory = new List<(TimeSpan, long)>();
        var window = Stopwatch.StartNew();
        while (window.Elapsed < plan.Duration && !state.TurnLimitReached)
        {
            var wait = plan.Duration - window.Elapsed;
            await Task.Delay(wait < plan.MemoryInterval ? wait : plan.MemoryInterval, cancellationToken);
            memory.Add((window.Elapsed, hosts.Sum(h => h.Sample().RssBytes)));
        }

        state.StopMeasuring();
        var elapsed = window.Elapsed;
        var hostCpu = HostCpu(hosts) - hostCpuAtStart;
        var clientCpu = ProcessSample.Self().Cpu - clientCpuAtStart;
        await Task.WhenAll(workers);
        return new RunResult(plan, state.Turns, state.Errors, state.Wrong, state.Problems.Take(ProblemsKept).ToList(),
            new Latencies(state.Latencies), elapsed, hostCpu, clientCpu, memory);
    }

    private static async Task WorkAsync(RunState state, IConversationScript[] scripts, int worker, CancellationToken cancellationToken)
    {
        if (scripts.Length == 0)
        {
            return;
        }

        var random = new Random(worker);
        var latencies = new List<double>();
        var turn = 0L;
        while (!state.Stopped && !cancellationToken.IsCancellationRequested)
        {
            var script = scripts[turn % scripts.Length];
            var host = state.Hosts[(int)(turn / scripts.Length % state.Hosts.Count)];
            turn++;
            var text = script.Next();
            var started = Stopwatch.GetTimestamp();
            var measured = state.Measuring;
            try
            {
                var replies = await state.Client.SendAsync(host.BaseAddress, script.ConversationId, script.UserId, text, cancellationToken);
                var problem = CheckSafely(script, replies);
                if (problem is not null)
                {
                    // Correctness counts in warm-up too: a wrong reply is wrong whenever it comes.
                    state.WrongReply(problem);
                }

                if (measured && state.Measuring)
                {
                    latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                    state.Completed();
                }
            }
            catch (Exception ex) when (ex is TurnFailedException or HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                script.Abandon();
                state.Failed($"{host.Name}: {ex.GetType().Name}: {ex.Message}");
            }

            if (state.Plan.ThinkTime is var (min, max))
            {
                await Task.Delay(min + (max - min) * random.NextDouble(), cancellationToken);
            }
        }

        state.AddLatencies(latencies);
    }

    private static string? CheckSafely(IConversationScript script, IReadOnlyList<Reply> replies)
    {
        try
        {
            return script.Check(replies);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException)
        {
            script.Abandon();
            return $"a reply the check could not read ({ex.Message}): {string.Join(" | ", replies.Select(r => r.Text.Length > 80 ? r.Text[..80] : r.Text))}";
        }
    }

    private static TimeSpan HostCpu(IEnumerable<HostProcess> hosts) => hosts.Aggregate(TimeSpan.Zero, (sum, h) => sum + h.Sample().Cpu);

    /// <summary>What the workers share: the phase, counts and the latencies they hand in at the end.</summary>
    private sealed class RunState(LoadPlan plan, ChatClient client, IReadOnlyList<HostProcess> hosts)
    {
        private readonly ConcurrentQueue<string> _problems = new();
        private readonly ConcurrentBag<List<double>> _latencies = [];
        private long _turns;
        private long _errors;
        private long _wrong;
        private volatile int _phase; // 0 warm-up, 1 measuring, 2 stopped

        public LoadPlan Plan => plan;

        public ChatClient Client => client;

        public IReadOnlyList<HostProcess> Hosts => hosts;

        public bool Measuring => _phase == 1;

        public bool Stopped => _phase == 2 || TurnLimitReached;

        public bool TurnLimitReached => Interlocked.Read(ref _turns) + Interlocked.Read(ref _errors) >= plan.MaxTurns;

        public long Turns => Interlocked.Read(ref _turns);

        public long Errors => Interlocked.Read(ref _errors);

        public long Wrong => Interlocked.Read(ref _wrong);

        public IEnumerable<string> Problems => _problems;

        public IEnumerable<double> Latencies => _latencies.SelectMany(l => l);

        public void StartMeasuring() => _phase = 1;

        public void StopMeasuring() => _phase = 2;

        public void Completed() => Interlocked.Increment(ref _turns);

        public void WrongReply(string problem)
        {
            Interlocked.Increment(ref _wrong);
            _problems.Enqueue(problem);
        }

        public void Failed(string problem)
        {
            Interlocked.Increment(ref _errors);
            _problems.Enqueue(problem);
        }

        public void AddLatencies(List<double> latencies) => _latencies.Add(latencies);
    }
}
