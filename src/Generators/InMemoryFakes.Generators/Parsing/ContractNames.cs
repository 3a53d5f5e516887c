using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Names as a test writes them (<c>User</c>, <c>IRepository&lt;User, int&gt;</c>,
/// <c>Task&lt;User?&gt; FindAsync(int id, CancellationToken cancellationToken = default)</c>): for contract messages and repro
/// snippets, never for generated code, which writes <c>global::</c> on every type.
/// </summary>
internal static class ContractNames
{
    private const SymbolDisplayMiscellaneousOptions Miscellaneous = SymbolDisplayMiscellaneousOptions.UseSpecialTypes
        | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers
        | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier;

    /// <summary>A type: containing types and type arguments, no namespace.</summary>
    public static readonly SymbolDisplayFormat Format = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: Miscellaneous);

    /// <summary>A member: its type, name and parameters with their defaults.</summary>
    public static readonly SymbolDisplayFormat Signature = new(
        globalNamespaceStyle: SymbolDisplayGlobalNamespaceStyle.Omitted,
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        memberOptions: SymbolDisplayMemberOptions.IncludeType | SymbolDisplayMemberOptions.IncludeParameters | SymbolDisplayMemberOptions.IncludeRef,
        parameterOptions: SymbolDisplayParameterOptions.IncludeType | SymbolDisplayParameterOptions.IncludeName
            | SymbolDisplayParameterOptions.IncludeDefaultValue | SymbolDisplayParameterOptions.IncludeParamsRefOut,
        miscellaneousOptions: Miscellaneous);

    /// <summary>The member's signature as declared (<c>= default</c> rather than Roslyn's <c>= default(CancellationToken)</c>).</summary>
    public static string SignatureOf(ISymbol member)
    {
        var display = member.ToDisplayString(Signature);
        return display.IndexOf("= default(", System.StringComparison.Ordinal) < 0
            ? display
            : System.Text.RegularExpressions.Regex.Replace(display, @"= default\([^()]*\)", "= default");
    }

    /// <summary>The type as a test writes it, without a top-level nullable annotation.</summary>
    public static string Of(ITypeSymbol type)
        => (type.IsReferenceType ? type.WithNullableAnnotation(NullableAnnotation.NotAnnotated) : type).ToDisplayString(Format);

    /// <summary>The type for <c>typeof</c>: <c>global::</c> names, no nullable reference annotations anywhere, <c>dynamic</c> as <c>object</c>.</summary>
    public static string TypeOf(ITypeSymbol type) => TypeNames.TypeOfOperand(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat));
}
