using System.Text;
using Microsoft.Extensions.Logging;

namespace Vigil.Server.Tests.Support;

/// <summary>A logger provider that keeps every line a server writes (category, level, message, exception) for a test to read.</summary>
internal sealed class LogCapture : ILoggerProvider
{
    private readonly StringBuilder _text = new();

    public string Text
    {
        get
        {
            lock (_text)
            {
                return _text.ToString();
            }
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private void Append(string line)
    {
        lock (_text)
        {
            _text.AppendLine(line);
        }
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            // Scopes carry request paths too (RequestPath, ConnectionId): keep their text so the test sees them.
            capture.Append($"scope {category}: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            capture.Append($"{logLevel} {category}[{eventId.Id}]: {formatter(state, exception)} {exception}");
    }
}
