// Source: https://github.com/dotnetcore/CAP
// Commit: e52b8508e54c
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of dotnetcore/CAP.
// Path: src/DotNetCore.CAP.Dashboard/GatewayProxy/Requester/IHttpClientCache.cs (IHttpClient.cs, cut down)
// Real store: src/DotNetCore.CAP.Dashboard/GatewayProxy/Requester/MemoryHttpClientCache.cs: a POOL, not a one-value
//   cache: a ConcurrentDictionary of id to a queue of clients. Set(id, client, expirationTime) enqueues the client under
//   id (expirationTime is ignored); Get(id) dequeues one (the oldest), or null when there is none; Exists(id) is true
//   once the id has had a Set, even when its queue has been emptied by Get; Remove(id) forgets the id and its queue.
//   HttpClientHttpRequester gets a client (or builds one), uses it, and Sets it back.
// Shapes: *=10
// First try (2f120b5): complete (smoke failed) | WRONG: Get reads the entry and keeps it, Set replaces it and
//   expires it after expirationTime: a one-value cache with a time to live, as the signature says; the real store is a
//   pool (Set enqueues, Get dequeues the oldest, expirationTime is ignored), which no signature-level convention can see
// After h-oblivious2 (session 30): complete as before; Get answers null for a missing key as before, now with IMF0026
//   (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of that
//   signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for one, as
//   the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Cap.IHttpClientCacheCase;

public interface IHttpClient
{
    string Name { get; }
}

public sealed class NamedHttpClient(string name) : IHttpClient
{
    public string Name { get; } = name;
}

[InMemoryFake]
public interface IHttpClientCache
{
    bool Exists(string id);
    IHttpClient Get(string id);
    void Remove(string id);
    void Set(string id, IHttpClient handler, TimeSpan expirationTime);
}

public static class Smoke
{
    public static Task RunAsync(IHttpClientCache cache)
    {
        Check.False(cache.Exists("GET:node1"), "Exists of an unknown id is false");
        Check.Null(cache.Get("GET:node1"), "Get of an unknown id is null");
        cache.Set("GET:node1", new NamedHttpClient("a"), TimeSpan.FromHours(6));
        cache.Set("GET:node1", new NamedHttpClient("b"), TimeSpan.FromHours(6));
        Check.True(cache.Exists("GET:node1"), "Exists after Set is true");
        Check.Equal("a", cache.Get("GET:node1")?.Name, "Get takes the oldest pooled client");
        Check.Equal("b", cache.Get("GET:node1")?.Name, "Get takes the next pooled client");
        Check.Null(cache.Get("GET:node1"), "Get of an emptied pool is null");
        Check.True(cache.Exists("GET:node1"), "Exists stays true after the pool is emptied");
        cache.Remove("GET:node1");
        Check.False(cache.Exists("GET:node1"), "Remove forgets the id");
        return Task.CompletedTask;
    }
}
