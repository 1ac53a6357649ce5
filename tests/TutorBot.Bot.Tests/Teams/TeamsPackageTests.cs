using System.IO.Compression;
using System.Text.Json.Nodes;
using TutorBot.Bot.Teams;
using TutorBot.Core.Interview.Intents;

namespace TutorBot.Bot.Tests.Teams;

public sealed class TeamsPackageTests
{
    [Fact]
    public void PackageHoldsManifestWithTheAppIdCommandsAndBothIcons()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("tutorbot-teams-").FullName, "app.zip");

        TeamsPackageCommand.Write(new TeamsManifest("11111111-2222-3333-4444-555555555555", "TutorBot", new TeamsAppOptions()), path);

        using var zip = ZipFile.OpenRead(path);
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
        using var manifestStream = zip.GetEntry("manifest.json")!.Open();
        var manifest = JsonNode.Parse(manifestStream)!;
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string?)manifest["id"]);
        Assert.Equal("11111111-2222-3333-4444-555555555555", (string?)manifest["bots"]![0]!["botId"]);
        var commands = manifest["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => (string?)c!["title"]).ToList();
        Assert.Contains("help", commands);
        Assert.Contains(commands, c => InterviewIntentParser.Parse(c).Kind == InterviewIntentKind.Start);
        Assert.All(commands, c => Assert.InRange(c!.Length, 1, 32));
        Assert.Equal((192, 192), PngSize(zip, "color.png"));
        Assert.Equal((32, 32), PngSize(zip, "outline.png"));
    }

    private static (int Width, int Height) PngSize(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        var header = new byte[24];
        stream.ReadExactly(header);
        Assert.Equal("PNG", System.Text.Encoding.ASCII.GetString(header, 1, 3));
        return (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
