using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// <c>BeginTransaction[Async]</c> (<see cref="Conventions.TransactionBeginNames"/>): generated only for a transaction type
/// whose commit and rollback mean what a database's do — EF Core's <c>IDbContextTransaction</c>, ADO.NET's
/// <c>IDbTransaction</c>/<c>DbTransaction</c> — compared as symbols. Any other type is refused with the reason.
/// </summary>
internal static class TransactionRules
{
    /// <summary>Whether the member is named as one that begins a transaction.</summary>
    public static bool IsBegin(MemberCandidate candidate)
        => candidate.Method is not null && Conventions.IsOneOf(candidate.Verb, Conventions.TransactionBeginNames);

    /// <summary>The operation of a member that begins a transaction, or null with the reason it is refused.</summary>
    public static OperationSpec? Plan(ParseContext context, MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.Parameters.Length > 0)
        {
            reason = "it begins a transaction with parameters (" + string.Join(", ", candidate.Parameters.Select(static p => p.Name))
                + "), such as an isolation level, which the fake cannot honour: it has one transaction at a time and no other isolation";
            return null;
        }

        var known = context.Known;
        var result = candidate.Result;
        if (candidate.Shape == ReturnShape.AsyncEnumerable || result is null)
        {
            reason = "it begins a transaction but returns no transaction, so nothing could commit or roll it back";
            return null;
        }

        if (KnownSymbols.Is(result, known.AdoNetTransactionInterface) || KnownSymbols.Is(result, known.AdoNetTransactionClass))
        {
            return new TransactionBeginOp(TransactionKind.AdoNet);
        }

        if (KnownSymbols.Is(result, known.EfCoreTransaction))
        {
            var unknown = new[] { known.EfCoreTransaction! }.Concat(known.EfCoreTransaction!.AllInterfaces)
                .SelectMany(static i => i.GetMembers())
                .Where(static m => m is IMethodSymbol { MethodKind: MethodKind.Ordinary } or IPropertySymbol)
                .FirstOrDefault(static m => !Conventions.IsOneOf(m.Name, Conventions.EfCoreTransactionMembers));
            if (unknown is not null)
            {
                reason = "it begins an EF Core transaction whose member " + unknown.Name + " has no meaning the fake knows (this EF Core version is newer than the generator)";
                return null;
            }

            return new TransactionBeginOp(TransactionKind.EfCore, known.EfCoreInfrastructure is not null && known.AdoNetTransactionClass is not null);
        }

        reason = "it begins a transaction of type " + result.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat)
            + ", whose commit and rollback the generator cannot know (a store's own transaction may keep writes until the commit, or make them at once and commit nothing, as FluentStorage's in-memory store does); only EF Core's IDbContextTransaction and ADO.NET's IDbTransaction/DbTransaction are known";
        return null;
    }
}
