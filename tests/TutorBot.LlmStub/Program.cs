using System.Runtime.InteropServices;
using TutorBot.LlmStub;

// dotnet run --project tests/TutorBot.LlmStub -- [port]: serves the echo-the-first-passage reply until Ctrl+C or
// SIGTERM, so the LLM path can be measured end to end without a model (see docs/grounding.md).
var port = args.Length > 0 && int.TryParse(args[0], out var p) ? p : 5111;
await using var stub = await OpenAiStub.StartAsync(port);
Console.WriteLine($"OpenAI-compatible stub listening on {stub.Endpoint} (echoes the first passage with [1]); Ctrl+C to stop.");
var done = new TaskCompletionSource();
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; done.TrySetResult(); });
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; done.TrySetResult(); });
await done.Task;
