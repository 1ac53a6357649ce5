using System.Globalization;

namespace TutorBot.LoadTest;

/// <summary>
/// Command line: <c>[sweep|think|soak|all] [--connections 1,10,50,100,200] [--seconds 15] [--warmup 5]
/// [--think-seconds 60] [--soak-minutes 10] [--conversations 200] [--hosts 1|2] [--max-turns 5000000] [--echo-state]</c>.
/// <c>--echo-state</c>: the echo bot also reads and durably writes one document per conversation in a SQLite store of
/// its own before it replies, a floor that does a turn's state work (docs/performance.md, "Third pass").
/// </summary>
internal sealed record LoadArguments
{
    public string Mode { get; init; } = "all";

    public IReadOnlyList<int> Connections { get; init; } = [1, 10, 50, 100, 200];

    public TimeSpan Seconds { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan ThinkSeconds { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan SoakMinutes { get; init; } = TimeSpan.FromMinutes(10);

    public int Conversations { get; init; } = 200;

    public int Hosts { get; init; } = 1;

    public long MaxTurns { get; init; } = 5_000_000;

    public bool EchoState { get; init; }

    public static LoadArguments Parse(string[] args)
    {
        var parsed = new LoadArguments();
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            parsed = args[i] switch
            {
                "sweep" or "think" or "soak" or "all" => parsed with { Mode = args[i] },
                "--connections" => parsed with { Connections = Required(value, args[i++]).Split(',').Select(Positive).ToList() },
                "--seconds" => parsed with { Seconds = TimeSpan.FromSeconds(Positive(Required(value, args[i++]))) },
                "--warmup" => parsed with { Warmup = TimeSpan.FromSeconds(Positive(Required(value, args[i++]))) },
                "--think-seconds" => parsed with { ThinkSeconds = TimeSpan.FromSeconds(Positive(Required(value, args[i++]))) },
                "--soak-minutes" => parsed with { SoakMinutes = TimeSpan.FromMinutes(Positive(Required(value, args[i++]))) },
                "--conversations" => parsed with { Conversations = Positive(Required(value, args[i++])) },
                "--hosts" => parsed with { Hosts = Math.Min(Positive(Required(value, args[i++])), 4) },
                "--max-turns" => parsed with { MaxTurns = Positive(Required(value, args[i++])) },
                "--echo-state" => parsed with { EchoState = true },
                _ => throw new ArgumentException($"unknown argument '{args[i]}'. Usage: [sweep|think|soak|all] [--connections 1,10,50,100,200] [--seconds 15] [--warmup 5] [--think-seconds 60] [--soak-minutes 10] [--conversations 200] [--hosts 1|2] [--max-turns N] [--echo-state]"),
            };
        }

        return parsed;
    }

    private static string Required(string? value, string name) => value ?? throw new ArgumentException($"{name} needs a value");

    private static int Positive(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"'{text}' is not a positive whole number");
}
