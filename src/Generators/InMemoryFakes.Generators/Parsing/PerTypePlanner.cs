using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository whose members are generic over the entity type (the 2018 shape of Ardalis' Clean Architecture template:
/// <c>T GetById&lt;T&gt;(int id) where T : BaseEntity</c>, <c>List&lt;T&gt; List&lt;T&gt;()</c>, <c>T Add&lt;T&gt;(T entity)</c>…, one
/// repository over every set of a DbContext): a table per type argument, created on first use as EF Core's <c>Set&lt;T&gt;()</c>
/// of a mapped type is, keyed by the constraint's key. The members of one constraint are planned together by
/// <see cref="EntityPlanner"/> as the members of a repository of their type parameter (each method closed over one common
/// type parameter, <see cref="MemberCandidate.OverEntityType"/>), so every entity convention means here what it means on
/// <c>IRepository&lt;T&gt;</c>; the plan is a generic nested part, one instance per type argument, made over the fake's one
/// core (Emitter.Composite.cs), so reset, snapshots, the call log and fault injection cover every table made so far. The
/// interface's other members belong to the entity type their signature proves (a type deriving from a constraint, keyed as it
/// is), in a part of that type whose table is the one the generic members use for it (same name, key and entity type).
/// docs/generator.md, "Repositories generic per member over the entity type".
/// </summary>
internal static class PerTypePlanner
{
    private const string Kind = "entity repository";

    /// <summary>
    /// The fake, when a member of the interface is generic over the entity type; null when none is (nothing reported), or
    /// when the shape is one this planner does not build (then <see cref="ParseContext.PerTypeDeclined"/> says why, and the
    /// store kind's own planner refuses those members with that cause).
    /// </summary>
    public static FakeResult? TryPlan(ParseContext parent, TargetShape shape, AttributeSettings settings, ConstructorSpec constructors, List<MemberCandidate> candidates, bool register)
    {
        if (settings.ForcedKind is not null || (parent.Interface.IsGenericType && parent.Interface.TypeArguments.Any(static t => t is ITypeParameterSymbol))
            || (parent.IsClassTarget && parent.UserClass!.IsGenericType))
        {
            return null;
        }

        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();
        var over = new Dictionary<MemberCandidate, OverEntity>();
        foreach (var candidate in pending)
        {
            if (Of(parent, candidate) is { } found)
            {
                over.Add(candidate, found);
            }
        }

        if (over.Count == 0)
        {
            return null;
        }

        // A unit of work beside: a save writes back what the fake's change tracker tracks over the tables planned when it is
        // generated; tables made per type argument at run time would have to join it, which is not built.
        if (pending.FirstOrDefault(c => UnitOfWorkRules.IsSave(c.Symbol) || UnitOfWorkRules.IsDiscard(c.Symbol) || TransactionRules.IsBegin(c)
            || (c.Property is { } property && (parent.UnitOfWorkInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, property.Type)) || SavesUnitOfWork(property.Type)))) is { } unitOfWork)
        {
            parent.PerTypeDeclined = "a member generic over the entity type gets a table per type argument, made on first use (as a DbContext's Set<"
                + "T>() is), but not beside a unit of work ('" + unitOfWork.DisplayName + "'): what a save writes back is tracked over the tables planned when the fake is generated, "
                + "and tables made per type argument at run time joining that change tracker is not built, so whether a write here is saved at once or waits for the save cannot be kept";
            return null;
        }

        var refused = new List<(MemberCandidate Candidate, string Reason)>();
        var groups = new List<(string Key, List<MemberCandidate> Members)>();
        foreach (var candidate in pending)
        {
            if (!over.TryGetValue(candidate, out var found))
            {
                continue;
            }

            var method = candidate.Method!;
            if (method.Arity != 1)
            {
                var others = method.TypeParameters.Where(t => !SymbolEqualityComparer.Default.Equals(t, found.Parameter)).Select(static t => t.Name).ToList();
                refused.Add((candidate, found.Describe(method) + ", and over " + string.Join(" and ", others) + " too: a table per type argument is generated for a member generic in the entity type alone "
                    + "(one type parameter, the entity), and what " + string.Join(" and ", others) + " is to that table (a key type, a projection, a criteria type) is not said"));
                continue;
            }

            if (candidate.IsExplicit)
            {
                refused.Add((candidate, found.Describe(method) + ", and it is implemented explicitly (two interfaces declare it), which a table per type argument does not forward to yet"));
                continue;
            }

            var key = found.GroupKey;
            var group = groups.FirstOrDefault(g => g.Key == key);
            if (group.Members is null)
            {
                group = (key, new List<MemberCandidate>());
                groups.Add(group);
            }

            group.Members.Add(candidate);
        }

        var parts = new List<CompositePartSpec>();
        var members = new List<MemberSpec>();
        var json = new List<JsonTypeSetSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        var registry = parent.Names.New("__perType");
        var constraints = new List<(INamedTypeSymbol Constraint, EntityInfo Entity)>();
        var generic = new List<(INamedTypeSymbol Constraint, EntityInfo Entity, EntitySpec Spec)>();
        foreach (var (_, group) in groups)
        {
            var found = over[group[0]];
            constraints.Add((found.Constraint, found.Entity));
            if (PlanGenericPart(parent, found, group, over, diagnostics, members, out var partJson) is { } part)
            {
                parts.Add(part);
                if (part.Fake.Store.Entity is { } spec)
                {
                    generic.Add((found.Constraint, found.Entity, spec));
                }

                if (partJson is not null)
                {
                    json.Add(partJson);
                }
            }
        }

        // The other members: the entity type their signature proves, a type deriving from a constraint and keyed as it is, in
        // a part of that type over the same table the generic members use for it.
        var tables = new List<EntityInfo>();
        var byTable = new Dictionary<EntityInfo, List<MemberCandidate>>();
        foreach (var candidate in pending)
        {
            if (over.ContainsKey(candidate))
            {
                continue;
            }

            if (candidate.Method is { IsGenericMethod: false, Parameters.Length: 0 } disposal && Conventions.IsOneOf(disposal.Name, Conventions.NoOpMethodNames))
            {
                // Dispose(), DisposeAsync(): the fake's own, over no table.
                if (CompositePlanner.PlanOwnMember(parent, candidate, out var disposalReason) is { } noOp)
                {
                    members.Add(Declarations.Member(parent, candidate, noOp));
                }
                else
                {
                    refused.Add((candidate, disposalReason ?? "its shape is not supported"));
                }

                continue;
            }

            if (OwnTable(parent, candidate, constraints, out var reason) is { } table)
            {
                var known = tables.FirstOrDefault(t => SymbolEqualityComparer.Default.Equals(t.Type, table.Type));
                if (known is null)
                {
                    tables.Add(table);
                    byTable.Add(table, new List<MemberCandidate>());
                    known = table;
                }

                byTable[known].Add(candidate);
            }
            else
            {
                refused.Add((candidate, reason!));
            }
        }

        var nonGeneric = new List<CompositePartSpec>();
        foreach (var table in tables.OrderBy(static t => t.Type.ToDisplayString(), StringComparer.Ordinal))
        {
            var group = byTable[table];
            var part = MultiEntityPlanner.PlanPart(parent, table, group, unitOfWork: false, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default), diagnostics, out var partJson);
            if (part is null)
            {
                refused.AddRange(group.Select(c => (c, "it is about " + table.Type.Name + ", whose table here is the one the members generic over the entity type keep for it, and "
                    + table.Type.Name + " keeps values in side tables (claims, roles…), which a table per type argument does not keep")));
                continue;
            }

            nonGeneric.Add(part);
            if (partJson is not null)
            {
                json.Add(partJson);
            }

            foreach (var member in part.Fake.Members)
            {
                var candidate = group.First(c => TypeNames.Escape(c.Symbol.Name) == member.Name && ContractNames.SignatureOf(c.Symbol) == member.Signature);
                members.Add(Declarations.Member(parent, candidate, new PartMemberOp(part.Field)));
            }
        }

        // A type argument's own declarations: a derived type with a [Unique] property or a concurrency token the constraint
        // lacks gets its table from the constructor on, with its own model (as a member about it would make it), so the
        // generic members find it made; the part planned from the constraint would not check them (h-pertype41's Left 4).
        foreach (var (constraint, constraintEntity, spec) in generic)
        {
            foreach (var derived in DerivedTypes(parent, constraint))
            {
                if (tables.Any(t => SymbolEqualityComparer.Default.Equals(t.Type, derived))
                    || EntityInfo.TryGet(parent, derived) is not { Keys.Count: 1 } derivedEntity || !SameKey(derivedEntity, constraintEntity))
                {
                    continue;
                }

                var scratch = new List<DiagnosticInfo>();
                var part = MultiEntityPlanner.PlanPart(parent, derivedEntity, new List<MemberCandidate>(), unitOfWork: false, new HashSet<IParameterSymbol>(SymbolEqualityComparer.Default), scratch, out var partJson);
                if (part?.Fake.Store.Entity is not { } own || !ChecksMore(own, spec))
                {
                    continue;
                }

                tables.Add(derivedEntity);
                nonGeneric.Add(part);
                diagnostics.AddRange(scratch);
                if (partJson is not null)
                {
                    json.Add(partJson);
                }
            }
        }

        // From here the fake keeps a table per entity type: the refusals name the core, not a Store property it lacks.
        parent.TablePerEntityType = true;
        foreach (var diagnostic in diagnostics)
        {
            if (!parent.Diagnostics.Contains(diagnostic))
            {
                parent.Diagnostics.Add(diagnostic);
            }
        }

        foreach (var (candidate, reason) in refused)
        {
            parent.NotSupported(candidate, Kind, reason);
        }

        if (parts.Count == 0 && nonGeneric.Count == 0)
        {
            return new FakeResult(null, parent.Diagnostics.ToArray());
        }

        // The parts held from the constructor on first: the outer class's store (what its registration reads) is a closed one.
        var all = nonGeneric.Concat(parts).ToList();
        var store = nonGeneric.Count > 0 ? null : new StoreSpec(StoreKindModel.EntityRepository, null, null, null, EquatableArray<CopyMethodSpec>.Empty, EquatableArray<FieldAccessorSpec>.Empty,
            EquatableArray<ConverterSpec>.Empty, EquatableArray<ExpirationHelperSpec>.Empty, EquatableArray<OrderingSpec>.Empty);
        var names = parent.Names;
        return CompositePlanner.Outer(parent, shape, register, constructors, FakeParser.Defaults(parent, settings, candidates), members, all, json,
            new CompositeSpec(UnitOfWorkModel.None, all.ToArray(), ByEntity: true) { PerTypeRegistry = parts.Count > 0 ? registry : null }, names.New("__core"), names.New("__defaults"),
            EquatableArray<string>.Empty, store);
    }

    /// <summary>
    /// The generic part of one constraint: its members closed over the first member's type parameter, planned by the entity
    /// planner as a repository of that type parameter, with the copy of the constraint (which copies each subtype declared
    /// in source whole, by its run-time type); the outer members forward to the part of their own type argument.
    /// </summary>
    private static CompositePartSpec? PlanGenericPart(ParseContext parent, OverEntity found, List<MemberCandidate> group, Dictionary<MemberCandidate, OverEntity> over, List<DiagnosticInfo> diagnostics, List<MemberSpec> members, out JsonTypeSetSpec? json)
    {
        json = null;
        var common = found.Parameter;
        var nested = parent.Names.New("__" + TypeNames.Sanitize(found.Constraint.Name) + "Tables");
        var accessor = parent.Names.New("__" + TypeNames.Sanitize(found.Constraint.Name) + "TableOf");
        var context = new ParseContext(parent.Target, parent.AttributeLocation, parent.CancellationToken)
        {
            Build = parent.Build,
            Interface = parent.Interface,
            InterfaceName = parent.InterfaceName,
            ClassName = parent.ClassName,
            TablePerEntityType = true,
            UserClass = parent.UserClass,
            Settings = parent.Settings,
        };
        FakeParser.ReserveNames(context);
        context.Names.Reserve(nested);
        context.Names.Reserve(accessor);
        var all = MemberCollector.Collect(context, out _);

        // Each member closed over the common type parameter: List<T> List<T>() and T GetById<TEntity>(int id) read as the
        // members of one repository of T.
        var closed = new List<(MemberCandidate Candidate, MemberCandidate Original)>();
        foreach (var original in group)
        {
            var collected = all.First(c => SymbolEqualityComparer.Default.Equals(c.Symbol, original.Symbol));
            var method = collected.Method!.Construct(common);
            closed.Add((Closed(context, collected, method), original));
        }

        // The type parameter keyed by the constraint's key (a method's type parameter is no entity candidate on its own: an
        // object store's Get<T>(key) is not a repository of T).
        var entity = EntityInfo.WithKeys(context, common, found.Entity.Keys);

        var names = context.Names;
        var planned = PlannedNames.Reserve(names);
        var tableField = names.New("__table");
        var model = names.New("__model");
        var store = new StoreBuilder();
        var storeSpec = EntityPlanner.Plan(context, entity, closed.Select(static c => c.Candidate).ToList(), store);
        if (storeSpec.Entity is not { } entitySpec || entitySpec.Associations.Count > 0)
        {
            diagnostics.AddRange(context.Diagnostics);
            return null;
        }

        // The copy of the constraint: a value of T is one of its subtypes at run time, copied whole by its own copy (a type
        // argument not declared in source gets the runtime's rules: kept by reference and reported unless a copy hook knows it).
        var (copy, immutable) = CopyPlanner.Plan(context, found.Constraint, store);
        var parameter = TypeNames.Escape(common.Name);
        entitySpec = entitySpec with { Copy = copy is null ? null : "(" + parameter + ")" + copy, IsImmutable = immutable };
        storeSpec = storeSpec with { Entity = entitySpec, TableName = null, CopyMethods = store.CopyMethods.ToArray(), CopyAccessors = store.CopyAccessors.ToArray() };
        AuditStampPlanner.Validate(context, entity, storeSpec.Entity, store.Members, oneOfSeveral: true);
        json = JsonPlanner.Plan(context, new StoreClassification(StoreKindModel.EntityRepository, entity), closed.Select(static c => c.Candidate).ToList());
        diagnostics.AddRange(context.Diagnostics);
        var partMembers = new List<MemberSpec>();
        foreach (var member in store.Members)
        {
            var match = closed.FirstOrDefault(c => TypeNames.Escape(c.Candidate.Symbol.Name) == member.Name && ContractNames.SignatureOf(c.Candidate.Symbol) == member.Signature);
            if (match.Original is null)
            {
                continue;
            }

            partMembers.Add(member with { TypeParameters = EquatableArray<string>.Empty, Constraints = EquatableArray<ConstraintSpec>.Empty });
            var own = TypeNames.Escape(over[match.Original].Parameter.Name);
            members.Add(Declarations.Member(parent, match.Original, new PartMemberOp(accessor + "<" + own + ">()", PerType: true)));
        }

        var fake = MultiEntityPlanner.PartFake(parent, context, nested, names, planned, tableField, model, store, storeSpec, partMembers, all,
            new[] { parameter }, Declarations.Constraints(context, new[] { common }, forClass: true, keyType: null).ToArray());
        return new CompositePartSpec(nested, fake, null) { PerTypeAccessor = accessor };
    }

    /// <summary>The candidate of a method closed over the common type parameter, its shape read again from the closed signature.</summary>
    private static MemberCandidate Closed(ParseContext context, MemberCandidate collected, IMethodSymbol method)
        => MemberCollector.OfMethod(context, method, collected.HierarchyIndex, isExplicit: false, collected.Location, handWritten: false, collected.SortKey, overEntityType: true);

    /// <summary>
    /// The table of a member that is not generic: the one entity type its signature proves (a parameter of the type or a
    /// collection of it, its result or the result's element) that derives from a constraint and has the constraint's key
    /// (the same property), so its rows are those the generic members keep for it; null with the reason otherwise.
    /// </summary>
    private static EntityInfo? OwnTable(ParseContext context, MemberCandidate candidate, List<(INamedTypeSymbol Constraint, EntityInfo Entity)> constraints, out string? reason)
    {
        reason = null;
        var known = context.Known;
        var types = new List<ITypeSymbol>();
        void Consider(ITypeSymbol? type)
        {
            if (type is null)
            {
                return;
            }

            type = TypeNames.Underlying(type);
            var element = TypeFacts.ElementType(known, type) ?? PagedResults.ElementOf(context, type) ?? TypeFacts.EnumerableElement(type);
            foreach (var candidateType in new[] { type, element })
            {
                if (candidateType is INamedTypeSymbol named && constraints.Any(c => Derives(named, c.Constraint)) && !types.Any(t => SymbolEqualityComparer.Default.Equals(t, named)))
                {
                    types.Add(named);
                }
            }
        }

        foreach (var parameter in candidate.Parameters)
        {
            Consider(parameter.Type);
        }

        Consider(candidate.Result);
        var bases = string.Join(" or ", constraints.Select(static c => c.Constraint.Name).Distinct());
        if (types.Count == 0 && candidate.Method is { IsGenericMethod: true } generic)
        {
            reason = "it is generic ('" + generic.Name + "<" + string.Join(", ", generic.TypeParameters.Select(static t => t.Name)) + ">'), and neither a type parameter it takes or returns is constrained to a type with a key "
                + "nor its signature proves a type deriving from " + bases + ", so which of the tables made per type argument it acts on, and what its type parameters are to it, cannot be told";
            return null;
        }

        if (types.Count == 0)
        {
            // A name that names one (CountEdgeDevices(), DeleteImageEvent(int id)): the types deriving from a constraint
            // declared in source and keyed as it is, read as a repository of several entity types reads a name.
            var rules = new CopyRules(context);
            var named = new List<EntityInfo>();
            foreach (var (baseType, baseEntity) in constraints)
            {
                foreach (var subtype in rules.Subtypes(baseType))
                {
                    if (EntityInfo.TryGet(context, subtype) is { Keys.Count: 1 } subEntity && SameKey(subEntity, baseEntity)
                        && !named.Any(n => SymbolEqualityComparer.Default.Equals(n.Type, subtype)))
                    {
                        named.Add(subEntity);
                    }
                }
            }

            if (MultiEntityPlanner.Named(candidate, named) is { } byName)
            {
                return byName;
            }

            reason = "it is not generic over the entity type, and its signature proves no type deriving from " + bases + " (a parameter of such a type or a collection of it, or its result), "
                + "so which of the tables made per type argument it acts on cannot be told";
            return null;
        }

        if (types.Count > 1)
        {
            reason = "its signature is about " + string.Join(" and ", types.Select(static t => t.Name)) + ", and " + context.InterfaceName + " keeps one table per entity type, so which table it reads or writes cannot be told";
            return null;
        }

        var type = types[0];
        var (constraint, constraintEntity) = constraints.First(c => Derives((INamedTypeSymbol)type, c.Constraint));
        var entity = EntityInfo.TryGet(context, type);
        if (entity is null || entity.Keys.Count != 1 || !SameKey(entity, constraintEntity))
        {
            reason = "it is about " + type.Name + ", whose rows the members generic over the entity type keep in its table per type argument keyed by " + constraint.Name + "'s "
                + constraintEntity.Keys[0].Name + ", while " + type.Name + (entity is null ? " has no key of its own" : " is keyed by " + string.Join(", ", entity.Keys.Select(static k => k.Name)))
                + ", so which key finds its rows is not said";
            return null;
        }

        return entity;
    }

    /// <summary>
    /// A property of an interface type that saves or discards (an <c>IUnitOfWork UnitOfWork { get; }</c> whose interface also
    /// begins transactions): the repository's writes go through a unit of work, whatever else that interface holds.
    /// </summary>
    private static bool SavesUnitOfWork(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named
           && new[] { named }.Concat(named.AllInterfaces).SelectMany(static i => i.GetMembers()).Any(static m => UnitOfWorkRules.IsSave(m) || UnitOfWorkRules.IsDiscard(m));

    /// <summary>
    /// Whether a derived type's table checks what the constraint's does not: a unique property or group, or a concurrency token,
    /// of its own. Its indexes only make lookups faster, so they alone do not make a table of its own.
    /// </summary>
    private static bool ChecksMore(EntitySpec own, EntitySpec constraint)
        => own.Unique.Any(u => !constraint.Unique.Contains(u)) || (own.Token is not null && !Equals(own.Token, constraint.Token))
           || own.OtherTokens.Any(t => !constraint.OtherTokens.Contains(t));

    /// <summary>
    /// The classes a type argument of the constraint may be that the generator can see: the non-abstract, non-generic ones
    /// deriving from it declared in source (<see cref="CopyRules.Subtypes"/>) or in a referenced assembly of the app's that is
    /// the constraint's own or references it (the usual layout: the entities in <c>App.Core</c>, the fake in a test project).
    /// </summary>
    private static List<INamedTypeSymbol> DerivedTypes(ParseContext context, INamedTypeSymbol constraint)
    {
        var found = new List<INamedTypeSymbol>(new CopyRules(context).Subtypes(constraint));
        var home = constraint.ContainingAssembly;
        foreach (var assembly in AppAssemblies.Referenced(context.Compilation))
        {
            if (!SymbolEqualityComparer.Default.Equals(assembly, home)
                && !assembly.Modules.Any(m => m.ReferencedAssemblySymbols.Contains(home, SymbolEqualityComparer.Default)))
            {
                continue;
            }

            var namespaces = new Stack<INamespaceSymbol>();
            namespaces.Push(assembly.GlobalNamespace);
            while (namespaces.Count > 0)
            {
                context.CancellationToken.ThrowIfCancellationRequested();
                foreach (var member in namespaces.Pop().GetMembers())
                {
                    if (member is INamespaceSymbol inner)
                    {
                        namespaces.Push(inner);
                    }
                    else if (member is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, IsStatic: false, IsGenericType: false, ContainingType: null } type
                        && context.IsAccessible(type) && Derives(type, constraint) && !found.Contains(type, SymbolEqualityComparer.Default))
                    {
                        found.Add(type);
                    }
                }
            }
        }

        return found;
    }

    /// <summary>Whether a derived type is keyed by the constraint's key: the same property (inherited, or an interface's implemented under its name) and type.</summary>
    private static bool SameKey(EntityInfo entity, EntityInfo constraint)
        => entity.Keys[0].Name == constraint.Keys[0].Name && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(entity.KeyType), TypeNames.Underlying(constraint.KeyType));

    private static bool Derives(INamedTypeSymbol type, INamedTypeSymbol constraint)
    {
        if (constraint.TypeKind == TypeKind.Interface)
        {
            return type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, constraint));
        }

        for (var current = (INamedTypeSymbol?)type; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, constraint))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The type parameter a method is generic over as the entity type: one the method takes or returns, constrained to a type
    /// whose key the generator proves (one key). Null when it has none (an object store's <c>Get&lt;T&gt;(key)</c>, whose T has no key).
    /// </summary>
    internal static OverEntity? Of(ParseContext context, MemberCandidate candidate)
    {
        if (candidate.Method is not { IsGenericMethod: true } method)
        {
            return null;
        }

        foreach (var typeParameter in method.TypeParameters)
        {
            if (!Mentions(method.ReturnType, typeParameter) && !method.Parameters.Any(p => Mentions(p.Type, typeParameter)))
            {
                continue;
            }

            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                if (constraint is INamedTypeSymbol { SpecialType: SpecialType.None } named && EntityInfo.TryGet(context, named) is { } entity && entity.Keys.Count == 1)
                {
                    var items = Declarations.Constraints(context, new[] { typeParameter }, forClass: false, keyType: null);
                    return new OverEntity(typeParameter, named, entity, string.Join(", ", items.SelectMany(static c => c.Items)));
                }
            }
        }

        return null;
    }

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol parameter) => type switch
    {
        ITypeParameterSymbol p => SymbolEqualityComparer.Default.Equals(p, parameter),
        IArrayTypeSymbol array => Mentions(array.ElementType, parameter),
        INamedTypeSymbol named => named.TypeArguments.Any(a => Mentions(a, parameter)),
        _ => false,
    };

    /// <summary>A type parameter of a method that is the entity type: the constraint with a key, and the group its constraints make.</summary>
    internal sealed class OverEntity
    {
        public OverEntity(ITypeParameterSymbol parameter, INamedTypeSymbol constraint, EntityInfo entity, string groupKey)
        {
            Parameter = parameter;
            Constraint = constraint;
            Entity = entity;
            GroupKey = groupKey;
        }

        public ITypeParameterSymbol Parameter { get; }

        public INamedTypeSymbol Constraint { get; }

        public EntityInfo Entity { get; }

        /// <summary>The constraints rendered (without the type parameter's name): members with the same ones share a part.</summary>
        public string GroupKey { get; }

        /// <summary>"'Add&lt;T&gt;' is generic over the entity type (T : BaseEntity, keyed by Id)".</summary>
        public string Describe(IMethodSymbol method)
            => "'" + method.Name + "<" + string.Join(", ", method.TypeParameters.Select(static t => t.Name)) + ">' is generic over the entity type (" + Parameter.Name + " : " + Constraint.Name
                + ", keyed by " + Entity.Keys[0].Name + ")";
    }
}
