using Microsoft.CodeAnalysis.Diagnostics;

namespace InMemoryFakes.Generators.Pipeline;

/// <summary>
/// The MSBuild properties the generator reads, from the global analyzer config options: a property reaches a generator
/// only when the build lists it as a <c>CompilerVisibleProperty</c> (the InMemoryFakes package's
/// <c>build/InMemoryFakes.props</c> does; a project referencing the generator project directly gets it from the
/// repository's Directory.Build.props). Equatable: an edit that changes no property keeps every plan cached.
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
