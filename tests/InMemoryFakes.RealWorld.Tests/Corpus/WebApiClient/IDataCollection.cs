// Source: https://github.com/dotnetcore/WebApiClient
// Commit: 54623ed1593d
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample75 rule (the whole rule and the repositories it skipped: Corpus/ODataWebApi/
//   IODataInstanceAnnotationContainer.cs). This one: the 2nd pick (the 9th repository listed). Before it in path order:
//   App's and AppAot's HTTP API declarations (IUserApi, ICloudflareApi), the attribute interfaces (IApiAttribute…),
//   IApiActionDescriptorProvider and IApiActionInvokerProvider (their implementations create descriptors and
//   invokers, keeping nothing), IApiFilter and IApiParameter (request hooks).
// Path: WebApiClientCore.Abstractions/IDataCollection.cs (real store: WebApiClientCore/Implementations/
//   DefaultDataCollection.cs, the per-request Properties and per-response Data bag of an HTTP API call)
// Adapted: the XML comments (Chinese) are dropped. Nullable enabled, as in the source
//   (WebApiClientCore.Abstractions.csproj).
// Real store: DefaultDataCollection over a Dictionary<object, object?> made on the first Set. Count answers the entries
//   held; ContainsKey whether the key is there; Set(key, value) stores or replaces the value, null included (a null
//   key is Dictionary's ArgumentNullException). Get<TValue>(key) answers the value when it is a TValue, else default (a
//   missing key and a value of another type alike). TryGetValue(key, out value) answers whether the key is there and
//   its value (null when missing); TryGetValue<TValue> answers true only when the value is a TValue. TryRemove(key,
//   out value) removes the key and hands out what it held (false and null when it was not there).
// Shapes: *=core; Get=5; TryGetValue=5
// First try (ddd0e550): incomplete: IMF0001 on Set (its value is declared object?, so whether null is kept, removes the
//   key or is an error is the store's choice) and TryRemove (a removal into an out parameter over an object store);
//   Count, ContainsKey, Get<TValue> and both TryGetValue generated | WRONG: Get<TValue> (a missing key threw the fake's
//   not-found error, where [return: MaybeNull] declares default and the real collection answers default).
// After this round: Get<TValue> reads [return: MaybeNull] as TValue?: default for a missing key; a value of another
//   type is the fake's cast error naming Get (the real collection answers default there too, which the signature does
//   not say: a (T) cast throws, a JSON bag converts; GenericReads = GenericReadConversion.As states it). TryRemove is
//   generated: an out object over a store of object values is Dictionary.Remove(key, out value)'s shape, as the typed
//   one is. Set stays refused, rightly: Set(key, object?) does not say what a null value does (this one keeps it,
//   Kiota's backing store keeps it, others remove the key), so the fake stays one member from complete.
#nullable enable

using System;
using System.Diagnostics.CodeAnalysis;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WebApiClient.IDataCollectionCase;

[InMemoryFake]
public interface IDataCollection
{
    int Count { get; }

    bool ContainsKey(object key);

    void Set(object key, object? value);

    [return: MaybeNull]
    TValue Get<TValue>(object key);

    bool TryGetValue(object key, out object? value);

    bool TryGetValue<TValue>(object key, [MaybeNullWhen(false)] out TValue value);

    bool TryRemove(object key, out object? value);
}

public static class Smoke
{
    public static Task RunAsync(IDataCollection data)
    {
        Check.Equal(0, data.Count, "a new collection is empty");
        Check.Null(data.Get<string>("missing"), "Get of a missing key answers default");
        Check.Equal(0, data.Get<int>("missing"), "default for a value type too");
        Check.False(data.TryGetValue("missing", out var none), "TryGetValue of a missing key is false");
        Check.Null(none, "and hands out null");

        data.Set("name", "Ada");
        data.Set(typeof(string), 42);
        data.Set("nothing", null);
        Check.Equal(3, data.Count, "Set stores under any key object, a null value too");
        Check.True(data.ContainsKey("nothing"), "a key set to null is held");
        Check.Equal("Ada", data.Get<string>("name"), "Get answers a value of the asked type");
        Check.Equal(42, data.Get<int>(typeof(string)), "under a Type key as well");
        Check.Equal(0, data.Get<int>("name"), "a value of another type answers default");
        Check.True(data.TryGetValue<string>("name", out var name) && name == "Ada", "TryGetValue<TValue> finds a value of that type");
        Check.False(data.TryGetValue<int>("name", out _), "and is false for a value of another type");

        data.Set("name", "Grace");
        Check.Equal("Grace", data.Get<string>("name"), "a second Set replaces the value");
        Check.True(data.TryRemove("name", out var removed), "TryRemove removes a held key");
        Check.Equal<object?>("Grace", removed, "and hands out its value");
        Check.False(data.ContainsKey("name"), "the key is gone");
        Check.False(data.TryRemove("name", out var again), "a second TryRemove is false");
        Check.Null(again, "and hands out null");
        Check.Equal(2, data.Count, "the other entries stay");
        return Task.CompletedTask;
    }
}
