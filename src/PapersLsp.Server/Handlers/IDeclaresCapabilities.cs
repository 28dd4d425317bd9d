using Newtonsoft.Json.Linq;
using PapersLsp.Server.Hosting;

namespace PapersLsp.Server.Handlers;

/// <summary>A handler that declares, next to its code, the server capabilities it implements.</summary>
public interface IDeclaresCapabilities
{
    void DeclareCapabilities(JObject capabilities, ServerSession session);
}
