using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>The <c>fileConsent/invoke</c> activities Teams sends when the user accepts or declines a file consent card.</summary>
internal static class FileConsentActivities
{
    public static Activity Accept(JToken context, string uploadUrl, string serviceUrl, string conversationId, string fileName) =>
        Invoke(new JObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = context.DeepClone(),
            ["uploadInfo"] = new JObject
            {
                ["contentUrl"] = $"https://contoso.sharepoint.com/personal/student/Documents/Applications/TutorBot/{fileName}",
                ["name"] = fileName,
                ["uploadUrl"] = uploadUrl,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C8C",
                ["fileType"] = "txt",
                ["etag"] = "123",
            },
        }, serviceUrl, conversationId);

    public static Activity Decline(JToken context, string serviceUrl, string conversationId) =>
        Invoke(new JObject { ["type"] = "fileUpload", ["action"] = "decline", ["context"] = context.DeepClone() }, serviceUrl, conversationId);

    private static Activity Invoke(JObject value, string serviceUrl, string conversationId)
    {
        var activity = TeamsActivities.Message("", serviceUrl, conversationId: conversationId);
        activity.Type = ActivityTypes.Invoke;
        activity.Text = null;
        activity.Name = "fileConsent/invoke";
        activity.Value = value;
        return activity;
    }
}
