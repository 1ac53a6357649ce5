using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Integration.AspNet.Core;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using TutorBot.Bot.Messages.Connectors;

namespace TutorBot.LoadTest.Hosts;

/// <summary>
/// The floor every bot figure is quoted against: a bot that echoes each message, on the same Bot Framework adapter
/// (CloudAdapter with configuration authentication, off when MicrosoftAppId is empty, and the bot's connector reuse,
/// <see cref="ReusingBotFrameworkAuthentication"/>) behind the same ASP.NET Core endpoint. Runs when the tool is started with <see cref="Mode"/>.
/// </summary>
internal static class EchoHost
{
    public const string Mode = "echo-host";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddHttpClient();
        builder.Services.AddSingleton<BotFrameworkAuthentication>(sp => new ReusingBotFrameworkAuthentication(new ConfigurationBotFrameworkAuthentication(
            builder.Configuration, httpClientFactory: sp.GetRequiredService<IHttpClientFactory>())));
        builder.Services.AddSingleton<IBotFrameworkHttpAdapter>(sp => new CloudAdapter(
            sp.GetRequiredService<BotFrameworkAuthentication>(), sp.GetRequiredService<ILogger<CloudAdapter>>()));
        builder.Services.AddSingleton<IBot, EchoBot>();
        var app = builder.Build();
        app.MapPost("/api/messages", (HttpRequest request, HttpResponse response, IBotFrameworkHttpAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(request, response, bot, request.HttpContext.RequestAborted));
        app.MapGet("/healthz", () => Results.Ok(new { status = "ready" }));
        await app.RunAsync();
        return 0;
    }

    private sealed class EchoBot : ActivityHandler
    {
        protected override Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken) =>
            turnContext.SendActivityAsync(MessageFactory.Text(turnContext.Activity.Text), cancellationToken);
    }
}
