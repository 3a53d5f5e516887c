using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A unit of work of saves only, injected beside repositories it does not name (the DDD / clean-architecture
/// <c>IUnitOfWork { Task&lt;int&gt; SaveChangesAsync(CancellationToken ct = default); }</c>, all scoped over one
/// <c>DbContext</c>): a fake with no table of its own whose saves write, and whose discards drop, the change tracker the
/// fakes of its scope share (<c>InMemoryFakeOptions.SharedUnitOfWork</c>, <c>FakeCore.SharedUnitOfWork(member)</c>).
/// It finds no repository: the shared tracker is the link, as the real one reaches its repositories only through the
/// <c>DbContext</c> they share. Without a shared tracker its saves throw, naming the option (a save of nothing could
/// hide the repositories' unsaved writes). docs/runtime.md#unit-of-work; docs/generator.md, "Unit of work of saves only".
/// </summary>
internal static class SavesOnlyUnitOfWorkPlanner
{
    /// <summary>
    /// Whether the interface holds saves (<see cref="UnitOfWorkRules.IsSave(Microsoft.CodeAnalysis.ISymbol)"/>), and
    /// nothing else but discards and disposal (<see cref="UnitOfWorkRules.IsUnitOfWorkInterface"/>), and is not named a
    /// transaction (<c>ITransaction { void Commit(); }</c> ends a transaction someone begins: no unit of work of a scope).
    /// Since h-sample103 the other members may also be members the user wrote in the partial class, and operation
    /// runners (<see cref="IsOperationRunner"/>: ClinicFlow's <c>ExecuteWithLockAsync(lockKey, operation)</c> beside its
    /// <c>SaveChangesAsync</c>), which are refused with the reason; before, one such member made the whole interface a
    /// key-value store, whose refusal of the save ("'Changes' … is no noun of this store") hid that writing the runner
    /// by hand would not have made the save generated either.
    /// </summary>
    public static bool Applies(ParseContext context, List<MemberCandidate> candidates)
    {
        if (context.Interface.IsGenericType || context.Interface.Name.IndexOf("Transaction", StringComparison.Ordinal) >= 0)
        {
            return false;
        }

        if (UnitOfWorkRules.IsUnitOfWorkInterface(context.Interface, out _))
        {
            return true;
        }

        var handWritten = new HashSet<ISymbol>(candidates.Where(static c => c.IsHandWritten).Select(static c => c.Symbol), SymbolEqualityComparer.Default);
        var saves = 0;
        foreach (var member in new[] { context.Interface }.Concat(context.Interface.AllInterfaces).SelectMany(static i => i.GetMembers()))
        {
            if (!member.IsAbstract || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            if (UnitOfWorkRules.IsSave(member))
            {
                saves++;
            }
            else if (!UnitOfWorkRules.IsDiscard(member) && !IsDisposal(member) && !handWritten.Contains(member) && !IsOperationRunner(member))
            {
                return false;
            }
        }

        return saves > 0;
    }

    /// <summary>
    /// A member that runs an operation it is given inside the real store's transaction or lock: a method with a delegate
    /// parameter (<c>Func&lt;CancellationToken, Task&lt;TResult&gt;&gt; operation</c>, <c>Func&lt;Task&gt; action</c>) whose
    /// name starts with Execute, Run, Invoke or Perform, or names a transaction or a lock (<c>InTransactionAsync</c>). No
    /// store member takes a delegate so named (a get-or-add's factory comes with a key and a Get verb).
    /// </summary>
    internal static bool IsOperationRunner(ISymbol member)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary } method
            || !method.Parameters.Any(static p => p.Type.TypeKind == TypeKind.Delegate))
        {
            return false;
        }

        var name = method.Name;
        return StartsWithWord(name, "Execute") || StartsWithWord(name, "Run") || StartsWithWord(name, "Invoke") || StartsWithWord(name, "Perform")
            || name.IndexOf("Transaction", StringComparison.Ordinal) >= 0 || name.IndexOf("Lock", StringComparison.Ordinal) >= 0;
    }

    /// <summary>The refusal of an operation runner on a unit of work of saves (IMF0023's reason).</summary>
    internal static string RunnerReason(ISymbol member)
        => "it runs the operation it is given inside the real store's own database transaction"
            + (member.Name.IndexOf("Lock", StringComparison.Ordinal) >= 0 ? " and lock" : "")
            + ": whether what the operation wrote is undone when it throws, and whether a second caller waits, are the database's, which the signature does not state"
            + " (the saves beside it are generated over the shared unit of work; written by hand, '=> operation(cancellationToken)' runs the operation with no rollback)";

    private static bool StartsWithWord(string name, string word)
        => name.StartsWith(word, StringComparison.Ordinal) && (name.Length == word.Length || char.IsUpper(name[word.Length]));

    private static bool IsDisposal(ISymbol member)
        => member is IMethodSymbol { Parameters.Length: 0 } method && Conventions.IsOneOf(method.Name, Conventions.NoOpMethodNames);

    /// <summary>Plans the fake: each save saves the shared tracker, each discard discards it, disposal does nothing.</summary>
    public static FakeResult Plan(ParseContext context, TargetShape shape, AttributeSettings settings, ConstructorSpec constructors, List<MemberCandidate> candidates, bool register)
    {
        var names = context.Names;
        var core = names.New("__core");
        var defaults = names.New("__defaults");
        var members = new List<MemberSpec>();
        foreach (var candidate in candidates.Where(static c => !c.IsHandWritten))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var member = context.InterfaceName + "." + candidate.Symbol.Name;
            if (!UnitOfWorkRules.IsSave(candidate.Symbol) && !UnitOfWorkRules.IsDiscard(candidate.Symbol) && IsOperationRunner(candidate.Symbol))
            {
                CompositePlanner.Refuse(context, candidate, RunnerReason(candidate.Symbol), savesOnly: true);
                continue;
            }

            var operation = CompositePlanner.PlanOwnMember(context, candidate, out var reason) switch
            {
                UnitOfWorkSaveOp save => save with { Shared = member },
                UnitOfWorkDiscardOp => new UnitOfWorkDiscardOp(member),
                var other => other,
            };
            if (operation is null)
            {
                CompositePlanner.Refuse(context, candidate, reason ?? "its shape is not supported", savesOnly: true);
                continue;
            }

            members.Add(Declarations.Member(context, candidate, operation));
        }

        var store = new StoreSpec(StoreKindModel.KeyValue, null, null, null, EquatableArray<CopyMethodSpec>.Empty, EquatableArray<FieldAccessorSpec>.Empty,
            EquatableArray<ConverterSpec>.Empty, EquatableArray<ExpirationHelperSpec>.Empty, EquatableArray<OrderingSpec>.Empty);
        return CompositePlanner.Outer(context, shape, register, constructors, FakeParser.Defaults(context, settings, candidates), members, new List<CompositePartSpec>(),
            new List<JsonTypeSetSpec>(), new CompositeSpec(UnitOfWorkModel.None, EquatableArray<CompositePartSpec>.Empty, SavesOnly: true), core, defaults, default, store);
    }
}
