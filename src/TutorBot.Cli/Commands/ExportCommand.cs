using System.CommandLine;
using System.Text;
using TutorBot.Cli.Hosting;
using TutorBot.Core;
using TutorBot.Core.Export;
using TutorBot.Core.Interview;
using TutorBot.Core.Interview.Text;
using TutorBot.Core.State;

namespace TutorBot.Cli.Commands;

/// <summary>
/// <c>export --format anki [--user U] [--topic X] [--lang zh|en] [--out file]</c>: the learner's study list (the
/// questions they scored low on or are forgetting, weakest first), or every question of a topic, as an Anki import
/// file. Writes the file (UTF-8; by default under its suggested name in the current folder, replacing an older
/// export) and prints how many notes went where. Nothing to study, or an unknown topic, writes nothing and exits 1.
/// </summary>
internal static class ExportCommand
{
    private static readonly BilingualText TopicExample = new("tutorbot export --topic attention", "tutorbot export --topic attention");

    public static Command Create(CliServices services)
    {
        var format = new Option<string>("--format") { Description = "File format: anki (the only one so far).", DefaultValueFactory = _ => "anki" };
        var user = new Option<string?>("--user") { Description = "Whose study list (default: the OS user name)." };
        var topic = new Option<string?>("--topic") { Description = "Export every question of this topic instead (a syllabus id, name or alias such as rag-agents, attention, 位置编码, or a tag)." };
        var lang = new Option<string?>("--lang") { Description = "Language of the cards: zh or en (default: the topic's language, else English)." };
        var output = new Option<string?>("--out") { Description = "The file (or folder) to write (default: the suggested name, e.g. tutorbot-anki-en.txt, in the current folder)." };
        var command = new Command("export", "Your weak questions (or a whole topic) as a file to import into Anki.")
        {
            format, user, topic, lang, output,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var chosenFormat = parse.GetValue(format)?.Trim().ToLowerInvariant();
            if (chosenFormat != "anki")
            {
                throw new UserErrorException($"--format must be anki (the only export format so far), not '{parse.GetValue(format)}'");
            }

            var requested = parse.GetValue(topic);
            var language = CliLanguage.Parse(parse.GetValue(lang)) ?? (requested is { } t ? LanguageDetector.Detect(t) : Language.English);
            var report = await CurrentIndex.EnsureAsync(services, force: false, cancellationToken);
            if (report.Entries == 0)
            {
                return ExitCodes.UserError;
            }

            var learner = ChatKey.CommandLine(CliUser.Id(parse.GetValue(user)));
            var result = await services.Get<StudyExport>().ExportAsync(learner, language, requested, cancellationToken);
            if (result.File is not { } file)
            {
                Console.Out.Write(NoFile(result, services.Get<InterviewOptions>().StudyBelowScore));
                return ExitCodes.UserError;
            }

            var path = Target(parse.GetValue(output), file.FileName);
            await File.WriteAllTextAsync(path, file.Content, new UTF8Encoding(false), cancellationToken);
            var l = result.Language;
            Console.Out.WriteLine($"Wrote {file.NoteCount} note(s) to {path}");
            Console.Out.WriteLine(result.Kind == StudyExportKind.Topic
                ? StudyExportTexts.WholeTopic(file.NoteCount, result.TopicName!).In(l)
                : StudyExportTexts.StudyList(file.NoteCount).In(l));
            Console.Out.WriteLine(StudyExportTexts.HowToImport.In(l));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string NoFile(StudyExportResult result, double studyBelowScore)
    {
        var l = result.Language;
        var text = new StringBuilder();
        text.AppendLine(result.Kind == StudyExportKind.UnknownTopic
            ? StudyExportTexts.UnknownTopic(result.RequestedTopic ?? "").In(l)
            : StudyExportTexts.NothingToStudy(studyBelowScore, TopicExample).In(l));
        if (result.Topics.Count > 0)
        {
            text.AppendLine(StudyExportTexts.TopicsTitle.In(l));
            foreach (var t in result.Topics)
            {
                text.AppendLine($"  - {t.Topic.Id}: {InterviewTexts.TopicLine(t).In(l)}");
            }
        }

        return text.ToString();
    }

    // --out may name a file or an existing folder; without it, the suggested name in the current folder.
    private static string Target(string? output, string fileName)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            return Path.GetFullPath(fileName);
        }

        var path = Path.GetFullPath(output.Trim());
        if (Directory.Exists(path))
        {
            return Path.Combine(path, fileName);
        }

        var folder = Path.GetDirectoryName(path);
        return folder is null || Directory.Exists(folder)
            ? path
            : throw new UserErrorException($"--out: the folder {folder} does not exist");
    }
}
