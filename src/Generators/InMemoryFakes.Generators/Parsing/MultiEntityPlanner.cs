using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository that serves several entity types (<c>IBlogRepository { GetPostAsync(int id); AddCommentAsync(Comment c);
/// GetCommentsAsync(int postId); SaveChangesAsync(); }</c>): one table per entity type, each planned by
/// <see cref="EntityPlanner"/> as a repository of that type alone would be (a nested class over the fake's one core, as a
/// composite's repositories are: Emitter.Composite.cs), the interface's members forwarding to them, and one unit of work
/// over all tables. A member belongs to the entity type its signature proves (a parameter of the type or a collection of
/// it, or the type or element type of its result); with none, to the type its noun names (<c>DeleteCommentAsync(int id)</c>);
/// a member that proves two types, or names none, is a diagnostic. docs/generator.md, "Repositories of several entity types".
/// </summary>
internal static class MultiEntityPlanner
{
    private const string Kind = "entity repository";

    /// <summary>
    /// The fake when the interface stores two or more entity types with keys; null (nothing reported) when it stores fewer,
    /// or when it reads as a key-value or blob store, so the single-entity conventions decide as before. The types it
    /// stores are those it writes (a write verb taking the type or a collection of it, and no other), and those its reads
    /// return that a written type points at (a navigation or a foreign key: the seeded owner); an interface that writes nothing
    /// or deletes (a read-only store the test seeds) stores every type its reads return.
    /// </summary>
    public static FakeResult? TryPlan(ParseContext parent, TargetShape shape, AttributeSettings settings, ConstructorSpec constructors, List<MemberCandidate> candidates, bool register)
    {
        if (settings.ForcedKind is not null || parent.Interface.IsGenericType
            || StoreClassifier.BlobScore(parent, candidates) > 0 || StoreClassifier.KeyValueScore(parent, candidates) > 0)
        {
            return null;
        }

        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();

        // A part implements no interface, so a member implemented explicitly (two bases declaring one name) has no place in
        // it; the fake's own members (the unit of work's, written on the outer class) may be explicit.
        if (pending.Any(c => c.IsExplicit && !IsOwnMember(parent, c)))
        {
            return null;
        }

        var entities = new Dictionary<ITypeSymbol, EntityInfo?>(SymbolEqualityComparer.Default);
        EntityInfo? EntityOf(ITypeSymbol type)
        {
            type = TypeNames.Underlying(type);
            if (!entities.TryGetValue(type, out var entity))
            {
                entity = type is ITypeParameterSymbol || !TypeFacts.IsEntityCandidateType(type) ? null : EntityInfo.TryGet(parent, type);
                entities.Add(type, entity);
            }

            return entity;
        }

        var proofs = new Dictionary<MemberCandidate, List<EntityInfo>>();
        var written = new List<EntityInfo>();
        var read = new List<EntityInfo>();
        foreach (var candidate in pending)
        {
            if (IsOwnMember(parent, candidate))
            {
                continue;
            }

            var proven = Proven(parent, candidate, EntityOf, out var isWrite, out var returned);
            proofs[candidate] = proven;

            // A write proves a table only when it is about one type (AddToRole(User, Role) proves neither); a read, by what it
            // returns (a filter or a user passed to a query is no table).
            if (isWrite && proven.Count == 1)
            {
                AddOnce(written, proven[0]);
            }
            else if (returned is not null)
            {
                AddOnce(read, returned);
            }
        }

        // A store that writes anything (a delete, a write about two types) stores only the types it writes on their own.
        var writesAnything = pending.Any(static c => Conventions.StartsWithAny(c.Verb, Conventions.EntityWriteVerbPrefixes));
        var tables = writesAnything ? written : read;
        if (writesAnything)
        {
            // A type only read (the test seeds it) is a table too when a written one points at it (PointOfInterest.CityId, a
            // City navigation): the model says it is an entity, where a read-only type nothing points at may be a projection.
            tables = tables.Concat(read.Where(r => !tables.Contains(r) && tables.Any(t => References(t, r)))).ToList();
        }

        if (tables.Count < 2)
        {
            return null;
        }

        // Tables are named by the type's name (fakes on one backend share them): two types of one name would collide.
        if (tables.GroupBy(static t => t.Type.Name, StringComparer.Ordinal).Any(static g => g.Count() > 1))
        {
            return null;
        }

        tables = tables.OrderBy(static t => t.Type.ToDisplayString(), StringComparer.Ordinal).ToList();
        var groups = tables.ToDictionary(static t => t, static _ => new List<MemberCandidate>());
        var own = new List<MemberCandidate>();
        var refused = new List<(MemberCandidate Candidate, string Reason)>();
        foreach (var candidate in pending)
        {
            if (IsOwnMember(parent, candidate))
            {
                own.Add(candidate);
                continue;
            }

            var proven = proofs[candidate];
            var stored = proven.Where(p => tables.Contains(p)).ToList();
            if (stored.Count == 1)
            {
                groups[stored[0]].Add(candidate);
            }
            else if (stored.Count > 1)
            {
                refused.Add((candidate, "its signature is about " + Names(stored) + ", and " + parent.InterfaceName + " keeps one table per entity type, so which table it reads or writes cannot be told"));
            }
            else if (proven.Count > 0)
            {
                refused.Add((candidate, "it is about " + Names(proven) + ", which no member of " + parent.InterfaceName + " writes (it stores " + Names(tables)
                    + "), so it may be a projection of them rather than a table of its own"));
            }
            else if (Named(candidate, tables) is { } named)
            {
                groups[named].Add(candidate);
            }
            else if (candidate.Property is { SetMethod: not null } && MemberRules.CommonProblem(candidate) is { } common)
            {
                // h-sample113: IConfigService.DataFile { get; set; } beside User and Groups was refused as "proves no entity
                // type", where the table would not have mattered: a settable property is refused in any table, for its setter.
                refused.Add((candidate, common));
            }
            else if (UnknownVerb(candidate) is { } unknownVerb)
            {
                // Session 41: a member whose name starts with no verb the conventions know (ICosmosDbService.InitializeAsync(),
                // CheckHealthAsync()) said only that which table it acts on cannot be told, as if naming a table would do; the
                // verb is the cause, as a repository of one entity type says.
                refused.Add((candidate, unknownVerb + "; nor do its signature or its name say which of the types " + parent.InterfaceName + " stores (" + Names(tables) + ") it is about"));
            }
            else
            {
                refused.Add((candidate, PluralAtStart(candidate, tables) ?? "its signature proves no entity type and its name names none of the types " + parent.InterfaceName + " stores (" + Names(tables)
                    + "), so which table it acts on cannot be told; a name tells it when the words after its verb end with a type's name or its plural, or start with its name ("
                    + NamingExample(tables[0]) + ")"));
            }
        }

        // Include flags naming a navigation to another of the tables (GetCityAsync(cityId, includePointsOfInterest)): the part
        // reads as without the flag and the outer member loads the navigation from that table where the link is provable; where
        // it is not, the member is refused (the single-entity reading, "the fake returns the graph it was given", is wrong here:
        // the other type's rows are in their own table, not in the entity's graph).
        var navigationFlags = new Dictionary<MemberCandidate, List<NavigationFlag>>();
        foreach (var table in tables)
        {
            foreach (var candidate in groups[table].ToList())
            {
                var flags = new List<NavigationFlag>();
                string? why = null;
                foreach (var parameter in candidate.Parameters)
                {
                    if (ReadNavigationFlag(parent, candidate, parameter, table, tables, out var reason) is { } flag)
                    {
                        flags.Add(flag);
                    }
                    else if (reason is not null)
                    {
                        why ??= reason;
                    }
                }

                if (why is not null)
                {
                    groups[table].Remove(candidate);
                    refused.Add((candidate, why));
                }
                else if (flags.Count > 0)
                {
                    navigationFlags.Add(candidate, flags);
                }
            }
        }

        // Where the writes go when the interface saves: as a repository of one entity decides it (EntityPlanner), over all tables.
        var saves = own.Where(static c => UnitOfWorkRules.IsSave(c.Symbol) || UnitOfWorkRules.IsDiscard(c.Symbol)).ToList();
        var writes = UnitOfWorkModel.None;
        string? unknownWrites = null;
        if (saves.Count > 0)
        {
            writes = settings.UnitOfWorkWrites switch
            {
                1 => UnitOfWorkModel.Deferred,
                2 => UnitOfWorkModel.Immediate,
                _ => DeferredOrUnknown(parent, groups, out unknownWrites),
            };
        }

        var parts = new List<CompositePartSpec>();
        var members = new List<MemberSpec>();
        var json = new List<JsonTypeSetSpec>();
        var diagnostics = new List<DiagnosticInfo>();
        var planned = new List<(EntityInfo Entity, EntitySpec Spec)>();
        foreach (var table in tables)
        {
            if (groups[table].Count == 0)
            {
                continue;
            }

            var loaded = new HashSet<IParameterSymbol>(navigationFlags.Where(f => groups[table].Contains(f.Key)).SelectMany(static f => f.Value).Select(static f => f.Parameter), SymbolEqualityComparer.Default);
            var part = PlanPart(parent, table, groups[table], writes != UnitOfWorkModel.None, loaded, diagnostics, out var partJson);
            if (part is null)
            {
                return null; // a table this shape cannot keep yet (side tables): the single-entity conventions report as before
            }

            parts.Add(part);
            planned.Add((table, part.Fake.Store.Entity!));
            if (partJson is not null)
            {
                json.Add(partJson);
            }

            foreach (var member in part.Fake.Members)
            {
                var candidate = groups[table].First(c => SameMember(c, member));
                var loads = navigationFlags.TryGetValue(candidate, out var flags)
                    ? flags.Select(f => f.Spec(parent, writes != UnitOfWorkModel.None)).ToArray()
                    : EquatableArray<NavigationLoadSpec>.Empty;
                var carries = CarriedChildren(parent, candidate, member.Operation, table, tables, groups, writes != UnitOfWorkModel.None);
                members.Add(Declarations.Member(parent, candidate, new PartMemberOp(part.Field, loads, carries)));
            }
        }

        // From here the fake is one of several tables: the refusals below name the core, not a Store property it lacks.
        parent.TablePerEntityType = true;
        DefaultOrderPlanner.RejectUnknownQualifiers(parent, tables);
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

        foreach (var candidate in own)
        {
            if (UnitOfWorkRules.IsSave(candidate.Symbol) && unknownWrites is not null)
            {
                parent.Report(DiagnosticDescriptors.UnitOfWorkWritesUnknown, candidate.Location, candidate.DisplayName, parent.InterfaceName, "saves a unit of work", "it", unknownWrites, UnitOfWorkRules.OwnSaveFix(candidate.DisplayName));
                continue;
            }

            if (writes == UnitOfWorkModel.None && UnitOfWorkRules.IsDiscard(candidate.Symbol))
            {
                parent.NotSupported(candidate, Kind, "it discards a unit of work, but " + parent.InterfaceName + " has no save whose writes it could drop");
                continue;
            }

            if (IsUnitOfWorkProperty(parent, candidate))
            {
                members.Add(Declarations.Member(parent, candidate, new UnitOfWorkSelfOp()));
                continue;
            }

            if (CompositePlanner.PlanOwnMember(parent, candidate, out var reason) is { } operation)
            {
                members.Add(Declarations.Member(parent, candidate, operation));
            }
            else
            {
                parent.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
            }
        }

        // One string-key comparer for the fake: StringKeys covers every table keyed by string.
        StringKeysRule.ValidateTables(parent, planned, parts.SelectMany(static p => p.Fake.Members));
        var names = parent.Names;
        return CompositePlanner.Outer(parent, shape, register, constructors, FakeParser.Defaults(parent, settings, candidates), members, parts, json,
            new CompositeSpec(writes, parts.ToArray(), ByEntity: true), names.New("__core"), names.New("__defaults"),
            parent.UnitOfWorkInterfaces.Select(i => parent.Render(i.WithNullableAnnotation(NullableAnnotation.NotAnnotated))).ToArray());
    }

    /// <summary>A save, a discard, a transaction, disposal or the <c>IUnitOfWork UnitOfWork</c> property: the fake's own, over every table.</summary>
    private static bool IsOwnMember(ParseContext context, MemberCandidate candidate)
        => IsUnitOfWorkProperty(context, candidate) || UnitOfWorkRules.IsSave(candidate.Symbol) || UnitOfWorkRules.IsDiscard(candidate.Symbol) || TransactionRules.IsBegin(candidate)
            || (candidate.Method is { IsGenericMethod: false } method && method.Parameters.Length == 0 && Conventions.IsOneOf(method.Name, Conventions.NoOpMethodNames));

    /// <summary><c>IUnitOfWork UnitOfWork { get; }</c>: the fake is the unit of work (it implements that interface too).</summary>
    private static bool IsUnitOfWorkProperty(ParseContext context, MemberCandidate candidate)
        => candidate.Property is { } property && context.UnitOfWorkInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, property.Type));

    /// <summary>
    /// The entity types the member's signature proves: a parameter of the type or a collection of it, the type or element
    /// type (list, page, queryable, async stream) of its result. <paramref name="writes"/>: a write verb takes the type.
    /// </summary>
    private static List<EntityInfo> Proven(ParseContext context, MemberCandidate candidate, Func<ITypeSymbol, EntityInfo?> entityOf, out bool writes, out EntityInfo? returned)
    {
        writes = false;
        returned = null;
        var proven = new List<EntityInfo>();
        var known = context.Known;
        var writeVerb = Conventions.StartsWithAny(candidate.Verb, Conventions.EntityWriteVerbPrefixes)
            && !NameWords.StartsWithWord(candidate.Verb, "Delete") && !NameWords.StartsWithWord(candidate.Verb, "Remove");
        foreach (var parameter in candidate.Parameters)
        {
            var type = TypeNames.Underlying(parameter.Type);
            var entity = entityOf(type) ?? (TypeFacts.ElementType(known, type) is { } element ? entityOf(element) : null);
            if (entity is not null)
            {
                AddOnce(proven, entity);
                writes |= writeVerb;
            }
        }

        if (candidate.Result is { } result)
        {
            var type = TypeNames.Underlying(result);
            var entity = candidate.Shape == ReturnShape.AsyncEnumerable ? entityOf(type)
                : entityOf(type) ?? ((TypeFacts.ElementType(known, type) ?? PagedResults.ElementOf(context, type) ?? TypeFacts.EnumerableElement(type)) is { } element ? entityOf(element) : null);
            if (entity is not null)
            {
                AddOnce(proven, entity);
                returned = entity;
            }
        }

        return proven;
    }

    /// <summary>A name that <see cref="Named"/> reads as about the table: "Count{Plural}".</summary>
    private static string NamingExample(EntityInfo table)
        => "Count" + TypeNames.Plural(table.Type.Name) + " counts the " + TypeNames.Plural(table.Type.Name);

    /// <summary>
    /// The stored type the member's noun names when its signature proves none (<c>DeleteCommentAsync(int id)</c>,
    /// <c>CountComments()</c>): the words before a <c>By</c>/<c>For</c> end with the type's name or its plural; the longest
    /// such name wins (<c>ApiResource</c> over <c>Resource</c>). Null when none does.
    /// </summary>
    internal static EntityInfo? Named(MemberCandidate candidate, List<EntityInfo> tables)
    {
        var words = VerbNouns.Words(candidate.Verb);
        var end = words.FindIndex(1, static w => w is "By" or "For" or "With" or "In" or "Of");
        var head = string.Concat(words.Take(end < 0 ? words.Count : end).Skip(1));
        if (QueryNameParser.ReadCountName(words, end < 0 ? words.Count : end) is { NounWords.Count: > 0 } count)
        {
            // Get{Noun}Count, GetTotal{Noun}LongCount…By (session 42): the one count rule's noun names the table, as the Count
            // verb's does (CountOrders); that table's planner then reads the name by the rule, with its own nouns and properties.
            head = count.Noun;
        }
        EntityInfo? best = null;
        foreach (var table in tables)
        {
            var name = table.Type.Name;
            if ((EndsWithWords(head, name) || EndsWithWords(head, TypeNames.Plural(name))) && (best is null || name.Length > best.Type.Name.Length))
            {
                best = table;
            }
        }

        if (best is not null)
        {
            return best;
        }

        // A noun after the type's name (GetApiScopeNameAsync(int apiScopeId): a property of it), or the verb last
        // (ItemExistsAsync(Guid id)): the words after the verb, or the whole name, start with the type's name.
        var whole = string.Concat(words.Take(end < 0 ? words.Count : end));
        foreach (var table in tables)
        {
            var name = table.Type.Name;
            if ((StartsWithWords(head, name) || StartsWithWords(whole, name)) && (best is null || name.Length > best.Type.Name.Length))
            {
                best = table;
            }
        }

        return best;
    }

    /// <summary>
    /// For a name whose words after the verb start with a stored type's plural and go on (InventorySample's
    /// <c>GetOrdersCountAsync</c>): that the plural is there, and read only at the end, so the refusal does not seem to
    /// have missed it (session 26). Null otherwise.
    /// </summary>
    private static string? PluralAtStart(MemberCandidate candidate, List<EntityInfo> tables)
    {
        var words = VerbNouns.Words(candidate.Verb);
        var head = string.Concat(words.Skip(1));
        var table = tables.Where(t => StartsWithWords(head, TypeNames.Plural(t.Type.Name))).OrderByDescending(static t => t.Type.Name.Length).FirstOrDefault();
        if (table is null)
        {
            return null;
        }

        var plural = TypeNames.Plural(table.Type.Name);
        var rest = head.Substring(plural.Length);
        return "its signature proves no entity type, and a name tells the table when the words after its verb end with a type's name or its plural, or start with its name ("
            + NamingExample(tables[0]) + "): '" + head + "' starts with " + plural + ", the plural of " + table.Type.Name + ", and goes on ('" + rest
            + "'), so which table it acts on, and what '" + rest + "' does to its rows (a count, a total, a part of each), is not said; "
            + (rest == "Count" ? "Count" + plural + " is read as their count" : "write the member");
    }

    /// <summary>
    /// The "not a known verb" refusal of a method whose name starts with no word an entity repository's conventions read as
    /// a verb (no first words of it are one: <c>Initialize</c>, <c>CheckHealth</c>, <c>Logout</c>), or null (<c>GetReviews</c>,
    /// whose Get is one: there the table is what is not said).
    /// </summary>
    private static string? UnknownVerb(MemberCandidate candidate)
    {
        if (candidate.Method is null)
        {
            return null;
        }

        static bool IsKnown(string verb) => KnownVerbLists.IsEntityVerb(verb) || KnownVerbLists.EntityPatternsOf(verb).Count > 0;
        var words = VerbNouns.Words(candidate.Verb);
        for (var count = 1; count <= words.Count; count++)
        {
            if (IsKnown(string.Concat(words.Take(count))))
            {
                return null;
            }
        }

        return KnownVerbLists.NotKnown(candidate.Verb, IsKnown, KnownVerbLists.Entity, static _ => "");
    }

    private static bool StartsWithWords(string text, string name)
        => NameWords.StartsWithWordAndMore(text, name);

    private static bool EndsWithWords(string head, string name)
        => head.EndsWith(name, StringComparison.Ordinal) && (head.Length == name.Length || char.IsUpper(name[0]));

    /// <summary>
    /// Deferred when a write is synchronous and answers no bool or count (it cannot do I/O, so it only tracks), the interface exposes an
    /// <c>IUnitOfWork</c> property, or it has no writes; otherwise the interface does not say (<paramref name="why"/>: IMF0022).
    /// </summary>
    private static UnitOfWorkModel DeferredOrUnknown(ParseContext parent, Dictionary<EntityInfo, List<MemberCandidate>> groups, out string? why)
    {
        var writes = groups.Values.SelectMany(static g => g).Where(static c => Conventions.StartsWithAny(c.Verb, Conventions.EntityWriteVerbPrefixes))
            .Select(static c => (c.Symbol.Name, c.Shape, UnitOfWorkRules.IsOutcome(c.Result))).ToList();
        return UnitOfWorkRules.WritesWaitForSave(parent, writes, out why) ? UnitOfWorkModel.Deferred : UnitOfWorkModel.None;
    }

    /// <summary>One entity type's table and members, planned as a repository of that type alone; null when it keeps side tables.</summary>
    internal static CompositePartSpec? PlanPart(ParseContext parent, EntityInfo table, List<MemberCandidate> group, bool unitOfWork, HashSet<IParameterSymbol> loaded, List<DiagnosticInfo> diagnostics, out JsonTypeSetSpec? json)
    {
        json = null;
        var nested = parent.Names.New("__" + TypeNames.Plural(table.Type.Name));
        var context = new ParseContext(parent.Target, parent.AttributeLocation, parent.CancellationToken)
        {
            Build = parent.Build,
            Interface = parent.Interface,
            InterfaceName = parent.InterfaceName,
            ClassName = parent.ClassName, // hand-written members go to the user's half of the outer class
            TablePerEntityType = true, // and reach the tables through the core: the outer class has no Store property
            UserClass = parent.UserClass,
            Settings = parent.Settings,
            ComposedUnitOfWork = unitOfWork,
            LoadedNavigationFlags = loaded,
        };
        FakeParser.ReserveNames(context);
        context.Names.Reserve(nested);
        var all = MemberCollector.Collect(context, out _);
        var candidates = all.Where(c => group.Any(g => SymbolEqualityComparer.Default.Equals(g.Symbol, c.Symbol))).ToList();
        var entity = EntityInfo.TryGet(context, table.Type)!;
        var names = context.Names;
        var planned = PlannedNames.Reserve(names);
        var core = planned.Core;
        var defaults = planned.Defaults;
        var tableField = names.New("__" + TypeNames.Camel(TypeNames.Plural(table.Type.Name)));
        var model = names.New("__" + TypeNames.Camel(table.Type.Name) + "Model");
        var store = new StoreBuilder();
        var storeSpec = EntityPlanner.Plan(context, entity, candidates, store);
        if (storeSpec.Entity is { Associations.Count: > 0 })
        {
            return null;
        }

        AuditStampPlanner.Validate(context, entity, storeSpec.Entity, store.Members, oneOfSeveral: true);
        json = JsonPlanner.Plan(context, new StoreClassification(StoreKindModel.EntityRepository, entity), candidates);
        diagnostics.AddRange(context.Diagnostics);
        var fake = PartFake(parent, context, nested, names, planned, tableField, model, store, storeSpec, store.Members, all);
        return new CompositePartSpec(parent.Names.New("__" + TypeNames.Camel(TypeNames.Plural(table.Type.Name))), fake, null);
    }

    /// <summary>
    /// A part's fake: a private nested class of the outer fake, over its core, implementing no interface itself (the outer
    /// class forwards to it). <see cref="PlanPart"/>'s part per entity type and PerTypePlanner's generic part per constraint
    /// (<paramref name="typeParameters"/>, <paramref name="constraints"/>) are both this.
    /// </summary>
    internal static FakeSpec PartFake(ParseContext parent, ParseContext context, string nested, UniqueNameBuilder names, PlannedNames planned, string tableField, string model,
        StoreBuilder store, StoreSpec storeSpec, IReadOnlyList<MemberSpec> members, List<MemberCandidate> all,
        EquatableArray<string> typeParameters = default, EquatableArray<ConstraintSpec> constraints = default)
        => new(
            HintName: "",
            Namespace: null,
            ContainingTypes: EquatableArray<ContainerSpec>.Empty,
            Declaration: new ClassDeclarationSpec("private", true, false),
            ClassName: nested,
            TypeParameters: typeParameters,
            Constraints: constraints,
            InterfaceType: parent.Render(parent.Interface.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
            FullClassName: nested,
            Register: false,
            GeneratorVersion: FakeParser.GeneratorVersion,
            Names: FakeParser.FieldNamesOf(names, planned, tableField, model, store),
            Constructors: new ConstructorSpec(false, false, false),
            Defaults: FakeParser.Defaults(context, context.Settings, all),
            Store: storeSpec,
            Members: members.ToArray(),
            ObsoleteDiagnosticIds: FakeParser.SuppressedDiagnosticIds(context),
            IsPart: true,
            ImplementsInterface: false);

    /// <summary>Whether the planned member is the candidate's (same name and rendered signature: overloads stay apart).</summary>
    private static bool SameMember(MemberCandidate candidate, MemberSpec member)
        => TypeNames.Escape(candidate.Symbol.Name) == member.Name && ContractNames.SignatureOf(candidate.Symbol) == member.Signature;

    private static void AddOnce(List<EntityInfo> list, EntityInfo entity)
    {
        if (!list.Any(e => SymbolEqualityComparer.Default.Equals(e.Type, entity.Type)))
        {
            list.Add(entity);
        }
    }

    /// <summary>
    /// Whether <paramref name="from"/> points at <paramref name="to"/>: a navigation property of its type (or a collection of it),
    /// or a foreign key named after it (<c>CityId</c>, <c>CityKey</c>) of its single key's type.
    /// </summary>
    private static bool References(EntityInfo from, EntityInfo to)
    {
        for (var declaring = from.Type; declaring is not null && declaring.SpecialType != SpecialType.System_Object; declaring = declaring.BaseType)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.IsIndexer)
                {
                    continue;
                }

                var type = TypeNames.Underlying(property.Type);
                if (TypeFacts.SameType(type, to.Type) || (TypeFacts.EnumerableElement(type) is { } element && TypeFacts.SameType(element, to.Type)))
                {
                    return true;
                }

                if (to.Keys.Count == 1 && TypeFacts.SameType(type, TypeNames.Underlying(to.KeyType))
                    && Conventions.KeyWords.Any(w => string.Equals(property.Name, to.Type.Name + w, StringComparison.Ordinal)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A <c>bool include{Navigation}</c> parameter (any case, with or without a default) of a read of <paramref name="table"/>'s
    /// entity (the entity or a sequence of it) whose word names a navigation to another of the fake's tables: the load when the
    /// link is provable, else null with <paramref name="reason"/>. Null without a reason when the flag names no such
    /// navigation (the single-entity rules read it: <c>includeDeleted</c>, a navigation to a type that is no table).
    /// </summary>
    private static NavigationFlag? ReadNavigationFlag(ParseContext context, MemberCandidate candidate, IParameterSymbol parameter, EntityInfo table, List<EntityInfo> tables, out string? reason)
    {
        reason = null;
        if (parameter.Type.SpecialType != SpecialType.System_Boolean || parameter.RefKind != RefKind.None || !NameWords.StartsWithWordAndMore(parameter.Name, "include")
            || candidate.Result is not { } result)
        {
            return null;
        }

        var type = TypeNames.Underlying(result);
        var isList = !TypeFacts.SameType(type, table.Type);
        if (isList && !(type.SpecialType != SpecialType.System_String && TypeFacts.EnumerableElement(type) is { } element && TypeFacts.SameType(TypeNames.Underlying(element), table.Type)))
        {
            return null;
        }

        var word = parameter.Name.Substring("include".Length);
        var navigation = context.PropertiesOf(table.Type).FirstOrDefault(p => string.Equals(p.Name, word, StringComparison.OrdinalIgnoreCase));
        if (navigation is null || !EntityParameters.IsNavigation(navigation.Type))
        {
            return null;
        }

        var collectionElement = navigation.Type.SpecialType == SpecialType.System_String ? null : TypeFacts.EnumerableElement(navigation.Type);
        var targetType = TypeNames.Underlying(collectionElement ?? navigation.Type);
        var target = tables.FirstOrDefault(t => TypeFacts.SameType(t.Type, targetType));
        if (target is null)
        {
            return null;
        }

        var what = "its flag '" + parameter.Name + "' asks for the navigation '" + navigation.Name + "' of " + table.Type.Name + ", which a real store loads from the " + target.Type.Name + " table, but ";
        if (candidate.Shape is not (ReturnShape.Sync or ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT))
        {
            reason = what + "the fake loads navigations only onto an entity or a list returned at once or by a task";
            return null;
        }

        if (navigation.SetMethod is not { IsInitOnly: false } setter || !context.IsAccessible(setter))
        {
            reason = what + "'" + navigation.Name + "' has no setter the fake can use to load it";
            return null;
        }

        if (table.Keys.Count != 1 || target.Keys.Count != 1)
        {
            reason = what + "the link between the two tables is not one key and one foreign key";
            return null;
        }

        if (collectionElement is not null)
        {
            if (!HoldsList(context, navigation, targetType))
            {
                reason = what + "its type " + navigation.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " cannot hold a List<" + target.Type.Name + ">, which the fake loads";
                return null;
            }

            if (ChildForeignKey(context, table, targetType) is { } childKey)
            {
                return new NavigationFlag(parameter, table, navigation, target, true, table.Keys[0], childKey, isList);
            }

            reason = what + "no property of " + target.Type.Name + " is provably its foreign key to " + table.Type.Name + " (" + table.Type.Name + "Id or "
                + table.Type.Name + "Key of the type of " + table.Type.Name + "." + table.Keys[0].Name + ", or the same after its one " + table.Type.Name + " navigation)";
            return null;
        }

        // A reference to the parent: the foreign key after the navigation's name or the parent's type name.
        if (ForeignKey(context, table.Type, new List<string> { navigation.Name, target.Type.Name }, target) is { } foreignKey)
        {
            return new NavigationFlag(parameter, table, navigation, target, false, foreignKey, target.Keys[0], isList);
        }

        reason = what + "no property of " + table.Type.Name + " is provably its foreign key to " + target.Type.Name + " (" + navigation.Name + "Id or "
            + target.Type.Name + "Id of the type of " + target.Type.Name + "." + target.Keys[0].Name + ")";
        return null;
    }

    /// <summary>The child's foreign key to the parent: {Parent}Id/{Parent}Key, or the same after its one reference to the parent; null when not provable.</summary>
    private static IPropertySymbol? ChildForeignKey(ParseContext context, EntityInfo parent, ITypeSymbol childType)
    {
        var references = context.PropertiesOf(childType).Where(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), parent.Type)).ToList();
        var stems = new List<string> { parent.Type.Name };
        if (references.Count == 1)
        {
            stems.Add(references[0].Name);
        }

        return ForeignKey(context, childType, stems, parent);
    }

    /// <summary>
    /// The collection navigations of an added entity to another of the fake's tables whose link is provable (the
    /// child's foreign key as an include flag proves it, settable, of the parent's single key; the navigation settable and
    /// able to hold a <c>List&lt;T&gt;</c>): EF Core's <c>Add</c> adds the children to their table. A plain add (not one that
    /// may skip, answers a bool, or converts its argument) or a range add of parents (EF Core's <c>AddRange</c>, the same
    /// rule for each); a link not provable leaves the children in the row, as before.
    /// </summary>
    private static EquatableArray<CarriedChildrenSpec> CarriedChildren(ParseContext context, MemberCandidate candidate, OperationSpec? operation, EntityInfo table,
        List<EntityInfo> tables, Dictionary<EntityInfo, List<MemberCandidate>> groups, bool tracked)
    {
        // A plain add of one parent, or a range add of several (AddRange(authors), AddAuthorsAsync(authors)): the same rule for each.
        var (argument, range) = operation switch
        {
            EntityAddOp { IfAbsent: false, Result: not EntityWriteResult.Bool } add => ((ArgumentRef?)add.Entity, false),
            EntityRangeOp { Kind: RangeKind.Add } addRange => (addRange.Items, true),
            _ => ((ArgumentRef?)null, false),
        };
        if (argument is null || argument.ConvertFrom is not null || table.Keys.Count != 1)
        {
            return EquatableArray<CarriedChildrenSpec>.Empty;
        }

        var parameter = candidate.Parameters.FirstOrDefault(p => (p.Name == argument.Name || TypeNames.Escape(p.Name) == argument.Name)
            && (range ? TypeFacts.EnumerableElement(p.Type) is { } item && TypeFacts.SameType(TypeNames.Underlying(item), table.Type) : TypeFacts.SameType(TypeNames.Underlying(p.Type), table.Type)));

        // A range read through an IEnumerable<T> is read once into a list (a lazy Select would give other instances each time), so the parameter is reassigned.
        var readOnce = range && parameter is { Type: INamedTypeSymbol { IsGenericType: true } sequence }
            && sequence.ConstructedFrom.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T;
        if (parameter is null || (readOnce && parameter.RefKind != RefKind.None))
        {
            return EquatableArray<CarriedChildrenSpec>.Empty;
        }

        var carries = new List<CarriedChildrenSpec>();
        foreach (var navigation in context.PropertiesOf(table.Type).OrderBy(static p => p.Name, StringComparer.Ordinal))
        {
            if (navigation.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(navigation.Type) is not { } element
                || tables.FirstOrDefault(t => TypeFacts.SameType(t.Type, TypeNames.Underlying(element))) is not { } target
                || TypeFacts.SameType(target.Type, table.Type) || target.Keys.Count != 1
                || navigation.GetMethod is not { } getter || !context.IsAccessible(getter)
                || navigation.SetMethod is not { IsInitOnly: false } setter || !context.IsAccessible(setter))
            {
                continue;
            }

            if (!HoldsList(context, navigation, target.Type)
                || ChildForeignKey(context, table, target.Type) is not { } foreignKey
                || foreignKey.SetMethod is not { IsInitOnly: false } keySetter || !context.IsAccessible(keySetter))
            {
                continue;
            }

            var adder = Adder(groups, target);
            var fix = "add each " + target.Type.Name + " with " + (adder is null ? "a member of its own" : "'" + adder + "'") + " (its " + foreignKey.Name + " set)";
            carries.Add(new CarriedChildrenSpec(TypeNames.Escape(parameter.Name), context.RenderNotNull(table.Type), context.RenderNotNull(table.KeyType), table.Type.Name,
                TypeNames.Escape(navigation.Name), context.RenderNotNull(target.Type), context.RenderNotNull(target.KeyType), target.Type.Name, TypeNames.Escape(foreignKey.Name), fix, tracked)
            {
                Range = range,
                ReadOnce = readOnce,
            });
        }

        // A reference of the added entity to another table (course.Author), with its provable foreign key ({Navigation}Id or
        // {Parent}Id, as an include flag's): EF Core's Add sets the foreign key from a tracked entity and inserts an untracked one.
        foreach (var navigation in context.PropertiesOf(table.Type).OrderBy(static p => p.Name, StringComparer.Ordinal))
        {
            if (navigation.Type.SpecialType == SpecialType.System_String || navigation.Type.IsValueType || TypeFacts.EnumerableElement(navigation.Type) is not null
                || tables.FirstOrDefault(t => TypeFacts.SameType(t.Type, TypeNames.Underlying(navigation.Type))) is not { } target
                || TypeFacts.SameType(target.Type, table.Type) || target.Keys.Count != 1 || target.Type.IsValueType
                || navigation.GetMethod is not { } getter || !context.IsAccessible(getter)
                || navigation.SetMethod is not { IsInitOnly: false } setter || !context.IsAccessible(setter)
                || ForeignKey(context, table.Type, new List<string> { navigation.Name, target.Type.Name }, target) is not { } foreignKey
                || foreignKey.SetMethod is not { IsInitOnly: false } keySetter || !context.IsAccessible(keySetter))
            {
                continue;
            }

            var adder = Adder(groups, target);
            var fix = "set " + foreignKey.Name + " and leave '" + navigation.Name + "' null" + (adder is null ? "" : ", or add the " + target.Type.Name + " with '" + adder + "' first");
            carries.Add(new CarriedChildrenSpec(TypeNames.Escape(parameter.Name), context.RenderNotNull(table.Type), context.RenderNotNull(table.KeyType), table.Type.Name,
                TypeNames.Escape(navigation.Name), context.RenderNotNull(target.Type), context.RenderNotNull(target.KeyType), target.Type.Name, TypeNames.Escape(foreignKey.Name), fix, tracked)
            {
                Range = range,
                ReadOnce = readOnce,
                Reference = true,
            });
        }

        return carries.ToArray();
    }

    /// <summary>The interface's member that adds one entity of <paramref name="target"/> (named in a refusal's fix), or null.</summary>
    private static string? Adder(Dictionary<EntityInfo, List<MemberCandidate>> groups, EntityInfo target)
        => groups.TryGetValue(target, out var group)
            ? group.Where(c => c.Parameters.Any(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), target.Type))
                    && (NameWords.StartsWithWordAndMore(c.Symbol.Name, "Add") || NameWords.StartsWithWordAndMore(c.Symbol.Name, "Insert") || NameWords.StartsWithWordAndMore(c.Symbol.Name, "Create")
                        || c.Symbol.Name is "Add" or "AddAsync" or "Insert" or "InsertAsync" or "Create" or "CreateAsync"))
                .Select(static c => c.Symbol.Name).OrderBy(static n => n, StringComparer.Ordinal).FirstOrDefault()
            : null;

    /// <summary>Whether a collection navigation can be set to the <c>List&lt;T&gt;</c> of rows the fake loads or carries.</summary>
    private static bool HoldsList(ParseContext context, IPropertySymbol navigation, ITypeSymbol element)
        => context.Compilation.GetTypeByMetadataName("System.Collections.Generic.List`1")?.Construct(element) is { } list
            && context.Compilation.ClassifyCommonConversion(list, navigation.Type).IsImplicit;

    /// <summary>The one property of <paramref name="type"/> named a stem and a key word, of <paramref name="principal"/>'s key type; null when none or several.</summary>
    private static IPropertySymbol? ForeignKey(ParseContext context, ITypeSymbol type, List<string> stems, EntityInfo principal)
    {
        var keyType = TypeNames.Underlying(principal.KeyType);
        var found = context.PropertiesOf(type)
            .Where(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), keyType) && stems.Any(s => Conventions.KeyWords.Any(w => string.Equals(p.Name, s + w, StringComparison.Ordinal))))
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// A proven include flag: <see cref="State"/> is read off the read's entity and matched against <see cref="Match"/> of the
    /// other table's rows (a collection: the entity's key against the children's foreign key; a reference: the entity's foreign
    /// key against the parent's key).
    /// </summary>
    private sealed record NavigationFlag(IParameterSymbol Parameter, EntityInfo Entity, IPropertySymbol Navigation, EntityInfo Target, bool IsCollection, IPropertySymbol State, IPropertySymbol Match, bool IsList)
    {
        public NavigationLoadSpec Spec(ParseContext context, bool tracked)
            => new(TypeNames.Escape(Parameter.Name), context.RenderNotNull(Entity.Type), context.RenderNotNull(Entity.KeyType), Entity.Type.Name, TypeNames.Escape(Navigation.Name), IsCollection,
                context.RenderNotNull(Target.Type), context.RenderNotNull(Target.KeyType), Target.Type.Name, TypeNames.Escape(State.Name),
                IsCollection ? context.RenderNotNull(State.Type) : context.Render(State.Type), TypeNames.Escape(Match.Name), tracked, IsList);
    }

    private static string Names(IEnumerable<EntityInfo> types) => string.Join(", ", types.Select(static t => t.Type.Name));
}
