using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// What makes a member part of a unit of work: a save (<see cref="Conventions.UnitOfWorkSaveNames"/>), a discard
/// (<see cref="Conventions.UnitOfWorkDiscardNames"/>), each taking nothing but a cancellation token, and an
/// <c>IUnitOfWork UnitOfWork { get; }</c> property whose interface holds only those (and disposal).
/// </summary>
internal static class UnitOfWorkRules
{
    public static bool IsSave(ISymbol member) => Is(member, Conventions.UnitOfWorkSaveNames);

    public static bool IsDiscard(ISymbol member) => Is(member, Conventions.UnitOfWorkDiscardNames);

    /// <summary>
    /// A save named as a transaction's or a scope's end (<c>Commit</c>, <c>Complete</c>, each also <c>…Async</c>), which an
    /// <c>IDbContextTransaction</c> or a <c>TransactionScope</c> has as much as a unit of work; the other saves
    /// (<c>SaveChanges</c>, <c>Save</c>, <c>Persist</c>…) write a change tracker (SeparateUnitOfWorkRule.SavesTrackedChanges).
    /// </summary>
    public static bool IsTransactionEnd(ISymbol member) => Is(member, TransactionEndNames);

    private static readonly string[] TransactionEndNames = { "Commit", "Complete" };

    /// <summary>
    /// A save whose parameters besides a cancellation token are all named by the attribute's <c>IgnoredParameters</c>
    /// (an audit context's <c>SaveChangesAsync(string userId, CancellationToken)</c>): the listed parameters take no
    /// part in what it does, as on an entity repository's members.
    /// </summary>
    public static bool IsSave(ISymbol member, string[] ignored) => Is(member, Conventions.UnitOfWorkSaveNames, ignored);

    /// <summary>A discard, with the attribute's <c>IgnoredParameters</c> left out as <see cref="IsSave(ISymbol, string[])"/> does.</summary>
    public static bool IsDiscard(ISymbol member, string[] ignored) => Is(member, Conventions.UnitOfWorkDiscardNames, ignored);

    /// <summary>
    /// Whether a repository's writes wait for its save when the attribute does not say, for a repository of one entity
    /// type (EntityPlanner) and of several (MultiEntityPlanner) alike: yes when a write is synchronous and answers no
    /// outcome (it returns nothing or the entity: it cannot do I/O, so it only tracks, as EF Core's <c>DbSet.Add</c>), the
    /// interface exposes an <c>IUnitOfWork</c> property, or it has no writes. A synchronous write answering a
    /// <c>bool</c> or a count (<paramref name="writes"/>' <c>Outcome</c>) proves nothing: it is what a write that saves at
    /// once answers (<c>Context.Add(e); return Context.SaveChanges() &gt; 0;</c>, Grin33/TaskManagement's
    /// <c>bool Add(T)</c> beside <c>bool Save()</c>), as much as a tracked one's (since h-sample48; before, it made every
    /// write wait for the save). Otherwise the interface does not say, and <paramref name="why"/> (IMF0022's reason)
    /// names its writes.
    /// </summary>
    public static bool WritesWaitForSave(ParseContext context, IReadOnlyCollection<(string Name, Model.ReturnShape Shape, bool Outcome)> writes, out string? why)
    {
        why = null;
        if (context.UnitOfWorkInterfaces.Count > 0 || writes.Count == 0 || writes.Any(static w => w.Shape == Model.ReturnShape.Sync && !w.Outcome))
        {
            return true;
        }

        var names = string.Join(", ", writes.Select(static w => w.Name).Distinct().Take(3));
        why = writes.Any(static w => w.Shape == Model.ReturnShape.Sync)
            ? "its writes (" + names + ") are asynchronous or answer a bool or a count, which a write that saves at once answers as well as one that only tracks (SaveChanges() > 0)"
            : "its writes (" + names + ") are all asynchronous";
        return false;
    }

    /// <summary>Whether a write's result is an outcome (<c>bool</c>, <c>int</c>, <c>long</c>) rather than nothing or the entity: <see cref="WritesWaitForSave"/>.</summary>
    public static bool IsOutcome(ITypeSymbol? result)
        => result?.SpecialType is SpecialType.System_Boolean or SpecialType.System_Int32 or SpecialType.System_Int64;

    /// <summary>IMF0022's fix for a repository's own save: the attribute says where the writes go.</summary>
    public static string OwnSaveFix(string save)
        => "Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the repository only tracks its writes until " + save
            + " (as EF Core's DbSet.Add does), or UnitOfWorkWrites.Immediate when each write saves";

    /// <summary>
    /// What a save returns, for every kind of fake that has one (repositories, units of work of repositories, EF Core
    /// context interfaces): nothing, EF Core's count (<c>int</c>/<c>long</c>), or <c>bool</c> — whether anything was
    /// written (<c>SaveChangesAsync() &gt; 0</c>, what <c>SaveAllAsync</c>/<c>Commit</c>/<c>Complete</c> return where they
    /// are declared so), except eShop's <c>SaveEntitiesAsync</c>, which returns <c>true</c>. Null, with the reason, for
    /// any other result.
    /// </summary>
    public static Model.UnitOfWorkSaveOp? SaveOp(MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.IsVoid || candidate.Shape is Model.ReturnShape.Task or Model.ReturnShape.ValueTask)
        {
            return new Model.UnitOfWorkSaveOp(Model.SaveResult.None);
        }

        switch (candidate.Result?.SpecialType)
        {
            case SpecialType.System_Int32:
                return new Model.UnitOfWorkSaveOp(Model.SaveResult.Count);
            case SpecialType.System_Int64:
                return new Model.UnitOfWorkSaveOp(Model.SaveResult.LongCount);
            case SpecialType.System_Boolean:
                return new Model.UnitOfWorkSaveOp(candidate.Symbol.Name.StartsWith("SaveEntities", StringComparison.Ordinal) ? Model.SaveResult.Bool : Model.SaveResult.AnyWritten);
            default:
                reason = "a unit-of-work save returns nothing, the number of entities written (int/long, as EF Core's SaveChanges) or bool";
                return null;
        }
    }

    /// <summary>
    /// Whether a property's type is a unit-of-work interface the fake can implement itself: every member a save, a
    /// discard or disposal, and at least one save. <paramref name="problem"/> names the first member that is not.
    /// </summary>
    /// <remarks>
    /// <paramref name="runners"/> (since h-sample103): operation runners count as its members too
    /// (<see cref="SavesOnlyUnitOfWorkPlanner.IsOperationRunner"/>: ClinicFlow's <c>ExecuteWithLockAsync(lockKey,
    /// operation)</c>), for a unit of work injected beside repositories (SeparateUnitOfWorkRule); a property's unit of work,
    /// which the repository's fake implements itself, stays of saves, discards and disposal only.
    /// </remarks>
    public static bool IsUnitOfWorkInterface(ITypeSymbol type, out string? problem, bool runners = false)
    {
        problem = null;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Interface } named)
        {
            return false;
        }

        var saves = 0;
        foreach (var member in new[] { named }.Concat(named.AllInterfaces).SelectMany(static i => i.GetMembers()))
        {
            if (!member.IsAbstract || member is IMethodSymbol { MethodKind: not MethodKind.Ordinary })
            {
                continue;
            }

            if (IsSave(member))
            {
                saves++;
            }
            else if (!IsDiscard(member) && !IsDisposal(member) && !(runners && SavesOnlyUnitOfWorkPlanner.IsOperationRunner(member)))
            {
                problem = "its type " + named.Name + " has members that are not a save, a discard or Dispose (" + member.Name + ")";
                return false;
            }
        }

        if (saves == 0)
        {
            problem = "its type " + named.Name + " has no SaveChanges/Commit member";
            return false;
        }

        return true;
    }

    /// <summary>The get-only properties of these interfaces whose types are unit-of-work interfaces (each type once).</summary>
    public static List<INamedTypeSymbol> Interfaces(IEnumerable<INamedTypeSymbol> hierarchy)
    {
        var found = new List<INamedTypeSymbol>();
        foreach (var type in hierarchy)
        {
            foreach (var member in type.GetMembers())
            {
                if (member is IPropertySymbol { IsAbstract: true, IsIndexer: false, SetMethod: null, Type: INamedTypeSymbol candidate }
                    && IsUnitOfWorkInterface(candidate, out _)
                    && !found.Any(f => SymbolEqualityComparer.Default.Equals(f, candidate)))
                {
                    found.Add(candidate);
                }
            }
        }

        return found;
    }

    private static bool Is(ISymbol member, string[] names) => Is(member, names, System.Array.Empty<string>());

    private static bool Is(ISymbol member, string[] names, string[] ignored)
    {
        if (member is not IMethodSymbol { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method)
        {
            return false;
        }

        var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
        return Conventions.IsOneOf(name, names)
            && method.Parameters.All(p => (p.Type.ToDisplayString() == "System.Threading.CancellationToken" && p.RefKind == RefKind.None) || (ignored.Length > 0 && Conventions.NameIn(p.Name, ignored)));
    }

    private static bool IsDisposal(ISymbol member)
        => member is IMethodSymbol { Parameters.Length: 0 } method && Conventions.IsOneOf(method.Name, Conventions.NoOpMethodNames);
}
