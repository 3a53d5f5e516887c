using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes;

/// <summary>
/// Exclusive sections by key. Waiting never blocks a thread; a key's lock object exists only while
/// someone holds or waits for it.
/// </summary>
internal sealed class KeyLocks
{
    private readonly object _gate = new();
    private readonly Dictionary<object, Slot> _slots;

    /// <summary>Creates key locks that compare keys with <see cref="object.Equals(object)"/>.</summary>
    public KeyLocks()
        : this(null)
    {
    }

    /// <summary>Creates key locks that compare keys with <paramref name="comparer"/> (a table passes its own key comparer).</summary>
    /// <param name="comparer">Key equality; <see langword="null"/> for <see cref="object.Equals(object)"/>.</param>
    public KeyLocks(IEqualityComparer<object>? comparer)
    {
        _slots = new Dictionary<object, Slot>(comparer ?? EqualityComparer<object>.Default);
    }

    /// <summary>Waits until no one else holds <paramref name="key"/>, then holds it.</summary>
    /// <param name="key">The key.</param>
    /// <param name="cancellationToken">Stops waiting; nothing is held then.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public async ValueTask<FakeLock> AcquireAsync(object key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        Slot slot;
        lock (_gate)
        {
            if (!_slots.TryGetValue(key, out slot!))
            {
                slot = new Slot();
                _slots.Add(key, slot);
            }

            slot.Users++;
        }

        try
        {
            await slot.Semaphore.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            Leave(key, slot);
            throw;
        }

        return new FakeLock(this, key, slot);
    }

    /// <summary>How many keys are held or waited for (for tests of the lock itself).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_gate)
            {
                return _slots.Count;
            }
        }
    }

    internal void Release(object key, Slot slot)
    {
        slot.Semaphore.Release();
        Leave(key, slot);
    }

    private void Leave(object key, Slot slot)
    {
        lock (_gate)
        {
            if (--slot.Users == 0)
            {
                _slots.Remove(key);
                slot.Semaphore.Dispose();
            }
        }
    }

    internal sealed class Slot
    {
        internal SemaphoreSlim Semaphore { get; } = new(1, 1);

        internal int Users { get; set; }
    }
}

/// <summary>A held key lock. Disposing it (once or more) releases it.</summary>
public sealed class FakeLock : IDisposable, IAsyncDisposable
{
    private readonly KeyLocks _owner;
    private readonly KeyLocks.Slot _slot;
    private int _released;

    internal FakeLock(KeyLocks owner, object key, KeyLocks.Slot slot)
    {
        _owner = owner;
        _slot = slot;
        Key = key;
    }

    /// <summary>The locked key.</summary>
    public object Key { get; }

    /// <summary>Releases the lock.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _released, 1) == 0)
        {
            _owner.Release(Key, _slot);
        }
    }

    /// <summary>Releases the lock.</summary>
    /// <returns>A completed task.</returns>
    public ValueTask DisposeAsync()
    {
        Dispose();
        return default;
    }
}
