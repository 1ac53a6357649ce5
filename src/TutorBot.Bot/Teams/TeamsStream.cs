using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Teams;

/// <summary>
/// Teams' streaming protocol for one reply in a personal chat: the text so far goes out as <c>typing</c> activities
/// marked <c>streamType: streaming</c> with a rising <c>streamSequence</c> (in a <c>streaminfo</c> entity and, for
/// older clients, in channelData); the id Teams returns for the first one is the <c>streamId</c> of the rest; the
/// complete message closes the stream with <c>streamType: final</c>. Updates are sent at most once per
/// <see cref="MinInterval"/>, the pace Teams accepts.
/// </summary>
internal sealed class TeamsStream(ITurnContext turnContext, TimeSpan minInterval)
{
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);
    private DateTimeOffset _lastUpdate = DateTimeOffset.MinValue;
    private int _sequence;

    /// <summary>The stream's id once Teams has acknowledged the first update; null before.</summary>
    public string? StreamId { get; private set; }

    public bool Started => _sequence > 0;

    /// <summary>Sends <paramref name="textSoFar"/> unless an update went out less than the interval ago.</summary>
    public async Task UpdateAsync(string textSoFar, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        if (string.IsNullOrWhiteSpace(textSoFar) || now - _lastUpdate < minInterval)
        {
            return;
        }

        _lastUpdate = now;
        _sequence++;
        var update = new Activity(ActivityTypes.Typing) { Text = textSoFar };
        update.Entities = [Info("streaming", _sequence)];
        update.ChannelData = ChannelData("streaming", _sequence);
        var response = await turnContext.SendActivityAsync(update, cancellationToken);
        StreamId ??= response?.Id;
    }

    /// <summary>Marks <paramref name="final"/> as the message that ends the stream (no-op when no update was sent).</summary>
    public Activity Close(Activity final)
    {
        if (!Started)
        {
            return final;
        }

        final.Entities = [.. final.Entities ?? [], Info("final", null)];
        var channelData = final.ChannelData is JObject existing ? existing : new JObject();
        channelData.Merge(ChannelData("final", null));
        final.ChannelData = channelData;
        return final;
    }

    private Entity Info(string streamType, int? sequence)
    {
        var json = new JObject { ["type"] = "streaminfo", ["streamType"] = streamType };
        if (sequence is { } n)
        {
            json["streamSequence"] = n;
        }

        if (StreamId is { } id)
        {
            json["streamId"] = id;
        }

        return json.ToObject<Entity>()!;
    }

    private JObject ChannelData(string streamType, int? sequence)
    {
        var json = new JObject { ["streamType"] = streamType };
        if (sequence is { } n)
        {
            json["streamSequence"] = n;
        }

        if (StreamId is { } id)
        {
            json["streamId"] = id;
        }

        return json;
    }
}
