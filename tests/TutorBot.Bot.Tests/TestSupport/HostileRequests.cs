using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// FsCheck generator of bad requests to every route of the host: <c>/api/messages</c> and the local Direct Line with
/// hostile activities (<see cref="HostileActivities"/>) in damaged bodies (truncated JSON, invalid UTF-8, not JSON at
/// all, 64+ levels deep, 1 MB with and without a length), odd content types and authorization headers; Direct Line
/// reads, token refreshes and starts with other conversations' or made-up tokens, hostile ids in paths and garbage
/// watermarks; routes that do not exist and path traversal into the static files.
/// </summary>
internal static class HostileRequests
{
    private static readonly string[] ApiConversations = ["fuzz-1", "fuzz-2", "fuzz-3"];

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0x80, 0x80, 0x80]];

    private static readonly string[] Watermarks = ["0", "-1", "999999999999", "abc", "", "1e9", "%00", "0x10", "NaN", "2147483648"];

    private static readonly string[] Languages = ["zh;q=abc", ",,,;;", "*;q=0.5, en;q=2", new string('x', 3000), "en-US", "zh-CN,zh;q=0.9", "q=1"];

    private static readonly string[] Elsewhere =
    [
        "GET /lib/..%2f..%2fappsettings.json", "GET /%2e%2e/%2e%2e/etc/passwd", "GET /healthz?x=<script>", "POST /", "PUT /api/messages",
        "GET /api/messages", "DELETE /v3/directline/conversations/x", "GET /v3/directline/streams", "POST /v3/directline/conversations/x/upload",
        "GET /v3/directline/conversations/x", "PATCH /v3/directline/tokens/refresh", "GET /v3/directline/tokens/generate", "GET /..%5c..%5cwindows",
    ];

    private static readonly string[] ContentTypes = ["text/plain", "application/json; charset=iso-8859-1", "garbage/;;;", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"];

    /// <summary>A bad request; <paramref name="pool"/> holds real conversations (id and token) to aim at.</summary>
    public static Gen<HostileRequest> Any(IReadOnlyList<(string Id, string Token)> pool) =>
        Gen.Frequency(
            (10, Messages),
            (8, DirectLinePosts(pool)),
            (3, DirectLineReads(pool)),
            (2, DirectLineTokens(pool)),
            (1, Gen.Elements(Elsewhere).Select(route => new HostileRequest("elsewhere", route.Split(' ')[0], route.Split(' ')[1], route.StartsWith("GET", StringComparison.Ordinal) ? null : [0x7B]))));

    private static Gen<HostileRequest> Messages =>
        from conversation in Gen.Elements(ApiConversations)
        from activity in HostileActivities.Activity(conversation)
        from body in Body(activity)
        from contentType in ContentType
        from authorization in Gen.Frequency(
            (12, Gen.Constant<string?>(null)),
            (1, Gen.Elements<string?>("Bearer x", "Bearer " + new string('a', 4000), "Basic Zm9vOmJhcg==", "Bearer eyJhbGciOiJub25lIn0.e30.", "Bearer")))
        select new HostileRequest("/api/messages", "POST", "/api/messages", body.Bytes, contentType, authorization, Chunked: body.Chunked);

    private static Gen<HostileRequest> DirectLinePosts(IReadOnlyList<(string Id, string Token)> pool) =>
        from target in Target(pool)
        from activity in HostileActivities.Activity("claimed-" + target.Path.Length)
        from body in Body(activity)
        from contentType in ContentType
        select new HostileRequest("direct line post", "POST", $"/v3/directline/conversations/{target.Path}/activities", body.Bytes, contentType, target.Authorization, Chunked: body.Chunked);

    private static Gen<HostileRequest> DirectLineReads(IReadOnlyList<(string Id, string Token)> pool) =>
        from target in Target(pool)
        from watermark in Gen.Elements(Watermarks)
        select new HostileRequest("direct line read", "GET", $"/v3/directline/conversations/{target.Path}/activities?watermark={watermark}", Authorization: target.Authorization);

    private static Gen<HostileRequest> DirectLineTokens(IReadOnlyList<(string Id, string Token)> pool) =>
        from route in Gen.Elements("/v3/directline/tokens/refresh", "/v3/directline/conversations", "/v3/directline/tokens/generate")
        from authorization in Authorization(pool)
        from language in Gen.Frequency((3, Gen.Constant<string?>(null)), (1, Gen.Elements<string?>(Languages)))
        select new HostileRequest("direct line token", "POST", route, Authorization: authorization, AcceptLanguage: language);

    // Mostly a conversation with its own token; else another's token, a made-up one, none, or a hostile id.
    private static Gen<(string Path, string? Authorization)> Target(IReadOnlyList<(string Id, string Token)> pool) =>
        Gen.Frequency(
            (10, Gen.Elements(pool.ToArray()).Select(c => (c.Id, (string?)("Bearer " + c.Token)))),
            (1, from a in Gen.Elements(pool.ToArray()) from b in Gen.Elements(pool.ToArray()) select (a.Id, (string?)("Bearer " + b.Token))),
            (1, from c in Gen.Elements(pool.ToArray()) from auth in Authorization(pool) select (c.Id, auth)),
            (2, from id in HostileValues.Id from c in Gen.Elements(pool.ToArray()) select (Uri.EscapeDataString(id), (string?)("Bearer " + c.Token))),
            (1, Gen.Elements(pool.ToArray()).Select(c => ("../" + c.Id, (string?)("Bearer " + c.Token)))));

    private static Gen<string?> Authorization(IReadOnlyList<(string Id, string Token)> pool) =>
        Gen.Frequency(
            (2, Gen.Elements(pool.ToArray()).Select(c => (string?)("Bearer " + c.Token))),
            (1, Gen.Elements<string?>(null, "Bearer", "Bearer ", "Bearer x", "bearer " + new string('t', 5000), "Token abc", "Bearer ../../etc")));

    private static Gen<string?> ContentType => Gen.Frequency((10, Gen.Constant<string?>("application/json")), (1, Gen.Elements<string?>(ContentTypes)), (1, Gen.Constant<string?>(null)));

    private static Gen<(byte[] Bytes, bool Chunked)> Body(JObject activity)
    {
        var json = Encoding.UTF8.GetBytes(activity.ToString(Formatting.None));
        return Gen.Frequency(
            (14, Gen.Constant((json, false))),
            (2, Gen.Choose(0, json.Length).Select(n => (json[..n], false))),
            (2, Gen.Elements(InvalidUtf8).Select(bad => (InText(activity, bad), false))),
            (1, from at in Gen.Choose(0, json.Length) from bad in Gen.Elements(InvalidUtf8) select ((byte[])[.. json[..at], .. bad, .. json[at..]], false)),
            (2, Junk.Select(junk => (junk, false))),
            (1, Gen.Elements(false, true).Select(chunked => (Padded(activity, 1_100_000), chunked))));
    }

    private static readonly Gen<byte[]> Junk =
        Gen.Frequency(
            (1, Gen.Elements<byte[]>([], "null"u8.ToArray(), "[]"u8.ToArray(), "42"u8.ToArray(), "\"text\""u8.ToArray(), "{}"u8.ToArray(), "{\"type\":\"message\"}{}"u8.ToArray())),
            (1, Gen.Choose(65, 3000).Select(depth => Encoding.ASCII.GetBytes(new string('[', depth) + new string(']', depth)))),
            (1, Gen.Choose(0, 2000).SelectMany(n => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), n))));

    // The activity with bytes that are not UTF-8 inside its text.
    private static byte[] InText(JObject activity, byte[] bad)
    {
        var copy = (JObject)activity.DeepClone();
        copy["text"] = "before\uE000after";
        var marker = Encoding.UTF8.GetBytes("\uE000");
        var bytes = Encoding.UTF8.GetBytes(copy.ToString(Formatting.None));
        var at = bytes.AsSpan().IndexOf(marker);
        return [.. bytes[..at], .. bad, .. bytes[(at + marker.Length)..]];
    }

    private static byte[] Padded(JObject activity, int size)
    {
        var copy = (JObject)activity.DeepClone();
        copy["text"] = new string('a', size);
        return Encoding.UTF8.GetBytes(copy.ToString(Formatting.None));
    }
}
