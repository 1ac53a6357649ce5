using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;
using TutorBot.Tests.Shared;

namespace TutorBot.Storage.AzureBlob.Tests;

/// <summary>Storage:Provider chooses the backend; the Azure settings come from environment variables and are checked at start-up.</summary>
public sealed class StateStoreSelectionTests : IDisposable
{
    // Azurite's published development key (not a secret); nothing connects in these tests.
    private const string DevelopmentConnectionString =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;";

    private readonly string _folder = Directory.CreateTempSubdirectory("tutorbot-selection-").FullName;
    private readonly string _prefix = $"TUTORBOT_TEST_{Guid.NewGuid():N}_";

    [Fact]
    public void ChoosesSqliteWhenNothingIsSet()
    {
        using var host = Build();

        Assert.IsType<SqliteStateStore>(host.Services.GetRequiredService<IStateStore>());
    }

    [Fact]
    public void ChoosesAzureBlobFromEnvironmentVariables()
    {
        SetEnvironment("Storage__Provider", "AzureBlob");
        SetEnvironment("Storage__AzureBlob__ConnectionString", DevelopmentConnectionString);
        SetEnvironment("Storage__AzureBlob__Container", "shared-state");
        using var host = Build();

        var store = Assert.IsType<AzureBlobStateStore>(host.Services.GetRequiredService<IStateStore>());

        Assert.Equal("shared-state", store.ContainerName);
        Assert.Single(host.Services.GetServices<IStateStore>());
    }

    [Fact]
    public void RejectsAnUnknownProviderNamingTheSetting()
    {
        SetEnvironment("Storage__Provider", "Cosmos");

        var error = Assert.Throws<InvalidOperationException>(() => Build());

        Assert.Contains("Storage:Provider", error.Message);
        Assert.Contains("AzureBlob", error.Message);
    }

    [Theory]
    [InlineData("", "Storage__AzureBlob__ConnectionString")]
    [InlineData("not a connection string", "not an Azure Storage connection string")]
    public async Task StopsTheHostAtStartWithoutAUsableConnectionString(string connectionString, string expected)
    {
        SetEnvironment("Storage__Provider", "azureblob");
        SetEnvironment("Storage__AzureBlob__ConnectionString", connectionString);
        using var host = Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void AppSettingsChoosesSqliteAndHoldsNoConnectionString()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "appsettings.json")));
        var storage = json.RootElement.GetProperty("Storage");

        Assert.Equal("Sqlite", storage.GetProperty("Provider").GetString());
        Assert.False(storage.GetProperty("AzureBlob").TryGetProperty("ConnectionString", out _));
    }

    public void Dispose()
    {
        foreach (var name in Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(n => n.StartsWith(_prefix, StringComparison.Ordinal)))
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    // A prefix of this test's own keeps parallel tests from seeing each other's variables.
    private void SetEnvironment(string name, string value) => Environment.SetEnvironmentVariable(_prefix + name, value);

    private IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = _folder, DisableDefaults = true });
        builder.Configuration.AddEnvironmentVariables(_prefix);
        builder.Services.AddStateStore(builder.Configuration);
        return builder.Build();
    }
}
