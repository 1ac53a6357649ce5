using System.Diagnostics;
using Microsoft.Playwright;
using TutorBot.Bot.Tests.TestSupport;
using Xunit.Abstractions;

namespace TutorBot.Bot.Tests.WebChat;

/// <summary>
/// End to end: Debian's chromium (installed by .ci/run) loads the page from a real port, asks in Chinese and in
/// English, and sees the cited answers. The screenshot and the send-to-answer times are kept in the test output.
/// </summary>
[Trait("Category", "Browser")]
public sealed class BrowserTests(ITestOutputHelper output) : IDisposable
{
    private const string Chromium = "/usr/bin/chromium";
    private static readonly string[] Flags =
        ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private static readonly (string Question, string Entry)[] MoreQuestions =
    [
        ("RLHF 的训练流程是怎样的?", "q04"),
        ("Why do most LLMs use a decoder-only architecture?", "q12"),
        ("如何缓解大模型幻觉?", "q11"),
        ("How does PyTorch train mode differ from eval mode?", "q06"),
    ];

    private readonly KestrelBotHost _host = new();
    private readonly string _profile = Directory.CreateTempSubdirectory("tutorbot-chromium-").FullName;

    public static string OutputFolder => Path.Combine(AppContext.BaseDirectory, "browser");

    // Debian's chromium with a fresh profile: Playwright's own browser download does not work here.
    private Task<IBrowserContext> LaunchAsync(IPlaywright playwright, string? locale = null)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's chromium (bash .ci/run does).");
        return playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = Flags,
            Locale = locale,
            ViewportSize = new ViewportSize { Width = 900, Height = 1100 },
        });
    }

    private static async Task<IPage> FirstPageAsync(IBrowserContext browser) =>
        browser.Pages.Count > 0 ? browser.Pages[0] : await browser.NewPageAsync();

    [Fact]
    public async Task PageAnswersChineseAndEnglishQuestionsWithCitations()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await FirstPageAsync(browser);

        await page.GotoAsync(_host.BaseAddress.ToString());
        await page.WaitForSelectorAsync(".webchat__bubble:not(.webchat__bubble--from-user)", new() { Timeout = 30_000 });

        var chinese = await AskAsync(page, "Attention为何除以√d?", "q13");
        var english = await AskAsync(page, "What is the difference between LayerNorm and BatchNorm?", "q03");
        var times = new List<double> { chinese.TotalMilliseconds, english.TotalMilliseconds };
        foreach (var (question, entry) in MoreQuestions)
        {
            times.Add((await AskAsync(page, question, entry)).TotalMilliseconds);
        }

        var p50 = times.Order().ElementAt((times.Count - 1) / 2);

        Directory.CreateDirectory(OutputFolder);
        var screenshot = Path.Combine(OutputFolder, "webchat.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        File.WriteAllText(Path.Combine(OutputFolder, "timings.txt"), $"send_to_answer_ms p50={p50:F0} n={times.Count} all={string.Join(",", times.Select(t => t.ToString("F0")))}\n");
        output.WriteLine($"send-to-answer p50 {p50:F0} ms over {times.Count} questions; screenshot {screenshot}");

        var cards = await page.Locator(".ac-adaptiveCard").AllInnerTextsAsync();
        Assert.Contains(cards, c => c.Contains("q13"));
        Assert.Contains(cards, c => c.Contains("q03"));
    }

    [Fact]
    public async Task WelcomeButtonStartsAnInterviewThatSkipAndStopFinishWithASummaryCard()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright, locale: "en-US");
        var page = await FirstPageAsync(browser);
        await page.GotoAsync(_host.BaseAddress.ToString());

        // The welcome card's Action.Submit: Web Chat posts its data as the message value.
        var start = page.Locator(".ac-adaptiveCard button", new() { HasTextString = "Start a mock interview" }).First;
        await start.WaitForAsync(new() { Timeout = 30_000 });
        await start.ClickAsync();
        await BotSaysAsync(page, "Question 1 of 5");

        // A suggested action (imBack): the command arrives as the user's text.
        await page.Locator("button", new() { HasTextString = "Skip" }).Last.ClickAsync();
        await BotSaysAsync(page, "Skipped: 0 points.");
        await BotSaysAsync(page, "Question 2 of 5");

        await page.FillAsync("[data-id=\"webchat-sendbox-input\"]", "stop");
        await page.ClickAsync("button.webchat__send-button");
        var summary = page.Locator(".ac-adaptiveCard", new() { HasTextString = "Total: 0/10" }).First;
        await summary.WaitForAsync(new() { Timeout = 30_000 });

        Directory.CreateDirectory(OutputFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(OutputFolder, "interview.png"), FullPage = true });
        Assert.Contains("Study list", await summary.InnerTextAsync());
    }

    private static Task BotSaysAsync(IPage page, string text) =>
        page.Locator(".webchat__bubble:not(.webchat__bubble--from-user)", new() { HasTextString = text }).First.WaitForAsync(new() { Timeout = 30_000 });

    /// <summary>Sends <paramref name="question"/> and waits until a sources card naming <paramref name="entryId"/> appears.</summary>
    private static async Task<TimeSpan> AskAsync(IPage page, string question, string entryId)
    {
        await page.FillAsync("[data-id=\"webchat-sendbox-input\"]", question);
        var clock = Stopwatch.StartNew();
        await page.ClickAsync("button.webchat__send-button");
        await page.Locator(".ac-adaptiveCard", new() { HasTextString = entryId }).First.WaitForAsync(new() { Timeout = 30_000 });
        return clock.Elapsed;
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
