using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using TutorBot.Bot.Storage;
using TutorBot.Core.State;
using TutorBot.Storage.Sqlite;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The real bot with its SQLite state in <paramref name="stateFolder"/> (the rest of its data in a temporary folder),
/// so a test can break that folder. With <paramref name="refusal"/> (only where the real fault cannot be produced)
/// the store underneath the host's monitor refuses calls while it is on.
/// </summary>
internal sealed class StateFolderHost(string stateFolder, RefusingStateStore.Switch? refusal = null)
    : BotHostFactory(new Dictionary<string, string?> { ["Storage:DataFolder"] = stateFolder })
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (refusal is null)
        {
            return;
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStateStore>(sp => new MonitoredStateStore(
            new RefusingStateStore(sp.GetRequiredService<SqliteStateStore>(), refusal),
            sp.GetRequiredService<StateStoreStatus>(),
            sp.GetRequiredService<ILogger<MonitoredStateStore>>())));
    }
}
