using TutorBot.Core.State;

namespace TutorBot.Bot.Storage;

/// <summary>A state store failure the host is living with: why, in which call, since when (UTC), and the store's message.</summary>
internal sealed record StoreFault(StateStoreFault Fault, StateOperation Operation, DateTimeOffset Since, string Message);
