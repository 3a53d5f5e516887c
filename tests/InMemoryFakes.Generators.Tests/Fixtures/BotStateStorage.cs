using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures.BotState;

/// <summary>Bot Framework's item contract: a value with an ETag the store checks and assigns.</summary>
public interface IStoreItem
{
    string? ETag { get; set; }
}

/// <summary>A bot's state, an <see cref="IStoreItem"/>.</summary>
public sealed class ConversationData : IStoreItem
{
    public string? ETag { get; set; }

    public int TurnCount { get; set; }
}

/// <summary>
/// Bot Framework's <c>IStorage</c>. The generator refuses <c>WriteAsync</c> (IMF0001: <see cref="IStoreItem"/> beside it
/// carries a token), so it is written below, with <c>MemoryStorage</c>'s own rule; the reads and the removal are generated.
/// </summary>
[InMemoryFake]
public interface IStorage
{
    Task<IDictionary<string, object>> ReadAsync(string[] keys, CancellationToken cancellationToken = default);

    Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default);

    Task DeleteAsync(string[] keys, CancellationToken cancellationToken = default);
}

/// <summary>The hand-written write: MemoryStorage's ETag rule, on the fake's table (docs/generator.md, "Concurrency tokens in key-value values").</summary>
public sealed partial class InMemoryStorage
{
    private long _lastETag;

    public async Task WriteAsync(IDictionary<string, object> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var store = await Store.CallAsync(nameof(WriteAsync), cancellationToken, changes);
        store.Atomically(s =>
        {
            // Every conflict first, so a failed batch writes nothing.
            foreach (var change in changes)
            {
                if (change.Value is IStoreItem item && s.Get(change.Key) is IStoreItem { ETag: { } current } && item.ETag != "*" && item.ETag != current)
                {
                    throw new ArgumentException($"Etag conflict.\r\n\r\nOriginal: {item.ETag}\r\nCurrent: {current}", nameof(changes));
                }
            }

            foreach (var change in changes)
            {
                s.Set(change.Key, change.Value);
                if (s.Get(change.Key) is IStoreItem stored)
                {
                    // The new ETag goes on the stored copy, not on the caller's object, as MemoryStorage's JSON does.
                    stored.ETag = (++_lastETag).ToString(CultureInfo.InvariantCulture);
                    s.Set(change.Key, stored);
                }
            }

            return changes.Count;
        });
    }
}
