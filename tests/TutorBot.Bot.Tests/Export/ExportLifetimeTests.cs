using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Export;

/// <summary>Download links end: after <c>Export:DownloadMinutes</c> (60), and when a learner prepares more than <c>Export:MaxFilesPerUser</c> (5).</summary>
public sealed class ExportLifetimeTests(ExportLifetimeTests.Host host) : IClassFixture<ExportLifetimeTests.Host>
{
    [Fact]
    public async Task AnExpiredLinkIs404AndOnlyTheNewestFilesPerLearnerAreKept()
    {
        var client = await host.CreateReadyClientAsync();

        var first = await DownloadExportTests.ExportLinkAsync(client, "cleo", "export moe to Anki");
        var later = new List<Uri>();
        for (var i = 0; i < 5; i++)
        {
            later.Add(await DownloadExportTests.ExportLinkAsync(client, "cleo", "export moe to Anki"));
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(first)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(later[0])).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(later[^1])).StatusCode);
        host.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(later[^1])).StatusCode);
    }

    /// <summary>The real host with a clock the test moves.</summary>
    public sealed class Host : BotHostFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
