using TutorBot.LlmStub;

// dotnet run --project tests/TutorBot.LlmStub -- [port]: serves the echo-the-first-passage reply until Ctrl+C,
// so the LLM path can be measured end to end without a model (see docs/grounding.md).
var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 5111;
await using var stub = await OpenAiStub.StartAsync(port);
Console.WriteLine($"OpenAI-compatible stub listening on {stub.Endpoint} (echoes the first passage with [1]); Ctrl+C to stop.");
var done = new TaskCompletionSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; done.TrySetResult(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => done.TrySetResult();
await done.Task;
