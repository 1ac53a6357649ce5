using System.Text;
using TutorBot.Core.Retention;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests;

/// <summary>
/// On Azure Blob Storage, retention is a lifecycle management rule with blob-name prefixes (docs/deploy.md, "Retention").
/// Blob names are base64 of the key, so a key prefix becomes a name prefix only up to its last whole 3 bytes. These
/// tests hold the documented prefixes to the code: they match every conversation document and nothing a learner keeps.
/// </summary>
public sealed class RetentionRuleTests
{
    private static readonly string[] Documented = ["key-aGlzdG9y", "key-aW50ZXJ2aWV3", "key-YW5zd2Vy"];

    [Fact]
    public void TheDocumentedPrefixesAreThoseOfTheConversationDocuments()
    {
        var derived = ConversationRetention.Prefixes.Select(NamePrefix).ToList();

        // "answer-list/" falls under the prefix of "answer": both are conversation documents.
        Assert.All(derived, name => Assert.Contains(Documented, prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
        Assert.All(Documented, prefix => Assert.Contains(prefix, derived));

        var guide = File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "docs", "deploy.md"));
        Assert.All(Documented, prefix => Assert.Contains($"/{prefix}\"", guide, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("history/msteams/19%3Aabc%40thread.v2", true)]
    [InlineData("interview/webchat/conv-1/user-1", true)]
    [InlineData("answers/msteams/conv/act-1", true)]
    [InlineData("answer-list/msteams/conv", true)]
    [InlineData("schedule/msteams/user-1", false)]
    [InlineData("sessions/msteams/user-1", false)]
    [InlineData("reminder/msteams/user-1", false)]
    [InlineData("feedback/msteams/2026-11-29/v1", false)]
    [InlineData("feedback-day/2026-11-29", false)]
    [InlineData("damaged/history/x/20261129T000000000Z", false)]
    [InlineData("exports/msteams/user-1", false)]
    [InlineData("export/token", false)]
    public void TheRuleMatchesConversationDocumentsOnly(string key, bool expired)
    {
        Assert.Equal(expired, Documented.Any(prefix => BlobNames.For(key).StartsWith(prefix, StringComparison.Ordinal)));
    }

    // The blob-name prefix shared by every key that starts with keyPrefix.
    private static string NamePrefix(string keyPrefix)
    {
        var bytes = Encoding.UTF8.GetBytes(keyPrefix);
        return BlobNames.For(Encoding.UTF8.GetString(bytes, 0, bytes.Length / 3 * 3));
    }
}
