using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// An EF Core context interface — Clean Architecture's <c>IApplicationDbContext { DbSet&lt;TodoList&gt; TodoLists { get; } …
/// Task&lt;int&gt; SaveChangesAsync(CancellationToken) }</c> — planned as one fake with one table, one unit-of-work session
/// and one generated <c>DbSet&lt;T&gt;</c> per entity type (docs/generator.md, "EF Core context interfaces"). Only when the
/// compilation references EF Core and the interface has a <c>DbSet&lt;T&gt;</c> property.
/// </summary>
internal static class DbContextPlanner
{
    private const string Kind = "EF Core context";

    /// <summary>Whether the target is a context interface: EF Core is referenced and a member is a <c>DbSet&lt;T&gt;</c> property.</summary>
    public static bool Applies(ParseContext context, List<MemberCandidate> candidates)
        => context.Known.EfDbSet is not null && candidates.Any(c => c.Property is { } p && SetEntity(context, p.Type) is not null);

    /// <summary>Plans the context; every member it cannot give EF Core's meaning is IMF0001 with the reason.</summary>
    public static (StoreSpec Store, DbContextSpec Spec) Plan(ParseContext context, List<MemberCandidate> candidates, StoreBuilder store)
    {
        var names = context.Names;
        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();

        // The entity types, each once (several properties of one type share its table, as in EF Core's model).
        var types = new List<ITypeSymbol>();
        foreach (var candidate in candidates)
        {
            if (candidate.Property is { } property && SetEntity(context, property.Type) is { } type && !types.Any(t => SymbolEqualityComparer.Default.Equals(t, type)))
            {
                types.Add(type);
            }
        }

        types.Sort(static (a, b) => string.CompareOrdinal(a.ToDisplayString(), b.ToDisplayString()));
        var refused = new Dictionary<ITypeSymbol, string>(SymbolEqualityComparer.Default);
        var sets = new List<DbSetSpec>();
        var bySet = new Dictionary<ITypeSymbol, DbSetSpec>(SymbolEqualityComparer.Default);
        foreach (var type in types)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Refusal(context, type, types, out var entity) is { } reason)
            {
                refused.Add(type, reason);
                continue;
            }

            var spec = EntityPlanner.Model(context, entity!) with { UnitOfWork = UnitOfWorkModel.Deferred };
            if (spec.Token is not null && !HasTokenAttribute(entity!))
            {
                // EF Core makes a property a concurrency token by [ConcurrencyCheck]/[Timestamp] (or the model), never by its
                // name: a Version property is ordinary data there, so the fake must not check or bump it.
                spec = spec with { Token = null };
            }

            spec = WithIndexes(spec, entity!);
            var (copy, immutable) = CopyPlanner.Plan(context, type, store);
            spec = spec with { Copy = copy, IsImmutable = immutable };
            var plural = TypeNames.Camel(TypeNames.Plural(type.Name));
            var set = new DbSetSpec(
                spec,
                type.Name,
                names.New("__" + TypeNames.Camel(type.Name) + "Model"),
                names.New("__" + plural),
                names.New("__" + plural + "Session"),
                names.New("__" + plural + "Set"));
            sets.Add(set);
            bySet.Add(type, set);
        }

        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Operation(context, candidate, bySet, refused, out var reason) is { } operation)
            {
                store.Members.Add(Declarations.Member(context, candidate, operation));
            }
            else
            {
                context.NotSupported(candidate, Kind, reason!);
            }
        }

        SoftDeleteRule.ValidateContext(context, types);
        var dbContext = new DbContextSpec(sets.ToArray(), names.New("__FakeDbSet"), names.New("__EfQueryProvider"));
        return (store.Build(StoreKindModel.EntityRepository, null, null, null), dbContext);
    }

    /// <summary>The entity type of a <c>DbSet&lt;T&gt;</c>, or null for another type.</summary>
    private static ITypeSymbol? SetEntity(ParseContext context, ITypeSymbol type)
        => type is INamedTypeSymbol { IsGenericType: true } named && SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, context.Known.EfDbSet)
            ? named.TypeArguments[0]
            : null;

    /// <summary>
    /// EF Core's <c>[Index(nameof(A)[, nameof(B)…], IsUnique = true)]</c> on the entity class: a unique constraint, checked by the
    /// save as the database checks the unique index (a combination with a null part is not constrained, as in SQL); a
    /// non-unique index on one property is a lookup index. An index naming no property is left out (EF Core refuses the model).
    /// </summary>
    private static EntitySpec WithIndexes(EntitySpec spec, EntityInfo entity)
    {
        var unique = new List<UniqueSpec>(spec.Unique);
        var indexes = new List<IndexSpec>(spec.Indexes);
        foreach (var attribute in entity.Type.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() != "Microsoft.EntityFrameworkCore.IndexAttribute")
            {
                continue;
            }

            var names = new List<string>();
            foreach (var argument in attribute.ConstructorArguments)
            {
                if (argument.Kind == TypedConstantKind.Array)
                {
                    names.AddRange(argument.Values.Select(static v => v.Value as string).Where(static n => n is not null).Select(static n => n!));
                }
                else if (argument.Value is string name)
                {
                    names.Add(name);
                }
            }

            var properties = names.Select(n => entity.Properties.FirstOrDefault(p => p.Name == n)).ToList();
            if (properties.Count == 0 || properties.Any(static p => p is null))
            {
                continue;
            }

            var isUnique = attribute.NamedArguments.Any(static a => a.Key == "IsUnique" && a.Value.Value is true);
            var indexName = attribute.NamedArguments.FirstOrDefault(static a => a.Key == "Name").Value.Value as string;
            if (!isUnique)
            {
                if (properties.Count == 1 && !indexes.Any(i => i.Property == names[0]) && !unique.Any(u => u.Property == names[0]))
                {
                    indexes.Add(new IndexSpec(names[0]));
                }

                continue;
            }

            var escaped = names.Select(TypeNames.Escape).ToArray();
            if (properties.Count == 1)
            {
                if (!unique.Any(u => u.Property == names[0]))
                {
                    indexes.RemoveAll(i => i.Property == names[0]);
                    unique.Add(new UniqueSpec(indexName ?? names[0], escaped, EquatableArray<string>.Empty, names[0]));
                }

                continue;
            }

            var nullable = properties.Where(static p => TypeNames.AllowsNull(p!.Type)).Select(static p => TypeNames.Escape(p!.Name)).ToArray();
            unique.Add(new UniqueSpec(indexName ?? string.Join(", ", names), escaped, nullable, null));
        }

        return spec with { Unique = unique.ToArray(), Indexes = indexes.ToArray() };
    }

    private static bool HasTokenAttribute(EntityInfo entity)
        => entity.Properties.Any(static p => p.GetAttributes().Any(static a => a.AttributeClass is { } c && Conventions.IsOneOf(c.Name, Conventions.TokenAttributeNames)));

    /// <summary>Why the fake cannot give an entity type EF Core's meaning, or null (then <paramref name="entity"/> is its key).</summary>
    private static string? Refusal(ParseContext context, ITypeSymbol type, List<ITypeSymbol> types, out EntityInfo? entity)
    {
        entity = null;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class } named || named.IsGenericType || !TypeFacts.IsEntityCandidateType(type))
        {
            return "its entity type " + type.ToDisplayString() + " is not a non-generic class of your own";
        }

        entity = EntityInfo.TryGet(context, type);
        if (entity is null)
        {
            return "its entity type " + type.Name + " has no key by EF Core's conventions (a property named Id or " + type.Name + "Id, or [Key]); a key set by the model configuration (HasKey, HasNoKey) is not visible to the generator";
        }

        foreach (var other in types)
        {
            if (!SymbolEqualityComparer.Default.Equals(other, type) && (DerivesFrom(type, other) || DerivesFrom(other, type)))
            {
                var (derived, baseType) = DerivesFrom(type, other) ? (type, other) : (other, type);
                return "its entity type " + type.Name + " and the set of " + other.Name + " are one hierarchy (" + derived.Name + " derives from " + baseType.Name
                    + "): EF Core maps it to one table, so a query of the " + baseType.Name + " set returns the " + derived.Name + " entities too, while the fake keeps a table per set";
            }
        }

        // A deletion flag (IsDeleted, Deleted, DeletedAt…: Parsing/SoftDeleteRule.cs): a context that overrides its save or adds
        // an interceptor turns a removal into the flag and a query filter hides the row (ABP's AbpDbContext; MRA.Jobs'
        // ApplicationDbContext, whose SaveChangesAsync sets ISoftDelete.IsDeleted), where a plain DbContext deletes the row.
        // Neither is in the interface, so the set waits for SoftDelete on the attribute, as a repository's deletes do.
        if (context.Settings.SoftDelete == 0 && SoftDeleteRule.FlagOf(context, type) is { } flag)
        {
            return "its entity type " + type.Name + " has " + SoftDeleteRule.Describe(context, flag)
                + ", so whether Remove and the save delete the row or only set the flag (and whether a query filter then hides the row) is the context's own: a context whose SaveChanges override or interceptor turns the removal into the flag"
                + " (ABP's AbpDbContext, a SaveChangesAsync that marks ISoftDelete entries) keeps the row, a plain DbContext deletes it. State SoftDelete = SoftDelete.None on [InMemoryFake] when removals delete the row and no query filter reads the flag;"
                + " a context that sets the flag is not generated yet, so write the set in the partial class";
        }

        if (entity.Keys.Count > 1)
        {
            return "its entity type " + type.Name + " has a composite key (" + string.Join(", ", entity.Keys.Select(static k => k.Name)) + "), whose order EF Core takes from the model configuration (HasKey, [PrimaryKey]), which the generator cannot read";
        }

        // A navigation to another entity (a type with a key): EF Core adds the reachable graph to that entity's own table
        // and fixes up the foreign keys; the fake would keep the related entities inside this one, and a query of their
        // set would miss them. Types without a key are stored inside the entity, as EF Core's owned and complex types are.
        foreach (var property in entity.Properties)
        {
            var target = TypeNames.Underlying(property.Type);
            var element = TypeFacts.EnumerableElement(target);
            var related = element ?? target;
            if (related.SpecialType != SpecialType.None || !TypeFacts.IsEntityCandidateType(related) || related.TypeKind != TypeKind.Class)
            {
                continue;
            }

            if (types.Any(t => SymbolEqualityComparer.Default.Equals(t, related)) || EntityInfo.TryGet(context, related) is not null)
            {
                return "its entity type " + type.Name + " has the navigation " + type.Name + "." + property.Name + " to the entity type " + related.Name
                    + ": EF Core adds the entities reachable through it to their own table and fixes up the foreign keys, which the fake does not do (it would keep them inside "
                    + type.Name + ", and a query of their set would miss them). Keep the foreign key property (" + related.Name + "Id) and leave the navigation out of the entity the fake sees, or write the set in the partial class";
            }
        }

        return null;
    }

    private static bool DerivesFrom(ITypeSymbol type, ITypeSymbol baseType)
    {
        for (var current = type.BaseType; current is not null; current = current.BaseType)
        {
            if (SymbolEqualityComparer.Default.Equals(current, baseType))
            {
                return true;
            }
        }

        return false;
    }

    private static OperationSpec? Operation(ParseContext context, MemberCandidate candidate, Dictionary<ITypeSymbol, DbSetSpec> sets, Dictionary<ITypeSymbol, string> refused, out string? reason)
    {
        reason = null;
        if (candidate.Property is { } property)
        {
            if (SetEntity(context, property.Type) is { } type)
            {
                if (refused.TryGetValue(type, out var why))
                {
                    reason = why;
                    return null;
                }

                if (property.SetMethod is not null || property.IsIndexer)
                {
                    reason = "a DbSet<T> property is get-only: EF Core's context creates its sets";
                    return null;
                }

                return new DbSetPropertyOp(sets[type].SetField);
            }

            reason = Named(property.Type) ?? "a context interface's members are DbSet<T> properties, Set<T>(), SaveChanges[Async] and Dispose; this property is none of them";
            return null;
        }

        if (candidate.Method is not { } method)
        {
            reason = "a context interface's members are DbSet<T> properties, Set<T>(), SaveChanges[Async] and Dispose";
            return null;
        }

        if (Conventions.IsOneOf(method.Name, Conventions.NoOpMethodNames) && candidate.Parameters.Length == 0
            && (candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
        {
            return new NoOp();
        }

        // IgnoredParameters applies as on an entity repository: a save or discard whose other parameters are all listed.
        var ignored = context.Settings.IgnoredParameters;
        if (UnitOfWorkRules.IsSave(method, ignored))
        {
            return UnitOfWorkRules.SaveOp(candidate, out reason);
        }

        if (UnitOfWorkRules.IsDiscard(method, ignored))
        {
            if (candidate.IsVoid)
            {
                return new UnitOfWorkDiscardOp();
            }

            reason = "a discard returns nothing";
            return null;
        }

        if (method is { Name: "Set", IsGenericMethod: true, TypeParameters.Length: 1, Parameters.Length: 0 } && candidate.Shape == ReturnShape.Sync
            && SetEntity(context, method.ReturnType) is ITypeParameterSymbol returned && SymbolEqualityComparer.Default.Equals(returned, method.TypeParameters[0]))
        {
            var choices = sets.Values.Select(s => new DbSetChoiceSpec(s.Entity.EntityType, s.SetField)).ToArray();
            return new DbSetGenericOp(TypeNames.Escape(method.TypeParameters[0].Name), choices);
        }

        if (method.Name == "Entry")
        {
            reason = "EF Core's EntityEntry is built on its state manager, which the fake does not have (a DbSet's Add/Update/Remove and the entity itself cover what the fake tracks)";
            return null;
        }

        if (UnitOfWorkRules.IsSave(method, method.Parameters.Select(static p => p.Name).ToArray()) || UnitOfWorkRules.IsDiscard(method, method.Parameters.Select(static p => p.Name).ToArray()))
        {
            // A save or discard by name with parameters of its own (an audit context's SaveChangesAsync(string userId, CancellationToken)).
            var others = method.Parameters.Where(static p => p.Type.ToDisplayString() != "System.Threading.CancellationToken").Select(static p => p.Name).ToList();
            reason = "a save or discard takes nothing but a CancellationToken, and it takes " + string.Join(", ", others.Select(static n => "'" + n + "'"))
                + " (what the real context does with " + (others.Count == 1 ? "it" : "them") + ", such as stamping an audit user, is its own code); if "
                + (others.Count == 1 ? "it changes" : "they change") + " nothing a fake keeps, say so with [InMemoryFake(IgnoredParameters = new[] { "
                + string.Join(", ", others.Select(static n => "\"" + n + "\"")) + " })]";
            return null;
        }

        reason = Named(method.ReturnType)
            ?? "a context interface's members are DbSet<T> properties, Set<T>(), SaveChanges[Async], a discard and Dispose; this method is none of them";
        return null;
    }

    /// <summary>Why an EF Core infrastructure type cannot be given (DatabaseFacade, ChangeTracker), or null for another type.</summary>
    private static string? Named(ITypeSymbol type)
    {
        var name = type.OriginalDefinition.ToDisplayString();
        return name switch
        {
            "Microsoft.EntityFrameworkCore.Infrastructure.DatabaseFacade" =>
                "EF Core's DatabaseFacade (transactions, raw SQL, migrations, EnsureCreated) works on a database provider, which the fake is not; it is built only inside a real DbContext",
            "Microsoft.EntityFrameworkCore.ChangeTracking.ChangeTracker" =>
                "EF Core's ChangeTracker is its state manager's view, which the fake does not have (the fake tracks through its own unit of work: docs/runtime.md#unit-of-work)",
            "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry" or "Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<TEntity>" =>
                "EF Core's EntityEntry is built on its state manager, which the fake does not have",
            _ => null,
        };
    }
}
