// Source: https://github.com/hazelcast/hazelcast-csharp-client
// Commit: 7222ed041ecf
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample88 rule (Corpus/SharpDevelop/IProfilingDataWriter.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 5th pick (the 15th repository of find_repos("CSharp")). Before it in path order: the LINQ provider's
//   IQueryableMap (1 member) and IAggregator<TResult> (1); IAtomicLong declares 10 and inherits 6, and its
//   implementation hands each call on to the cluster's CP subsystem, which holds the value.
// Path: src/Hazelcast.Net/CP/IAtomicLong.cs (implementation: AtomicLong.cs over CPDistributedObjectBase.cs; base
//   interfaces: ICPDistributedObject.cs, ../DistributedObjects/IDistributedObject.cs; ICPGroupId.cs)
// Adapted: the interfaces as in the source, one namespace, XML comments dropped. Nullable disabled, as in the source
//   (Hazelcast.Net does not enable it).
// Real store: AtomicLong, a client proxy of the cluster's Raft-replicated atomic long of that name, got with
//   ICPSubsystem.GetAtomicLongAsync(name), which creates it at 0 when it does not exist. GetAsync reads the value;
//   SetAsync and GetAndSetAsync write it (the latter hands out the old one); AddAndGetAsync(delta) and
//   GetAndAddAsync(delta) add atomically and hand out the new or the old value; IncrementAndGet, DecrementAndGet,
//   GetAndIncrement and GetAndDecrement add +1 or -1 the same way; CompareAndSetAsync(comparand, value) writes value
//   only when the current value equals comparand, and says whether it did. Arithmetic is the server's Java long
//   arithmetic (an overflow wraps). ServiceName is "hz:raft:atomicLongService", Name the name given, PartitionKey
//   null, GroupId the CP group's id; DestroyAsync destroys the object in the cluster (a later call fails);
//   DisposeAsync does nothing.
// Shapes: *=12; CompareAndSetAsync=19; GetAndSetAsync=19
// First try (8b82adcf): incomplete: IMF0001 ServiceName, Name, PartitionKey (strings the store is configured with),
//   GroupId (an interface: the cluster's own), DestroyAsync (no known verb), AddAndGetAsync, DecrementAndGetAsync,
//   GetAndDecrementAsync, GetAndAddAsync, GetAndSetAsync, IncrementAndGetAsync, GetAndIncrementAsync ('…AndGet' /
//   'GetAnd…': no noun of this store after the verb), CompareAndSetAsync (it must be TryUpdate(key, newValue,
//   comparisonValue)); generated: GetAsync and SetAsync (the store's single long value), DisposeAsync (nothing) |
//   WRONG: GetAsync before any write: the real atomic long is 0, the fake throws its not-found error (loud).
// After this round: the ten members of IAtomicLong are generated (Sample88Tests; docs/generator.md, key-value store:
//   the steps of an atomic number): IncrementAndGet, DecrementAndGet, AddAndGet hand out the value after the step,
//   GetAndIncrement, GetAndDecrement, GetAndAdd, GetAndSet the value before it, CompareAndSet(comparand, value) writes
//   over the comparand (its name says which is the expected value), and a value never written is 0, for the steps and
//   for GetAsync. Left, rightly: ServiceName, Name, PartitionKey and GroupId are the proxy's identity in the cluster,
//   which the interface does not carry, and DestroyAsync ends the object in the cluster. An overflow throws in the fake
//   where the server's Java arithmetic wraps (loud).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HazelcastClient.IAtomicLongCase;

public interface ICPGroupId
{
    public long Id { get; }

    public string Name { get; }
}

public interface IDistributedObject : IAsyncDisposable
{
    string ServiceName { get; }

    string Name { get; }

    string PartitionKey { get; }

    ValueTask DestroyAsync();
}

public interface ICPDistributedObject : IDistributedObject
{
    ICPGroupId GroupId { get; }
}

[InMemoryFake]
public interface IAtomicLong : ICPDistributedObject
{
    Task<long> AddAndGetAsync(long value);

    Task<bool> CompareAndSetAsync(long comparand, long value);

    Task<long> DecrementAndGetAsync();

    Task<long> GetAndDecrementAsync();

    Task<long> GetAsync();

    Task<long> GetAndAddAsync(long value);

    Task<long> GetAndSetAsync(long value);

    Task<long> IncrementAndGetAsync();

    Task<long> GetAndIncrementAsync();

    Task SetAsync(long value);
}

public static class Smoke
{
    public static async Task RunAsync(IAtomicLong counter)
    {
        Check.Equal(0L, await counter.GetAsync(), "a new atomic long is 0");
        Check.Equal(1L, await counter.IncrementAndGetAsync(), "IncrementAndGet hands out the new value");
        Check.Equal(1L, await counter.GetAndIncrementAsync(), "GetAndIncrement hands out the old value");
        Check.Equal(12L, await counter.AddAndGetAsync(10), "AddAndGet adds the delta: 2 + 10");
        Check.Equal(12L, await counter.GetAndAddAsync(-2), "GetAndAdd hands out the value before the delta");
        Check.Equal(9L, await counter.DecrementAndGetAsync(), "DecrementAndGet: 10 - 1");
        Check.Equal(9L, await counter.GetAndDecrementAsync(), "GetAndDecrement hands out 9 and leaves 8");
        Check.Equal(8L, await counter.GetAndSetAsync(100), "GetAndSet hands out the old value");
        Check.Equal(100L, await counter.GetAsync(), "and writes the new one");

        Check.False(await counter.CompareAndSetAsync(5, 7), "CompareAndSet with another comparand writes nothing");
        Check.Equal(100L, await counter.GetAsync(), "so the value stays");
        Check.True(await counter.CompareAndSetAsync(100, 7), "CompareAndSet with the current value as comparand writes");
        Check.Equal(7L, await counter.GetAsync(), "the value given");

        await counter.SetAsync(42);
        Check.Equal(42L, await counter.GetAsync(), "SetAsync writes the value");
        await counter.DisposeAsync();
    }
}
