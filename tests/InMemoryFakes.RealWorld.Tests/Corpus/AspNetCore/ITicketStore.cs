// Source: https://github.com/dotnet/aspnetcore
// Commit: the Microsoft.AspNetCore.App 10.0 shared framework this project references
// Licence: MIT
// Path: src/Security/Authentication/Cookies/src/ITicketStore.cs
// Real store: the documented pattern (MemoryCacheTicketStore in aspnetcore's samples, and the Redis/distributed-cache
//   ticket stores): StoreAsync saves the ticket under a NEW key and returns it; RetrieveAsync returns the ticket or null;
//   RenewAsync replaces the ticket under an existing key; RemoveAsync deletes it (a missing key is no error). Cookie
//   authentication calls the HttpContext/CancellationToken overloads, which default to these.
// Shapes: StoreAsync=13; RenewAsync=13; RetrieveAsync=13; RemoveAsync=13
#nullable enable

using System.Security.Claims;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Corpus.AspNetCore.ITicketStoreCase;

[InMemoryFake(typeof(ITicketStore))]
public partial class TicketStoreFake;

public static class Smoke
{
    private static AuthenticationTicket Ticket(string name)
        => new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, name)], "test")), "Cookies");

    public static async Task RunAsync(ITicketStore store)
    {
        var key = await store.StoreAsync(Ticket("alice"));
        var other = await store.StoreAsync(Ticket("bob"));
        Check.True(!string.IsNullOrEmpty(key) && key != other, "StoreAsync returns a new key per ticket");
        Check.Equal("alice", (await store.RetrieveAsync(key))?.Principal.Identity?.Name, "RetrieveAsync returns the stored ticket");
        Check.Null(await store.RetrieveAsync("unknown"), "RetrieveAsync of an unknown key returns null");
        await store.RenewAsync(key, Ticket("alice-renewed"));
        Check.Equal("alice-renewed", (await store.RetrieveAsync(key))?.Principal.Identity?.Name, "RenewAsync replaces the ticket");
        await store.RemoveAsync(key);
        Check.Null(await store.RetrieveAsync(key), "RemoveAsync deletes the ticket");
        await store.RemoveAsync(key);
    }
}
