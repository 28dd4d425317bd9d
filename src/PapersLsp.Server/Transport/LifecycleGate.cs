namespace PapersLsp.Server.Transport;

/// <summary>What the transport does with one incoming message.</summary>
public enum GateDecision { Forward, Drop, RejectNotInitialized, RejectShutDown, RejectReinitialize, Exit }

/// <summary>
/// The LSP lifecycle rules applied to every message before dispatch, so no handler has to repeat them:
/// requests before <c>initialize</c> get -32002, requests after <c>shutdown</c> get -32600, notifications
/// outside the running state are dropped, and <c>exit</c> ends the session.
/// </summary>
public sealed class LifecycleGate
{
    private int _state; // 0 = waiting for initialize, 1 = running, 2 = shut down

    public bool ShutdownRequested => Volatile.Read(ref _state) == 2;

    public GateDecision Decide(IncomingMessage message)
    {
        if (message.Method == "exit") return GateDecision.Exit;
        if (message.Method is null) return GateDecision.Forward; // a response to one of our requests
        var state = Volatile.Read(ref _state);
        if (message.IsRequest)
        {
            if (message.Method == "initialize")
            {
                if (state != 0) return GateDecision.RejectReinitialize;
                Volatile.Write(ref _state, 1);
                return GateDecision.Forward;
            }
            if (state == 0) return GateDecision.RejectNotInitialized;
            if (state == 2) return GateDecision.RejectShutDown;
            if (message.Method == "shutdown") Volatile.Write(ref _state, 2);
            return GateDecision.Forward;
        }
        // Notifications: only while running ($/cancelRequest included).
        return state == 1 ? GateDecision.Forward : GateDecision.Drop;
    }
}
