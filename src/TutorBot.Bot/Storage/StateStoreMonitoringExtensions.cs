using TutorBot.Core.State;

namespace TutorBot.Bot.Storage;

/// <summary>Wraps the state store the composition root registered in <see cref="MonitoredStateStore"/> and checks it at start-up.</summary>
internal static class StateStoreMonitoringExtensions
{
    public static IServiceCollection AddStateStoreMonitoring(this IServiceCollection services)
    {
        var backend = services.LastOrDefault(d => d.ServiceType == typeof(IStateStore))
            ?? throw new InvalidOperationException("No IStateStore is registered; call AddTutorBot before AddBotHost.");
        services.AddSingleton<StateStoreStatus>();
        services.Remove(backend);
        services.AddSingleton<IStateStore>(sp => new MonitoredStateStore(
            Resolve(backend, sp), sp.GetRequiredService<StateStoreStatus>(), sp.GetRequiredService<ILogger<MonitoredStateStore>>()));
        services.AddHostedService<StateStoreCheck>();
        return services;
    }

    private static IStateStore Resolve(ServiceDescriptor backend, IServiceProvider services) => backend switch
    {
        { ImplementationInstance: IStateStore instance } => instance,
        { ImplementationFactory: { } factory } => (IStateStore)factory(services),
        { ImplementationType: { } type } => (IStateStore)ActivatorUtilities.CreateInstance(services, type),
        _ => throw new InvalidOperationException("The IStateStore registration cannot be resolved."),
    };
}
