using System.Text.RegularExpressions;

namespace TutorBot.Storage.AzureBlob.Tests;

public sealed class BlobNamesTests
{
    [Fact]
    public void EncodesAKeyAsUrlSafeBase64BehindAPrefix()
    {
        Assert.Equal("key-YS8uLi9i", BlobNames.For("a/../b"));
        Assert.Equal("key-", BlobNames.For(""));
    }

    [Fact]
    public void GivesTrickyKeysDistinctNamesOfSafeCharactersOnly()
    {
        string[] keys = ["a/b", "a/../b", "../b", "..", ".", "a b", "A/B", "a%2Fb", "a\\b", "ünï/用户/😀", "a/b/", "/a/b", new string('x', 1024), new string('界', 1024)];

        var names = keys.Select(BlobNames.For).ToList();

        Assert.Equal(keys.Length, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.Matches(new Regex("^(key-[A-Za-z0-9_-]*|sha256-[0-9a-f]{64})$"), n));
        Assert.All(names, n => Assert.InRange(n.Length, 1, BlobNames.MaxBlobNameLength));
    }

    [Fact]
    public void HashesOnlyKeysWhoseEncodedNameWouldPassAzuresLimit()
    {
        var longest = BlobNames.For(new string('x', 765));
        var hashed = BlobNames.For(new string('x', 766));

        Assert.StartsWith("key-", longest);
        Assert.Equal(1024, longest.Length);
        Assert.Matches("^sha256-[0-9a-f]{64}$", hashed);
        Assert.NotEqual(hashed, BlobNames.For(new string('x', 767)));
    }

    [Fact]
    public void RejectsAKeyThatIsNotValidUnicode()
    {
        Assert.Throws<ArgumentException>(() => BlobNames.For("broken\uD800"));
    }
}
