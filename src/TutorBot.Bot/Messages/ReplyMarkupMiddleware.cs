using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Replies;

namespace TutorBot.Bot.Messages;

/// <summary>
/// Adapter middleware that passes everything the bot sends or updates, on every channel, through
/// <see cref="ReplyMarkup"/>: the text (markdown in Web Chat and Teams), Adaptive Card text (TextBlock, TextRun and
/// FactSet, which render markdown) and card addresses (<c>url</c>, <c>iconUrl</c>: http, https, mailto or a fragment,
/// else <c>#</c>), and suggested <c>openUrl</c> buttons (dropped unless their address is safe). Submit data is not
/// shown to anyone, so it is left as it is.
/// </summary>
internal sealed class ReplyMarkupMiddleware : Microsoft.Bot.Builder.IMiddleware
{
    private static readonly string[] MarkdownProperties = ["text", "title", "value"];
    private static readonly string[] AddressProperties = ["url", "iconUrl"];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken)
    {
        turnContext.OnSendActivities(async (_, activities, nextSend) =>
        {
            activities.ForEach(Neutralise);
            return await nextSend();
        });
        turnContext.OnUpdateActivity(async (_, activity, nextUpdate) =>
        {
            Neutralise(activity);
            return await nextUpdate();
        });
        await next(cancellationToken);
    }

    /// <summary>Neutralises <paramref name="activity"/> in place.</summary>
    public static void Neutralise(Activity activity)
    {
        if (activity.Text is { } text)
        {
            activity.Text = ReplyMarkup.Neutralise(text);
        }

        foreach (var card in (activity.Attachments ?? []).Select(a => a.Content).OfType<JToken>())
        {
            NeutraliseCard(card);
        }

        if (activity.SuggestedActions?.Actions is { } actions)
        {
            activity.SuggestedActions.Actions = actions
                .Where(a => a.Type != ActionTypes.OpenUrl || (a.Value is string address && ReplyMarkup.IsSafeAddress(address)))
                .ToList();
        }
    }

    private static void NeutraliseCard(JToken token)
    {
        switch (token)
        {
            case JObject card:
                foreach (var property in card.Properties().ToList())
                {
                    if (property.Name == "data")
                    {
                        continue;
                    }

                    if (property.Value is JValue { Value: string value })
                    {
                        if (MarkdownProperties.Contains(property.Name))
                        {
                            property.Value = ReplyMarkup.Neutralise(value);
                        }
                        else if (AddressProperties.Contains(property.Name) && !ReplyMarkup.IsSafeAddress(value))
                        {
                            property.Value = "#";
                        }
                    }
                    else
                    {
                        NeutraliseCard(property.Value);
                    }
                }

                break;
            case JArray items:
                foreach (var item in items)
                {
                    NeutraliseCard(item);
                }

                break;
        }
    }
}
