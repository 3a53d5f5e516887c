// Source: https://github.com/akkadotnet/Akka.Hosting
// Commit: 0119721f4dc1
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample110 rule (the whole rule and the repositories it skipped: Corpus/AkkaNet/
//   IExternalShardAllocationClient.cs). This one: the 3rd pick (the 8th repository listed). Before it in path order:
//   IRequiredActor<TActor> (2 members, in the same file: a typed handle that caches what the registry answers).
// Path: src/Akka.Hosting/ActorRegistry.cs (implementation: ActorRegistry in the same file, which also implements
//   IActorRegistry, the writable interface derived from this one)
// Adapted: IActorRef cut to a marker (the members only hand references out), ActorRefs.Nobody to a stand-in singleton;
//   ActorRegistryException and MissingActorRegistryEntryException as in the source. The XML comments shortened.
//   Nullable enabled, as in the source (src/Directory.Build.props).
// Real store: ActorRegistry, a ConcurrentDictionary<Type, IActorRef> keyed by the actor's key type (typeof(TKey) for
//   the generic members), filled through IActorRegistry's Register/TryRegister. TryGet<TKey>(out actor) and
//   TryGet(key, out actor) answer true and the registered actor, else false with actor set to ActorRefs.Nobody (not
//   null). Get<TKey>() answers the actor, else throws MissingActorRegistryEntryException. GetAsync<TKey>(ct) and
//   GetAsync(key, ct) answer the registered actor at once, else wait until one is registered for the key (a
//   TaskCompletionSource per waiter), and end in TaskCanceledException when ct is cancelled first. Enumerating gives
//   every (key type, actor) pair.
// Shapes: *=5; GetAsync=5; TryGet=5
// First try (fa08f2db): incomplete: read as a key-value store of IActorRef values keyed by Type. Generated: TryGet(key,
//   out actor) and GetAsync(key, ct). Refused (IMF0001): TryGet<TKey>(out actor) ("TryGet must be 'bool TryGet(key, out
//   value)'"), Get<TKey>() and GetAsync<TKey>(ct) ("it takes no key, but other members do"), both GetEnumerators
//   ("'Enumerator' after it is no noun of this store"); IMF0021 (IActorRef is an interface). The probe stops at
//   TryGet<TKey>, the script's first line | WRONG: TryGet(key, out actor) of a missing key sets actor to null, declared
//   not null (IActorRef under nullable annotations), where ActorRegistry sets ActorRefs.Nobody; GetAsync(key, ct) of a
//   missing key throws the not-found error at once (loud), where ActorRegistry waits until an actor is registered for
//   the key or ct is cancelled.
// After this round: incomplete, nothing silently wrong. TryGet(key, out actor) is refused (IMF0001): its out parameter
//   is declared not null, so what a miss hands out (ActorRefs.Nobody here) is the store's own; the message names
//   [MaybeNullWhen(false)] and Store.TryGet (Sample110Tests). Both GetEnumerators are generated: the entries of
//   IEnumerable<KeyValuePair<Type, IActorRef>>, the store's own key and value types. TryGet<TKey>, Get<TKey> and
//   GetAsync<TKey> stay refused, now naming their type argument as the key (typeof(TKey)) instead of "it takes no key".
//   Still differing, loudly: GetAsync(key, ct) of a missing key is the not-found error at once where ActorRegistry
//   waits for a registration (kept: the convention of a read declared not null; the wait is in no signature).
#nullable enable

using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AkkaHosting.IReadOnlyActorRegistryCase;

// Akka.Actor
public interface IActorRef
{
}

// Akka.Actor
public static class ActorRefs
{
    public static readonly IActorRef Nobody = new NobodyRef();

    private sealed class NobodyRef : IActorRef
    {
        public override string ToString() => "Nobody";
    }
}

/// <summary>
/// Generic <see cref="ActorRegistry"/> exception.
/// </summary>
public class ActorRegistryException : Exception
{
    public ActorRegistryException(string message) : base(message)
    {
    }
}

/// <summary>
/// Thrown when a user attempts to retrieve a non-existent key from the ActorRegistry.
/// </summary>
public sealed class MissingActorRegistryEntryException : ActorRegistryException
{
    public MissingActorRegistryEntryException(string message) : base(message)
    {
    }
}

public sealed class Dispatcher
{
}

/// <summary>
/// Represents a read-only collection of <see cref="IActorRef"/> instances keyed by the actor name.
/// </summary>
[InMemoryFake]
public interface IReadOnlyActorRegistry : IEnumerable<KeyValuePair<Type, IActorRef>>
{
    /// <summary>
    /// Try to retrieve an <see cref="IActorRef"/> with the given <see cref="TKey"/>.
    /// </summary>
    /// <param name="actor">The bound <see cref="IActorRef"/>, if any. Is set to <see cref="ActorRefs.Nobody"/> if key is not found.</param>
    bool TryGet<TKey>(out IActorRef actor);

    /// <summary>
    /// Try to retrieve an <see cref="IActorRef"/> with the given <see cref="TKey"/>.
    /// </summary>
    /// <param name="key">The key for a particular actor.</param>
    /// <param name="actor">The bound <see cref="IActorRef"/>, if any. Is set to <see cref="ActorRefs.Nobody"/> if key is not found.</param>
    bool TryGet(Type key, out IActorRef actor);

    /// <summary>
    /// Fetches the <see cref="IActorRef"/> by key.
    /// </summary>
    /// <returns>If found, the underlying <see cref="IActorRef"/>.</returns>
    IActorRef Get<TKey>();

    /// <summary>
    /// Asynchronously fetches the <see cref="IActorRef"/> by key. Task will complete when the actor is registered.
    /// </summary>
    public Task<IActorRef> GetAsync<TKey>(CancellationToken ct = default);

    /// <summary>
    /// Asynchronously fetches the <see cref="IActorRef"/> by key. Task will complete when the actor is registered.
    /// </summary>
    public Task<IActorRef> GetAsync(Type key, CancellationToken ct = default);
}

public static class Smoke
{
    // A read-only view: nothing in it registers an actor, so the script reads what a registry with none answers.
    public static async Task RunAsync(IReadOnlyActorRegistry registry)
    {
        Check.False(registry.TryGet<Dispatcher>(out var byType), "no actor registered for the key type");
        Check.True(ReferenceEquals(ActorRefs.Nobody, byType), "the out actor is ActorRefs.Nobody, not null");

        Check.False(registry.TryGet(typeof(Dispatcher), out var byKey), "no actor registered for the key");
        Check.True(ReferenceEquals(ActorRefs.Nobody, byKey), "the out actor is ActorRefs.Nobody (2)");

        Check.Throws<MissingActorRegistryEntryException>(() => registry.Get<Dispatcher>(), "Get of a missing key throws MissingActorRegistryEntryException");

        Check.Equal(0, registry.Count(), "enumerating an empty registry gives nothing");

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Check.ThrowsAsync<OperationCanceledException>(() => registry.GetAsync<Dispatcher>(cancelled.Token), "GetAsync waits for a registration; a cancelled token ends the wait (TaskCanceledException)");

        using var soon = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        await Check.ThrowsAsync<OperationCanceledException>(() => registry.GetAsync(typeof(Dispatcher), soon.Token), "GetAsync of a missing key waits until the token is cancelled, it does not answer at once");
    }
}
