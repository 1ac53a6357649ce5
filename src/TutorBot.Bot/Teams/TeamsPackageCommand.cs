using System.IO.Compression;
using System.Text.Json;
using Microsoft.Extensions.Options;
using TutorBot.Bot.Hosting;
using TutorBot.Knowledge.Hosting;

namespace TutorBot.Bot.Teams;

/// <summary>
/// <c>teams-package [--out FILE]</c>: writes the Teams app package (manifest.json with the bot's app id from
/// configuration, the commands, the two icons) as a zip ready to upload. Exit codes: 0 written, 1 user error
/// (no <c>MicrosoftAppId</c> configured, bad settings), 2 the file could not be written.
/// </summary>
internal static class TeamsPackageCommand
{
    public const string Name = "teams-package";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args)
    {
        var output = OutputPath(args);
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(ContentRoot.Locate(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args.Skip(1).Where(a => a != "--out" && a != output).ToArray())
            .Build();
        var appId = configuration["MicrosoftAppId"];
        if (string.IsNullOrWhiteSpace(appId))
        {
            Console.Error.WriteLine("error: MicrosoftAppId is not configured. Set it (e.g. MicrosoftAppId=<the Azure Bot's app id>) and run again.");
            return 1;
        }

        var app = configuration.GetSection(TeamsAppOptions.SectionName).Get<TeamsAppOptions>() ?? new TeamsAppOptions();
        var bot = configuration.GetSection(BotOptions.SectionName).Get<BotOptions>() ?? new BotOptions();
        var problems = new List<System.ComponentModel.DataAnnotations.ValidationResult>();
        if (!System.ComponentModel.DataAnnotations.Validator.TryValidateObject(app, new(app), problems, validateAllProperties: true))
        {
            Console.Error.WriteLine("error: the Teams section is not valid: " + string.Join("; ", problems.Select(p => p.ErrorMessage)));
            return 1;
        }

        try
        {
            Write(new TeamsManifest(appId.Trim(), bot.DisplayName, app), output);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"error: could not write {output}: {ex.Message}");
            return 2;
        }

        Console.WriteLine($"Wrote {output} (app id {appId.Trim()}). Upload it in Teams: Apps > Manage your apps > Upload an app.");
        return 0;
    }

    public static void Write(TeamsManifest manifest, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var zip = new ZipArchive(file, ZipArchiveMode.Create);
        Add(zip, "manifest.json", JsonSerializer.SerializeToUtf8Bytes(manifest.ToJson(), new JsonSerializerOptions { WriteIndented = true }));
        Add(zip, TeamsManifest.ColorIcon, AppIcons.Color());
        Add(zip, TeamsManifest.OutlineIcon, AppIcons.Outline());
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(content);
    }

    private static string OutputPath(string[] args)
    {
        var at = Array.IndexOf(args, "--out");
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : "teams-app.zip";
    }
}
