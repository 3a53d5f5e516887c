// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/Storage/src/Stores/IClientStore.cs (model: src/Storage/src/Models/Client.cs)
// Real store: src/IdentityServer4/src/Stores/InMemory/InMemoryClientStore.cs: FindClientByIdAsync returns the client
//   whose ClientId matches, or null. The store is read-only; the script seeds it as a test would.
// Shapes: FindClientByIdAsync=1
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IClientStoreCase;

public class Client
{
    public string ClientId { get; set; }
    public string ClientName { get; set; }
    public bool Enabled { get; set; } = true;
}

[InMemoryFake]
public interface IClientStore
{
    Task<Client> FindClientByIdAsync(string clientId);
}

public static class Smoke
{
    public static async Task RunAsync(IClientStore store)
    {
        ((IInMemoryFake)store).Seed(new Client { ClientId = "web", ClientName = "Web app" });
        Check.Equal("Web app", (await store.FindClientByIdAsync("web"))?.ClientName, "FindClientByIdAsync finds the client by ClientId");
        Check.Null(await store.FindClientByIdAsync("other"), "FindClientByIdAsync of an unknown client returns null");
    }
}
