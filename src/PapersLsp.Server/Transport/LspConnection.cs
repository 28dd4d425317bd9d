using System.Text;
using PapersLsp.Server.Hosting;
using Microsoft.VisualStudio.Threading;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PapersLsp.Server.Transport;

/// <summary>
/// The LSP connection: frames from the client pass the <see cref="LifecycleGate"/> and a JSON check, then
/// reach StreamJsonRpc through a <see cref="FrameMessageHandler"/>; its replies are written whole.
/// Owning the framing lets a body that does not parse get a -32700 reply while the connection stays up
/// (StreamJsonRpc alone would close it). Only broken framing ends the session.
/// </summary>
public sealed class LspConnection : IDisposable
{
    private readonly Stream _input;
    private readonly LspFrameWriter _writer;
    private readonly ServerLog _log;
    private readonly FrameMessageHandler _handler;
    private readonly LifecycleGate _gate = new();

    // Requests handed to StreamJsonRpc and not yet answered, by raw id: at exit they are allowed to finish.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _unanswered = new(StringComparer.Ordinal);

    // Requests the server sent and the client has not answered, by raw id: a response to anything else is dropped,
    // because StreamJsonRpc stops reading for good when a response matches no request of its own.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _awaitingClient = new(StringComparer.Ordinal);

    public LspConnection(Stream input, Stream output, ServerLog log)
    {
        _input = input;
        _writer = new LspFrameWriter(output);
        _log = log;
        var formatter = new JsonMessageFormatter(new UTF8Encoding(false));
        LspJson.Configure(formatter.JsonSerializer);
        _handler = new FrameMessageHandler(formatter, SendAsync);
        Rpc = new LspJsonRpc(_handler, log)
        {
            // Handlers start in arrival order and keep it until their first await (state changes never await).
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
            CancelLocallyInvokedMethodsWhenConnectionIsClosed = true,
        };
    }

    public JsonRpc Rpc { get; }

    /// <summary>Writes one message the server serialized itself (a notification), between the frames StreamJsonRpc writes.</summary>
    public Task SendFrameAsync(ReadOnlyMemory<byte> body, CancellationToken cancellationToken) => _writer.WriteFrameAsync(body, cancellationToken);

    public void Dispose() => _writer.Dispose();

    /// <summary>Serves until <c>exit</c>, the end of input or broken framing; returns the process exit code.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        Rpc.StartListening();
        var reader = new LspFrameReader(_input);
        var exitCode = 1;
        try
        {
            while (true)
            {
                var body = await reader.ReadFrameAsync(cancellationToken).ConfigureAwait(false);
                if (body is null)
                {
                    exitCode = _gate.ShutdownRequested ? 0 : 1;
                    _log.Info("input closed; stopping");
                    break;
                }
                if (await DispatchAsync(body, cancellationToken).ConfigureAwait(false) is { } code)
                {
                    exitCode = code;
                    break;
                }
            }
        }
        catch (FramingException ex)
        {
            _log.Error($"the client's message framing is broken ({ex.Message}); the connection cannot continue");
        }
        catch (OperationCanceledException)
        {
        }
        catch (IOException ex)
        {
            _log.Error($"reading from the client failed: {ex.Message}");
        }

        await WaitForUnansweredAsync(TimeSpan.FromSeconds(3)).ConfigureAwait(false);
        _handler.Complete();
        await Task.WhenAny(Rpc.Completion, Task.Delay(TimeSpan.FromSeconds(5), CancellationToken.None)).ConfigureAwait(false);
        Rpc.Dispose();
        await _writer.CloseAsync().ConfigureAwait(false);   // a notification being written still ends whole
        return exitCode;
    }

    /// <summary>Handles one frame; returns an exit code when the session should end.</summary>
    private async Task<int?> DispatchAsync(byte[] body, CancellationToken cancellationToken)
    {
        var message = IncomingMessage.TryRead(body, out var error);
        if (error is { } e)
        {
            _log.Warning($"rejected a message: {e.Message}");
            await ReplyErrorAsync(message?.RawId, e.Code, e.Message, cancellationToken).ConfigureAwait(false);
            return null;
        }
        switch (_gate.Decide(message!))
        {
            case GateDecision.Exit:
                return _gate.ShutdownRequested ? 0 : 1;
            case GateDecision.Drop:
                return null;
            case GateDecision.RejectNotInitialized:
                await ReplyErrorAsync(message!.RawId, -32002, "the server is not initialized yet", cancellationToken).ConfigureAwait(false);
                return null;
            case GateDecision.RejectShutDown:
                await ReplyErrorAsync(message!.RawId, -32600, "the server is shut down", cancellationToken).ConfigureAwait(false);
                return null;
            case GateDecision.RejectReinitialize:
                await ReplyErrorAsync(message!.RawId, -32600, "initialize may be sent only once", cancellationToken).ConfigureAwait(false);
                return null;
            default:
                if (message!.Method is null && (message.RawId is null || !_awaitingClient.TryRemove(message.RawId, out _)))
                {
                    _log.Warning($"dropped a response to {message.RawId ?? "no id"}, which the server never asked");
                    return null;
                }
                if (message.IsRequest) _unanswered.TryAdd(message.RawId!, 0);
                _handler.Deliver(body);
                return null;
        }
    }

    private async Task WaitForUnansweredAsync(TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!_unanswered.IsEmpty && DateTime.UtcNow < deadline)
            await Task.Delay(10, CancellationToken.None).ConfigureAwait(false);
    }

    private Task ReplyErrorAsync(string? rawId, int code, string message, CancellationToken cancellationToken) =>
        _writer.WriteFrameAsync(IncomingMessage.ErrorResponse(rawId, code, message), cancellationToken);

    /// <summary>Writes one of StreamJsonRpc's messages, noting which requests it answers and which it asks.</summary>
    private async ValueTask SendAsync(JsonRpcMessage message, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var asks = message is JsonRpcRequest request ? MessageId.Of(request.RequestId) : null;
        var answers = message is JsonRpcResult or JsonRpcError ? MessageId.Of(((IJsonRpcMessageWithId)message).RequestId) : null;
        if (asks is not null) _awaitingClient.TryAdd(asks, 0); // before the client can see it
        try
        {
            await _writer.WriteFrameAsync(body, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            _log.Debug($"writing to the client failed: {ex.Message}");
        }
        finally
        {
            // Only once the whole frame is out: the session's end waits for unanswered requests, and a process that
            // exits between a response's header and its body leaves the client a broken frame.
            if (answers is not null) _unanswered.TryRemove(answers, out _);
        }
    }
}
