namespace InMemoryFakes.Generators;

/// <summary>Names of the pipeline steps, so tests can assert that each one is cached.</summary>
internal static class TrackingNames
{
    public const string Parse = "InMemoryFakes.Parse";
    public const string Fakes = "InMemoryFakes.Fakes";
    public const string Diagnostics = "InMemoryFakes.Diagnostics";

    /// <summary>Report time only: each diagnostic paired with its syntax tree (not part of the model).</summary>
    public const string LocatedDiagnostics = "InMemoryFakes.LocatedDiagnostics";
}
