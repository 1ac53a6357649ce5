using TutorBot.LoadTest;
using TutorBot.LoadTest.Hosts;
using TutorBot.LoadTest.Reporting;
using TutorBot.LoadTest.Running;
using TutorBot.LoadTest.Traffic;

// Load on the bot's /api/messages against an echo bot on the same adapter, in one run. See docs/performance.md, "Load".
if (args is [EchoHost.Mode, ..])
{
    return await EchoHost.RunAsync(args[1..]);
}

LoadArguments options;
try
{
    options = LoadArguments.Parse(args);
}
catch (ArgumentException ex)
{
    Console.Error.WriteLine(ex.Message);
    return 1;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
var report = new LoadReport(Console.Out);
report.Start(options);

using var workspace = Workspace.FromRepository();
var curriculum = await Curriculum.LoadAsync(workspace.KnowledgeFolder, cancel.Token);
await using var stack = await HostStack.StartAsync(workspace, options.Hosts, cancel.Token);
using var echo = await HostLaunch.EchoAsync(options.EchoState ? Path.Combine(workspace.Root, "echo-state", "state.db") : null, cancel.Token);
report.Hosts(stack, echo, options.EchoState);

// Each run's conversations and users are new (run r1, r2, ...): a run never meets an interview an earlier one left open.
var runs = 0;
Func<int, IConversationScript> Students()
{
    var run = $"r{++runs}";
    return i => new TutorScript(run, i, curriculum, freshConversationEachCycle: options.Mode == "soak");
}

Func<int, IConversationScript> EchoUsers()
{
    var run = $"r{++runs}";
    return i => new EchoScript(run, i);
}

if (options.Mode is "all" or "sweep")
{
    foreach (var connections in options.Connections)
    {
        var plan = new LoadPlan($"closed loop, {connections} connections", connections, options.Conversations, options.Warmup, options.Seconds, null, options.MaxTurns);
        var tutor = await LoadRunner.RunAsync(stack.Bots, Students(), plan, cancel.Token);
        report.Run("tutor", tutor);
        var floor = await LoadRunner.RunAsync([echo], EchoUsers(), plan, cancel.Token);
        report.Run("echo", floor);
        report.Pair(tutor, floor);
    }
}

if (options.Mode is "all" or "think")
{
    var think = (TimeSpan.FromMilliseconds(250), TimeSpan.FromMilliseconds(750));
    var plan = new LoadPlan($"{options.Conversations} users, 250-750 ms think time", options.Conversations, options.Conversations, options.Warmup * 2, options.ThinkSeconds, think, options.MaxTurns);
    report.Run("tutor", await LoadRunner.RunAsync(stack.Bots, Students(), plan, cancel.Token));
    report.Run("echo", await LoadRunner.RunAsync([echo], EchoUsers(), plan, cancel.Token));
}

if (options.Mode is "soak")
{
    var plan = new LoadPlan("soak, closed loop, 50 connections, a new conversation every cycle", 50, options.Conversations, TimeSpan.FromMinutes(1), options.SoakMinutes, null, options.MaxTurns);
    report.Run("tutor", await LoadRunner.RunAsync(stack.Bots, Students(), plan, cancel.Token));
}

report.Summary(workspace);
return report.Failed ? 2 : 0;
