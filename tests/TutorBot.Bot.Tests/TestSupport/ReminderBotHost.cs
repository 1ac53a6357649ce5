using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using TutorBot.Bot.Hosting;
using TutorBot.Bot.Reminders;
using TutorBot.Core.State;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// The real bot host on a fake clock (<see cref="FakeTimeProvider"/>, shared by the interview schedule and the
/// reminders). The reminder loop runs only when asked (a test otherwise runs rounds itself through
/// <see cref="Checker"/>); the state store can be another host's folder; index warm-up can be left out for hosts
/// that only send reminders; <paramref name="barrier"/> makes the host's reads of reminders wait for other hosts'.
/// </summary>
internal sealed class ReminderBotHost(FakeTimeProvider clock, string? stateFolder = null, bool runLoop = false, bool warmIndex = true, ReadBarrier? barrier = null)
    : BotHostFactory(stateFolder is null ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["Storage:DataFolder"] = stateFolder })
{
    public ReminderChecker Checker => Services.GetRequiredService<ReminderChecker>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(clock);
            RemoveHostedService<ReminderService>(services, !runLoop);
            RemoveHostedService<IndexWarmup>(services, !warmIndex);
            if (barrier is not null)
            {
                var store = services.Last(d => d.ServiceType == typeof(IStateStore));
                services.AddSingleton<IStateStore>(sp => new BarrierStateStore((IStateStore)store.ImplementationFactory!(sp), barrier));
            }
        });
    }

    private static void RemoveHostedService<T>(IServiceCollection services, bool remove)
    {
        if (remove && services.FirstOrDefault(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(T)) is { } descriptor)
        {
            services.Remove(descriptor);
        }
    }
}
