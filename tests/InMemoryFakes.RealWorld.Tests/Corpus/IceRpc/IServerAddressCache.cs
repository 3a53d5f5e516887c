// Source: https://github.com/icerpc/icerpc-csharp
// Commit: 21938f247953
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample88 rule (Corpus/SharpDevelop/IProfilingDataWriter.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 4th pick (the 12th repository of find_repos("CSharp")). Before it in path order: IIceFeature (a
//   request feature), IIceObjectService (ice_ping and friends of a service) and IIceProxy (a proxy's invoker and
//   address): none keeps records.
// Path: src/IceRpc.Locator/Internal/ServerAddressCache.cs (the interface, its implementation ServerAddressCache and the
//   logging decorator; models: LocatorInterceptor.cs's Location, src/IceRpc/ServiceAddress.cs)
// Adapted: Location as in the source, without its internal Kind; ServiceAddress (a record class of protocol, path,
//   server addresses, parameters and fragment, with checks in its init accessors) keeps Path and Protocol, as strings.
//   The interface is internal, as in the source, so the smoke script takes the fake as object. Nullable enabled, as in
//   the source (build/Common.props).
// Real store: ServerAddressCache over a ConcurrentDictionary<Location, (insertion time, address, list node)> and a
//   LinkedList of its keys, newest first, bounded by the locator options' MaxCacheSize (100 by default). Set(location,
//   address) replaces any entry of the location and stamps it with TimeSpan.FromMilliseconds(Environment.TickCount64);
//   the oldest entry is dropped when the cache grows past its size. TryGetValue hands out the stamp and the address
//   (false and default when missing); LocationResolver compares the stamp with its TTL and refresh threshold.
//   Remove(location) drops the entry (a missing one: nothing). Locations compare by value (IsAdapterId and Value).
// Shapes: *=core
// First try (8b82adcf): incomplete: IMF0001 Set (its value type ServiceAddress differs from the store's value type, the
//   tuple TryGetValue hands out); generated: Remove(location), TryGetValue(location, out value), over a key-value table
//   of (TimeSpan InsertionTime, ServiceAddress ServiceAddress) by Location | WRONG: none: both read and remove the
//   location's entry, whose stamp is whatever the hand-written Set stores.
// After this round: unchanged, and the refusal is right: Set stores the address while the read hands out the address
//   with a stamp the cache takes from Environment.TickCount64 at the write (time since the machine started, not the
//   fake's clock), and drops the oldest entry past a size the interface does not carry.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IceRpc.IServerAddressCacheCase;

public readonly record struct Location
{
    public bool IsAdapterId { get; init; }

    public required string Value { get; init; }

    public override string ToString() => Value;
}

public sealed record class ServiceAddress
{
    public string? Protocol { get; init; }

    public string Path { get; init; } = "/";
}

[InMemoryFake]
internal interface IServerAddressCache
{
    void Remove(Location location);

    void Set(Location location, ServiceAddress serviceAddress);

    bool TryGetValue(Location location, out (TimeSpan InsertionTime, ServiceAddress ServiceAddress) value);
}

public static class Smoke
{
    // The interface is internal, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object cache) => RunCoreAsync((IServerAddressCache)cache);

    private static Task RunCoreAsync(IServerAddressCache cache)
    {
        var adapter = new Location { IsAdapterId = true, Value = "greeter-adapter" };
        var wellKnown = new Location { IsAdapterId = false, Value = "greeter-adapter" };
        Check.False(cache.TryGetValue(adapter, out _), "TryGetValue of a location never set is false");

        cache.Set(adapter, new ServiceAddress { Protocol = "ice", Path = "/dummy" });
        Check.True(cache.TryGetValue(adapter, out var found), "TryGetValue finds the location set");
        Check.Equal("/dummy", found.ServiceAddress.Path, "and hands out its address");
        Check.False(cache.TryGetValue(wellKnown, out _), "a well-known location of the same value is another entry");

        cache.Set(adapter, new ServiceAddress { Protocol = "ice", Path = "/other" });
        Check.True(cache.TryGetValue(adapter, out var replaced), "a second Set keeps one entry");
        Check.Equal("/other", replaced.ServiceAddress.Path, "with the address set last");

        cache.Remove(adapter);
        Check.False(cache.TryGetValue(adapter, out _), "Remove drops the entry");
        cache.Remove(adapter);
        return Task.CompletedTask;
    }
}
