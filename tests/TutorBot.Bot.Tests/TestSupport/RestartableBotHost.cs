namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// A host over a data folder the test owns (index, bot state): disposing it and starting another on the same
/// folder is a restart of the bot. The folder is left in place.
/// </summary>
public sealed class RestartableBotHost(string dataRoot) : BotHostFactory(new Dictionary<string, string?>(), dataRoot);
