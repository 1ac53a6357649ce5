using TutorBot.Tests.Shared;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>The host tests that share one Azurite blob server (they run one class at a time).</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
