using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Messages.Connectors;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.LoadTest.Hosts;

/// <summary>
/// The floor every bot figure is quoted against: a bot that echoes each message, on the same Bot Framework adapter
/// (CloudAdapter with configuration authentication, off when MicrosoftAppId is empty, and the bot's connector reuse,
/// <see cref="ReusingBotFrameworkAuthentication"/>) behind the same ASP.NET Core endpoint. Runs when the tool is started with <see cref="Mode"/>.
/// With <see cref="StateOption"/> and a file, each turn first reads and then durably writes its conversation's turn
/// count in the bot's own SQLite store (<see cref="SqliteStateStore"/>, with the ETag it read): the state work of a
/// turn, without the tutoring.
/// </summary>
internal static class EchoHost
{
    public const string Mode = "echo-host";

    public const string StateOption = "--state-file";

    public static async Task<int> RunAsync(string[] args)
    {
        var stateAt = Array.IndexOf(args, StateOption);
        using var store = stateAt >= 0 && stateAt + 1 < args.Length ? new SqliteStateStore(args[stateAt + 1]) : null;
        var builder = WebApplication.CreateBuilder(stateAt >= 0 ? [.. args[..stateAt], .. args[(stateAt + 2)..]] : args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            builder.Configuration, httpClientFactory: sp.GetRequiredService<IHttpClientFactory>())));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot>(new EchoBot(store));
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ready" }));
        await app.RunAsync();
        return 0;
    }

    private sealed class EchoBot(IStateStore? store) : ActivityHandler
    {
        protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
        {
            if (store is not null)
            {
                await CountTurnAsync(store, StateKey.Of("echo", turnContext.Activity.Conversation.Id), cancellationToken);
            }

            await turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
        }

        private static async Task CountTurnAsync(IStateStore store, string key, CancellationToken cancellationToken)
        {
            var read = await store.ReadAsync([key], cancellationToken);
            var (turns, etag) = read.TryGetValue(key, out var item) ? (int.Parse(item.Json, System.Globalization.CultureInfo.InvariantCulture), item.ETag) : (0, StoredItem.CreateOnly);
            var written = await store.WriteAsync(new Dictionary<string, StoredItem> { [key] = new((turns + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), etag) }, cancellationToken);
            if (!written.Succeeded)
            {
                throw new InvalidOperationException($"two turns of {key} at once");
            }
        }
    }
}
