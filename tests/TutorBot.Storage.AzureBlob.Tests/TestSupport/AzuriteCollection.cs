using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests.TestSupport;

/// <summary>The tests that share one <see cref="AzuriteFixture"/> (they run one class at a time).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
