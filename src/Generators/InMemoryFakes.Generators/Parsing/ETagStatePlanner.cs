using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Framework stores that keep one state per key under an entity tag (<see cref="Conventions.FrameworkETagStateStores"/>,
/// Orleans' <c>IGrainStorage</c>): matched by the interface's full metadata name, because the tag rule is in no signature.
/// Each of the contract's members is planned only when its signature is the framework's; anything else is refused.
/// </summary>
internal static class ETagStatePlanner
{
    private const string Kind = "framework state store";

    private static readonly (string Member, ETagStateAction Action)[] Members =
    {
        ("ReadStateAsync", ETagStateAction.Read),
        ("WriteStateAsync", ETagStateAction.Write),
        ("ClearStateAsync", ETagStateAction.Clear),
    };

    /// <summary>Whether the faked interface is, or inherits, a framework ETag state store.</summary>
    public static bool Applies(ParseContext context)
        => context.InterfaceAndBases.Any(static i => Contract(i) is not null);

    /// <summary>Plans every member: the contract's members by their framework meaning; any other member is refused.</summary>
    public static StoreSpec Plan(ParseContext context, List<MemberCandidate> pending, StoreBuilder store)
    {
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Operation(context, candidate, out var reason) is { } operation)
            {
                store.Members.Add(Declarations.Member(context, candidate, operation));
            }
            else
            {
                context.NotSupported(candidate, Kind, reason);
            }
        }

        return store.Build(StoreKindModel.KeyValue, context.InterfaceName, null, new KeyValueSpec("string", "object", null, false));
    }

    private static ETagStateOp? Operation(ParseContext context, MemberCandidate candidate, out string reason)
    {
        var contract = Contract(candidate.Symbol.ContainingType);
        var action = Members.Where(m => m.Member == candidate.Symbol.Name).Select(static m => (ETagStateAction?)m.Action).FirstOrDefault();
        if (contract is not { } found || action is not { } act)
        {
            reason = "it is not a member of the framework state store this interface extends (only ReadStateAsync, WriteStateAsync and ClearStateAsync of "
                + string.Join(", ", Conventions.FrameworkETagStateStores.Select(static s => s.Interface)) + " have a known meaning); implement it in your partial class";
            return null;
        }

        var method = candidate.Method;
        if (method is not { TypeParameters.Length: 1 } || candidate.Parameters.Length != 3 || candidate.Shape is not (ReturnShape.Task or ReturnShape.ValueTask)
            || candidate.Parameters[0].Type.SpecialType != SpecialType.System_String
            || candidate.Parameters[2].Type is not INamedTypeSymbol { TypeArguments.Length: 1 } stateType
            || NameOf(stateType) != found.StateInterface
            || !SymbolEqualityComparer.Default.Equals(stateType.TypeArguments[0], method.TypeParameters[0])
            || !HasSettable(context, stateType, "State") || !HasSettable(context, stateType, "ETag") || !HasSettable(context, stateType, "RecordExists"))
        {
            reason = "its signature is not the framework's Task " + candidate.Symbol.Name + "<T>(string stateName, id, " + found.StateInterface.Replace("`1", "<T>")
                + " state) with settable State, ETag and RecordExists, so the contract's meaning does not apply";
            return null;
        }

        var conflict = context.Compilation.GetTypeByMetadataName(found.ConflictException);
        var hasConstructor = conflict is not null && conflict.InstanceConstructors.Any(c => context.IsAccessible(c) && c.Parameters.Length == 3
            && c.Parameters.All(static p => p.Type.SpecialType == SpecialType.System_String));
        if (act != ETagStateAction.Read && !hasConstructor)
        {
            reason = "a failed ETag check throws " + found.ConflictException + ", which this compilation does not have (with a (message, storedEtag, currentEtag) constructor); "
                + "reference the framework's package that declares it, or implement the member in your partial class";
            return null;
        }

        reason = "";
        return new ETagStateOp(act, TypeNames.Escape(candidate.Parameters[0].Name), TypeNames.Escape(candidate.Parameters[1].Name), TypeNames.Escape(candidate.Parameters[2].Name),
            method.TypeParameters[0].Name, hasConstructor ? context.RenderNotNull(conflict!) : "");
    }

    private static bool HasSettable(ParseContext context, INamedTypeSymbol type, string name)
        => context.PropertiesOf(type).Any(p => p.Name == name && p.SetMethod is not null && p.GetMethod is not null);

    private static (string Interface, string StateInterface, string ConflictException)? Contract(INamedTypeSymbol type)
    {
        var name = NameOf(type);
        foreach (var contract in Conventions.FrameworkETagStateStores)
        {
            if (contract.Interface == name)
            {
                return contract;
            }
        }

        return null;
    }

    private static string NameOf(INamedTypeSymbol type)
        => type.OriginalDefinition.ContainingNamespace.ToDisplayString() + "." + type.OriginalDefinition.MetadataName;
}
