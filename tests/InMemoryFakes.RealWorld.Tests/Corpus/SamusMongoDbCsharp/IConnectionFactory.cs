// Source: https://github.com/samus/mongodb-csharp
// Commit: 6397a0f032f2
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample92 rule (Corpus/OctoConstructionKit/IDisplayRuleSweepStore.cs has it in full, with the walk and the
//   three picks).
//   This one: the 3rd pick (the 99th repository of find_repos("Mongo")). Before it in path order (examples/ declares
//   none; source/MongoDB/ first): IBsonObjectBuilder and IBsonObjectDescriptor (serializer callbacks, no state),
//   ICollectionAdapter, IDictionaryAdapter, IIdGenerator, IAutoMapper, IAutoMappingProfile, IMemberFinder and the
//   mapping conventions (stateless or 1–2 members), IMappingStore (1 member) and IClassMap (a model of one type's
//   mapping, not a store). IConnectionFactory declares 4 and inherits IDisposable; its implementation
//   PooledConnectionFactory keeps a pool (a queue of free connections, a list of used and one of invalid ones).
// Path: source/MongoDB/Connections/IConnectionFactory.cs (implementations: PooledConnectionFactory.cs,
//   SimpleConnectionFactory.cs, through ConnectionFactoryBase.cs; model: RawConnection.cs)
// Adapted: RawConnection keeps its public shape without the socket (IsConnected, IsInvalid, CreationTime, MarkAsInvalid,
//   Dispose; the TcpClient, its stream, the end point and the authenticated databases are dropped). The interface is
//   internal, as in the source, so the smoke script takes the fake as object. Nullable disabled (2010).
// Real store: ConnectionFactoryFactory makes a PooledConnectionFactory when the connection string says Pooled (its
//   default), else a SimpleConnectionFactory. ConnectionString is the string the factory was made with (settable).
//   PooledConnectionFactory: Open() hands out the oldest free connection, else opens a new TCP connection to the next
//   server of the connection string (round robin), waiting up to ConnectionTimeout when MaximumPoolSize are in use (then
//   MongoException); Close(connection) puts a live connection back in the free queue (one dead, invalid or older than
//   ConnectionLifetime is set aside for Cleanup; null: ArgumentNullException); Cleanup() disposes the connections set
//   aside and the free ones that died, then opens new ones up to MinimumPoolSize; Dispose() disposes every connection.
//   SimpleConnectionFactory opens a new connection on each Open and disposes it on Close.
// Shapes: *=none; Open=13; Close=13
// First try (45df1faa): incomplete: IMF0001 on all four (IConnectionFactory has no entity, so a key-value store: Open,
//   Close and Cleanup are not known verbs, ConnectionString a property that is no settings object) | WRONG: none (nothing
//   generated).
// After this round: unchanged, and the refusals are right: a pool hands out network connections it opens to the
//   servers of its connection string and takes them back, keeping the live ones for the next Open; a fake has no server
//   to connect to, and what Open returns is a socket, not a stored value.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SamusMongoDbCsharp.IConnectionFactoryCase;

internal class RawConnection : IDisposable
{
    private bool _isDisposed;

    public RawConnection()
    {
        CreationTime = DateTime.UtcNow;
    }

    public bool IsInvalid { get; private set; }

    public bool IsConnected
    {
        get { return !_isDisposed; }
    }

    public DateTime CreationTime { get; private set; }

    public void MarkAsInvalid()
    {
        IsInvalid = true;
    }

    public void Dispose()
    {
        _isDisposed = true;
    }
}

[InMemoryFake]
internal interface IConnectionFactory : IDisposable
{
    RawConnection Open();

    void Close(RawConnection connection);

    string ConnectionString { get; }

    void Cleanup();
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object factory) => RunCoreAsync((IConnectionFactory)factory);

    private static Task RunCoreAsync(IConnectionFactory factory)
    {
        var first = Check.NotNull(factory.Open(), "Open hands out a connection");
        Check.True(first.IsConnected, "an open one");
        var second = Check.NotNull(factory.Open(), "a second Open while the first is in use hands out another");
        Check.False(ReferenceEquals(first, second), "not the one in use");
        factory.Close(first);
        Check.True(ReferenceEquals(first, factory.Open()), "Close puts a live connection back, and the next Open hands it out again");
        Check.Throws<ArgumentNullException>(() => factory.Close(null), "Close(null) throws ArgumentNullException");
        factory.Cleanup();
        factory.Dispose();
        Check.False(first.IsConnected, "Dispose closes every connection of the pool");
        return Task.CompletedTask;
    }
}
