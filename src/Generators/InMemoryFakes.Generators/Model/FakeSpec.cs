namespace InMemoryFakes.Generators.Model;

/// <summary>What the parser found for one <c>[InMemoryFake]</c> target: the fake to emit (if any), the diagnostics, and the JSON metadata its tables need.</summary>
internal sealed record FakeResult(FakeSpec? Fake, EquatableArray<DiagnosticInfo> Diagnostics, JsonTypeSetSpec? Json = null);

/// <summary>Everything the emitter needs to write one fake class: names, rendered types, enums and typed records only.</summary>
/// <param name="HintName">The generated file's name.</param>
/// <param name="Namespace">The class's namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Types the class is nested in (foreign-interface targets only), outermost first.</param>
/// <param name="Declaration">How the class is declared.</param>
/// <param name="ClassName">The class name.</param>
/// <param name="TypeParameters">The class's type parameter names.</param>
/// <param name="Constraints">Constraint clauses of the class's type parameters.</param>
/// <param name="InterfaceType">The implemented interface, rendered.</param>
/// <param name="FullClassName">The class, rendered with <c>global::</c> and its type parameters.</param>
/// <param name="Register">Whether a module initializer registers the fake with <c>Fakes</c>.</param>
/// <param name="GeneratorVersion">The generator version, for <c>[GeneratedCode]</c>.</param>
/// <param name="Names">Private names chosen to collide with nothing.</param>
/// <param name="Constructors">Which convenience constructors to emit.</param>
/// <param name="Defaults">The attribute's settings.</param>
/// <param name="Store">The table behind the fake.</param>
/// <param name="Members">The generated members, in a canonical order (name, then signature).</param>
/// <param name="ObsoleteDiagnosticIds">Diagnostic ids the file must suppress: obsolete ones, and CS8766 for an interface's <c>string ToString()</c> (FakeParser.SuppressedDiagnosticIds).</param>
/// <param name="DbContext">The sets of an EF Core context interface (Model/DbContextSpec.cs), or null for any other fake.</param>
/// <param name="Contract">The contract descriptor to emit, or null (the compilation lacks the descriptor types, or the fake is not registered).</param>
/// <param name="AlsoImplements">Unit-of-work interfaces the class implements too.</param>
/// <param name="Composite">For a unit of work of repositories (Model/CompositeSpec.cs): its repositories; else null.</param>
/// <param name="IsPart">Whether this is one repository of a composite: a private nested class over the composite's FakeCore.</param>
/// <param name="ImplementsInterface">False for one entity type's part of a repository of several (Parsing/MultiEntityPlanner): it has only that type's members, which the outer class forwards to.</param>
internal sealed record FakeSpec(
    string HintName,
    string? Namespace,
    EquatableArray<ContainerSpec> ContainingTypes,
    ClassDeclarationSpec Declaration,
    string ClassName,
    EquatableArray<string> TypeParameters,
    EquatableArray<ConstraintSpec> Constraints,
    string InterfaceType,
    string FullClassName,
    bool Register,
    string GeneratorVersion,
    FieldNames Names,
    ConstructorSpec Constructors,
    DefaultsSpec Defaults,
    StoreSpec Store,
    EquatableArray<MemberSpec> Members,
    EquatableArray<string> ObsoleteDiagnosticIds,
    ContractSpec? Contract = null,
    EquatableArray<string> AlsoImplements = default,
    DbContextSpec? DbContext = null,
    CompositeSpec? Composite = null,
    bool IsPart = false,
    bool ImplementsInterface = true);

/// <summary>The modifiers of the generated class.</summary>
/// <param name="Accessibility">"public" or "internal" for a class the generator names; null for the user's own partial class.</param>
/// <param name="Sealed">Whether to write <c>sealed</c>.</param>
/// <param name="Record">Whether the user's class is a record.</param>
internal sealed record ClassDeclarationSpec(string? Accessibility, bool Sealed, bool Record);

/// <summary>A type the user's partial class is nested in.</summary>
internal enum ContainerKind
{
    Class,
    Struct,
    Interface,
    Record,
    RecordStruct,
}

/// <summary>One containing type declaration.</summary>
internal sealed record ContainerSpec(ContainerKind Kind, string Name, EquatableArray<string> TypeParameters);

/// <summary>A constraint clause: <c>where {TypeParameter} : {Items}</c>.</summary>
internal sealed record ConstraintSpec(string TypeParameter, EquatableArray<string> Items);

/// <summary>The names of the fake's private fields and method locals, chosen so none collides with an interface or user member.</summary>
/// <param name="Core">The FakeCore field.</param>
/// <param name="Defaults">The static FakeDefaults field.</param>
/// <param name="Table">The table field.</param>
/// <param name="Model">The static entity model field (entity repositories only).</param>
/// <param name="Store">The typed store property for hand-written members (<c>Store</c>, or <c>FakeStore</c> when the interface or the user's class uses that name).</param>
/// <param name="Result">A local for a result.</param>
/// <param name="Item">A loop variable.</param>
/// <param name="Value">A local for a value.</param>
/// <param name="Blob">A local for a blob.</param>
/// <param name="Snapshot">A local for a snapshot.</param>
/// <param name="Entity">The entity parameter of generated lambdas.</param>
/// <param name="State">The state parameter of generated lambdas.</param>
/// <param name="Error">The caught exception in a member that maps errors.</param>
/// <param name="Mapped">The mapped exception in a member that maps errors.</param>
/// <param name="Session">The unit of work's session field.</param>
/// <param name="Transaction">The nested class that wraps the runtime's transaction as EF Core's <c>IDbContextTransaction</c>.</param>
/// <param name="Renamed">Generated member names the interface or the user's class had taken, each with the name used instead (TwinNames).</param>
internal sealed record FieldNames(
    string Core,
    string Defaults,
    string Table,
    string Model,
    string Store,
    string Result,
    string Item,
    string Value,
    string Blob,
    string Snapshot,
    string Entity,
    string State,
    string Error = "__error",
    string Mapped = "__mapped",
    string Session = "__session",
    string Transaction = "__DbContextTransaction",
    EquatableArray<GeneratedName> Renamed = default)
{
    /// <summary>The name a generated member gets: <paramref name="natural"/>, or the one chosen instead when it was taken (<see cref="Renamed"/>).</summary>
    public string Unique(string natural)
    {
        foreach (var renamed in Renamed)
        {
            if (renamed.Natural == natural)
            {
                return renamed.Unique;
            }
        }

        return natural;
    }
}

/// <summary>A generated member's name (<paramref name="Natural"/>, <c>__FindIntercepted</c>) and the one it gets because that was taken.</summary>
internal sealed record GeneratedName(string Natural, string Unique);

/// <summary>Which convenience constructors to emit (the user may have declared one with the same signature).</summary>
internal sealed record ConstructorSpec(bool Default, bool Clock, bool Backend);

/// <summary>The quota policies, as <c>InMemoryFakes.QuotaPolicy</c> names them.</summary>
internal enum QuotaPolicyModel
{
    Throw = 0,
    Reject = 1,
    EvictOldest = 2,
    EvictLeastRecentlyUsed = 3,
}

/// <summary>The copy modes, as <c>InMemoryFakes.CopyMode</c> names them.</summary>
internal enum CopyModeModel
{
    Auto = 0,
    Copy = 1,
    Reference = 2,
}

/// <summary>The attribute's settings for <c>FakeDefaults</c>; null when left at the runtime default.</summary>
/// <param name="Name">The interface name.</param>
/// <param name="MaxEntries">The entry quota.</param>
/// <param name="MaxBytes">The byte quota.</param>
/// <param name="QuotaPolicy">The quota policy.</param>
/// <param name="DefaultTtlTicks">The default time to live, in ticks.</param>
/// <param name="CopyMode">The copy mode.</param>
/// <param name="NotFound">The user's exception type for not-found, rendered.</param>
/// <param name="Duplicate">The user's exception type for duplicate keys, rendered.</param>
/// <param name="QuotaExceeded">The user's exception type for quota refusals, rendered.</param>
/// <param name="Conflict">The user's exception type for concurrency conflicts, rendered.</param>
/// <param name="Members">The names of the interface's members, sorted.</param>
/// <param name="StringKeysIgnoreCase">Whether string keys compare ordinally ignoring case (<c>StringKeys</c>).</param>
internal sealed record DefaultsSpec(
    string Name,
    int? MaxEntries,
    long? MaxBytes,
    QuotaPolicyModel? QuotaPolicy,
    long? DefaultTtlTicks,
    CopyModeModel? CopyMode,
    string? NotFound,
    string? Duplicate,
    string? QuotaExceeded,
    string? Conflict,
    EquatableArray<string> Members,
    bool StringKeysIgnoreCase = false);
