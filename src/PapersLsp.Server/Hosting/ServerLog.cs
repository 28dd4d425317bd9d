using StreamJsonRpc;

namespace PapersLsp.Server.Hosting;

/// <summary>LSP message types, used as log levels.</summary>
public enum LogLevel { Error = 1, Warning = 2, Info = 3, Debug = 4 }

/// <summary>
/// The server's log: every line goes to stderr, and lines at or above <see cref="ClientLevel"/> also to the
/// client as <c>window/logMessage</c> once the connection is up. Never stdout: that is the protocol.
/// </summary>
public sealed class ServerLog(TextWriter stderr)
{
    private readonly Lock _gate = new();
    private JsonRpc? _rpc;

    public LogLevel ClientLevel { get; set; } = LogLevel.Info;

    public LogLevel StderrLevel { get; set; } = LogLevel.Info;

    /// <summary>Start forwarding to the client.</summary>
    public void Attach(JsonRpc rpc) => _rpc = rpc;

    public void Error(string message) => Write(LogLevel.Error, message);
    public void Warning(string message) => Write(LogLevel.Warning, message);
    public void Info(string message) => Write(LogLevel.Info, message);
    public void Debug(string message) => Write(LogLevel.Debug, message);

    /// <summary>Logs an exception: the stack goes to stderr only; the client sees one line.</summary>
    public void Exception(string what, Exception exception)
    {
        lock (_gate) stderr.WriteLine($"[error] {what}: {exception}");
        SendToClient(LogLevel.Error, $"{what}: {exception.GetType().Name}: {exception.Message}");
    }

    public void Write(LogLevel level, string message)
    {
        if (level <= StderrLevel)
            lock (_gate) stderr.WriteLine($"[{level.ToString().ToLowerInvariant()}] {message}");
        SendToClient(level, message);
    }

    private void SendToClient(LogLevel level, string message)
    {
        var rpc = _rpc;
        if (rpc is null || level > ClientLevel || rpc.IsDisposed) return;
        _ = rpc.NotifyWithParameterObjectAsync("window/logMessage", new { type = (int)level, message })
            .ContinueWith(static t => _ = t.Exception, TaskScheduler.Default);
    }
}
