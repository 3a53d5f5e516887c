using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Parameters of generic repositories that change nothing a fake stores or returns, proven by their type and name rather
/// than listed one by one: an event switch (nopCommerce's <c>bool publishEvent = true</c>), a caching hint
/// (<c>Func&lt;IStaticCacheManager, CacheKey&gt; getCacheKey = null</c>) and an include flag that names no flag of the entity
/// a generic interface was closed over (nopCommerce's <c>includeDeleted</c> for a product that is not soft-deleted).
/// </summary>
internal static class RepositoryHints
{
    /// <summary>Whether the parameter is one of the hints a fake ignores.</summary>
    public static bool IsIgnorable(ParseContext context, IParameterSymbol parameter)
        => IsEventSwitch(parameter) || IsCacheKeyHint(context, parameter) || IsInapplicableIncludeFlag(context, parameter);

    /// <summary>
    /// <c>bool publishEvent = true</c>: whether the real store also tells an event publisher (nopCommerce's
    /// <c>EntityInsertedAsync</c>). The write is the same either way; a fake has no publisher, so it publishes nothing.
    /// </summary>
    public static bool IsEventSwitch(IParameterSymbol parameter)
        => parameter.HasExplicitDefaultValue && TypeFacts.IsBool(parameter.Type) && Conventions.NameIn(parameter.Name, Conventions.EventSwitchParameterNames);

    /// <summary>
    /// A function that gives the real store a cache key (<c>Func&lt;IStaticCacheManager, CacheKey&gt; getCacheKey</c>, also
    /// returning a task of it): a delegate whose result is a type named <c>CacheKey</c> (or ending so), on a parameter whose
    /// name says cache key. The real store then keeps the result in its cache, and a cache in front of the same rows returns
    /// what a miss returns; the fake always reads its table. Only the read's result is covered: staleness after a write that
    /// did not clear the cache (nopCommerce clears it through the events <c>publishEvent</c> sends) is the real cache's.
    /// </summary>
    public static bool IsCacheKeyHint(ParseContext context, IParameterSymbol parameter)
    {
        if (parameter.Name.IndexOf("CacheKey", StringComparison.OrdinalIgnoreCase) < 0
            || TypeNames.Underlying(parameter.Type) is not INamedTypeSymbol { TypeKind: TypeKind.Delegate, Name: "Func" } func
            || !TypeFacts.IsNamespace(func.ContainingNamespace, "System") || func.TypeArguments.Length == 0)
        {
            return false;
        }

        var result = func.TypeArguments[func.TypeArguments.Length - 1];
        if (result is INamedTypeSymbol { Arity: 1 } task && (KnownSymbols.Is(task, context.Known.TaskOfT) || KnownSymbols.Is(task, context.Known.ValueTaskOfT)))
        {
            result = task.TypeArguments[0];
        }

        return result is INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } key && key.Name.EndsWith("CacheKey", StringComparison.Ordinal);
    }

    /// <summary>
    /// <c>bool include{Flag} = …</c> on a member of a generic interface closed over an entity that has no <c>bool</c> flag the
    /// word names (as <see cref="EntityParameters.BoolFlag(ParseContext, ITypeSymbol, string, out bool)"/> reads it): the
    /// shared implementation can only filter by what the entity type carries (nopCommerce's <c>AddDeletedFilter</c> returns the
    /// query unchanged for an entity that is not an <c>ISoftDeletedEntity</c>), so for this entity the flag filters nothing.
    /// A non-generic interface's flag without a property stays refused: its store may filter by a column the type does not show.
    /// </summary>
    public static bool IsInapplicableIncludeFlag(ParseContext context, IParameterSymbol parameter)
    {
        var name = parameter.Name;
        if (!parameter.HasExplicitDefaultValue || !TypeFacts.IsBool(parameter.Type) || TypeNames.IsNullableValueType(parameter.Type)
            || !NameWords.StartsWithWordAndMore(name, "include")
            || parameter.ContainingSymbol is not IMethodSymbol { ContainingType: { IsGenericType: true } owner } method
            || SymbolEqualityComparer.Default.Equals(owner, owner.OriginalDefinition))
        {
            return false;
        }

        // The entity is the type argument the member's own signature is written over (Task<TEntity> GetByIdAsync(…)).
        var original = method.OriginalDefinition;
        var entities = owner.OriginalDefinition.TypeParameters
            .Select((typeParameter, index) => (typeParameter, argument: owner.TypeArguments[index]))
            .Where(pair => Mentions(original.ReturnType, pair.typeParameter) || original.Parameters.Any(p => Mentions(p.Type, pair.typeParameter)))
            .Select(static pair => pair.argument)
            .ToArray();
        return entities.Length == 1 && entities[0] is INamedTypeSymbol { TypeKind: TypeKind.Class } entity
            && EntityParameters.BoolFlag(context, entity, name.Substring(7), out _) is null;
    }

    /// <summary>
    /// The parameter of the interface that reads soft-deleted rows of <paramref name="entity"/> (<c>bool includeDeleted</c>
    /// naming a <c>bool</c> flag of it whose name says deleted: <c>Deleted</c>, <c>IsDeleted</c>, <c>SoftDeleted</c>), or null.
    /// Such an interface's deletes may set that flag rather than remove the row (nopCommerce's <c>DeleteAsync</c> sets
    /// <c>Deleted</c> on an <c>ISoftDeletedEntity</c>; ABP's repositories do the same for <c>ISoftDelete</c>), which the
    /// signature does not say. An interface with a <c>SoftDelete…</c> member of its own is not in doubt.
    /// </summary>
    public static string? SoftDeleteReader(ParseContext context, EntityInfo entity)
    {
        var types = context.InterfaceAndBases.ToArray();
        if (types.Any(static t => t.GetMembers().Any(static m => m.Name.StartsWith("SoftDelete", StringComparison.Ordinal))))
        {
            // A SoftDelete member of its own says the other deletes remove the row.
            return null;
        }

        if (NamedDeletedMember(context, entity, readsOnly: false) is { } named)
        {
            // TrainMe's GetWithDeleted / HardDelete beside Delete: the plain delete only sets the flag.
            return named;
        }

        foreach (var type in types)
        {
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                foreach (var parameter in method.Parameters)
                {
                    var name = parameter.Name;
                    if (TypeFacts.IsBool(parameter.Type) && NameWords.StartsWithWordAndMore(name, "include")
                        && EntityParameters.BoolFlag(context, entity, name.Substring(7), out _) is { } flag && flag.Name.IndexOf("Deleted", StringComparison.Ordinal) >= 0)
                    {
                        return method.Name + "(" + name + ")";
                    }
                }
            }
        }

        return null;
    }

    /// <summary>
    /// A <c>bool</c> switch of a read for the rows a soft delete only marked: <c>withDeleted</c>, <c>includeDeleted</c>,
    /// <c>includingSoftDeleted</c> (<see cref="Conventions.DeletedRowsSwitchPrefixes"/>, then
    /// <see cref="Conventions.DeletedRowsSwitchNouns"/>). The nArchitecture template's reads take <c>bool withDeleted = false</c>
    /// and apply EF Core's <c>IgnoreQueryFilters()</c> when it is true (h-sample125).
    /// </summary>
    public static bool IsDeletedRowsSwitch(IParameterSymbol parameter)
        => TypeFacts.IsBool(parameter.Type) && !TypeNames.IsNullableValueType(parameter.Type)
            && Conventions.DeletedRowsSwitchPrefixes.Any(prefix => NameWords.StartsWithWordAndMore(parameter.Name, prefix)
                && Conventions.DeletedRowsSwitchNouns.Any(noun => string.Equals(parameter.Name.Substring(prefix.Length), noun, StringComparison.Ordinal)));

    /// <summary>
    /// The first read of the interface that takes a switch for soft-deleted rows (<see cref="IsDeletedRowsSwitch"/>), as
    /// <c>GetAsync(withDeleted)</c>, when <paramref name="entity"/> has a deletion flag or time
    /// (<see cref="SoftDeleteRule.FlagOf"/>) and <c>SoftDelete</c> is unstated; null otherwise. Such a switch says the store
    /// keeps the rows its deletes mark and leaves them out of that read unless asked (a query filter): a read without the
    /// switch (<c>IQueryable&lt;T&gt; Query()</c>) may leave them out as well (the nArchitecture template's does: EF Core's
    /// <c>HasQueryFilter</c> applies to every query) or show them (nopCommerce's <c>Table</c>), which its signature does not say.
    /// A switch that defaults to showing them (<c>bool includeDeleted = true</c>, nopCommerce's) says the store shows them
    /// unless asked: then null, and a read without the switch shows every row.
    /// </summary>
    public static string? DeletedRowsSwitch(ParseContext context, EntityInfo entity)
    {
        if (context.Settings.SoftDelete != 0 || SoftDeleteRule.FlagOf(context, entity.Type) is null
            || context.InterfaceAndBases.Any(static t => t.GetMembers().Any(static m => m.Name.StartsWith("SoftDelete", StringComparison.Ordinal))))
        {
            // A SoftDelete member of its own says what the deletes do, as SoftDeleteReader reads it; the reads are as before.
            return null;
        }

        string? first = null;
        foreach (var method in context.InterfaceAndBases.SelectMany(static t => t.GetMembers()).OfType<IMethodSymbol>())
        {
            if (method.Parameters.FirstOrDefault(IsDeletedRowsSwitch) is { } parameter)
            {
                if (parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is true)
                {
                    // nopCommerce's GetAllAsync(…, bool includeDeleted = true): the store shows the marked rows unless a
                    // read asks it to hide them, so a read without the switch shows them too (its Table does): the reads
                    // are as before (session 38's merge).
                    return null;
                }

                first ??= method.Name + "(" + parameter.Name + ")";
            }
        }

        return first;
    }

    /// <summary>
    /// The member of the interface whose name says it reads soft-deleted rows of <paramref name="entity"/>
    /// (<c>GetByIdWithDeleted</c>, <c>GetAllIncludingDeleted</c>), when the entity has a <c>Deleted</c>/<c>IsDeleted</c>
    /// flag; null otherwise. Such a member says the store's other reads leave flagged rows out by a rule of its own (a
    /// query filter), so a read without a sibling of its own (<c>Count()</c>, <c>FindByName(name)</c>) cannot be told
    /// to count them or not.
    /// </summary>
    public static string? WithDeletedReader(ParseContext context, EntityInfo entity) => NamedDeletedMember(context, entity, readsOnly: true);

    /// <summary>
    /// A member named as reading deleted rows (<c>…WithDeleted</c>, <c>…IncludingDeleted</c>) or, unless
    /// <paramref name="readsOnly"/>, deleting for good (<c>HardDelete…</c>), when <paramref name="entity"/> has a
    /// <c>Deleted</c> or <c>IsDeleted</c> flag; null otherwise.
    /// </summary>
    private static string? NamedDeletedMember(ParseContext context, EntityInfo entity, bool readsOnly)
    {
        var named = context.InterfaceAndBases.SelectMany(static t => t.GetMembers())
            .FirstOrDefault(m => m.Name.IndexOf("WithDeleted", StringComparison.Ordinal) >= 0 || m.Name.IndexOf("IncludingDeleted", StringComparison.Ordinal) >= 0
                || (!readsOnly && (m.Name.StartsWith("HardDelete", StringComparison.Ordinal) || ReadsDeletedRows(m.Name))));
        return named is not null && new[] { "Deleted", "IsDeleted" }.Any(flag => EntityParameters.BoolFlag(context, entity, flag.StartsWith("Is", StringComparison.Ordinal) ? flag.Substring(2) : flag, out _) is not null)
            ? named.Name
            : null;
    }

    /// <summary>
    /// A read of the deleted rows themselves (<c>GetDeletedUsers(tenantId)</c>, <c>ListDeleted()</c>, <c>CountDeletedAsync()</c>):
    /// a store whose deleted rows can still be read keeps them, so its plain delete may only set the flag.
    /// </summary>
    private static bool ReadsDeletedRows(string name)
    {
        var words = QueryNameParser.SplitWords(name);
        return words.Count > 1 && words[1] == "Deleted" && Conventions.IsOneOf(words[0], new[] { "Get", "Find", "List", "Load", "Fetch", "Query", "Count", "Search", "Read", "Retrieve", "Stream" });
    }

    /// <summary>
    /// The member of the interface that reads deleted rows beside <paramref name="member"/>: <c>GetByIdWithDeleted</c> for
    /// <c>GetById</c>, <c>GetWithDeletedAsync</c> for <c>GetAsync</c> (also <c>…IncludingDeleted</c>); null when none. Such a
    /// sibling says the plain member leaves deleted rows out, by a rule of the store the signature does not show.
    /// </summary>
    public static string? WithDeletedSibling(ParseContext context, ISymbol member)
    {
        foreach (var type in context.InterfaceAndBases)
        {
            foreach (var other in type.GetMembers())
            {
                if (NamedWith(other.Name, member.Name, "WithDeleted") || NamedWith(other.Name, member.Name, "IncludingDeleted"))
                {
                    return other.Name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="other"/> is <paramref name="name"/> with <paramref name="suffix"/> after it, an <c>Async</c>
    /// ending of either left out (<c>GetAllWithDeletedAsync</c> of <c>GetAllAsync</c>), compared in place: this runs for
    /// every pair of members, and the strings it built before were most of a target's allocations by this rule.
    /// </summary>
    private static bool NamedWith(string other, string name, string suffix)
    {
        var otherLength = other.EndsWith("Async", StringComparison.Ordinal) ? other.Length - 5 : other.Length;
        var nameLength = name.EndsWith("Async", StringComparison.Ordinal) ? name.Length - 5 : name.Length;
        return otherLength == nameLength + suffix.Length
            && string.CompareOrdinal(other, 0, name, 0, nameLength) == 0
            && string.CompareOrdinal(other, nameLength, suffix, 0, suffix.Length) == 0;
    }

    /// <summary>
    /// The verbs of a member that may create a row: an add (<c>Add</c>, <c>Insert</c>, <c>Create</c>, <c>TryAdd</c>…, their ranges) or an upsert
    /// (<c>Save</c>, <c>Upsert</c>, <c>Store</c>, <c>Put</c>, <c>Persist</c>, <c>AddOrUpdate</c>…), or a bulk insert or merge
    /// (<c>BulkInsert</c>, <c>BulkMerge</c>…).
    /// </summary>
    private static readonly string[] CreatingVerbs = Conventions.AddVerbs.Concat(Conventions.AddVerbs.Select(static add => "Try" + add)).Concat(Conventions.UpsertVerbs).Concat(Conventions.AddRangeVerbs).Concat(Conventions.UpsertRangeVerbs)
        .Concat(Conventions.BulkVerbs.Where(static b => b.Kind is RangeKind.Add or RangeKind.Upsert).Select(static b => b.Verb)).ToArray();

    /// <summary>
    /// Whether no member of the interface can create a row of <paramref name="entity"/>: none named with an add or upsert verb
    /// takes the entity, a collection of it or a type parameter, or returns it. Then an <c>Update</c> is the only way a row
    /// gets in, and whether it creates a missing one (a Redis <c>SET</c>: the basket repositories of eShop and aspnetrun)
    /// or fails (EF Core's <c>Update</c>, a SQL <c>UPDATE</c>) is the store's own.
    /// </summary>
    public static bool NothingCreates(ParseContext context, EntityInfo entity)
    {
        foreach (var method in context.InterfaceAndBases.SelectMany(static t => t.GetMembers()).OfType<IMethodSymbol>())
        {
            // Read as the planners read it: AdicionarAsync is AddAsync.
            var name = LocalizedNames.ToEnglish(method.Name);
            if (!CreatingVerbs.Any(verb => name.StartsWith(verb, StringComparison.Ordinal) && (name.Length == verb.Length || !char.IsLower(name[verb.Length]))))
            {
                continue;
            }

            if (method.Parameters.Any(p => Concerns(p.Type, entity.Type)) || Concerns(method.ReturnType, entity.Type))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The entity type, a type parameter, or a generic type (a task, a collection) over one of them.</summary>
    private static bool Concerns(ITypeSymbol type, ITypeSymbol entity) => type switch
    {
        ITypeParameterSymbol => true,
        IArrayTypeSymbol array => Concerns(array.ElementType, entity),
        INamedTypeSymbol named when TypeFacts.SameType(named, entity) => true,
        INamedTypeSymbol named => named.TypeArguments.Any(argument => Concerns(argument, entity)),
        _ => false,
    };

    private static bool Mentions(ITypeSymbol type, ITypeParameterSymbol typeParameter) => type switch
    {
        ITypeParameterSymbol candidate => SymbolEqualityComparer.Default.Equals(candidate, typeParameter),
        IArrayTypeSymbol array => Mentions(array.ElementType, typeParameter),
        INamedTypeSymbol named => named.TypeArguments.Any(argument => Mentions(argument, typeParameter)),
        _ => false,
    };
}
