using Microsoft.Bot.Builder;
using TutorBot.Storage;

namespace TutorBot.Bot.State;

/// <summary>Registers bot state over the durable store.</summary>
internal static class BotStateServiceCollectionExtensions
{
    /// <summary>
    /// Adds Core's durable <c>IStateStore</c> (SQLite under <c>Storage:DataFolder</c>), the Bot Framework
    /// <see cref="IStorage"/> over it, and <see cref="ConversationState"/> / <see cref="UserState"/> on that storage.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.AddStorage();
        services.AddSingleton<IStorage, StateStoreStorage>();
        services.AddSingleton(sp => new ConversationState(sp.GetRequiredService<IStorage>()));
        services.AddSingleton(sp => new UserState(sp.GetRequiredService<IStorage>()));
        return services;
    }
}
