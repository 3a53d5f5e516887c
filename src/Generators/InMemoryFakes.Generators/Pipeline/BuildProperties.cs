using Microsoft.CodeAnalysis.Diagnostics;

namespace InMemoryFakes.Generators.Pipeline;

/// <summary>
/// The MSBuild properties the generator reads, from the global analyzer config options: a property reaches a generator
/// only when the build lists it as a <c>CompilerVisibleProperty</c>. The .NET SDK lists <c>RootNamespace</c> for every C#
/// project itself (Microsoft.NET.Sdk.Analyzers.targets, for the namespace-matches-folder analyzer), so neither the package
/// nor a project referencing the generator directly needs to (session 37 checked: listing it again only wrote the key
/// twice into the generated .editorconfig). Equatable: an edit that changes no property keeps every plan cached.
/// </summary>
/// <param name="RootNamespace">
/// The project's <c>RootNamespace</c> (<c>build_property.RootNamespace</c>), trimmed; null when the build does not pass
/// it or it is empty. Where present it names the project's namespaces in place of the assembly name, which the SDK only
/// defaults to the same (Parsing/SeparateUnitOfWorkRule.AppRoot, since session 37).
/// </param>
internal sealed record BuildProperties(string? RootNamespace)
{
    public const string RootNamespaceKey = "build_property.RootNamespace";

    /// <summary>No property passed (a build without the package's props, a test harness without options).</summary>
    public static readonly BuildProperties None = new((string?)null);

    public static BuildProperties Read(AnalyzerConfigOptions global)
        => global.TryGetValue(RootNamespaceKey, out var value) && value.Trim() is { Length: > 0 } root ? new BuildProperties(root) : None;
}
