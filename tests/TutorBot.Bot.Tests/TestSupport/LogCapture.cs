using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TutorBot.Bot.Tests.TestSupport;

/// <summary>
/// Keeps every log line a host writes (at the levels its configuration lets through), for tests that check what an
/// operator would read: "category [level] message".
/// </summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => _lines.ToArray();

    /// <summary>The lines at <paramref name="level"/> or above that contain <paramref name="text"/>.</summary>
    public IReadOnlyList<string> Find(string text, LogLevel level = LogLevel.Trace) =>
        _lines.Where(l => l.Contains(text, StringComparison.Ordinal) && LevelOf(l) >= level).ToList();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private static LogLevel LevelOf(string line) =>
        Enum.GetValues<LogLevel>().FirstOrDefault(level => line.Contains($" [{level}] ", StringComparison.Ordinal));

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{category} [{logLevel}] {formatter(state, exception)}" + (exception is null ? "" : $" | {exception.GetType().Name}: {exception.Message}"));
    }
}
