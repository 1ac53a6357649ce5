using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A Bot Framework connector (the service a channel's <c>serviceUrl</c> points at) on 127.0.0.1: records every
/// activity the bot sends or replies and answers each with a new id, as Teams does.
/// </summary>
public sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<JObject> _received = new();
    private int _ids;

    private ConnectorStub(WebApplication app) => _app = app;

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<JObject> Received => _received.ToArray();

    public static async Task<ConnectorStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var stub = new ConnectorStub(builder.Build());
        stub._app.MapPost("/v3/conversations/{conversationId}/activities/{**activityId}", stub.ReceiveAsync);
        stub._app.MapPost("/v3/conversations/{conversationId}/activities", stub.ReceiveAsync);
        await stub._app.StartAsync();
        stub.ServiceUrl = stub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";
        return stub;
    }

    /// <summary>Waits until an activity matching <paramref name="match"/> arrives (5 s at most).</summary>
    public async Task<JObject> WaitForAsync(Func<JObject, bool> match)
    {
        for (var i = 0; i < 100; i++)
        {
            if (Received.FirstOrDefault(match) is { } found)
            {
                return found;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The connector stub did not receive the expected activity.");
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var activity = JObject.Parse(await reader.ReadToEndAsync());
        var id = "stub-" + Interlocked.Increment(ref _ids);
        activity["__stubId"] = id;
        _received.Enqueue(activity);
        return Results.Json(new { id });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
