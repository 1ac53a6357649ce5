using TutorBot.Bot.Exports;
using TutorBot.Bot.Hosting;
using TutorBot.Bot.Hosting.Health;
using TutorBot.Bot.Limits;
using TutorBot.Bot.Messages;
using TutorBot.Bot.Reminders;
using TutorBot.Bot.Teams;
using TutorBot.Bot.WebChat;
using TutorBot.Composition;
using TutorBot.Knowledge.Hosting;

if (TeamsPackageCommand.Matches(args))
{
    return TeamsPackageCommand.Run(args);
}

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    // appsettings.json is read once: nothing reloads options, and a reloading source would watch the whole content
    // root, including data/, where every state write wakes the watcher (3% of the CPU under load). Given first, so a
    // later --hostBuilder:reloadConfigOnChange=true still wins.
    Args = ["--hostBuilder:reloadConfigOnChange=false", .. args],
    ContentRootPath = ContentRoot.Locate(),
    WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
});
builder.UseBotDefaultUrl();

builder.Services.AddTutorBot(builder.Configuration);
builder.Services.AddBotHost(builder.Configuration);
builder.Services.AddWebChat();
builder.Services.AddReminders();
builder.Services.AddInputLimits();

var app = builder.Build();

app.UseInputLimits();
app.MapBotMessages();
app.MapHealth();
app.MapWebChat();
app.MapExports();

app.Run();
return 0;

/// <summary>The bot host's entry point, public so that host tests can start it with WebApplicationFactory.</summary>
public partial class Program;
