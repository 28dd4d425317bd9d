using PapersLsp.Server.Hosting;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace PapersLsp.Server.Transport;

/// <summary>
/// StreamJsonRpc's engine with LSP's error discipline: a handler failure is logged with its stack on stderr,
/// and the client gets a plain message — no stack traces or source paths in <c>error.data</c>.
/// </summary>
internal sealed class LspJsonRpc(IJsonRpcMessageHandler handler, ServerLog log) : JsonRpc(handler)
{
    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        switch (exception)
        {
            case LocalRpcException deliberate:
                return new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)deliberate.ErrorCode, Message = deliberate.Message, Data = deliberate.ErrorData };
            case OperationCanceledException:
                return new JsonRpcError.ErrorDetail { Code = JsonRpcErrorCode.RequestCanceled, Message = "request cancelled" };
            default:
                log.Exception($"{request.Method} failed", exception);
                return new JsonRpcError.ErrorDetail
                {
                    Code = JsonRpcErrorCode.InternalError,
                    Message = $"PapersLsp could not handle {request.Method} ({exception.GetType().Name}); details are in the server log.",
                };
        }
    }
}
