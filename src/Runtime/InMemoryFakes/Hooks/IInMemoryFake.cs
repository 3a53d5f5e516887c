using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes;

/// <summary>
/// What every generated fake offers a test besides its interface: reset and clear, snapshots,
/// inspection, a call log, fault injection, seeding and key locks. Generated classes implement it
/// explicitly (so it never collides with the interface's own members): reach it with
/// <c>Fakes.Of(repository)</c> or a cast.
/// </summary>
public interface IInMemoryFake
{
    /// <summary>The runtime object that holds the fake's state.</summary>
    FakeCore Core { get; }

    /// <summary>The clock for expiry and timestamps.</summary>
    TimeProvider Clock => Core.Clock;

    /// <summary>The backend holding the fake's tables.</summary>
    InMemoryBackend Backend => Core.Backend;

    /// <summary>The number of live entries in the fake's tables.</summary>
    int Count => Core.Count;

    /// <summary>Every live entry, with expiry, size and version.</summary>
    IReadOnlyList<EntryInfo> Entries => Core.Entries;

    /// <summary>The recorded calls (when <see cref="CallLog.Enabled"/>).</summary>
    CallLog Calls => Core.Calls;

    /// <summary>Faults to inject into the fake's members.</summary>
    FaultInjector Faults => Core.Faults;

    /// <summary>Raised at the start of <see cref="Reset"/>, before anything is cleared.</summary>
    event EventHandler? Resetting
    {
        add => Core.Resetting += value;
        remove => Core.Resetting -= value;
    }

    /// <summary>Raised when an entry expires or is evicted.</summary>
    event EventHandler<EntryEvictedEventArgs>? EntryEvicted
    {
        add => Core.EntryEvicted += value;
        remove => Core.EntryEvicted -= value;
    }

    /// <summary>Back to new: removes all data, restarts generated-key sequences, clears the call log and the faults.</summary>
    void Reset() => Core.Reset();

    /// <summary>Removes all data; keeps sequences, the call log and faults.</summary>
    void Clear() => Core.Clear();

    /// <summary>Captures the fake's data and key sequences.</summary>
    /// <returns>A snapshot to pass to <see cref="Restore"/>.</returns>
    FakeSnapshot Snapshot() => Core.Snapshot();

    /// <summary>Puts the data and sequences back as they were at <paramref name="snapshot"/>.</summary>
    /// <param name="snapshot">A snapshot of this fake.</param>
    void Restore(FakeSnapshot snapshot) => Core.Restore(snapshot);

    /// <summary>Stores items directly (upsert), bypassing the call log and faults.</summary>
    /// <typeparam name="T">An entity type, or <see cref="KeyValuePair{TKey, TValue}"/> for key-value fakes.</typeparam>
    /// <param name="items">The items.</param>
    void Seed<T>(params T[] items) => Core.Seed(items);

    /// <summary>Waits for an exclusive section on a key, for read-modify-write workflows.</summary>
    /// <param name="key">The key to lock (compared with <see cref="object.Equals(object)"/>).</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    ValueTask<FakeLock> LockAsync(object key, CancellationToken cancellationToken = default) => Core.LockAsync(key, cancellationToken);
}
