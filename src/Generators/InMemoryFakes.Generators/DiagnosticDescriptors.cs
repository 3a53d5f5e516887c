using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

/// <summary>Every diagnostic the generator reports. IDs are stable; docs/diagnostics.md describes each one.</summary>
internal static class DiagnosticDescriptors
{
    public const string Category = "InMemoryFakes";

    private const string HelpBase = "https://github.com/inmemoryfakes/inmemoryfakes/blob/main/docs/diagnostics.md#";

    public static readonly DiagnosticDescriptor MemberNotSupported = Create(
        "IMF0001",
        "Member matches no convention",
        "'{0}' of {1} matches no {2} convention: {3}. Implement it in the partial class {4}, {5}.",
        DiagnosticSeverity.Error);

    // IMF0002 ("Derived queries are not supported yet") is retired: derived queries are generated, and each mistake in one
    // has its own id (IMF0015 to IMF0019). The id stays reserved so it never means something else.

    public static readonly DiagnosticDescriptor ClassNeedsInterface = Create(
        "IMF0003",
        "A fake class needs the interface it implements",
        "[InMemoryFake] on class '{0}' needs the interface to implement: write [InMemoryFake(typeof(IYourInterface))]",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NotAnInterface = Create(
        "IMF0004",
        "The faked type must be a closed interface",
        "'{0}' given to [InMemoryFake] on '{1}' is not a closed interface type ({2}); pass an interface such as typeof(IStore) or typeof(IRepository<User, int>)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ClassNotPartial = Create(
        "IMF0005",
        "A fake class must be a non-static partial class",
        "Class '{0}' has [InMemoryFake] but is not a non-static partial class; declare it as 'partial class {0}'",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidExceptionMapping = Create(
        "IMF0006",
        "Mapped exception type is not usable",
        "{0} = typeof({1}) on '{2}': {3}; map a non-abstract Exception type with an accessible (string message) constructor",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InterfaceNotAccessible = Create(
        "IMF0007",
        "Interface is not accessible from its namespace",
        "Interface '{0}' is not accessible from namespace level ({1}), so no fake class can be generated beside it; make it and its containing types public or internal, or put [InMemoryFake(typeof({0}))] on a partial class that can see it",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor OpenGenericWithoutKey = Create(
        "IMF0008",
        "Open generic interface has no keyed entity type",
        "Generic interface '{0}' cannot be faked while open: {1}; constrain the entity type parameter to a type with a key (e.g. where TEntity : IEntity<TKey>, or where T : ILease with a LeaseId: the constraint's name plus Id), or fake a closed type with [InMemoryFake(typeof(...))] on a partial class",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor EntityWithoutKey = Create(
        "IMF0009",
        "Entity type has no key",
        "Entity type '{0}' used by {1} has no key; mark the key property with [Key] or [FakeKey], name it Id or {0}Id, or name it with Key = \"…\" on [InMemoryFake] (a type you do not own); if no property identifies a stored {0} (the store keeps repeats, holds one value, or computes what it returns), no key fits: write {1} by hand{2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor StoredInterface = Create(
        "IMF0024",
        "Stored type is an interface",
        "{0} stores {1}{2}: a fake stores only classes, records and structs, which it can create and copy, so no fake is generated; {3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnstatedAuditStamp = Create(
        "IMF0025",
        "An audit stamp property is stored as given",
        "{0} stores {1}.{2} ({3}), whose name says it is an audit stamp, as it is given: the fake stores the value it is given. If your store stamps it, set CreatedStamp = \"{2}\" (stamped when it inserts) or UpdatedStamp = \"{2}\" (stamped when it updates) on [InMemoryFake]; to say it does not, list it in NotStamped",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor ObliviousLookupAnswersNull = Create(
        "IMF0026",
        "An oblivious read answers null for a missing key",
        "{0}.{1} answers {2} for {3}: its result {4} is declared without nullable annotations (#nullable disable), which does not say what {3} gives, and the fake answers as most stores of this signature do ({5}). Some throw instead ({6}): if yours does, set MissingKeyReads = MissingKeyRead.NotFound on [InMemoryFake]; to say it answers {2}, set MissingKeyReads = MissingKeyRead.Default",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor MissingRowAnswersFalse = Create(
        "IMF0029",
        "A bool or count update or removal answers false for an entity that is not stored",
        "{0}.{1} answers {2} when the {3} given is not stored, and changes nothing, as {4} does; EF Core's {5} then SaveChanges never answers {2}: its save throws DbUpdateConcurrencyException for a row that is not there, and the signature does not say which store is behind it. If yours throws, set {6}.NotFound on [InMemoryFake] (the not-found error; NotFoundException = typeof(...) names your store's); to say it answers {2}, set {6}.Ignore",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor TextLookupComparesEqual = Create(
        "IMF0030",
        "A list read by a text property compares it equal",
        "{0}.{1} {2} the {3} rows whose {4} equals the {5} given (ordinal unless Semantics.TextComparisons says otherwise), the reading of By{4} and of a parameter named after {4}; stores of this signature also search instead ({4}.Contains, LIKE '%' + @{5} + '%', StartsWith), and the signature does not say which. If yours searches, set TextLookups = TextLookup.Containing on [InMemoryFake] (an ordinal Contains), name the match (By{4}Containing, By{4}StartingWith) or write the member; to say it compares equal, set TextLookups = TextLookup.Equality",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor EmptyAggregateThrows = Create(
        "IMF0031",
        "An average, minimum or maximum of no rows throws",
        "{0}.{1} throws InvalidOperationException (Sequence contains no elements) when no {2} row is aggregated, as LINQ's {3} and EF Core's translation of it do for a result that cannot be null; a store that reads the aggregate with FirstOrDefault answers {4} instead (Tharga.MongoDB's $group), and the signature does not say which. If yours answers {4}, write the member; a nullable result (decimal?, or a nullable type argument) answers null for no rows",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor InvalidAttributeValue = Create(
        "IMF0010",
        "Invalid [InMemoryFake] setting",
        "[InMemoryFake] on '{0}': {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ContainingTypeNotPartial = Create(
        "IMF0011",
        "Fake class is nested in a non-partial type",
        "Class '{0}' is nested in '{1}', which is not partial; make every containing type partial",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConstructorConflict = Create(
        "IMF0012",
        "Constructor conflicts with the generated main constructor",
        "Class '{0}' declares the constructor {0}(InMemoryFakeOptions?) that the generator must emit; remove it and configure the fake through InMemoryFakeOptions, or add your own constructor with other parameters that calls this(options)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor ConcurrencyTokenReadOnly = Create(
        "IMF0013",
        "Concurrency token cannot be bumped",
        "Concurrency token '{0}' of entity '{1}' {2}. {3}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NotRegistered = Create(
        "IMF0014",
        "Fake is not registered for Fakes.Create",
        "'{0}' is not registered for Fakes.Create: {1}. Create it with new {0}(...) instead.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor QueryNameUnparsable = Create(
        "IMF0015",
        "Derived query name cannot be parsed",
        "'{0}' of {1} is not a derived query name that parses: {2}. Write {{Find|Get|Query|List|Search|Stream|Count|Exists|Any|Delete|Remove}}[First|Top<N>][Distinct]By<Condition>[And|Or <Condition>…][OrderBy<Property>[Asc|Desc]…], or implement it in the partial class {3}, {4}.",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor QueryUnknownProperty = Create(
        "IMF0016",
        "Derived query names an unknown property",
        "'{0}' of {1} names '{2}', which is not a property of {3} (properties: {4}); fix the name, or implement it in the partial class {5}, {6}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor QueryOperatorMismatch = Create(
        "IMF0017",
        "Query operator does not fit the property type",
        "'{0}' of {1} applies {2} to {3} ({4}), which does not fit: {5}; change the operator or the property, or implement it in the partial class {6}, {7}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor QueryParameterMismatch = Create(
        "IMF0018",
        "Query parameters do not match its conditions",
        "'{0}' of {1}: {2}; fix the parameters, or implement it in the partial class {3}, {4}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor QueryResultMismatch = Create(
        "IMF0019",
        "Query return type does not fit its verb",
        "'{0}' of {1} returns {2}, which does not fit {3}: {4}; change the return type, or implement it in the partial class {5}, {6}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NoJsonMetadata = Create(
        "IMF0021",
        "No JSON metadata is generated for a stored type",
        "{0} stores '{1}'{2}, and no JSON metadata is generated for it: {3}. Saving it with AddInMemoryFakesPersistence (or showing it in the inspector) needs a JsonSerializerContext in the options' JsonTypes, a registered converter, or the reflection fallback (docs/prototyping.md).",
        DiagnosticSeverity.Info);
    public static readonly DiagnosticDescriptor ValueStoredByReference = Create(
        "IMF0020",
        "Values are stored by reference",
        "Values of '{0}' ({1}) are stored by reference: {2}. Mutating such a value after writing it, or one a read returned, changes the stored value. Implement InMemoryFakes.IDeepCopyable<T> on the type, register its copy in InMemoryFakeOptions.CopyHooks, or set CopyMode = CopyMode.Reference on [InMemoryFake] to store values by reference on purpose.",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnitOfWorkWritesUnknown = Create(
        "IMF0022",
        "Where a unit of work's writes go cannot be told",
        "'{0}' of {1} {2}, but whether the writes of {1} wait for {3} or are saved at once cannot be told from the interface ({4}). {5} (docs/runtime.md#unit-of-work)",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnitOfWorkMemberNotSupported = Create(
        "IMF0023",
        "Member of a unit of work cannot be generated",
        "'{0}' of {1}, a unit of work of {4}, cannot be generated: {2}. Write it in the partial class {3}, where ((IInMemoryFake)this).Core reaches {5}, or change the interface (docs/generator.md#{6})",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor UnitOfWorkElsewhere = Create(
        "IMF0027",
        "A unit of work elsewhere in the app may save this repository's writes",
        "The writes of '{0}' ({1}) are stored at once, but {2} may be what stores them ({3}, outside the repository's namespace and those enclosing it, under the app's root namespace {4}), and which repositories a unit of work saves the interfaces do not say. Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] when the writes wait for {2} (this fake then tracks them in the InMemoryFakeOptions.SharedUnitOfWork it shares with that unit of work's fake), or UnitOfWorkWrites.Immediate when each write is stored at once",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor FakeClassNameTaken = Create(
        "IMF0028",
        "The fake class's name is taken",
        "The fake of '{0}' is the class '{1}', but {2}, so the generated class would not compile beside it; set Name = \"...\" on [InMemoryFake] to give the fake another name{3}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor GeneratorFailed = Create(
        "IMF9999",
        "The generator failed",
        "The InMemoryFakes generator failed on '{0}': {1}; please report this at https://github.com/inmemoryfakes/inmemoryfakes/issues",
        DiagnosticSeverity.Error);

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new(StringComparer.Ordinal)
    {
        [MemberNotSupported.Id] = MemberNotSupported,
        [ClassNeedsInterface.Id] = ClassNeedsInterface,
        [NotAnInterface.Id] = NotAnInterface,
        [ClassNotPartial.Id] = ClassNotPartial,
        [InvalidExceptionMapping.Id] = InvalidExceptionMapping,
        [InterfaceNotAccessible.Id] = InterfaceNotAccessible,
        [OpenGenericWithoutKey.Id] = OpenGenericWithoutKey,
        [EntityWithoutKey.Id] = EntityWithoutKey,
        [InvalidAttributeValue.Id] = InvalidAttributeValue,
        [ContainingTypeNotPartial.Id] = ContainingTypeNotPartial,
        [ConstructorConflict.Id] = ConstructorConflict,
        [ConcurrencyTokenReadOnly.Id] = ConcurrencyTokenReadOnly,
        [NotRegistered.Id] = NotRegistered,
        [QueryNameUnparsable.Id] = QueryNameUnparsable,
        [QueryUnknownProperty.Id] = QueryUnknownProperty,
        [QueryOperatorMismatch.Id] = QueryOperatorMismatch,
        [QueryParameterMismatch.Id] = QueryParameterMismatch,
        [QueryResultMismatch.Id] = QueryResultMismatch,
        [NoJsonMetadata.Id] = NoJsonMetadata,
        [ValueStoredByReference.Id] = ValueStoredByReference,
        [UnitOfWorkWritesUnknown.Id] = UnitOfWorkWritesUnknown,
        [UnitOfWorkMemberNotSupported.Id] = UnitOfWorkMemberNotSupported,
        [StoredInterface.Id] = StoredInterface,
        [UnstatedAuditStamp.Id] = UnstatedAuditStamp,
        [ObliviousLookupAnswersNull.Id] = ObliviousLookupAnswersNull,
        [MissingRowAnswersFalse.Id] = MissingRowAnswersFalse,
        [TextLookupComparesEqual.Id] = TextLookupComparesEqual,
        [EmptyAggregateThrows.Id] = EmptyAggregateThrows,
        [UnitOfWorkElsewhere.Id] = UnitOfWorkElsewhere,
        [FakeClassNameTaken.Id] = FakeClassNameTaken,
        [GeneratorFailed.Id] = GeneratorFailed,
    };

    public static IReadOnlyCollection<DiagnosticDescriptor> Descriptors => All.Values;

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity)
        => new(
            id,
            title,
            message,
            Category,
            severity,
            isEnabledByDefault: true,
            helpLinkUri: HelpBase + id.ToLowerInvariant());
}
