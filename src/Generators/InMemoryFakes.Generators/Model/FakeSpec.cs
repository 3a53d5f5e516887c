namespace InMemoryFakes.Generators.Model;

/// <summary>What the parser found for one <c>[InMemoryFake]</c> target: the fake to emit (if any) and the diagnostics.</summary>
internal sealed record FakeResult(FakeSpec? Fake, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>Everything the emitter needs to write one fake class. Plain strings, booleans and equatable arrays only.</summary>
internal sealed record FakeSpec(
    string HintName,
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ClassModifiers,
    string ClassName,
    string TypeParameters,
    EquatableArray<string> Constraints,
    string InterfaceType,
    string FullClassName,
    bool Register,
    string GeneratorVersion,
    FieldNames Names,
    ConstructorSpec Constructors,
    DefaultsSpec Defaults,
    StoreSpec Store,
    EquatableArray<MemberSpec> Members,
    EquatableArray<string> ObsoleteDiagnosticIds);

/// <summary>The names of the fake's private fields and method locals, chosen so none collides with an interface or user member.</summary>
internal sealed record FieldNames(
    string Core,
    string Defaults,
    string Table,
    string Model,
    string Result,
    string Item,
    string Value,
    string Blob,
    string Snapshot,
    string Options);

/// <summary>Which convenience constructors to emit (the user may have declared one with the same signature).</summary>
internal sealed record ConstructorSpec(bool Default, bool Clock, bool Backend);

/// <summary>The values of <c>FakeDefaults</c>, pre-rendered as C# expressions (null when left at the runtime default).</summary>
internal sealed record DefaultsSpec(
    string Name,
    string? MaxEntries,
    string? MaxBytes,
    string? QuotaPolicy,
    string? DefaultTimeToLive,
    string? CopyMode,
    string? NotFound,
    string? Duplicate,
    string? QuotaExceeded,
    string? Conflict,
    EquatableArray<string> Members);
