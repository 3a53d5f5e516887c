// Source: https://github.com/OrleansContrib/Orleankka
// Commit: 9713f21efd88
// Licence: Apache-2.0 (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample107 rule (the whole rule and the repositories it skipped: Corpus/OrleansLattice/
//   IReplicationHighWaterMarkGrain.cs). This one: the 3rd pick (the 4th repository listed). Before it in path order
//   (Source/Orleankka.Runtime/...): IActorMiddleware (1 member), IActorRuntime (5 properties handing out the actor's
//   timer, job, reminder and activation services: it keeps nothing), BehaviorMessage (no members), IDispatcherRegistry
//   (1 member).
// Path: Source/Orleankka.Runtime/ObserverCollection.cs and Source/Orleankka/ObserverRef.cs (real store: ObserverCollection
//   beside the interface, a HashSet<ObserverRef>)
// Adapted: ObserverRef's [GenerateSerializer] dropped, and its generic twin ObserverRef<TActor> (not used here). Nullable
//   disabled, as in the source (Orleankka's Directory.Build.props sets no Nullable; LangVersion 9.0).
// Real store: ObserverCollection keeps a HashSet<ObserverRef> (ObserverRef's own equality: ActorRef and ClientRef compare
//   by path, another subclass by reference). Add(observer) adds it (idempotent: a second Add of an equal observer keeps
//   one); Remove(observer) removes it (idempotent: an unknown one is nothing); Notify(message) calls observer.Notify(message)
//   on each and then removes every observer whose Notify threw (the exception is swallowed); enumerating yields the
//   observers held, in the HashSet's order. A null observer is added as a HashSet adds null.
// Shapes: Add=1; Remove=1; Notify=none; GetEnumerator=9
// First try (6587633c): incomplete: IMF0009 (ObserverRef, abstract and keyless, has no key; the message already names
//   the case: "if no property identifies a stored ObserverRef … no key fits: write IObserverCollection by hand") | WRONG:
//   none (nothing generated).
// After this round: unchanged, rightly: a set of observers by the observers' own equality, whose Notify calls each and
//   drops the ones that throw; ObserverRef is abstract, so a fake could neither copy nor make one.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Orleankka.IObserverCollectionCase;

public abstract class ObserverRef
{
    public abstract void Notify(object message);
}

/// <summary>
/// This  is a simple helper class for actors that need to manage observer susbscriptions.
/// It provides methods for adding/removing observers and for notifying about particular notifications.
/// </summary>
[InMemoryFake]
public interface IObserverCollection : IEnumerable<ObserverRef>
{
    /// <summary>
    /// Adds given observer subscription.
    /// </summary>
    /// <param name="observer">The observer proxy</param>
    /// <remarks>The operation is idempotent</remarks>
    void Add(ObserverRef observer);

    /// <summary>
    /// Removes given observer subscription.
    /// </summary>
    /// <param name="observer">The observer proxy</param>
    /// <remarks>The operation is idempotent</remarks>
    void Remove(ObserverRef observer);

    /// <summary>
    /// Notifies all observers with specified notification information.
    /// </summary>
    /// <param name="message">The notification information</param>
    void Notify(object message);
}

public sealed class RecordingObserver : ObserverRef
{
    public List<object> Received { get; } = new List<object>();

    public bool Fails { get; set; }

    public override void Notify(object message)
    {
        if (Fails)
        {
            throw new InvalidOperationException("the observer is gone");
        }

        Received.Add(message);
    }
}

public static class Smoke
{
    public static Task RunAsync(IObserverCollection observers)
    {
        Check.Equal(0, observers.Count(), "a new collection holds no observer");

        var first = new RecordingObserver();
        var second = new RecordingObserver();
        observers.Add(first);
        observers.Add(first);
        observers.Add(second);
        Check.Equal(2, observers.Count(), "Add is idempotent: the same observer twice is held once");
        Check.True(observers.Contains(first) && observers.Contains(second), "enumerating yields the observers added");

        observers.Notify("hello");
        Check.Equal(1, first.Received.Count, "Notify calls each observer once");
        Check.Equal("hello", (string)second.Received[0], "with the message");

        second.Fails = true;
        observers.Notify("again");
        Check.False(observers.Contains(second), "an observer whose Notify throws is removed, the exception swallowed");
        Check.True(observers.Contains(first), "the others stay");

        observers.Remove(first);
        observers.Remove(first);
        Check.Equal(0, observers.Count(), "Remove takes it off, and a second Remove is nothing");
        return Task.CompletedTask;
    }
}
