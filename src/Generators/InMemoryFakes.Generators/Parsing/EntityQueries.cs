using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Entity members that hand out queries rather than entities: <c>IQueryable&lt;T&gt;</c> exposure, specification parameters
/// (Ardalis.Specification's <c>ISpecification&lt;T&gt;</c> and home-grown ones), and generic key lookups.
/// </summary>
internal static class EntityQueries
{
    /// <summary>
    /// <c>IQueryable&lt;T&gt; Users { get; }</c>, <c>IQueryable&lt;T&gt; GetAll()</c>, <c>Task&lt;IQueryable&lt;T&gt;&gt; Query()</c>:
    /// every entity as a queryable. A name that may mean a filtered subset is refused.
    /// </summary>
    public static OperationSpec? Queryable(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, out string? reason)
    {
        reason = null;
        if (!IsQueryableOf(context, candidate, entity))
        {
            return null;
        }

        if (context.Known.FakeQueryProvider is null)
        {
            reason = "the InMemoryFakes runtime this project references has no queryable support; update the InMemoryFakes package";
            return null;
        }

        if (significant.Length == 1 && TypeFacts.PredicateKind(context.Known, significant[0].Type, entity.Type, out _) == PredicateForm.Expression)
        {
            // IQueryable<T> FindBy(Expression<Func<T, bool>> predicate): the matches, still a query the caller composes.
            // Declared = null, or nullable under nullable annotations: null asks for no filter (WebApplicationTask's
            // SearchFor(predicate = null, Include = null) is the table, or Where(predicate)), as a predicate method's null does.
            var predicate = significant[0];
            var nullMeansAll = (predicate.HasExplicitDefaultValue && predicate.ExplicitDefaultValue is null) || predicate.Type.NullableAnnotation == NullableAnnotation.Annotated;
            return new EntityQueryableOp(context.Known.EfAsyncQueryProvider is not null, TypeNames.Escape(predicate.Name), nullMeansAll);
        }

        if (significant.Length > 0)
        {
            reason = "a queryable of every " + EntityParameters.EntityDisplay(entity) + " takes no parameters (include lists and optional flags aside), or only an Expression<Func<"
                + entity.Type.Name + ", bool>> that filters it";
            return null;
        }

        // A tracking option (nopCommerce's TableNoTracking, QueryAsNoTracking, PostsReadOnly) reads the same rows; so does a
        // read of the deleted rows too, of an entity with a deletion flag (WithDeletedRows).
        var name = WithoutTrackingSuffix(WithoutDeletedRowsSuffix(context, entity, candidate.Verb));
        var words = EntityParameters.EntityWords(entity);
        var every = Conventions.IsOneOf(name, Conventions.GetAllVerbs) || name.StartsWith("GetAll", StringComparison.Ordinal) || name.StartsWith("ListAll", StringComparison.Ordinal)
            || Conventions.IsOneOf(name, Conventions.QueryableNames)
            || words.Any(w => name == TypeNames.Plural(w) || name == "Get" + TypeNames.Plural(w) || name == "Query" + TypeNames.Plural(w));
        if (!every)
        {
            reason = "'" + name + "' may return a filtered subset; a queryable of every " + EntityParameters.EntityDisplay(entity) + " is named GetAll, Query, AsQueryable, Table, Entities or after the entities ("
                + string.Join(", ", words.Select(TypeNames.Plural)) + ")";
            return null;
        }

        return new EntityQueryableOp(context.Known.EfAsyncQueryProvider is not null);
    }

    /// <summary>
    /// Whether a queryable's name says it reads without tracking (<c>TableNoTracking</c>, <c>QueryAsNoTracking</c>,
    /// <c>AllAsNoTrackingWithDeleted</c>).
    /// </summary>
    public static bool IsUntrackedName(string name)
    {
        name = WithoutSuffix(name, DeletedRowsSuffixes);
        return !ReferenceEquals(WithoutTrackingSuffix(name), name) || TrackingSuffixes.Contains(name);
    }

    /// <summary>
    /// The name endings of a read of every row, the soft-deleted ones too: <c>AllWithDeleted</c>,
    /// <c>AllAsNoTrackingWithDeleted</c> (the deletable-entity repositories of the ASP.NET MVC and ASP.NET Core starter
    /// templates, School.Me's among them, h-sample123), <c>GetAllIncludingDeleted</c>.
    /// </summary>
    private static readonly string[] DeletedRowsSuffixes = { "WithDeleted", "IncludingDeleted" };

    /// <summary>
    /// The name without a deleted-rows ending when <paramref name="entity"/> has a deletion flag (<see cref="SoftDeleteRule.FlagOf"/>):
    /// its deleted rows are then rows of the table with the flag set, which the fake keeps as every row (it generates no
    /// delete that hides a row), so <c>AllWithDeleted</c> is every row, as the templates' <c>DbSet</c> is. Without a flag the
    /// deleted rows are kept elsewhere, if at all, and the name stays (a filtered subset).
    /// </summary>
    private static string WithoutDeletedRowsSuffix(ParseContext context, EntityInfo entity, string name)
    {
        var stripped = WithoutSuffix(name, DeletedRowsSuffixes);
        return ReferenceEquals(stripped, name) || SoftDeleteRule.FlagOf(context, entity.Type) is null ? name : stripped;
    }

    private static string WithoutSuffix(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }

    private static readonly string[] TrackingSuffixes = { "AsNoTracking", "NoTracking", "ReadOnly", "Readonly" };

    /// <summary>The name without a trailing tracking option (<c>NoTracking</c>, <c>AsNoTracking</c>, <c>ReadOnly</c>, <c>Readonly</c>), when something is left.</summary>
    private static string WithoutTrackingSuffix(string name)
    {
        foreach (var suffix in TrackingSuffixes)
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name.Substring(0, name.Length - suffix.Length);
            }
        }

        return name;
    }

    /// <summary>Whether the member returns <c>IQueryable&lt;T&gt;</c> of the entity (not as an async stream).</summary>
    public static bool IsQueryableOf(ParseContext context, MemberCandidate candidate, EntityInfo entity)
        => candidate.Result is INamedTypeSymbol result && KnownSymbols.Is(result, context.Known.Queryable) && TypeFacts.SameType(result.TypeArguments[0], entity.Type)
            && candidate.Shape != ReturnShape.AsyncEnumerable;

    /// <summary>A member whose one significant parameter is a specification: List/First/Single/Count/Any/Delete over its matches.</summary>
    public static OperationSpec? Specification(ParseContext context, MemberCandidate candidate, EntityInfo entity, IParameterSymbol[] significant, out string? reason)
    {
        reason = null;
        if (significant.Length != 1 || !TypeFacts.ReadsAsValue(significant[0]))
        {
            return null;
        }

        var parameter = significant[0];
        var type = TypeNames.Underlying(parameter.Type);
        if (type is not INamedTypeSymbol named || type.SpecialType != SpecialType.None || TypeFacts.SameType(type, entity.Type))
        {
            return null;
        }

        var evaluate = FindEvaluate(context, named, entity, out var projection);
        var satisfied = FindMethod(named, Conventions.SpecificationSatisfied, m => m.Parameters.Length == 1 && TypeFacts.SameType(m.Parameters[0].Type, entity.Type) && TypeFacts.IsBool(m.ReturnType));
        var (criteria, criteriaMember, criteriaIsMethod) = FindCriteria(context, named, entity);
        var severalApply = false;
        var alsoApplies = evaluate is null && (satisfied is not null || criteria is not null) ? FindQueryableFilter(context, named, entity, out severalApply) : null;
        if (alsoApplies is not null || severalApply)
        {
            // A criteria (or IsSatisfiedBy) beside a method that applies the specification to a query (h-sample83: Asm.Domain's
            // ISpecification<T> { Criteria => _ => true; IQueryable<T> Apply(IQueryable<T> query) => query.Where(Criteria); },
            // whose repositories run specification.Apply(entities) and whose specifications override Apply): the fake filtered
            // by Criteria alone, so a specification whose Apply filters, orders or pages listed every entity, silently.
            reason = "its specification " + named.ToDisplayString() + " has " + (criteriaMember ?? Conventions.SpecificationSatisfied) + " and also applies itself to a query ("
                + (alsoApplies is null ? "several methods that take and return an IQueryable<" + entity.Type.Name + ">" : alsoApplies.Name + "(IQueryable<" + entity.Type.Name + ">)")
                + "), so whether the real store filters by the one or runs the other, which may filter, order or page otherwise, is not said";
            return null;
        }

        var ambiguous = false;
        if (evaluate is null && satisfied is null && criteria is null && FindQueryableFilter(context, named, entity, out ambiguous) is { } apply)
        {
            // A filter object that applies itself to a query (Elsa's AlterationJobFilter.Apply(IQueryable<AlterationJob>)):
            // the real store runs filter.Apply(dbSet), so the fake runs it over a snapshot. Every verb can use it.
            (criteria, criteriaMember, criteriaIsMethod) = (SpecificationAccess.Queryable, TypeNames.Escape(apply.Name), true);
        }
        else if (evaluate is null && satisfied is null && criteria is null && ambiguous)
        {
            reason = "its filter " + named.ToDisplayString() + " has several methods that take and return an IQueryable<" + entity.Type.ToDisplayString()
                + ">, so which one the real store applies is not said";
            return null;
        }

        if (evaluate is null && satisfied is null && criteria is null)
        {
            return null;
        }

        if (QueryBinder.GetCountName(candidate) is { Middle.Length: > 0 } count && !QueryBinder.CountNameReads(context, entity, count))
        {
            // GetActiveCount(spec): the specification says which rows, the words between Get and Count say more (session 41:
            // before, a list verb's "it returns int, which is no collection", a cause a count does not have).
            reason = QueryBinder.CountNameProblem(context, entity, count, "specification");
            return null;
        }

        string? verbWord = null;
        var getCount = IsGetCount(context, entity, candidate.Verb);
        var verb = getCount ? SpecificationVerb.Count : VerbOf(candidate.Verb, out verbWord);
        if (verb is null)
        {
            reason = "'" + candidate.Verb + "' is no specification verb (List, FirstOrDefault, SingleOrDefault, Count, Any, Delete…)";
            return null;
        }


        var filter = satisfied is not null ? SpecificationAccess.IsSatisfiedBy : criteria ?? SpecificationAccess.IsSatisfiedBy;
        var access = evaluate is not null ? SpecificationAccess.Evaluate : filter;
        SpecificationShapeSpec? shape = null;
        if (access is not (SpecificationAccess.Evaluate or SpecificationAccess.Queryable))
        {
            // A specification that does not evaluate (or apply) itself is applied by the repository's own evaluator: every
            // member it holds must be one whose effect is known, or the fake would match, order or page differently without saying so.
            shape = Shape(context, named, entity, filter == SpecificationAccess.IsSatisfiedBy ? Conventions.SpecificationSatisfied : criteriaMember!, out reason);
            if (reason is not null)
            {
                return null;
            }
        }

        if (verb is SpecificationVerb.Count or SpecificationVerb.Any or SpecificationVerb.Delete && satisfied is null && criteria is null)
        {
            reason = "its specification " + named.ToDisplayString() + " can list matches but not test one entity (no IsSatisfiedBy or criteria), which " + verb + " needs";
            return null;
        }

        if (verb == SpecificationVerb.Delete && shape is { Pages: true })
        {
            reason = "its specification " + named.ToDisplayString() + " pages (" + shape.PagingEnabled + "), and which page a delete removes is the real store's choice";
            return null;
        }

        if (verbWord is not null && PredicateNames.Problem(context, entity, candidate.Verb, verbWord, "specification", Does(verb.Value), verb == SpecificationVerb.List ? Conventions.KeyListNouns : null) is { } unread)
        {
            // ListActive(spec), CountItems(spec) of an entity with Items: the name says more than the specification (session 42),
            // once the specification itself is one the fake can apply; a list's last word may ask for the matches' keys
            // (FindManyIds, read below).
            reason = unread;
            return null;
        }

        var element = projection ?? entity.Type;
        var result = candidate.Result;
        var streaming = candidate.Shape == ReturnShape.AsyncEnumerable;
        switch (verb.Value)
        {
            case SpecificationVerb.List:
                if (TypeFacts.SequenceResult(context, candidate, element, out reason) is { } sequence)
                {
                    return Shaped(shape, new EntitySpecificationOp(verb.Value, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, sequence, SingleResult.Nullable, NumberResult.None));
                }

                if (projection is null && Conventions.EndsWithAny(candidate.Verb, Conventions.KeyListNouns) && entity.Keys.Count == 1
                    && TypeFacts.SequenceResult(context, candidate, entity.KeyType, out _) is { } keys)
                {
                    // FindManyIdsAsync(filter) returning the key type: the matches' keys (Elsa's stores select x.Id).
                    return Shaped(shape, new EntitySpecificationOp(verb.Value, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, keys, SingleResult.Nullable, NumberResult.None, SelectsKeys: true));
                }

                if (!streaming && TypeFacts.SameType(result, element))
                {
                    // GetBySpecAsync(spec) returning one entity: the first match.
                    return Shaped(shape, new EntitySpecificationOp(SpecificationVerb.First, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, SequenceKind.List, Single(result!), NumberResult.None));
                }

                return null;
            case SpecificationVerb.First:
            case SpecificationVerb.Single:
                if (streaming || !TypeFacts.SameType(result, element))
                {
                    reason = "it must return " + element.ToDisplayString() + " or " + element.ToDisplayString() + "?";
                    return null;
                }

                return Shaped(shape, new EntitySpecificationOp(verb.Value, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, SequenceKind.List, Single(result!), NumberResult.None));
            case SpecificationVerb.Count:
                if (streaming || !TypeFacts.IsIntOrLong(result))
                {
                    reason = "Count returns int or long";
                    return null;
                }

                return Shaped(shape, new EntitySpecificationOp(verb.Value, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, SequenceKind.List, SingleResult.Nullable, TypeFacts.IsLong(result) ? NumberResult.Long : NumberResult.Int));
            case SpecificationVerb.Any:
                if (streaming || !TypeFacts.IsBool(result))
                {
                    reason = "Any returns bool";
                    return null;
                }

                return Shaped(shape, new EntitySpecificationOp(verb.Value, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, SequenceKind.List, SingleResult.Nullable, NumberResult.None));
            default:
                var any = TypeFacts.IsBool(result);
                if (streaming || !(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask || TypeFacts.IsIntOrLong(result) || any))
                {
                    reason = "Delete returns void, the number removed or whether it removed any";
                    return null;
                }

                var deleted = TypeFacts.IsLong(result) ? NumberResult.Long : TypeFacts.IsInt(result) ? NumberResult.Int : NumberResult.None;
                return Shaped(shape, new EntitySpecificationOp(verb.Value, TypeNames.Escape(parameter.Name), access, filter, criteriaMember, criteriaIsMethod, SequenceKind.List, SingleResult.Nullable, deleted, any));
        }
    }

    private static EntitySpecificationOp Shaped(SpecificationShapeSpec? shape, EntitySpecificationOp op) => shape is null ? op : op with { Shape = shape };

    /// <summary>
    /// The members of a specification applied by the repository's evaluator (eShopOnWeb's first <c>ISpecification&lt;T&gt;</c>
    /// and the courses built on it: <c>Criteria</c>, <c>Includes</c>, <c>OrderBy</c>, <c>OrderByDescending</c>, <c>GroupBy</c>,
    /// <c>Skip</c>, <c>Take</c>, <c>IsPagingEnabled</c>): the ones that group, order or page, null when there are none. Any
    /// other property makes <paramref name="reason"/> say which, since its effect on the query is the evaluator's.
    /// </summary>
    private static SpecificationShapeSpec? Shape(ParseContext context, INamedTypeSymbol type, EntityInfo entity, string criteriaMember, out string? reason)
    {
        reason = null;
        (string Name, bool IsExpression)? groupBy = null, orderBy = null, orderByDescending = null;
        string? paging = null, skip = null, take = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var types = type.TypeKind == TypeKind.Interface ? new[] { type }.Concat(type.AllInterfaces) : BaseTypes(type);
        foreach (var declaring in types)
        {
            foreach (var property in declaring.GetMembers().OfType<IPropertySymbol>())
            {
                if (property.IsStatic || property.DeclaredAccessibility != Accessibility.Public || property.IsIndexer || !seen.Add(property.Name)
                    || property.Name == criteriaMember || Conventions.IsOneOf(property.Name, Conventions.SpecificationIgnoredMembers))
                {
                    continue;
                }

                var name = TypeNames.Escape(property.Name);
                switch (property.Name)
                {
                    case "OrderBy" or "OrderByDescending" or "GroupBy":
                        if (KeySelector(context, property.Type, entity) is not { } isExpression)
                        {
                            reason = "its specification's " + property.Name + " is " + property.Type.ToDisplayString() + ", not an Expression<Func<" + entity.Type.Name + ", TKey>> or Func<" + entity.Type.Name + ", TKey>";
                            return null;
                        }

                        var selector = (name, isExpression);
                        if (property.Name == "OrderBy")
                        {
                            orderBy = selector;
                        }
                        else if (property.Name == "OrderByDescending")
                        {
                            orderByDescending = selector;
                        }
                        else
                        {
                            groupBy = selector;
                        }

                        break;
                    case "IsDistinct" or "Distinct" when TypeFacts.IsBool(property.Type):
                        // Skinet's ISpecification<T>.IsDistinct (its evaluator: query.Distinct()): the matches are entities, each a
                        // row with its own key, so a DISTINCT over them (EF Core's SELECT DISTINCT over every column, LINQ's
                        // Distinct over the instances) keeps every one: nothing to apply.
                        break;
                    case "IsPagingEnabled" or "isPagingEnabled" or "PagingEnabled" when TypeFacts.IsBool(property.Type):
                        paging = name;
                        break;
                    case "Skip" or "Take" when property.Type.SpecialType == SpecialType.System_Int32:
                        if (property.Name == "Skip")
                        {
                            skip = name;
                        }
                        else
                        {
                            take = name;
                        }

                        break;
                    default:
                        reason = "its specification " + type.ToDisplayString() + " has " + property.Name + ", whose effect on the matches is the repository's evaluator's; the fake applies only "
                            + criteriaMember + ", OrderBy, OrderByDescending, GroupBy, Skip/Take with IsPagingEnabled, and ignores " + string.Join(", ", Conventions.SpecificationIgnoredMembers.Take(4)) + "…";
                        return null;
                }
            }
        }

        if ((skip is not null || take is not null) != (paging is not null) || (paging is not null && (skip is null || take is null)))
        {
            reason = "its specification " + type.ToDisplayString() + " pages with " + string.Join(", ", new[] { skip, take, paging }.Where(static n => n is not null))
                + "; the fake pages only with Skip, Take and an IsPagingEnabled flag, as whether a Take of 0 means none or every entity is the evaluator's";
            return null;
        }

        return groupBy is null && orderBy is null && orderByDescending is null && paging is null
            ? null
            : new SpecificationShapeSpec(groupBy?.Name, groupBy?.IsExpression ?? false, orderBy?.Name, orderBy?.IsExpression ?? false,
                orderByDescending?.Name, orderByDescending?.IsExpression ?? false, paging, skip, take);
    }

    private static IEnumerable<INamedTypeSymbol> BaseTypes(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            yield return current;
        }
    }

    /// <summary>Whether a type is <c>Expression&lt;Func&lt;T, TKey&gt;&gt;</c> (true) or <c>Func&lt;T, TKey&gt;</c> (false) over the entity; null otherwise.</summary>
    private static bool? KeySelector(ParseContext context, ITypeSymbol type, EntityInfo entity)
    {
        type = TypeNames.Underlying(type);
        var isExpression = KnownSymbols.Is(type, context.Known.Expression);
        if (isExpression)
        {
            type = ((INamedTypeSymbol)type).TypeArguments[0];
        }

        return KnownSymbols.Is(type, context.Known.Func2) && type is INamedTypeSymbol func && TypeFacts.SameType(func.TypeArguments[0], entity.Type) ? isExpression : null;
    }

    /// <summary>Whether a generic method's type parameters appear only where a specification's projection puts them.</summary>
    public static bool IsProjection(MemberCandidate candidate)
        => candidate.IsGenericMethod && candidate.Method is { Arity: 1 } method
           && method.Parameters.Any(p => p.Type is INamedTypeSymbol { IsGenericType: true } t && t.TypeArguments.Any(a => SymbolEqualityComparer.Default.Equals(a, method.TypeParameters[0])));

    private static SingleResult Single(ITypeSymbol result)
        => TypeNames.IsNullableValueType(result) ? SingleResult.NullableStruct
           : TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated) ? SingleResult.Nullable
           : SingleResult.Required;

    /// <summary>
    /// <c>GetCount(spec)</c>, <c>Get{Entities}Count(spec)</c>, <c>GetTotal{Entities}Count(spec)</c>, <c>GetAllItemsLongCount(spec)</c>:
    /// the count of the matches, as <c>CountAsync(spec)</c>, by the one rule of count names (<see cref="QueryBinder.CountNameReads"/>).
    /// Broadcast-Development-Kit's Cosmos DB repository declares <c>Task&lt;int&gt; GetItemsCountAsync(ISpecification&lt;T&gt;)</c>
    /// (h-sample61); before, its leading Get read it as a list and the <c>int</c> result was refused as a list of the wrong type.
    /// </summary>
    private static bool IsGetCount(ParseContext context, EntityInfo entity, string verb)
    {
        var words = QueryNameParser.SplitWords(verb);
        return QueryNameParser.ReadCountName(words, words.Count) is { } count && QueryBinder.CountNameReads(context, entity, count);
    }

    private static SpecificationVerb? VerbOf(string verb, out string? verbWord)
    {
        foreach (var (word, kind) in Conventions.SpecificationVerbs)
        {
            if (verb == word || (NameWords.StartsWithWordAndMore(verb, word)
                && !verb.Substring(word.Length).StartsWith("By", StringComparison.Ordinal)))
            {
                verbWord = word;
                return kind;
            }
        }

        verbWord = null;
        return null;
    }

    /// <summary>What a specification member of <paramref name="verb"/> does with its matches, as a fix says it.</summary>
    private static string Does(SpecificationVerb verb) => verb switch
    {
        SpecificationVerb.Count => PredicateNames.Does(QueryVerb.Count),
        SpecificationVerb.Any => PredicateNames.Does(QueryVerb.Exists),
        SpecificationVerb.Delete => PredicateNames.Does(QueryVerb.Delete),
        _ => PredicateNames.Does(QueryVerb.Select),
    };

    /// <summary><c>IEnumerable&lt;X&gt; Evaluate(IEnumerable&lt;T&gt;)</c> on the type or its interfaces; <paramref name="projection"/> is X when it is not T.</summary>
    private static IMethodSymbol? FindEvaluate(ParseContext context, INamedTypeSymbol type, EntityInfo entity, out ITypeSymbol? projection)
    {
        projection = null;
        IMethodSymbol? best = null;
        foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
        {
            foreach (var member in candidate.GetMembers(Conventions.SpecificationEvaluate))
            {
                if (member is IMethodSymbol { IsStatic: false, IsGenericMethod: false, Parameters.Length: 1 } method
                    && TypeFacts.EnumerableElement(method.Parameters[0].Type) is { } input && TypeFacts.SameType(input, entity.Type)
                    && TypeFacts.EnumerableElement(method.ReturnType) is { } output)
                {
                    // The most derived one wins: ISpecification<T, TResult>.Evaluate projects, ISpecification<T>.Evaluate does not.
                    if (best is null || (!TypeFacts.SameType(output, entity.Type) && projection is null))
                    {
                        best = method;
                        projection = TypeFacts.SameType(output, entity.Type) ? null : output;
                    }
                }
            }
        }

        return best;
    }

    private static IMethodSymbol? FindMethod(INamedTypeSymbol type, string name, Func<IMethodSymbol, bool> fits)
    {
        foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
        {
            foreach (var member in candidate.GetMembers(name))
            {
                if (member is IMethodSymbol { IsStatic: false, IsGenericMethod: false } method && fits(method))
                {
                    return method;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The one public instance method of the parameter's type (or a base class) that takes an <c>IQueryable&lt;T&gt;</c> of
    /// the entity and returns one (<c>IQueryable&lt;T&gt; Apply(IQueryable&lt;T&gt; query)</c>), whatever its name; null when
    /// there is none, or several (<paramref name="ambiguous"/>: which one the store applies is not said).
    /// </summary>
    public static IMethodSymbol? FindQueryableFilter(ParseContext context, INamedTypeSymbol type, EntityInfo entity, out bool ambiguous)
    {
        ambiguous = false;
        IMethodSymbol? found = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary, IsStatic: false, IsGenericMethod: false, DeclaredAccessibility: Accessibility.Public, Parameters.Length: 1 } method
                    && TypeFacts.ReadsAsValue(method.Parameters[0])
                    && IsQueryableOfEntity(context, method.Parameters[0].Type, entity) && IsQueryableOfEntity(context, method.ReturnType, entity)
                    && seen.Add(method.Name))
                {
                    if (found is not null)
                    {
                        ambiguous = true;
                        return null;
                    }

                    found = method;
                }
            }
        }

        return found;
    }

    private static bool IsQueryableOfEntity(ParseContext context, ITypeSymbol type, EntityInfo entity)
        => type is INamedTypeSymbol named && KnownSymbols.Is(named, context.Known.Queryable) && TypeFacts.SameType(named.TypeArguments[0], entity.Type);

    /// <summary>A criteria property or method: <c>Expression&lt;Func&lt;T, bool&gt;&gt; Criteria</c>, <c>Func&lt;T, bool&gt; GetFilter()</c>…</summary>
    private static (SpecificationAccess? Access, string? Member, bool IsMethod) FindCriteria(ParseContext context, INamedTypeSymbol type, EntityInfo entity)
    {
        foreach (var name in Conventions.SpecificationCriteriaNames)
        {
            foreach (var candidate in new[] { type }.Concat(type.AllInterfaces))
            {
                foreach (var member in candidate.GetMembers(name))
                {
                    var (memberType, isMethod) = member switch
                    {
                        IPropertySymbol { IsStatic: false, GetMethod: not null, Parameters.Length: 0 } property => (property.Type, false),
                        IMethodSymbol { IsStatic: false, IsGenericMethod: false, Parameters.Length: 0, ReturnsVoid: false } method => (method.ReturnType, true),
                        _ => ((ITypeSymbol?)null, false),
                    };
                    if (memberType is not null && TypeFacts.PredicateKind(context.Known, memberType, entity.Type, out _) is var kind and not PredicateForm.None)
                    {
                        return (kind == PredicateForm.Expression ? SpecificationAccess.Expression : SpecificationAccess.Func, TypeNames.Escape(name), isMethod);
                    }
                }
            }
        }

        return (null, null, false);
    }
}
