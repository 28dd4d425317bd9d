using Newtonsoft.Json.Linq;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Services;

/// <summary>
/// LSP work-done progress (<c>$/progress</c> begin/report/end) for one piece of long work. With no token (the client
/// did not offer one and does not support server-created progress) every call does nothing.
/// </summary>
public sealed class WorkDoneProgress
{
    private readonly ServerContext _context;
    private readonly JToken? _token;
    private DateTime _lastReport = DateTime.MinValue;

    private WorkDoneProgress(ServerContext context, JToken? token)
    {
        _context = context;
        _token = token;
    }

    /// <summary>Progress on the token the client sent with its request.</summary>
    public static WorkDoneProgress ForRequest(ServerContext context, JToken? workDoneToken) =>
        new(context, workDoneToken is null || workDoneToken.Type == JTokenType.Null ? null : workDoneToken);

    /// <summary>Progress the server starts itself (background work), when the client supports it.</summary>
    public static async Task<WorkDoneProgress> CreateAsync(ServerContext context, CancellationToken cancellationToken)
    {
        if (!context.Session.SupportsWorkDoneProgress) return new WorkDoneProgress(context, null);
        var token = new JValue($"papers-{Guid.NewGuid():N}");
        await context.RequestAsync("window/workDoneProgress/create", new JObject { ["token"] = token }, cancellationToken).ConfigureAwait(false);
        return new WorkDoneProgress(context, token);
    }

    public Task BeginAsync(string title, bool cancellable, string? message = null) =>
        SendAsync(new JObject { ["kind"] = "begin", ["title"] = title, ["cancellable"] = cancellable, ["message"] = message, ["percentage"] = 0 });

    /// <summary>Reports at most a few times a second.</summary>
    public Task ReportAsync(string message, int? percentage)
    {
        if ((DateTime.UtcNow - _lastReport).TotalMilliseconds < 200) return Task.CompletedTask;
        _lastReport = DateTime.UtcNow;
        var value = new JObject { ["kind"] = "report", ["message"] = message };
        if (percentage is { } p) value["percentage"] = Math.Clamp(p, 0, 100);
        return SendAsync(value);
    }

    public Task EndAsync(string message) => SendAsync(new JObject { ["kind"] = "end", ["message"] = message });

    private Task SendAsync(JObject value)
    {
        if (_token is null) return Task.CompletedTask;
        foreach (var property in value.Properties().Where(p => p.Value.Type == JTokenType.Null).ToArray()) property.Remove();
        return _context.NotifyAsync("$/progress", new JObject { ["token"] = _token, ["value"] = value });
    }
}
