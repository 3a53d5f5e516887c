using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Framework tables of rows keyed by an owner id and a name under a per-row ETag
/// (<see cref="Conventions.FrameworkReminderTables"/>, Orleans' <c>IReminderTable</c>): matched by the interface's full
/// metadata name, because the key (GrainId + ReminderName), the ETag rule and the hash-ring range are in no signature.
/// Each of the contract's six abstract members is planned only when its signature is the framework's and the row type
/// is the one the rules were read from (a public parameterless constructor and exactly the settable properties GrainId,
/// ReminderName, StartAt, Period and ETag, so an upsert copies every one of them); anything else is refused.
/// </summary>
internal static class ReminderTablePlanner
{
    private const string Kind = "framework reminder table";

    /// <summary>The row's properties, all of which an upsert copies into the stored row.</summary>
    private static readonly string[] RowProperties = { "GrainId", "ReminderName", "StartAt", "Period", "ETag" };

    /// <summary>Whether the faked interface is, or inherits, a framework reminder table.</summary>
    public static bool Applies(ParseContext context)
        => context.InterfaceAndBases.Any(static i => Contract(i) is not null);

    /// <summary>Plans every member: the contract's members by their framework meaning; any other member is refused.</summary>
    public static StoreSpec Plan(ParseContext context, List<MemberCandidate> pending, StoreBuilder store)
    {
        var contract = context.InterfaceAndBases.Select(Contract).First(static c => c is not null)!.Value;
        var row = context.Compilation.GetTypeByMetadataName(contract.Row);
        var rowList = context.Compilation.GetTypeByMetadataName(contract.RowList);
        var owner = context.Compilation.GetTypeByMetadataName(contract.Owner);
        var typesProblem = TypesProblem(context, contract, row, rowList, owner);
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (typesProblem is not null)
            {
                context.NotSupported(candidate, Kind, typesProblem);
            }
            else if (Operation(context, candidate, row!, rowList!, owner!, out var reason) is { } operation)
            {
                store.Members.Add(Declarations.Member(context, candidate, operation));
            }
            else
            {
                context.NotSupported(candidate, Kind, reason);
            }
        }

        var keyType = owner is null ? "(object, string)" : "(" + context.RenderNotNull(owner) + " Owner, string Name)";
        var valueType = row is null ? "object" : context.RenderNotNull(row);

        // Stored rows are copied on write and on read by the runtime's rules for the row type (the real table is behind a
        // grain call, which copies what crosses it); a row the rules cannot copy is reported as stored by reference.
        var (copy, immutable) = row is null ? (null, false) : CopyPlanner.Plan(context, row, store);
        return store.Build(StoreKindModel.KeyValue, context.InterfaceName, null, new KeyValueSpec(keyType, valueType, copy, immutable));
    }

    /// <summary>Why the contract's types are not the ones its rules were read from, or null when they are.</summary>
    private static string? TypesProblem(ParseContext context, (string Interface, string Row, string RowList, string Owner) contract,
        INamedTypeSymbol? row, INamedTypeSymbol? rowList, INamedTypeSymbol? owner)
    {
        if (row is null || rowList is null || owner is null)
        {
            return "this compilation does not have " + contract.Row + ", " + contract.RowList + " and " + contract.Owner + " beside " + contract.Interface
                + "; reference the framework's package that declares them, or implement the member in your partial class";
        }

        var properties = context.PropertiesOf(row).Where(static p => !p.IsStatic && !p.IsIndexer).ToList();
        var settable = properties.Where(p => p.GetMethod is not null && p.SetMethod is { IsInitOnly: false } && context.IsAccessible(p.SetMethod)).Select(static p => p.Name).ToList();
        var hasConstructor = row.InstanceConstructors.Any(c => c.Parameters.Length == 0 && context.IsAccessible(c));
        if (!hasConstructor || properties.Count != RowProperties.Length || !RowProperties.All(settable.Contains))
        {
            return contract.Row + " is not the row these rules were read from (a public parameterless constructor and exactly the settable properties "
                + string.Join(", ", RowProperties) + "), so an upsert could not copy every property; implement the member in your partial class";
        }

        if (!owner.GetMembers("GetUniformHashCode").OfType<IMethodSymbol>().Any(static m => m is { Parameters.Length: 0, IsStatic: false, ReturnType.SpecialType: SpecialType.System_UInt32 }))
        {
            return contract.Owner + " has no uint GetUniformHashCode(), by which the range read selects rows; implement the member in your partial class";
        }

        var listConstructor = rowList.InstanceConstructors.Any(c => context.IsAccessible(c) && c.Parameters.Length == 1
            && c.Parameters[0].Type is INamedTypeSymbol { Name: "IEnumerable", TypeArguments.Length: 1 } sequence
            && SymbolEqualityComparer.Default.Equals(sequence.TypeArguments[0], row));
        return listConstructor ? null : contract.RowList + " has no constructor from IEnumerable<" + contract.Row + ">; implement the member in your partial class";
    }

    private static ReminderTableOp? Operation(ParseContext context, MemberCandidate candidate, INamedTypeSymbol row, INamedTypeSymbol rowList, INamedTypeSymbol owner, out string reason)
    {
        if (candidate.Symbol.ContainingType is not { } declaring || Contract(declaring) is null || candidate.Method is null)
        {
            reason = "it is not a member of the framework reminder table this interface extends (only ReadRows, ReadRow, UpsertRow, RemoveRow and TestOnlyClearTable of "
                + string.Join(", ", Conventions.FrameworkReminderTables.Select(static s => s.Interface)) + " have a known meaning); implement it in your partial class";
            return null;
        }

        var types = candidate.Parameters.Select(static p => p.Type).ToArray();
        var result = candidate.Shape == ReturnShape.TaskOfT ? candidate.Result : null;
        ReminderTableAction? action = candidate.Symbol.Name switch
        {
            "ReadRows" when Is(types, owner) && Same(result, rowList) => ReminderTableAction.ReadByOwner,
            "ReadRows" when types.Length == 2 && types.All(static t => t.SpecialType == SpecialType.System_UInt32) && Same(result, rowList) => ReminderTableAction.ReadByRange,
            "ReadRow" when Is(types, owner, null) && Same(result, row) => ReminderTableAction.ReadRow,
            "UpsertRow" when Is(types, row) && result?.SpecialType == SpecialType.System_String => ReminderTableAction.Upsert,
            "RemoveRow" when Is(types, owner, null, null) && result?.SpecialType == SpecialType.System_Boolean => ReminderTableAction.Remove,
            "TestOnlyClearTable" when types.Length == 0 && candidate.Shape == ReturnShape.Task => ReminderTableAction.Clear,
            _ => null,
        };

        if (action is not { } act || candidate.Parameters.Any(static p => p.RefKind != RefKind.None) || candidate.Method.TypeParameters.Length != 0)
        {
            reason = "its signature is not one of the framework's (ReadRows(GrainId), ReadRows(uint begin, uint end), ReadRow(GrainId, string), UpsertRow(ReminderEntry), "
                + "RemoveRow(GrainId, string, string), TestOnlyClearTable(), each returning its Task), so the contract's meaning does not apply; implement it in your partial class";
            return null;
        }

        reason = "";
        var arguments = candidate.Parameters.Select(static p => TypeNames.Escape(p.Name)).ToArray();
        return new ReminderTableOp(act, new EquatableArray<string>(arguments), context.RenderNotNull(row), context.RenderNotNull(rowList));
    }

    /// <summary>Whether the parameter types are these (null: string).</summary>
    private static bool Is(ITypeSymbol[] types, params ITypeSymbol?[] expected)
        => types.Length == expected.Length && types.Zip(expected, static (t, e) => e is null ? t.SpecialType == SpecialType.System_String : SymbolEqualityComparer.Default.Equals(t, e)).All(static b => b);

    private static bool Same(ITypeSymbol? type, ITypeSymbol expected)
        => type is not null && SymbolEqualityComparer.Default.Equals(type.WithNullableAnnotation(NullableAnnotation.None), expected.WithNullableAnnotation(NullableAnnotation.None));

    private static (string Interface, string Row, string RowList, string Owner)? Contract(INamedTypeSymbol type)
    {
        var name = type.OriginalDefinition.ContainingNamespace.ToDisplayString() + "." + type.OriginalDefinition.MetadataName;
        foreach (var contract in Conventions.FrameworkReminderTables)
        {
            if (contract.Interface == name)
            {
                return contract;
            }
        }

        return null;
    }
}
