using System.Globalization;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;
using TutorBot.Bot.Exports;
using TutorBot.Core;
using TutorBot.Core.Export;
using TutorBot.Core.Interview.Text;

namespace TutorBot.Bot.Replies;

/// <summary>
/// The messages of an Anki export. Web Chat, the Emulator and other channels get a file attachment
/// (<c>text/plain</c>, <c>contentUrl</c> = the download route, <c>name</c>), which Web Chat 4.18 renders as a download
/// link. Teams gets a file consent card (Teams accepts no file attachments from bots in chat): its accept and decline
/// contexts carry the prepared file's token and the language; once the file is uploaded, a file info card.
/// Topics written by the learner are shown through <see cref="EchoedText"/>.
/// </summary>
internal static class ExportActivities
{
    /// <summary>Marks our consent contexts, so another card's context is not mistaken for an export.</summary>
    public const string ContextKind = "tutorbot.export";

    public static Activity Download(StudyExportResult result, PreparedExport export, Uri url, int minutes)
    {
        var l = result.Language;
        var text = $"{Headline(result)}\n\n{StudyExportTexts.HowToImport.In(l)} {string.Format(CultureInfo.InvariantCulture, ExportBotTexts.LinkLifetime.In(l), minutes)}";
        var activity = InterviewActivities.Text(text, l);
        activity.Attachments = [new Attachment { ContentType = "text/plain", ContentUrl = url.AbsoluteUri, Name = export.FileName }];
        return activity;
    }

    public static Activity ConsentRequest(StudyExportResult result, PreparedExport export)
    {
        var l = result.Language;
        var activity = InterviewActivities.Text($"{Headline(result)}\n\n{ExportBotTexts.AcceptToSave.In(l)}\n\n{StudyExportTexts.HowToImport.In(l)}", l);
        var context = new JObject { ["kind"] = ContextKind, ["token"] = export.Token, ["lang"] = l == Language.Chinese ? "zh" : "en" };
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = FileConsentCard.ContentType,
                Name = export.FileName,
                Content = new FileConsentCard
                {
                    Description = string.Format(CultureInfo.InvariantCulture, ExportBotTexts.ConsentDescription.In(l), export.NoteCount),
                    SizeInBytes = export.Bytes().Length,
                    AcceptContext = context,
                    DeclineContext = context.DeepClone(),
                },
            },
        ];
        return activity;
    }

    public static Activity Uploaded(FileUploadInfo upload, Language l)
    {
        var activity = InterviewActivities.Text(ExportBotTexts.Uploaded.In(l), l);
        activity.Attachments =
        [
            new Attachment
            {
                ContentType = FileInfoCard.ContentType,
                ContentUrl = upload.ContentUrl,
                Name = upload.Name,
                Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
            },
        ];
        return activity;
    }

    /// <summary>Why there is no file (nothing to study yet, or no such topic), with the topics one can export.</summary>
    public static Activity NoFile(StudyExportResult result, double studyBelowScore)
    {
        var l = result.Language;
        var reason = result.Kind == StudyExportKind.UnknownTopic
            ? StudyExportTexts.UnknownTopic(EchoedText.Safe(result.RequestedTopic)).In(l)
            : StudyExportTexts.NothingToStudy(studyBelowScore, ExportBotTexts.TopicExample).In(l);
        var topics = result.Topics.Count == 0
            ? ""
            : "\n\n" + StudyExportTexts.TopicsTitle.In(l) + "\n\n" + string.Join("\n", result.Topics.Select(t => "- " + InterviewTexts.TopicLine(t).In(l)));
        return InterviewActivities.Text(reason + topics, l);
    }

    public static Activity Say(BilingualText text, Language l) => InterviewActivities.Text(text.In(l), l);

    /// <summary>The token and language of one of our consent contexts; a null token when it is not ours.</summary>
    public static (string? Token, Language Language) ReadContext(object? context)
    {
        var json = context as JObject;
        var language = (string?)json?["lang"] == "zh" ? Language.Chinese : Language.English;
        return ((string?)json?["kind"] == ContextKind ? (string?)json?["token"] : null, language);
    }

    private static string Headline(StudyExportResult result) => result.Kind == StudyExportKind.Topic && result.TopicName is { } name
        ? StudyExportTexts.WholeTopic(result.File!.NoteCount, new BilingualText(EchoedText.Safe(name.Zh), EchoedText.Safe(name.En))).In(result.Language)
        : StudyExportTexts.StudyList(result.File!.NoteCount).In(result.Language);
}
