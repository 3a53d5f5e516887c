using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;

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
    /// </summary>
    public static bool Applies(ParseContext context)
        => !context.Interface.IsGenericType
            && context.Interface.Name.IndexOf("Transaction", StringComparison.Ordinal) < 0
            && UnitOfWorkRules.IsUnitOfWorkInterface(context.Interface, out _);

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
            var operation = CompositePlanner.PlanOwnMember(context, candidate, out var reason) switch
            {
                UnitOfWorkSaveOp save => save with { Shared = member },
                UnitOfWorkDiscardOp => new UnitOfWorkDiscardOp(member),
                var other => other,
            };
            if (operation is null)
            {
                CompositePlanner.Refuse(context, candidate, reason ?? "its shape is not supported");
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
