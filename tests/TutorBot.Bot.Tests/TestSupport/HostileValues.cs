using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// FsCheck generators of the pieces of hostile input: texts (markup, script, javascript: links, control characters,
/// lone surrogates, a 50,000-character word, empty and whitespace), ids (10,000 characters, path traversal, control
/// characters), and JSON values of every type and shape (deep nesting, huge strings) for fields that expect another.
/// </summary>
internal static class HostileValues
{
    public static readonly string[] Markup =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click me](javascript:alert(1))",
        "![x](javascript:alert(document.cookie))",
        "[a](JaVaScRiPt:alert(1))",
        "[a]( javascript:alert(1) )",
        "[1]: javascript:alert(1)",
        "<javascript:alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<svg onload=alert(1)>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "`<script>alert(1)</script>`",
        "\\`<img src=x onerror=alert(1)>`",
        "**bold** _it_ # head | table |",
        "&lt;script&gt; &#106;avascript:",
    ];

    public static readonly string[] Words =
    [
        "", " ", "   \t  ", "\n\n", "help", "帮助", "mock interview", "模拟面试", "hint", "skip", "stop", "yes", "no",
        "What is the difference between LayerNorm and BatchNorm?", "为什么注意力要除以根号d?", "/interview",
    ];

    public static readonly string[] Ids =
    [
        "../../etc/passwd", "..\\..\\windows", "..%2F..%2F", "%2e%2e%2f", "/", ".", "..", "a/b", "con", "nul",
        "id\u0000nul", "tab\tid", "\u202Eevil", "\ud800", "💥", "<script>", "[x](javascript:alert(1))", "",
        new string('c', 10_000), new string('x', 513),
    ];

    /// <summary>Any UTF-16 code unit, lone surrogates and control characters included.</summary>
    public static Gen<string> AnyChars(int maxLength) =>
        Gen.Choose(0, maxLength).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c), n)).Select(chars => new string(chars));

    public static readonly Gen<string> Controls =
        Gen.ArrayOf(Gen.Elements('\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u200b', '\u202e', '\u2066', '\ufeff', '\u2028', '\r', '\t'), 6)
            .Select(chars => "he" + new string(chars) + "lp");

    public static readonly Gen<string> Text =
        Gen.Frequency(
            (6, Gen.Elements(Markup)),
            (4, Gen.Elements(Words)),
            (3, Gen.Elements(Markup).SelectMany(m => Gen.Elements("mock interview on ", "模拟面试 ", "mock interview about ", "").Select(p => p + m))),
            (2, Controls),
            (3, AnyChars(40)),
            (2, from first in Gen.Elements(Markup) from second in Gen.Elements(Markup) select first + " " + second),
            (1, Gen.Constant(new string('w', 50_000))),
            (1, Gen.Constant(new string('词', 2_001))));

    public static readonly Gen<string> Id = Gen.Frequency((5, Gen.Elements(Ids)), (1, AnyChars(20)));

    /// <summary>JSON of any type: scalars, arrays, objects, nesting up to 100 levels, a 100 KB string.</summary>
    public static readonly Gen<JToken> Json =
        Gen.Frequency(
            (3, Gen.Choose(int.MinValue, int.MaxValue).Select(i => (JToken)new JValue(i))),
            (1, Gen.Elements<JToken>(new JValue(true), new JValue(false), JValue.CreateNull(), new JValue(1e308), new JValue(-0.0))),
            (3, Text.Select(t => (JToken)new JValue(t))),
            (2, Gen.Choose(0, 5).Select(n => (JToken)new JArray(Enumerable.Range(0, n).Select(i => i % 2 == 0 ? (JToken)i : new JObject { ["k"] = i })))),
            (2, Gen.Choose(1, 100).Select(Nested)),
            (1, Gen.Constant(new string('v', 100_000)).Select(v => (JToken)new JValue(v))),
            (1, Gen.Constant(5_000).Select(n => (JToken)new JArray(Enumerable.Range(0, n).Select(i => new JObject { ["i"] = i })))));

    private static JToken Nested(int depth)
    {
        JToken token = new JValue("deep");
        for (var i = 0; i < depth; i++)
        {
            token = i % 2 == 0 ? new JObject { ["kind"] = token } : new JArray(token);
        }

        return token;
    }
}
