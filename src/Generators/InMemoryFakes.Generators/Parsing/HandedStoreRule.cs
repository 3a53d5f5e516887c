using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A member handed the store it works on (since session 34, h-uow34): a parameter of an EF Core <c>DbContext</c> (or a
/// type deriving from it), or of ADO.NET's connection or transaction (<c>IDbConnection</c>, <c>DbConnection</c>,
/// <c>IDbTransaction</c>, <c>DbTransaction</c>, or a type implementing or deriving from one). DanpheEMR's
/// <c>IAdmissionMasterService.GetAdtAutoBillingItems(AdmissionDbContext admissionDbContext)</c> queries the context each
/// call is given; DapperMatic's members run their SQL on the connection given. What such a member answers is that
/// database's, which the fake does not hold: no table of the fake can answer it, so it is refused (IMF0001) with that
/// cause, where the refusal used to speak of the member's name ("'AdtAutoBillingItems' … is no noun of this store").
/// A parameter the attribute's <c>IgnoredParameters</c> names is left out (the user says it changes nothing a fake keeps).
/// </summary>
internal static class HandedStoreRule
{
    /// <summary>The refusal's reason for a member with such a parameter (the first), or null.</summary>
    public static string? Reason(MemberCandidate candidate, string[] ignored)
    {
        if (candidate.Symbol is not IMethodSymbol)
        {
            return null;
        }

        foreach (var parameter in candidate.Parameters)
        {
            if (What(parameter.Type) is not { } what || Conventions.NameIn(parameter.Name, ignored))
            {
                continue;
            }

            var real = what.Context ? "a real context (EF Core's SQLite provider in memory, say)" : "a real connection (SQLite in memory, say)";
            return "it is handed '" + parameter.Name + "' (" + parameter.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", " + what.Text + ") and works on the database behind it:"
                + " what it answers is that database's, which the fake does not hold, so no table of the fake can answer it; write it in the partial class with the answer the test needs,"
                + " or test the code that calls it with the real implementation and " + real;
        }

        return null;
    }

    /// <summary>What the type is, when it is a context, a connection or a transaction; null for any other.</summary>
    private static (string Text, bool Context)? What(ITypeSymbol type)
    {
        for (var current = type as INamedTypeSymbol; current is not null; current = current.BaseType)
        {
            if (Is(current, "DbContext", EntityFrameworkCore))
            {
                return ("an EF Core DbContext", true);
            }

            if (Is(current, "DbConnection", DataCommon))
            {
                return ("an ADO.NET connection", false);
            }

            if (Is(current, "DbTransaction", DataCommon))
            {
                return ("an ADO.NET transaction", false);
            }
        }

        if (type is INamedTypeSymbol { TypeKind: TypeKind.Interface } self && Interface(self) is { } own)
        {
            return own;
        }

        foreach (var face in type.AllInterfaces)
        {
            if (Interface(face) is { } found)
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>What an interface is, when it is ADO.NET's connection or transaction.</summary>
    private static (string Text, bool Context)? Interface(INamedTypeSymbol face)
        => Is(face, "IDbConnection", Data) ? ("an ADO.NET connection", false)
            : Is(face, "IDbTransaction", Data) ? ("an ADO.NET transaction", false)
            : null;

    // The namespaces, made once: every parameter of every member is asked (a params array per test was 3.5 % of the
    // benchmark's first-run allocation, session 37).
    private static readonly string[] EntityFrameworkCore = { "Microsoft", "EntityFrameworkCore" };
    private static readonly string[] DataCommon = { "System", "Data", "Common" };
    private static readonly string[] Data = { "System", "Data" };

    private static bool Is(INamedTypeSymbol type, string name, string[] space)
        => type.Name == name && type.Arity == 0 && TypeFacts.IsNamespace(type.ContainingNamespace, space);
}
