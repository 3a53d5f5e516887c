// Source: https://github.com/ppiecuch/repository-of-projects
// Commit: a0393d01f57b
// Licence: none stated (an interface signature and a minimal model transcribed for a test; the repository's COPYING and
//   LICENSE files are those of vendored OpenAL, libpng and zlib sources)
// Sample: h-sample89 rule (the whole rule and the repositories it skipped: Corpus/MyRepository/IRepository.cs). This one:
//   the 2nd pick (the 63rd repository find_repos("Repository") lists). Before it in path order: IBankAccount
//   (CSharp/07Inherit, three members, whose class keeps one decimal balance: not a store of records), IObservable<T>,
//   IObserver<T> and IObserver (1 member each).
// Path: CSharp/30BehaviourTrigger/IBehaviourTriggable.cs (implementation: Fightable in CSharp/30BehaviourTrigger/Program.cs;
//   model: Condition.cs and Operation.cs beside it)
// Adapted: Condition and Operation keep their Type enums and the handler delegates the interface names (Condition's
//   Comparator enum for CompareHandler); their fields, constructors and evaluation methods are dropped. They sit in this
//   file's namespace (the source declares them, and the interface, in the global namespace). Nullable disabled, as in the
//   source (a .NET Framework project).
// Real store: Fightable keeps two arrays, one CompareHandler per Condition.Type and one OperationHandler per
//   Operation.Type, each as long as its enum's COUNT member. registerCondition(type, ch) puts the handler in the slot of
//   the type, replacing the one there; getCompareHandler(type) returns that slot, null when nothing was registered;
//   Condition.Type.COUNT (or any value past it) is no slot and throws IndexOutOfRangeException. registerOperation and
//   getOperationHandler do the same with the operations' array, apart from the conditions' (Timing and Pathfinding are
//   both 1 and do not meet). BehaviourTrigger registers nothing: the game code registers each type's handler, and the
//   triggers read them when they start.
// Shapes: *=none
// First try (8b82adcf): incomplete: IMF0001 getCompareHandler, getOperationHandler, registerCondition, registerOperation
//   (not known verbs) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right. The interface holds two registries of handlers, each keyed by
//   its own enum, behind four verbs no convention reads: a registry's register replaces the handler (as here), adds one
//   more for the key (an event aggregator's subscriptions, a multicast delegate) or refuses a second (a DI container's
//   TryAdd), and which one is in no signature; an enum's COUNT member is a slot count here, an error the fake would not
//   know to raise.
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RepositoryOfProjects.IBehaviourTriggableCase;

public class Condition
{
    public enum Type
    {
        Custom = 0,
        Timing,
        CheckAim,
        CheckState,
        CheckDistance,
        COUNT,
    }

    public enum Comparator
    {
        EQ = 0,
        NE,
        GE,
        GT,
        LE,
        LT,
    }

    public delegate bool CompareHandler(Comparator comparator, params object[] os);
}

public class Operation
{
    public enum Type
    {
        Custom = 0,
        Pathfinding,
        StopMovement,
        PlayAnimation,
        UpdateAim,
        Damage,
        COUNT,
    }

    public delegate void OperationHandler(params object[] os);
}

[InMemoryFake]
public interface IBehaviourTriggable
{
    Condition.CompareHandler getCompareHandler(Condition.Type type);

    Operation.OperationHandler getOperationHandler(Operation.Type type);

    void registerCondition(Condition.Type type, Condition.CompareHandler ch);

    void registerOperation(Operation.Type type, Operation.OperationHandler ch);
}

public static class Smoke
{
    public static Task RunAsync(IBehaviourTriggable fightable)
    {
        Check.Null(fightable.getCompareHandler(Condition.Type.Timing), "no handler registered for a type: null");

        Condition.CompareHandler always = (comparator, os) => true;
        Condition.CompareHandler never = (comparator, os) => false;
        fightable.registerCondition(Condition.Type.Timing, always);
        Check.True(ReferenceEquals(always, fightable.getCompareHandler(Condition.Type.Timing)), "registerCondition puts the handler in its type's slot");
        fightable.registerCondition(Condition.Type.Timing, never);
        Check.True(ReferenceEquals(never, fightable.getCompareHandler(Condition.Type.Timing)), "a second registration of the type replaces the first");
        Check.Null(fightable.getCompareHandler(Condition.Type.CheckAim), "another type's slot stays empty");

        var moved = 0;
        Operation.OperationHandler move = os => moved++;
        fightable.registerOperation(Operation.Type.StopMovement, move);
        fightable.getOperationHandler(Operation.Type.StopMovement)(Array.Empty<object>());
        Check.Equal(1, moved, "registerOperation keeps the operation handler of its type");
        Check.Null(fightable.getOperationHandler(Operation.Type.Pathfinding), "the operations are apart from the conditions (Pathfinding and Timing are both 1)");

        Check.Throws<IndexOutOfRangeException>(() => fightable.getCompareHandler(Condition.Type.COUNT), "COUNT is no slot of the array");
        return Task.CompletedTask;
    }
}
