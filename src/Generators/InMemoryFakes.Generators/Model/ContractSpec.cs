namespace InMemoryFakes.Generators.Model;

// What the contract descriptor of a fake needs beyond the fake itself (docs/verified-fakes.md, "What the generator
// emits"). The meaning of each member comes from its OperationSpec; these records hold only what the fake's own code
// does not: names as a test writes them, what cannot be classified, and the members the user wrote by hand.

/// <summary>The contract descriptor of one fake; null on <see cref="FakeSpec"/> when none is emitted.</summary>
/// <param name="Accessibility">"public" when the fake, the interface and its type arguments are all public; else "internal".</param>
/// <param name="InterfaceName">The interface as a test writes it (<c>IUserRepository</c>, <c>IRepository&lt;User, int&gt;</c>).</param>
/// <param name="ErrorMappings">The exception types mapped on the attribute.</param>
/// <param name="HandWritten">Members the user wrote in the partial class that a convention classifies: planned like generated ones, never emitted in the class.</param>
/// <param name="HandWrittenStore">The helpers (orderings, expiration readers, converters) the hand-written members' operations refer to, or null when there are none.</param>
/// <param name="Unclassified">Hand-written members no convention covers.</param>
/// <param name="Uncallable">Members the descriptor cannot call, by signature, with why: marked <c>[Obsolete(…, true)]</c> (CS0619), or protected on the interface (CS0122); it lists them as unclassified instead of calling them.</param>
internal sealed record ContractSpec(
    string Accessibility,
    string InterfaceName,
    EquatableArray<ErrorMappingSpec> ErrorMappings,
    EquatableArray<MemberSpec> HandWritten,
    StoreSpec? HandWrittenStore,
    EquatableArray<UnclassifiedSpec> Unclassified,
    EquatableArray<UnclassifiedSpec> Uncallable = default);

/// <summary>The contract error kinds a mapped exception can mean; names match <c>InMemoryFakes.Contracts.ContractErrorKind</c>.</summary>
internal enum ContractErrorKindModel
{
    NotFound,
    Duplicate,
    Conflict,
    Quota,
}

/// <summary>A user exception type mapped on the attribute: its kind, the type rendered, and its name for messages.</summary>
internal sealed record ErrorMappingSpec(ContractErrorKindModel Kind, string Type, string DisplayName);

/// <summary>A member the contract cannot call, with the reason.</summary>
internal sealed record UnclassifiedSpec(string Member, string Reason);

/// <summary>How the contract builds, reads and names an entity.</summary>
/// <param name="DisplayName">The entity type as a test writes it (<c>User</c>).</param>
/// <param name="Properties">The properties an entity is built from, in declaration order (constructor order for <paramref name="ByConstructor"/>).</param>
/// <param name="ByConstructor">Built with <c>new T(v0, v1…)</c> (a positional record) rather than an object initializer.</param>
/// <param name="Unbuildable">Why the entity cannot be built from its properties, or null.</param>
internal sealed record EntityShapeSpec(string DisplayName, EquatableArray<EntityPropertySpec> Properties, bool ByConstructor, string? Unbuildable);

/// <summary>One property of the entity shape.</summary>
/// <param name="Name">The property name (escaped).</param>
/// <param name="TypeOf">The type for <c>typeof</c> (no top-level nullable reference annotation).</param>
/// <param name="CastType">The declared type, for the cast of a value.</param>
/// <param name="IsNullable">Declared nullable (<c>string?</c>, <c>int?</c>).</param>
internal sealed record EntityPropertySpec(string Name, string TypeOf, string CastType, bool IsNullable);
