// Source: https://github.com/Azure/azure-signalr
// Commit: 31686ed71ff8
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample108 rule (the whole rule and the repositories it skipped: Corpus/AspNetSignalR/IHubConnection.cs).
//   This one: the 2nd pick (the 4th repository listed). It is the first interface of the snapshot in path order
//   (src/Microsoft.Azure.SignalR.AspNet/ClientConnections/; the snapshot has no api folder, and samples and test are
//   skipped by the rule): 4 members and IClientConnectionLifetimeManager's WhenAllCompleted (the same repository).
// Path: src/Microsoft.Azure.SignalR.AspNet/ClientConnections/IClientConnectionManager.cs and src/Microsoft.Azure.
//   SignalR.Common/Interfaces/IClientConnectionLifetimeManager.cs (real store: src/Microsoft.Azure.SignalR.AspNet/
//   ClientConnections/ClientConnectionManager.cs; models: ServerConnections/ClientConnectionContext.cs, HubHost/
//   IServiceTransport.cs, src/Microsoft.Azure.SignalR.Protocols/ConnectionMessage.cs)
// Adapted: the namespaces (one for all); OpenConnectionMessage cut to its ConnectionId and QueryString;
//   ClientConnectionContext cut to its key, instance id, transport, task and cancellation source (its channels and
//   service connection left out); IServiceTransport (an ASP.NET SignalR ITransport) to no member. Nullable disabled,
//   as in the source (neither csproj states Nullable).
// Real store: ClientConnectionManager (ASP.NET SignalR over Azure SignalR Service) keeps the server's client
//   connections in a ConcurrentDictionary<string, ClientConnectionContext> keyed by ConnectionId (ordinal).
//   TryAddClientConnection(connection) is ConcurrentDictionary.TryAdd(connection.ConnectionId, connection): true when
//   added, false for an id already held (the held one kept); a null connection throws NullReferenceException, a null
//   ConnectionId ArgumentNullException. TryGetClientConnection(id, out connection) answers whether the id is held and
//   hands out THE stored instance (no copy: the caller sets its Transport and the connection handlers see it);
//   TryRemoveClientConnection(id, out connection) removes it and hands it out (false and null for an id not held).
//   CreateConnection(message) builds an OWIN request from the open-connection message, runs the hub dispatcher on it
//   and returns the AzureTransport the dispatcher put in the request's environment (throws InvalidOperationException
//   when the hub is not found or the request fails); it writes nothing to the dictionary. WhenAllCompleted() is
//   Task.CompletedTask.
// Shapes: *=core
// First try (6587633c): incomplete: read as a key-value store of ClientConnectionContext values by string (the context's
//   ConnectionId is neither Id nor ClientConnectionContextId, so no entity key): IMF0001 CreateConnection ("it must take
//   the key, the value and optionally a time to live"), TryAddClientConnection ("it takes a value and no key, so the
//   store makes up the key …; it returns bool, and what false would mean … is the store's own": a cause it does not
//   have, the value carries the key the reads take), WhenAllCompleted (not a known verb); IMF0020 twice (the context's
//   CancellationTokenSource and Task are stored by reference; it names CopyMode = CopyMode.Reference) and IMF0021
//   (Info). Generated: TryGetClientConnection and TryRemoveClientConnection over a table nothing fills (the probe
//   stops at TryAddClientConnection, its 3rd line) | WRONG: none silently. The two reads hand out a copy of the
//   context where the real dictionary hands out the instance (a Transport set on it is lost): the product's copy rule
//   (DESIGN.md 4), reported on this type by IMF0020 with CopyMode = CopyMode.Reference as its fix.
// After this round: TryAddClientConnection's refusal names its real cause (Sample108Tests): its value's property
//   'ConnectionId', which the reads take as 'connectionId', may be its key, and a key-value store reads no key out of
//   a value; mark it [Key] for an entity repository. CreateConnection (a hub dispatcher run over an OWIN request) and
//   WhenAllCompleted (a lifetime wait) stay refused, rightly.
#nullable disable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureSignalR.IClientConnectionManagerCase;

public interface IServiceTransport
{
}

public class OpenConnectionMessage
{
    public OpenConnectionMessage(string connectionId)
    {
        ConnectionId = connectionId;
    }

    public string ConnectionId { get; set; }

    public string QueryString { get; set; }
}

public class ClientConnectionContext
{
    private readonly CancellationTokenSource _source = new CancellationTokenSource();

    public ClientConnectionContext(string connectionId, string instanceId = null)
    {
        ConnectionId = connectionId;
        InstanceId = instanceId;
    }

    public Task ApplicationTask { get; set; }

    public CancellationToken CancellationToken => _source.Token;

    public string ConnectionId { get; }

    public string InstanceId { get; }

    public IServiceTransport Transport { get; set; }

    public void CancelPendingRead()
    {
        _source.Cancel();
    }
}

public interface IClientConnectionLifetimeManager
{
    Task WhenAllCompleted();
}

[InMemoryFake]
public interface IClientConnectionManager : IClientConnectionLifetimeManager
{
    Task<IServiceTransport> CreateConnection(OpenConnectionMessage message);

    bool TryAddClientConnection(ClientConnectionContext connection);

    bool TryRemoveClientConnection(string connectionId, out ClientConnectionContext connection);

    bool TryGetClientConnection(string connectionId, out ClientConnectionContext connection);
}

public static class Smoke
{
    private sealed class Transport : IServiceTransport
    {
    }

    public static async Task RunAsync(IClientConnectionManager manager)
    {
        Check.False(manager.TryGetClientConnection("c1", out var none), "no connection is held at first");
        Check.Null(none, "and none is handed out");

        var c1 = new ClientConnectionContext("c1", "server-a");
        Check.True(manager.TryAddClientConnection(c1), "TryAddClientConnection adds a connection under its ConnectionId");
        Check.False(manager.TryAddClientConnection(new ClientConnectionContext("c1", "server-b")), "a second connection with the id is not added");
        Check.True(manager.TryGetClientConnection("c1", out var found), "TryGetClientConnection finds it");
        Check.Equal("server-a", found.InstanceId, "the first one is kept");
        Check.True(ReferenceEquals(c1, found), "the very instance added is handed out (a dictionary of references)");
        found.Transport = new Transport();
        manager.TryGetClientConnection("c1", out var again);
        Check.NotNull(again.Transport, "a transport set on the connection handed out is the stored connection's");
        Check.False(manager.TryGetClientConnection("C1", out _), "ids compare by their characters");

        Check.True(manager.TryRemoveClientConnection("c1", out var removed), "TryRemoveClientConnection removes a held id");
        Check.True(ReferenceEquals(c1, removed), "and hands out the connection removed");
        Check.False(manager.TryRemoveClientConnection("c1", out var gone), "removing it again answers false");
        Check.Null(gone, "and hands out nothing");
        Check.False(manager.TryGetClientConnection("c1", out _), "the removed connection is gone");

        await manager.WhenAllCompleted();
    }
}
