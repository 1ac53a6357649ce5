using Microsoft.Playwright;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.WebChat;

/// <summary>
/// What Web Chat 4.18 really does with the export's attachment (<c>text/plain</c> with a <c>contentUrl</c> and a
/// name): Debian's chromium loads the page, asks for a topic export, finds the file bubble's download link and clicks
/// it; the browser downloads exactly the file the host serves, under its name.
/// </summary>
[Trait("Category", "Browser")]
public sealed class ExportBrowserTests : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly KestrelBotHost _host = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("tutorbot-chromium-").FullName;

    [Fact]
    public async Task TheExportBubbleIsADownloadLinkThatSavesTheAnkiFile()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (bash .ci/run does).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = Flags,
            Locale = "en-US",
            AcceptDownloads = true,
        });
        var page = browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();
        await page.GotoAsync(_host.BaseAddress.ToString());
        await page.WaitForSelectorAsync(".webchat__bubble:not(.webchat__bubble--from-user)", new() { Timeout = 30_000 });

        await page.FillAsync("[data-id=\"webchat-sendbox-input\"]", "export attention to Anki");
        await page.ClickAsync("button.webchat__send-button");
        var link = page.Locator("a.webchat__fileContent__buttonLink").First;
        await link.WaitForAsync(new() { Timeout = 30_000 });

        var href = await link.GetAttributeAsync("href");
        Assert.StartsWith(new Uri(_host.BaseAddress, "exports/").AbsoluteUri, href);
        Assert.Equal("tutorbot-anki-attention-en.txt", await link.GetAttributeAsync("download"));
        Assert.Contains("tutorbot-anki-attention-en.txt", await link.InnerTextAsync());

        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync(), new() { Timeout = 30_000 });
        var saved = Path.Combine(_profile, "saved.txt");
        await download.SaveAsAsync(saved);

        Assert.Equal("tutorbot-anki-attention-en.txt", download.SuggestedFilename);
        Assert.Equal(ExportExpectations.TopicFile(_host, "attention").Content, await File.ReadAllTextAsync(saved));
    }

    public void Dispose()
    {
        _host.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
