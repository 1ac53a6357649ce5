using System.Net.Http.Headers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using TutorBot.Bot.Exports;
using TutorBot.Bot.Replies;
using TutorBot.Bot.Turns;

namespace TutorBot.Bot.Teams;

/// <summary>
/// The user's answer to an export's file consent card (Teams' <c>fileConsent/invoke</c>), following Microsoft Learn's
/// "Send and receive files using bot" (learn.microsoft.com/microsoftteams/platform/bots/how-to/bots-filesv4). Accept:
/// the context's token names the prepared file, which must be the sender's own; its bytes are PUT to the OneDrive
/// <c>uploadUrl</c> Teams gave (with <c>Content-Range: bytes 0-(n-1)/n</c>, as an upload session takes them), then a
/// file info card (<c>contentUrl</c>, <c>uniqueId</c>, <c>fileType</c> from the upload info) lets the user open or
/// download it, and the prepared file is deleted. Decline: the prepared file is deleted. Unknown, expired or foreign
/// tokens upload nothing. Teams gets 200 for the invoke in every case (the handler answers it).
/// </summary>
internal sealed class FileConsentTurn(PreparedExports prepared, IHttpClientFactory http, ILogger<FileConsentTurn> logger)
{
    private static readonly TimeSpan UploadTimeout = TimeSpan.FromSeconds(30);

    public async Task AcceptAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var (token, language) = ExportActivities.ReadContext(response.Context);
        var export = await prepared.FindAsync(token, cancellationToken);
        if (export is null || !export.BelongsTo(ChatKeys.Of(turnContext.Activity)))
        {
            await turnContext.SendActivityAsync(ExportActivities.Say(ExportBotTexts.Expired, language), cancellationToken);
            return;
        }

        if (!Uri.TryCreate(response.UploadInfo?.UploadUrl, UriKind.Absolute, out var uploadUrl) || uploadUrl.Scheme is not ("https" or "http"))
        {
            logger.LogWarning("A file consent came without a usable upload URL");
            await turnContext.SendActivityAsync(ExportActivities.Say(ExportBotTexts.UploadFailed, language), cancellationToken);
            return;
        }

        var bytes = export.Bytes();
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(UploadTimeout);
            using var content = new ByteArrayContent(bytes);
            content.Headers.ContentLength = bytes.Length;
            content.Headers.ContentRange = new ContentRangeHeaderValue(0, bytes.Length - 1, bytes.Length);
            using var upload = await http.CreateClient().PutAsync(uploadUrl, content, timeout.Token);
            upload.EnsureSuccessStatusCode();
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Uploading an Anki export to OneDrive failed: {Reason}", ex.Message);
            await turnContext.SendActivityAsync(ExportActivities.Say(ExportBotTexts.UploadFailed, language), cancellationToken);
            return;
        }

        await prepared.RemoveAsync(export.Token, cancellationToken);
        logger.LogInformation("Uploaded an Anki export of {Bytes} bytes to OneDrive", bytes.Length);
        await turnContext.SendActivityAsync(ExportActivities.Uploaded(response.UploadInfo!, language), cancellationToken);
    }

    public async Task DeclineAsync(ITurnContext<IInvokeActivity> turnContext, FileConsentCardResponse response, CancellationToken cancellationToken)
    {
        var (token, language) = ExportActivities.ReadContext(response.Context);
        if (await prepared.FindAsync(token, cancellationToken) is { } export && export.BelongsTo(ChatKeys.Of(turnContext.Activity)))
        {
            await prepared.RemoveAsync(export.Token, cancellationToken);
        }

        await turnContext.SendActivityAsync(ExportActivities.Say(ExportBotTexts.Declined, language), cancellationToken);
    }
}
