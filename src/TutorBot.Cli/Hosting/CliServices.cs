using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TutorBot.Composition;
using TutorBot.Knowledge.Hosting;

namespace TutorBot.Cli.Hosting;

/// <summary>
/// The command line's composition root, built on first use so that <c>--help</c> costs nothing. Configuration:
/// appsettings.json in the content root, then user-secrets (<c>dotnet user-secrets set Llm:ApiKey ...</c>), then
/// environment variables (<c>Retrieval__MinCoverage=0.6</c>, <c>Llm__ApiKey=...</c>).
/// </summary>
internal sealed class CliServices : IAsyncDisposable
{
    private IHost? _host;

    public IServiceProvider Provider => (_host ??= Build()).Services;

    public T Get<T>() where T : notnull => Provider.GetRequiredService<T>();

    private static IHost Build()
    {
        var root = ContentRoot.Locate();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = root,
            DisableDefaults = true,
        });
        builder.Configuration.AddJsonFile(Path.Combine(root, "appsettings.json"), optional: true);
        builder.Configuration.AddUserSecrets(typeof(CliServices).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddTutorBot(builder.Configuration);
        return builder.Build();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            _host?.Dispose();
        }
    }
}
