namespace InMemoryFakes.Generators;

/// <summary>Names of the pipeline steps, so tests can assert that each one is cached.</summary>
internal static class TrackingNames
{
    /// <summary>Each target with the source files and compilation facts its plan can depend on (holds the target's symbols; not part of the model).</summary>
    public const string Inputs = "InMemoryFakes.Inputs";

    /// <summary>The MSBuild properties the generator reads (Pipeline/BuildProperties.cs).</summary>
    public const string BuildProperties = "InMemoryFakes.BuildProperties";

    public const string Parse = "InMemoryFakes.Parse";
    public const string Fakes = "InMemoryFakes.Fakes";
    public const string Diagnostics = "InMemoryFakes.Diagnostics";

    /// <summary>The hint names more than one fake uses (Pipeline/HintNames.cs); empty unless a type is declared twice.</summary>
    public const string RepeatedHintNames = "InMemoryFakes.RepeatedHintNames";

    /// <summary>Each fake's JSON metadata needs.</summary>
    public const string JsonTypes = "InMemoryFakes.JsonTypes";

    /// <summary>The assembly's JSON metadata: every fake's needs merged, each type once.</summary>
    public const string JsonMetadata = "InMemoryFakes.JsonMetadata";

    /// <summary>Report time only: each diagnostic paired with its syntax tree (not part of the model).</summary>
    public const string LocatedDiagnostics = "InMemoryFakes.LocatedDiagnostics";
}
