using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A unit of work whose properties are repositories, the tutorial pattern
/// (<c>IUnitOfWork { IPostRepository Posts { get; } ICommentRepository Comments { get; } Task&lt;int&gt; CompleteAsync(); }</c>):
/// one fake with one change tracker (one <c>DbContext</c>), and for each repository property a nested class planned as
/// that repository interface would be on its own, but reading and writing through the composite's unit of work (writes
/// wait for its save). Generated only whole: a repository with a member the conventions refuse leaves its property out,
/// with the repository's own diagnostics and one on the property. docs/generator.md, "Unit of work of repositories".
/// </summary>
internal static class CompositePlanner
{
    /// <summary>
    /// IMF0023 on a member of the composite (a property left out, a member of its own that is no save), or, with
    /// <paramref name="savesOnly"/>, of a unit of work of saves (Parsing/SavesOnlyUnitOfWorkPlanner: a runner), whose
    /// message names that kind and its fix (since session 34: it said "a unit of work of repositories" there too).
    /// </summary>
    internal static void Refuse(ParseContext context, MemberCandidate candidate, string reason, bool savesOnly = false)
        => context.Report(DiagnosticDescriptors.UnitOfWorkMemberNotSupported, candidate.Location, candidate.DisplayName, context.InterfaceName, reason, context.ClassName,
            savesOnly ? "saves" : "repositories",
            savesOnly ? "the change tracker the scope's fakes share (Core.SharedUnitOfWork(…))" : "the unit of work's tables and change tracker",
            savesOnly ? "unit-of-work-of-saves-only" : "unit-of-work-of-repositories");

    /// <summary>
    /// Whether the interface is a unit of work of repositories: at least one get-only property of an interface type that
    /// is not a collection, a query or a unit of work itself, and nothing else but saves, discards, disposal, transactions
    /// and generic repository accessors (<c>IRepository&lt;T&gt; Repository&lt;T&gt;()</c>). Members the user wrote are left out.
    /// Such interfaces were refused whole before (IMF0001 on each property), so no other convention is taken from them.
    /// </summary>
    public static bool Applies(ParseContext context, List<MemberCandidate> candidates)
    {
        if (context.Interface.IsGenericType && context.Interface.TypeArguments.Any(static t => t is ITypeParameterSymbol))
        {
            return false;
        }

        var repositories = 0;
        foreach (var candidate in candidates)
        {
            if (candidate.IsHandWritten)
            {
                continue;
            }

            if (RepositoryType(context, candidate) is not null)
            {
                repositories++;
            }
            else if (!IsUnitOfWorkMember(candidate) && !IsGenericAccessor(candidate))
            {
                return false;
            }
        }

        return repositories > 0;
    }

    /// <summary>Plans the composite and its repositories; never a partial repository.</summary>
    public static FakeResult Plan(ParseContext context, TargetShape shape, AttributeSettings settings, ConstructorSpec constructors, List<MemberCandidate> candidates, bool register)
    {
        var names = context.Names;
        var core = names.New("__core");
        var defaults = names.New("__defaults");
        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();
        var saves = pending.Where(static c => UnitOfWorkRules.IsSave(c.Symbol)).ToList();
        var members = new List<MemberSpec>();
        var parts = new List<CompositePartSpec>();
        var json = new List<JsonTypeSetSpec>();
        var tables = new List<(string Property, EntitySpec Entity)>();
        var entities = new List<(EntityInfo Entity, EntitySpec Spec)>();
        var bundle = settings.UnitOfWorkWrites == 0 && WithoutAnySave(context, pending);
        var deferred = settings.UnitOfWorkWrites != 2 && !bundle;

        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (RepositoryType(context, candidate) is { } repository)
            {
                if (saves.Count == 0 && !bundle)
                {
                    Refuse(context, candidate, "it returns the repository " + repository.Name + ", but " + context.InterfaceName + " has no save (SaveChanges, Complete, Commit, Save, SaveAll, SaveEntities, each also …Async),"
                        + " so whether the repository's writes wait for one cannot be told; a unit of work of repositories is generated with its save");
                    continue;
                }

                if (PlanPart(context, candidate, repository, deferred, bundle, tables, entities, out var partJson) is { } part)
                {
                    parts.Add(part);
                    members.Add(Declarations.Member(context, candidate, new CompositeRepositoryOp(part.Field, part.Fake.ClassName)));
                    if (partJson is not null)
                    {
                        json.Add(partJson);
                    }
                }

                continue;
            }

            if (IsGenericAccessor(candidate))
            {
                Refuse(context, candidate, "a generic repository accessor serves entity types known only at run time, whose keys and copies the generator cannot plan;"
                    + " declare one property per repository (IRepository<Post> Posts { get; }), each generated over the unit of work's change tracker, and write the accessor over them");
                continue;
            }

            if (PlanOwnMember(context, candidate, out var reason) is { } operation)
            {
                members.Add(Declarations.Member(context, candidate, operation));
            }
            else
            {
                Refuse(context, candidate, reason ?? "its shape is not supported");
            }
        }

        if (parts.Count == 0)
        {
            return new FakeResult(null, context.Diagnostics.ToArray());
        }

        // One string-key comparer for the fake: StringKeys covers every repository's table keyed by string.
        StringKeysRule.ValidateTables(context, entities, parts.SelectMany(static p => p.Fake.Members));

        // A container resolves a repository interface from the unit of work only when one property has that type.
        parts = parts.Select(p => parts.Count(o => o.Fake.InterfaceType == p.Fake.InterfaceType) == 1 ? p : p with { Read = null }).ToList();

        return Outer(context, shape, register, constructors, WithRepositoryMembers(FakeParser.Defaults(context, settings, candidates), parts), members, parts, json,
            new CompositeSpec(bundle ? UnitOfWorkModel.None : deferred ? UnitOfWorkModel.Deferred : UnitOfWorkModel.Immediate, parts.ToArray()), core, defaults, default);
    }

    /// <summary>
    /// The outer class of a fake made of parts (a unit of work of repositories, a repository of several entity types): no
    /// table of its own; its store is the first part's, without side tables or helpers, so the registration reads its
    /// unit-of-work mode (scoped in a container, as a DbContext); its members in canonical order; the parts' JSON metadata merged.
    /// </summary>
    internal static FakeResult Outer(
        ParseContext context, TargetShape shape, bool register, ConstructorSpec constructors, DefaultsSpec defaults, List<MemberSpec> members,
        List<CompositePartSpec> parts, List<JsonTypeSetSpec> json, CompositeSpec composite, string core, string defaultsField, EquatableArray<string> alsoImplements, StoreSpec? store = null)
    {
        var names = context.Names;
        var first = parts.Count > 0 ? parts[0].Fake.Store : null;
        var fieldNames = new FieldNames(
            Core: core,
            Defaults: defaultsField,
            Table: names.New("__table"),
            Model: names.New("__model"),
            Store: FakeParser.StoreProperty(names),
            Result: names.New("__result"),
            Item: names.New("__item"),
            Value: names.New("__value"),
            Blob: names.New("__blob"),
            Snapshot: names.New("__snapshot"),
            Entity: "e",
            State: "s",
            Error: names.New("__error"),
            Mapped: names.New("__mapped"),
            Session: names.New("__session"),
            Transaction: names.New("__DbContextTransaction"),
            Renamed: TwinNames.Reserve(names, members));
        var spec = new FakeSpec(
            HintName: TypeNames.Sanitize(shape.HintName) + ".InMemoryFake.g.cs",
            Namespace: shape.Namespace,
            ContainingTypes: shape.Containers,
            Declaration: shape.Declaration,
            ClassName: context.ClassName,
            TypeParameters: shape.TypeParameters,
            Constraints: EquatableArray<ConstraintSpec>.Empty,
            InterfaceType: context.Render(context.Interface.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
            FullClassName: shape.FullClassName,
            Register: register,
            GeneratorVersion: FakeParser.GeneratorVersion,
            Names: fieldNames,
            Constructors: constructors,
            Defaults: defaults,
            Store: store ?? new StoreSpec(StoreKindModel.EntityRepository, first!.TableName, first.Entity! with { Associations = EquatableArray<AssociationTableSpec>.Empty },
                null, EquatableArray<CopyMethodSpec>.Empty, EquatableArray<FieldAccessorSpec>.Empty, EquatableArray<ConverterSpec>.Empty,
                EquatableArray<ExpirationHelperSpec>.Empty, EquatableArray<OrderingSpec>.Empty),
            Members: members.OrderBy(static m => m.Name, StringComparer.Ordinal).ThenBy(static m => m.Signature, StringComparer.Ordinal).ToArray(),
            ObsoleteDiagnosticIds: FakeParser.SuppressedDiagnosticIds(context).Concat(parts.SelectMany(static p => p.Fake.ObsoleteDiagnosticIds)).Distinct().OrderBy(static id => id, StringComparer.Ordinal).ToArray(),
            AlsoImplements: alsoImplements,
            Composite: composite);
        var merged = json.Count == 0 ? null : new JsonTypeSetSpec(
            json.SelectMany(static j => j.Types).ToArray(),
            json.SelectMany(static j => j.Unsupported).ToArray(),
            json.SelectMany(static j => j.ObsoleteDiagnosticIds).Distinct().ToArray());
        return new FakeResult(spec, context.Diagnostics.ToArray(), merged);
    }

    /// <summary>
    /// The composite's member names and its repositories' (sorted, each once): the call log and fault injection are the
    /// one core's, so <c>Fakes.Of(unitOfWork).Faults.Throw("AddAsync", …)</c> must know the repositories' members.
    /// </summary>
    private static DefaultsSpec WithRepositoryMembers(DefaultsSpec defaults, List<CompositePartSpec> parts)
        => defaults with
        {
            Members = defaults.Members.Concat(parts.SelectMany(static p => p.Fake.Defaults.Members)).Distinct().OrderBy(static m => m, StringComparer.Ordinal).ToArray(),
        };

    /// <summary>The repository interface a get-only property returns, or null when the member is no such property.</summary>
    private static INamedTypeSymbol? RepositoryType(ParseContext context, MemberCandidate candidate)
    {
        if (candidate.Property is not { IsIndexer: false, SetMethod: null, Type: INamedTypeSymbol { TypeKind: TypeKind.Interface } type })
        {
            return null;
        }

        var known = context.Known;
        if (TypeFacts.ElementType(known, type) is not null || KnownSymbols.Is(type.OriginalDefinition, known.Queryable)
            || type.AllInterfaces.Any(i => KnownSymbols.Is(i.OriginalDefinition, known.Queryable)) || UnitOfWorkRules.IsUnitOfWorkInterface(type, out _)
            || type.SpecialType == SpecialType.System_IDisposable || type.IsGenericType && type.TypeArguments.Any(static t => t is ITypeParameterSymbol))
        {
            return null;
        }

        return type;
    }

    /// <summary>
    /// Whether the composite is only repository properties, and neither it nor any of its repositories (with their base
    /// interfaces) has a save or a discard: a bundle of repositories, each of which must save its own writes (nothing could
    /// ever save them otherwise), as the customers-orders sample's <c>IContosoRepository { ICustomerRepository Customers {
    /// get; } … }</c> does (each property a repository over its own DbContext, each write a SaveChanges, reads untracked).
    /// Each repository is then generated as it would be on its own (writes saved at once, reads copies, no change tracker),
    /// over the bundle's one set of tables.
    /// </summary>
    private static bool WithoutAnySave(ParseContext context, List<MemberCandidate> pending)
    {
        foreach (var candidate in pending)
        {
            if (RepositoryType(context, candidate) is not { } repository)
            {
                return false;
            }

            foreach (var type in repository.AllInterfaces.Prepend(repository))
            {
                if (type.GetMembers().Any(static m => UnitOfWorkRules.IsSave(m) || UnitOfWorkRules.IsDiscard(m)) || type.GetMembers().OfType<IPropertySymbol>().Any(static p => UnitOfWorkRules.IsUnitOfWorkInterface(p.Type, out _)))
                {
                    return false;
                }
            }
        }

        return pending.Count > 0;
    }

    private static bool IsUnitOfWorkMember(MemberCandidate candidate)
        => UnitOfWorkRules.IsSave(candidate.Symbol) || UnitOfWorkRules.IsDiscard(candidate.Symbol) || TransactionRules.IsBegin(candidate)
            || (candidate.Method is { IsGenericMethod: false } method && method.Parameters.Length == 0 && Conventions.IsOneOf(method.Name, Conventions.NoOpMethodNames));

    /// <summary><c>IRepository&lt;T&gt; Repository&lt;T&gt;()</c>, <c>GetRepository&lt;TEntity&gt;()</c>: a generic method returning an interface.</summary>
    private static bool IsGenericAccessor(MemberCandidate candidate)
        => candidate.Method is { IsGenericMethod: true, ReturnType: INamedTypeSymbol { TypeKind: TypeKind.Interface } };

    /// <summary>A save, a discard, disposal or a transaction of the composite itself.</summary>
    internal static OperationSpec? PlanOwnMember(ParseContext context, MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.Method is { } method && method.Parameters.Length == 0 && Conventions.IsOneOf(method.Name, Conventions.NoOpMethodNames))
        {
            if (candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask)
            {
                return new NoOp();
            }

            reason = "disposal returns nothing, a Task or a ValueTask";
            return null;
        }

        if (UnitOfWorkRules.IsSave(candidate.Symbol))
        {
            return UnitOfWorkRules.SaveOp(candidate, out reason);
        }

        if (UnitOfWorkRules.IsDiscard(candidate.Symbol))
        {
            if (candidate.IsVoid)
            {
                return new UnitOfWorkDiscardOp();
            }

            reason = "a unit-of-work discard returns nothing";
            return null;
        }

        if (TransactionRules.IsBegin(candidate))
        {
            return TransactionRules.Plan(context, candidate, out reason);
        }

        reason = "its shape is not supported";
        return null;
    }

    /// <summary>
    /// One repository, planned by the entity-repository conventions as if its interface were annotated, over the
    /// composite's unit of work; null (after reporting why, on the property) when any of its members is refused.
    /// </summary>
    private static CompositePartSpec? PlanPart(ParseContext parent, MemberCandidate property, INamedTypeSymbol repository, bool deferred, bool bundle, List<(string Property, EntitySpec Entity)> tables, List<(EntityInfo Entity, EntitySpec Spec)> entities, out JsonTypeSetSpec? json)
    {
        json = null;
        var nested = parent.Names.New("__" + DefaultName(repository.Name));
        var context = new ParseContext(parent.Target, parent.AttributeLocation, parent.CancellationToken)
        {
            Build = parent.Build,
            Interface = repository,
            InterfaceName = repository.Name,
            ClassName = StandaloneName(repository.Name), // what the repository's diagnostics name, as its own fake would
            Settings = parent.Settings,
            ComposedUnitOfWork = !bundle, // a bundle's repository is planned as on its own, over the bundle's tables
        };
        FakeParser.ReserveNames(context);
        context.Names.Reserve(nested);
        var candidates = MemberCollector.Collect(context, out _);
        var names = context.Names;
        var planned = PlannedNames.Reserve(names);
        var core = planned.Core;
        var defaults = planned.Defaults;

        void RefuseProperty(string why) => Refuse(parent, property, why);

        // Classified as the interface would be on its own: a store of something else is no repository of this unit of work.
        var classification = StoreClassifier.Classify(context, null, candidates);
        if (classification is null)
        {
            Forward(parent, context, property);
            RefuseProperty("its type " + repository.Name + " is a repository whose entity the generator cannot use (see the diagnostic on it)");
            return null;
        }

        if (classification.Entity is not { } entity)
        {
            RefuseProperty("its type " + repository.Name + " is not a repository: its members describe no entity type with a key (read as " + (classification.Kind == StoreKindModel.Blob ? "a blob store" : "a key-value store")
                + "); a unit of work's properties are generated as repositories over its change tracker");
            return null;
        }

        if (deferred && EntityPlanner.IsArdalisRepository(context))
        {
            RefuseProperty("its type " + repository.Name + " is Ardalis.Specification's IRepositoryBase<T>, whose RepositoryBase saves each write at once, while the unit of work's other writes wait for its save;"
                + " say UnitOfWorkWrites = UnitOfWorkWrites.Immediate on the attribute if every repository saves at once");
            return null;
        }

        var baseName = entity.Type.Name;
        var table = names.New("__" + TypeNames.Camel(TypeNames.Plural(baseName)));
        var model = names.New("__" + TypeNames.Camel(baseName) + "Model");
        var store = new StoreBuilder();
        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();
        var storeSpec = EntityPlanner.Plan(context, entity, pending, store);
        json = JsonPlanner.Plan(context, classification, pending);
        var errors = context.Diagnostics.Where(static d => DiagnosticDescriptors.ById(d.Id).DefaultSeverity == DiagnosticSeverity.Error).ToList();
        Forward(parent, context, property);
        if (errors.Count > 0)
        {
            var refused = errors.Where(static d => d.Arguments.Count > 0).Select(static d => d.Arguments[0]).Distinct().ToArray();
            RefuseProperty("its type " + repository.Name + " has members the entity-repository conventions cannot implement (" + string.Join(", ", refused.Take(3)) + (refused.Length > 3 ? ", …" : "")
                + "; each is reported there), and a unit of work's repositories are generated only whole");
            json = null;
            return null;
        }

        if (storeSpec.Entity is { Associations.Count: > 0 })
        {
            RefuseProperty("the repository " + repository.Name + " keeps values beside " + baseName + " in side tables, which a unit of work of several repositories does not save yet");
            json = null;
            return null;
        }

        // One DbContext has one table per entity type: two repositories of one entity share it (and its tracked entities),
        // so their models must agree, or the second would silently drop the first's constraints.
        var entitySpec = storeSpec.Entity!;
        foreach (var (other, known) in tables)
        {
            if (known.EntityType == entitySpec.EntityType && !SameTable(known, entitySpec))
            {
                RefuseProperty("it stores " + baseName + " as " + other + " does, but the two repositories prove different keys, unique values, indexes or concurrency tokens for it, and one unit of work has one table per entity type");
                json = null;
                return null;
            }
        }

        tables.Add((property.Symbol.Name, entitySpec));
        entities.Add((entity, entitySpec));
        var fieldNames = FakeParser.FieldNamesOf(names, planned, table, model, store);
        var fake = new FakeSpec(
            HintName: "",
            Namespace: null,
            ContainingTypes: EquatableArray<ContainerSpec>.Empty,
            Declaration: new ClassDeclarationSpec("private", true, false),
            ClassName: nested,
            TypeParameters: EquatableArray<string>.Empty,
            Constraints: EquatableArray<ConstraintSpec>.Empty,
            InterfaceType: context.Render(repository.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
            FullClassName: nested,
            Register: false,
            GeneratorVersion: FakeParser.GeneratorVersion,
            Names: fieldNames,
            Constructors: new ConstructorSpec(false, false, false),
            Defaults: FakeParser.Defaults(context, context.Settings, candidates),
            Store: storeSpec,
            Members: store.Members.ToArray(),
            ObsoleteDiagnosticIds: FakeParser.SuppressedDiagnosticIds(context),
            AlsoImplements: context.UnitOfWorkInterfaces.Select(i => context.Render(i.WithNullableAnnotation(NullableAnnotation.NotAnnotated))).ToArray(),
            IsPart: true);
        var read = "((" + parent.Render(property.Symbol.ContainingType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) + ")u)." + TypeNames.Escape(property.Symbol.Name);
        return new CompositePartSpec(parent.Names.New("__" + TypeNames.Camel(property.Symbol.Name)), fake, read);
    }

    /// <summary>The repository's own diagnostics, reported as the repository would get them.</summary>
    private static void Forward(ParseContext parent, ParseContext part, MemberCandidate property)
    {
        foreach (var diagnostic in part.Diagnostics)
        {
            // As the repository's own fake would report them (IMF0001 names the class that fake would have), saying which
            // property of the unit of work is left out because of them.
            var forwarded = diagnostic;
            if (diagnostic.Id == DiagnosticDescriptors.MemberNotSupported.Id && diagnostic.Arguments.Count == 6)
            {
                var arguments = diagnostic.Arguments.ToArray();
                arguments[3] += " (so " + parent.InterfaceName + "." + property.Symbol.Name + ", which returns " + part.InterfaceName + ", is not generated: IMF0023)";
                forwarded = diagnostic with { Arguments = arguments };
            }

            else if (diagnostic.Id == DiagnosticDescriptors.NoJsonMetadata.Id && diagnostic.Arguments.Count > 0)
            {
                // The stored type's metadata is the composite's to emit: the message names its class.
                var arguments = diagnostic.Arguments.ToArray();
                arguments[0] = parent.ClassName;
                forwarded = diagnostic with { Arguments = arguments };
            }

            forwarded = forwarded.Location is null ? forwarded with { Location = LocationInfo.From(property.Location) } : forwarded;
            if (!parent.Diagnostics.Contains(forwarded))
            {
                parent.Diagnostics.Add(forwarded); // two repositories of one entity report its JSON metadata once
            }
        }
    }

    private static bool SameTable(EntitySpec a, EntitySpec b)
        => a.KeyType == b.KeyType && a.Keys.Equals(b.Keys) && Equals(a.Token, b.Token) && a.OtherTokens.Equals(b.OtherTokens) && a.Unique.Equals(b.Unique) && a.Indexes.Equals(b.Indexes) && (a.WithKey is null) == (b.WithKey is null);

    /// <summary>The class a fake of the interface on its own would have (<c>IPostRepository</c> → <c>InMemoryPostRepository</c>).</summary>
    private static string StandaloneName(string interfaceName) => "InMemory" + DefaultName(interfaceName);

    private static string DefaultName(string interfaceName)
        => interfaceName.Length >= 2 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1]) ? interfaceName.Substring(1) : interfaceName;
}
