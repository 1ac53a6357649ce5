using FsCheck;
using FsCheck.Fluent;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// FsCheck generators of activities that are wrong in one to three ways: an unknown or empty type, hostile text,
/// a card submit value of the wrong shape, a field of the wrong type or missing, a hostile id, nulls in lists.
/// Every activity that is sent to <c>/api/messages</c> keeps a loopback <c>serviceUrl</c> (or none, or one that is not
/// a string): a reply the bot sends on its own never leaves this machine.
/// </summary>
internal static class HostileActivities
{
    public const string LoopbackServiceUrl = "http://127.0.0.1:9/";

    private static readonly string[] Types =
        ["message", "message", "message", "conversationUpdate", "invoke", "event", "typing", "endOfConversation", "messageReaction", "installationUpdate", "bogus", "", " ", "MESSAGE"];

    private static readonly string[] Fields =
        ["type", "text", "id", "channelId", "conversation", "from", "recipient", "locale", "textFormat", "timestamp", "value", "name", "entities", "attachments", "membersAdded", "channelData", "replyToId", "suggestedActions"];

    /// <summary>A hostile activity; <paramref name="conversationId"/> is the conversation it claims.</summary>
    public static Gen<JObject> Activity(string conversationId) =>
        from count in Gen.Choose(1, 3)
        from mutations in Gen.ArrayOf(Mutation, count)
        from expectReplies in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        select Apply(Base(conversationId, expectReplies), mutations);

    private static JObject Apply(JObject activity, Action<JObject>[] mutations)
    {
        foreach (var mutate in mutations)
        {
            mutate(activity);
        }

        return activity;
    }

    private static JObject Base(string conversationId, bool expectReplies)
    {
        var activity = new JObject
        {
            ["type"] = "message",
            ["id"] = Guid.NewGuid().ToString("N"),
            ["channelId"] = "test",
            ["serviceUrl"] = LoopbackServiceUrl,
            ["from"] = new JObject { ["id"] = "fuzz-user", ["name"] = "Fuzz", ["role"] = "user" },
            ["recipient"] = new JObject { ["id"] = "bot-1", ["name"] = "TutorBot", ["role"] = "bot" },
            ["conversation"] = new JObject { ["id"] = conversationId },
            ["text"] = "help",
            ["locale"] = "en-US",
        };
        if (expectReplies)
        {
            activity["deliveryMode"] = "expectReplies";
        }

        return activity;
    }

    /// <summary>Card submit values: the bot's own shapes with fields of the wrong type, or any JSON at all.</summary>
    private static readonly Gen<JToken> SubmitValue =
        Gen.Frequency(
            (2, HostileValues.Json),
            (2, HostileValues.Json.Select(v => (JToken)new JObject { ["kind"] = "tutorbot.feedback", ["reaction"] = v, ["question"] = v, ["entries"] = v, ["mode"] = v })),
            (1, HostileValues.Text.Select(t => (JToken)new JObject { ["kind"] = "tutorbot.feedback", ["reaction"] = "dislike", ["question"] = t, ["entries"] = new JArray(t, 5, JValue.CreateNull()), ["mode"] = "llm" })),
            (2, HostileValues.Json.Select(v => (JToken)new JObject { ["kind"] = "tutorbot.command", ["command"] = v })),
            (1, HostileValues.Text.Select(t => (JToken)new JObject { ["kind"] = "tutorbot.command", ["command"] = t })),
            (1, HostileValues.Json.Select(v => (JToken)new JObject { ["kind"] = v })),
            (1, HostileValues.Json.Select(v => (JToken)new JObject { ["actionValue"] = new JObject { ["reaction"] = v, ["feedback"] = v } })));

    private static readonly Gen<Action<JObject>> Mutation =
        Gen.Frequency(
            (3, Gen.Elements(Types).Select(SetString("type"))),
            (8, HostileValues.Text.Select(SetString("text"))),
            (4, SubmitValue.Select(Set("value"))),
            (3, from name in Gen.Elements(Fields) from value in HostileValues.Json select Set(name)(value)),
            (2, Gen.Elements(Fields).Select(Remove)),
            (1, Gen.Elements<JToken>(5, new JArray(), new JObject(), JValue.CreateNull(), false).Select(Set("serviceUrl"))),
            (3, from account in Gen.Elements("conversation", "from", "recipient") from id in HostileValues.Id select SetId(account, id)),
            (1, HostileValues.Id.Select(SetString("id"))),
            (1, HostileValues.Id.Select(SetString("channelId"))),
            (1, Gen.Elements<JToken>(new JArray(JValue.CreateNull()), new JArray(1, "x"), new JArray(new JObject { ["id"] = "../../x" })).Select(Set("membersAdded"))),
            (1, Gen.Elements<JToken>(
                new JArray(new JObject { ["type"] = "mention", ["mentioned"] = 5, ["text"] = new JObject() }),
                new JArray(new JObject { ["type"] = "mention", ["mentioned"] = new JObject { ["id"] = "bot-1" }, ["text"] = "<at>TutorBot</at>" }),
                new JArray(JValue.CreateNull())).Select(Set("entities"))),
            (1, HostileValues.Text.Select(t => SetString("locale")(t.Length > 200 ? t[..200] : t))));

    private static Func<JToken, Action<JObject>> Set(string field) => value => activity => activity[field] = value.DeepClone();

    private static Func<string, Action<JObject>> SetString(string field) => value => activity => activity[field] = value;

    private static Action<JObject> Remove(string field) => activity => activity.Remove(field);

    private static Action<JObject> SetId(string account, string id) => activity => activity[account] = new JObject { ["id"] = id, ["name"] = "x" };
}
