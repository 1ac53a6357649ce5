namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A host whose state store is given by <paramref name="settings"/> (another host's SQLite folder, or an Azure Blob
/// container), so that several hosts in one test share one state; index and bot data stay its own.
/// </summary>
public sealed class SharedStateBotHost(IReadOnlyDictionary<string, string?> settings) : BotHostFactory(settings);
