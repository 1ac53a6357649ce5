using FsCheck;
using FsCheck.Fluent;
using Microsoft.Bot.Schema;
using Microsoft.FSharp.Core;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Limits;
using TutorBot.Bot.Messages;
using TutorBot.Bot.Replies;
using TutorBot.Bot.Tests.TestSupport;

namespace TutorBot.Bot.Tests.Replies;

/// <summary>The markup guards in isolation: what the bot sends, what it quotes back, and what it reads.</summary>
public sealed class ReplyMarkupTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("![x](JAVASCRIPT:alert(1))")]
    [InlineData("[x]( \n javascript:alert(1))")]
    [InlineData("[1]: javascript:alert(1)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("\\`<img src=x onerror=alert(1)>`")]
    [InlineData("[x\\\\](javascript:alert(1))")]
    [InlineData("`<script>alert(1)</script>`")]
    [InlineData("```\n[x](javascript:alert(1))\n<img src=x onerror=alert(1)>\n```")]
    [InlineData("[\\\\`<img src=x onerror=alert(1)>`**bold** |([1]: javascript:alert(1)")]
    public void NeutralisedMarkdownHasNoRunnableMarkup(string markdown)
    {
        Assert.NotNull(UnsafeMarkup.In(markdown));

        Assert.Null(UnsafeMarkup.In(ReplyMarkup.Neutralise(markdown)));
    }

    [Theory]
    [InlineData("[x](&#106;avascript:alert(1))")]
    [InlineData("[x](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[x](vbscript:msgbox)")]
    [InlineData("[x](//evil.example/)")]
    public void LinkToAnythingButHttpMailtoOrAFragmentBecomesText(string markdown)
    {
        var neutral = ReplyMarkup.Neutralise(markdown);

        Assert.DoesNotContain("](", neutral);
        Assert.StartsWith("[x]\\(", neutral);
    }

    [Theory]
    [InlineData("Plain text, [1] markers and **bold**.")]
    [InlineData("See [the paper](https://arxiv.org/abs/1706.03762) and [mail](mailto:a@b.c).")]
    [InlineData("Answer [1].\n\n[1]: https://example.com/q13 \"Attention (q13)\"")]
    [InlineData("Code: `<eos>` and `f[i](x)`\n```\n<b>x</b>\n```")]
    [InlineData("x < y and a <= b")]
    public void SafeMarkdownIsLeftAsItIs(string markdown) => Assert.Equal(markdown, ReplyMarkup.Neutralise(markdown));

    [Fact]
    public void NeutralisingAnyMixOfMarkupLeavesNothingRunnable()
    {
        var pieces = Gen.Elements(HostileValues.Markup.Concat(["`", "```\n", "\n", "](", "[", "]", "(", " ", "\\", "\\\\", "<", "javascript:", "x"]).ToArray());
        var text = Gen.Choose(1, 12).SelectMany(n => Gen.ArrayOf(pieces, n)).Select(p => string.Concat(p));

        Prop.ForAll(text.ToArbitrary(), markdown => UnsafeMarkup.In(ReplyMarkup.Neutralise(markdown)) is null)
            .Check(Config.QuickThrowOnFailure.WithMaxTest(5000).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(4600444172435554196, 3728563203182413973), FSharpOption<int>.None))));
    }

    [Fact]
    public void EchoOfAnyTextIsLiteral()
    {
        var text = Gen.Frequency((3, Gen.Elements(HostileValues.Markup)), (1, HostileValues.AnyChars(100)));

        Prop.ForAll(text.ToArbitrary(), typed =>
        {
            var echo = MarkdownEcho.Literal(typed);
            return UnsafeMarkup.In(echo) is null && !echo.Contains('<') && !echo.Contains("](", StringComparison.Ordinal) && echo.Length <= 6 * (MarkdownEcho.MaxChars + 1);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20_261_129, 7), FSharpOption<int>.None))));
    }

    [Fact]
    public void EchoEscapesMarkdownAndEntities() =>
        Assert.Equal("\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;b&gt; &amp; \\*", MarkdownEcho.Literal("[x](javascript:alert(1)) <b> & *"));

    [Fact]
    public void CardTextAndAddressesAreNeutralisedButSubmitDataIsNot()
    {
        var card = JObject.Parse("""
            {"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"[x](javascript:alert(1))"},
             {"type":"FactSet","facts":[{"title":"<script>","value":"ok"}]}],
             "actions":[{"type":"Action.OpenUrl","title":"go","url":"javascript:alert(1)"},
                        {"type":"Action.Submit","title":"vote","data":{"question":"<script>keep</script>"}}]}
            """);
        var activity = new Activity(ActivityTypes.Message)
        {
            Text = "<svg onload=alert(1)>",
            Attachments = [new Attachment { ContentType = SourcesCard.ContentType, Content = card }],
            SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.OpenUrl, "bad", value: "javascript:alert(1)"), new CardAction(ActionTypes.ImBack, "ok", value: "help")] },
        };

        ReplyMarkupMiddleware.Neutralise(activity);

        Assert.Null(UnsafeMarkup.In(JObject.FromObject(activity)));
        Assert.Equal("#", (string?)card["actions"]![0]!["url"]);
        Assert.Equal("<script>keep</script>", (string?)card["actions"]![1]!["data"]!["question"]);
        Assert.Equal(["help"], activity.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Theory]
    [InlineData("he\u0000llo", "hello")]
    [InlineData("a\tb\r\nc", "a b\n\nc")]
    [InlineData("\u202Eevil\u2066", "evil")]
    [InlineData("zero\u200Bwidth\uFEFF", "zerowidth")]
    [InlineData("emoji 👩‍💻 and 中文", "emoji 👩‍💻 and 中文")]
    public void ControlCharactersAreStripped(string text, string expected) => Assert.Equal(expected, ControlCharacters.Strip(text));

    [Fact]
    public void LoneSurrogateBecomesTheReplacementCharacter() =>
        Assert.Equal("lone \uFFFD surrogate \uFFFD", ControlCharacters.Strip("lone " + '\uD800' + " surrogate " + '\uDC00'));
}
