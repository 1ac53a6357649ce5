using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// Plays the OneDrive upload URL that Teams hands a bot after the user accepts a file: records every PUT (path,
/// Content-Range, Content-Length, body) on 127.0.0.1 and answers 201 as an upload session's last range does, or
/// <see cref="Status"/> when a test wants a failure.
/// </summary>
public sealed class OneDriveStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Upload> _uploads = new();

    private OneDriveStub(WebApplication app) => _app = app;

    public string BaseUrl { get; private set; } = "";

    public int Status { get; set; } = StatusCodes.Status201Created;

    public IReadOnlyList<Upload> Uploads => _uploads.ToArray();

    public static async Task<OneDriveStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var stub = new OneDriveStub(builder.Build());
        stub._app.MapPut("/upload/{**path}", stub.ReceiveAsync);
        await stub._app.StartAsync();
        stub.BaseUrl = stub._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return stub;
    }

    private async Task<IResult> ReceiveAsync(string path, HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        _uploads.Enqueue(new Upload(path, request.Headers.ContentRange.ToString(), request.ContentLength, body.ToArray()));
        return Status == StatusCodes.Status201Created
            ? Results.Json(new { id = "drive-item-1", name = path, size = body.Length }, statusCode: Status)
            : Results.StatusCode(Status);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    public sealed record Upload(string Path, string ContentRange, long? ContentLength, byte[] Body);
}
