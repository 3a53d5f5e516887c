using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Binds derived query names (read by <see cref="QueryNameParser"/>) and predicate methods to the entity: property
/// paths, operators against property types, parameters against conditions, the return type against the verb. Each
/// mistake is a diagnostic on the method (IMF0015–IMF0019); a query that compiles never fails for a reason visible here.
/// </summary>
internal static class QueryBinder
{
    /// <summary>The query verb of a predicate method (its name's first word), when one of its parameters is a predicate over the entity.</summary>
    public static (QueryVerb Verb, string Word)? PredicateVerb(ParseContext context, MemberCandidate candidate, EntityInfo entity)
    {
        var hasPredicate = false;
        foreach (var parameter in candidate.Parameters)
        {
            hasPredicate |= TypeFacts.PredicateKind(context.Known, parameter.Type, entity.Type, out _) != PredicateForm.None;
        }

        if (!hasPredicate)
        {
            return null;
        }

        if (GetCountName(candidate) is { } count && CountNameReads(context, entity, count))
        {
            // GetCount(predicate), GetAllCount(predicate), GetTotalCount(predicate), Get{Es}Count(predicate) returning int or
            // long: the number of matches, as Count(predicate) and the parameterless GetCount() are. Read as a Get it was refused
            // for its result, "int does not fit Get" (h-sample131: a generic repository's GetALlFilteredByCount(expression)).
            return (QueryVerb.Count, candidate.Verb);
        }

        var words = QueryNameParser.SplitWords(candidate.Verb);
        foreach (var (word, verb) in Conventions.PredicateVerbs)
        {
            if (words.Count > 0 && words[0] == word)
            {
                return (verb, word);
            }
        }

        return null;
    }

    /// <summary>
    /// The count name (<see cref="QueryNameParser.ReadCountName"/>: <c>GetCount</c>, <c>GetAllCount</c>,
    /// <c>GetTotalOrdersCount</c>) of a member returning <c>int</c> or <c>long</c>; null for any other name or result.
    /// </summary>
    public static CountName? GetCountName(MemberCandidate candidate)
    {
        if (candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.IsIntOrLong(candidate.Result))
        {
            return null;
        }

        var words = QueryNameParser.SplitWords(candidate.Verb);
        return QueryNameParser.ReadCountName(words, words.Count);
    }

    /// <summary>
    /// Whether a count name counts every row the rest of the member selects (the matches of its predicate or specification,
    /// the rows its By conditions select, every row when it takes nothing): the one rule of
    /// <see cref="QueryNameParser.CountsEveryRow"/>, with the entity's nouns (<see cref="EntityParameters.CountNouns"/>). Not
    /// when a property of the entity is named after the words between Get and Count with Count (a <c>TotalCount</c> or
    /// <c>ItemsCount</c> property may be what such a member reads or adds up), nor when a word that stands for any row is a
    /// property of the entity (an order's <c>Items</c>: <c>GetItemsCount</c> may count the items of each order), nor when the
    /// words before Count with Count are the entity's own name (<c>GetItemCount…</c> of an <c>ItemCount</c>).
    /// </summary>
    public static bool CountNameReads(ParseContext context, EntityInfo entity, CountName count)
        => CountNameProperty(context, entity, count) is null && CountNameNamesRows(context, entity, count);

    /// <summary>
    /// Whether a count name's words say it counts rows of the entity (<see cref="QueryNameParser.CountsEveryRow"/> with its
    /// nouns), whatever its properties (<see cref="CountNameReads"/> also asks that no property is named by them).
    /// </summary>
    public static bool CountNameNamesRows(ParseContext context, EntityInfo entity, CountName count)
    {
        var nouns = EntityParameters.CountNouns(context, entity);
        if (count.Middle.Length > 0 && nouns.Contains(count.Middle + Conventions.CountQueryWord))
        {
            // GetItemCountByListId of an ItemCount: a Get of the entity by its own name, not a count.
            return false;
        }

        var plural = entity.Name.Length == 0 ? "" : TypeNames.Plural(entity.Name);
        return QueryNameParser.CountsEveryRow(count, words => nouns.Contains(string.Concat(words)) || QueryNameParser.NamesEntityAlone(words, entity.Name, plural));
    }

    /// <summary>
    /// The property of the entity a count name may read instead of counting rows (<see cref="CountNameReads"/>):
    /// <c>{Middle}Count</c> (<c>GetViewCount</c> of an entity with <c>ViewCount</c>), or its noun when that is a word standing
    /// for any row (<c>GetItemsCount</c> of an order with <c>Items</c>); null when there is none.
    /// </summary>
    public static IPropertySymbol? CountNameProperty(ParseContext context, EntityInfo entity, CountName count)
        => count.Middle.Length == 0 ? null
            : context.PropertiesOf(entity.Type).FirstOrDefault(p => p.Name == count.Middle + "Count"
                || (p.Name == count.Noun && (Conventions.IsOneOf(count.Noun, Conventions.NeutralPluralNouns) || Conventions.IsOneOf(count.Noun, Conventions.EntityStandInNouns))));

    /// <summary>
    /// Why a count name the one rule does not read (<see cref="CountNameReads"/>) is refused: the property it may read
    /// instead, or the words between Get and Count; <paramref name="selector"/> is what says which rows ("predicate",
    /// "specification"), null for every row.
    /// </summary>
    public static string CountNameProblem(ParseContext context, EntityInfo entity, CountName count, string? selector)
    {
        var rows = selector is null ? "every row" : "the rows its " + selector + " matches";
        var counts = selector is null ? "every row" : "the matches of the " + selector;
        return CountNameProperty(context, entity, count) is { } property
            ? "its name ends in Count and it returns a number, but " + EntityParameters.EntityDisplay(entity) + " has the property '" + property.Name
                + "', which the name may mean instead of the rows: it may read, add up or count that property over " + rows + "; name it Count or GetCount when it counts " + counts
            : "its name ends in Count and it returns a number, the count of the " + EntityParameters.EntityDisplay(entity) + " rows its " + selector + " matches, but '" + count.Middle
                + "' between Get and Count is words no convention reads (what they add to the " + selector + ", or whether they say something else is counted, is the store's own); name it Count or GetCount when it counts " + counts + " alone";
    }

    /// <summary>
    /// A count named with a word that stands for any row, by the entity's key alone (<c>GetItemsCountByOrderId(orderId)</c>
    /// of an <c>Order</c> keyed by <c>OrderId</c>; session 41, review of h-count41): the key selects one row at most, so the
    /// count of rows is 0 or 1, which no one names a count of items; the word most likely names what that row holds (the
    /// order's items), which the fake does not know. Null for any other name.
    /// </summary>
    private static string? NeutralCountByKey(EntityInfo entity, List<string> nameWords, QueryHead head)
    {
        var by = nameWords.IndexOf("By");
        if (head.Verb != QueryVerb.Count || by <= 0 || entity.Keys.Count != 1 || !string.Equals(string.Concat(head.Body), entity.Keys[0].Name, StringComparison.Ordinal)
            || QueryNameParser.ReadCountName(nameWords, by) is not { } count
            || !(Conventions.IsOneOf(count.Noun, Conventions.NeutralPluralNouns) || Conventions.IsOneOf(count.Noun, Conventions.EntityStandInNouns)))
        {
            return null;
        }

        return "its name counts '" + count.Noun + "' by the key " + entity.Keys[0].Name + " alone, which selects one " + entity.Name + " at most, so a count of "
            + entity.Name + " rows would be 0 or 1: '" + count.Noun + "' more likely names what that row holds (its lines, its items), which no signature lists; "
            + "name it CountBy" + entity.Keys[0].Name + " or ExistsBy" + entity.Keys[0].Name + " when it asks whether the " + entity.Name + " is stored, or write it in the partial class";
    }

    /// <summary>Plans a derived query, or reports why it cannot be one (and returns null).</summary>
    public static EntityQueryOp? BindDerived(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed)
    {
        var nameWords = QueryNameParser.SplitWords(candidate.Verb);
        var subjectFlag = SubjectFlag(context, entity, nameWords, out var negatedFlag);
        var head = QueryNameParser.ParseHead(nameWords, entity.Name, entity.Name.Length == 0 ? "" : TypeNames.Plural(entity.Name), out var headProblem, count => CountNameReads(context, entity, count));
        if (head is null)
        {
            return Unparsable(context, candidate, headProblem!);
        }

        if (NeutralCountByKey(entity, nameWords, head) is { } neutralByKey)
        {
            context.NotSupported(candidate, "entity repository", neutralByKey);
            return null;
        }

        var arguments = candidate.Parameters.Where(p => !EntityParameters.IsIgnorable(context, p)).ToArray();
        if (RangeProblem(context, entity, head.Body, arguments) is { } rangeProblem)
        {
            return WrongParameters(context, candidate, rangeProblem);
        }

        var body = QueryNameParser.ParseBody<QueryPath>(
            head.Body,
            (words, position) => PathReadings(context, entity.Type, words, position, 0),
            context.CancellationToken.ThrowIfCancellationRequested,
            (words, position) => InflectedReadings(context, entity.Type, words, position, 0));
        if (body is null && NamedByParameter(context, entity, head, arguments) is { } byParameter)
        {
            // FindByNameAsync(string normalizedUserName) on an entity with no Name: the parameter names the property
            // (NormalizedUserName), and the name's word is the end of it.
            body = byParameter;
        }

        if (body is null)
        {
            DiagnoseBody(context, candidate, entity, head.Body);
            return null;
        }

        AddLeadingScopingConditions(context, entity, body, arguments);
        RetargetNormalized(context, entity, body, arguments);
        arguments = WithIncludeFlags(context, entity, body, arguments);
        if (subjectFlag is not null)
        {
            // GetActiveTokensByUserId(userId): the flag holds too, in every Or group.
            var form = negatedFlag ? new OperatorForm(new[] { "False" }, QueryOperator.False, "False") : new OperatorForm(new[] { "True" }, QueryOperator.True, "True");
            foreach (var group in body.Groups)
            {
                group.Add(new ConditionSyntax<QueryPath>(new QueryPath(new[] { subjectFlag }), form, ignoreCase: false));
            }
        }

        if (head.VerbWord == "Search" && body.Groups.SelectMany(static g => g).FirstOrDefault(c => ReferenceEquals(c.Form, OperatorForm.Implicit)
                && Categorize(context, TypeNames.Underlying(c.Path.Leaf)) == ValueCategory.Text) is { } searched)
        {
            // SearchByTitle(title): Spring Data reads searchBy as findBy (equality), but a .NET repository's Search is most
            // often a substring match (Title.Contains(title)); the name does not say which.
            return Unparsable(context, candidate, "Search" + " by " + searched.Path.Text + " may compare the whole text or search within it (Contains), and the name does not say which; write "
                + "SearchBy" + searched.Path.Text + "Containing (or StartingWith) for a search within the text, or FindBy" + searched.Path.Text + " for equality");
        }

        return Bind(context, candidate, entity, store, unique, indexed, head.Verb, head.VerbWord, head.Limit, head.Distinct, body, arguments, body.Optional, head.SingleMatch);
    }

    /// <summary>
    /// <c>bool include{Flag}</c> parameters of a derived query (<c>GetByWorkspaceIdAsync(workspaceId, bool includeArchived =
    /// false)</c>, since session 24): as on a lookup bound by parameter names, each names a <c>bool</c> flag of the entity
    /// (<c>includeArchived</c> for <c>IsArchived</c>, <c>includeInactive</c> for <c>IsActive</c> negated) and is one more
    /// condition, true keeping every row and false leaving the flagged ones out. The conditions go first in the name's one
    /// condition group and the flags first in the arguments, so the name's conditions, scoping parameters and paging keep
    /// their places. A name with Or groups keeps them unexplained (which group the flag belongs to is not said).
    /// </summary>
    private static IParameterSymbol[] WithIncludeFlags(ParseContext context, EntityInfo entity, QueryBody<QueryPath> body, IParameterSymbol[] arguments)
    {
        if (body.Groups.Count != 1)
        {
            return arguments;
        }

        var flags = new List<(IParameterSymbol Parameter, IPropertySymbol Flag, bool Negated)>();
        foreach (var parameter in arguments)
        {
            if (TypeFacts.IsBool(parameter.Type) && !TypeNames.IsNullableValueType(parameter.Type) && NameWords.StartsWithWordAndMore(parameter.Name, "include")
                && EntityParameters.BoolFlag(context, entity, parameter.Name.Substring(7), out var negated) is { } flag)
            {
                flags.Add((parameter, flag, negated));
            }
        }

        if (flags.Count == 0)
        {
            return arguments;
        }

        body.Groups[0].InsertRange(0, flags.Select(static f => new ConditionSyntax<QueryPath>(new QueryPath(new[] { f.Flag }), f.Negated ? OperatorForm.IncludeFlaggedNegated : OperatorForm.IncludeFlagged, ignoreCase: false)));
        return flags.Select(static f => f.Parameter).Concat(arguments.Where(a => !flags.Any(f => SymbolEqualityComparer.Default.Equals(f.Parameter, a)))).ToArray();
    }

    /// <summary>
    /// <c>{P}Range(min, max)</c> (<c>GetProductsByPriceRange(decimal minPrice, decimal maxPrice)</c>): read as
    /// <c>{P}Between</c>, both ends included, when the name is one property followed by <c>Range</c> (no property is named
    /// <c>{P}Range</c>) and its first two parameters are named as the lower and then the upper bound of that property by the
    /// bound words (<see cref="Conventions.RangeBoundWords"/>: <c>minPrice</c>, <c>priceMax</c>…), which say "at least" and
    /// "at most". Rewrites <paramref name="body"/> then and returns null; the reason it is refused when the parameters are
    /// named otherwise (<c>from</c>/<c>to</c>: whether the upper end is included is the real query's choice); null for any
    /// other name.
    /// </summary>
    private static string? RangeProblem(ParseContext context, EntityInfo entity, List<string> body, IParameterSymbol[] arguments)
    {
        if (body.Count < 2 || body[body.Count - 1] != "Range" || body.Any(static w => w is "And" or "Or" or "OrderBy" or "Order"))
        {
            return null;
        }

        var readings = PathReadings(context, entity.Type, body, 0, 0);
        if (readings.Any(r => r.End == body.Count) || readings.FirstOrDefault(r => r.End == body.Count - 1) is not { Path: { } path }
            || path.Properties.Count != 1)
        {
            return null;
        }

        var property = path.Properties[0];
        if (Categorize(context, TypeNames.Underlying(property.Type)) != ValueCategory.Operators)
        {
            return "'" + property.Name + "Range' would read as " + property.Name + " between two bounds, but " + property.Name + " is " + property.Type.ToDisplayString()
                + ", which the C# operators do not order (a range of it is the database's collation or the store's own rule)";
        }

        if (arguments.Length >= 2
            && EntityParameters.BoundedProperty(context, entity, arguments[0], out var lower) is { } low && SymbolEqualityComparer.Default.Equals(low, property) && lower == QueryOperator.GreaterThanEqual
            && EntityParameters.BoundedProperty(context, entity, arguments[1], out var upper) is { } high && SymbolEqualityComparer.Default.Equals(high, property) && upper == QueryOperator.LessThanEqual)
        {
            body[body.Count - 1] = "Between";
            return null;
        }

        var given = string.Join(", ", arguments.Take(2).Select(static a => a.Name));
        return "'" + property.Name + "Range' reads as " + property.Name + " between two bounds, both included, only when its first two parameters are named as the lower and then the upper bound of "
            + property.Name + " (min" + property.Name + ", max" + property.Name + "; " + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1) + "Min/" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1)
            + "Max; minimum…/maximum…), and they are (" + given + "): whether the upper end is included (whether 'to' includes its own day) is the real query's choice; name them min" + property.Name + " and max" + property.Name
            + ", or name the query " + property.Name + "Between, which includes both ends";
    }

    /// <summary>
    /// Why a parameter is not a filter object over the entity, or null when it is one: a class or struct (not the entity,
    /// not text, a collection or a delegate) whose public instance properties each carry the name of an entity property
    /// (any case) and a type that converts to it, and each can be null (a reference or <c>Nullable&lt;T&gt;</c>), so "not set"
    /// is told apart from a value. IdentityServer's <c>PersistedGrantFilter</c>: <c>SubjectId</c>, <c>SessionId</c>,
    /// <c>ClientId</c>, <c>Type</c>.
    /// </summary>
    public static string? WhyNotFilter(ParseContext context, EntityInfo entity, IParameterSymbol parameter, out List<(IPropertySymbol Filter, IPropertySymbol Entity)> matches)
    {
        matches = new List<(IPropertySymbol, IPropertySymbol)>();
        var type = parameter.Type;
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None
            || SymbolEqualityComparer.Default.Equals(named, entity.Type) || TypeNames.IsNullableValueType(named)
            || TypeFacts.EnumerableElement(named) is not null || TypeFacts.RootNamespace(named) == "System")
        {
            return "parameter '" + parameter.Name + "' is no filter object";
        }

        if (EntityQueries.FindQueryableFilter(context, named, entity, out var ambiguous) is not null || ambiguous)
        {
            // The type says how it filters (Apply(IQueryable<T>)): reading its property names instead would be a guess
            // (IsNullOrWhiteSpace, StartsWith…); the specification rules run the method, or refuse several.
            return "parameter '" + parameter.Name + "' applies itself to a query";
        }

        var properties = named.GetMembers().OfType<IPropertySymbol>()
            .Where(static p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is not null && p.Name != "EqualityContract")
            .ToList();
        for (var b = named.BaseType; b is not null && b.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); b = b.BaseType)
        {
            properties.AddRange(b.GetMembers().OfType<IPropertySymbol>().Where(p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public && p.GetMethod is not null && properties.All(q => q.Name != p.Name)));
        }

        if (properties.Count == 0)
        {
            return "parameter '" + parameter.Name + "' (" + named.ToDisplayString() + ") has no public properties to filter by";
        }

        foreach (var property in properties)
        {
            var target = context.PropertiesOf(entity.Type).FirstOrDefault(p => string.Equals(p.Name, property.Name, StringComparison.OrdinalIgnoreCase));
            if (target is null)
            {
                return "the filter " + named.Name + "'s property " + property.Name + " names no property of " + EntityParameters.EntityDisplay(entity);
            }

            if (property.Type.IsValueType && !TypeNames.IsNullableValueType(property.Type))
            {
                return "the filter " + named.Name + "'s property " + property.Name + " is a " + property.Type.ToDisplayString() + ", which cannot be left unset; make it nullable";
            }

            var underlying = TypeNames.Underlying(target.Type);
            var nullableTarget = underlying.IsValueType ? context.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(underlying) : underlying;
            if (!TypeFacts.Converts(context, property.Type, nullableTarget))
            {
                return "the filter " + named.Name + "'s property " + property.Name + " is " + property.Type.ToDisplayString() + ", which does not convert to " + target.Name + " (" + target.Type.ToDisplayString() + ")";
            }

            matches.Add((property, target));
        }

        return null;
    }

    /// <summary>
    /// A query by a filter object (<see cref="WhyNotFilter"/>): every property the caller set is an equality, AND-ed; an unset
    /// (null) one is no condition. A filter with no property set is refused with an <c>ArgumentException</c> (IdentityServer's
    /// stores validate it so; matching everything, or deleting everything, would be the guess), and so is a text property set
    /// to empty or white space (IdentityServer's stores skip it as unset, a plain <c>==</c> compares it).
    /// </summary>
    public static EntityQueryOp? BindFilter(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, QueryVerb verb, string verbName, IParameterSymbol filter, List<(IPropertySymbol Filter, IPropertySymbol Entity)> matches)
    {
        var result = Result(context, candidate, entity, verb, verbName, 0, out var resultProblem);
        if (result is null)
        {
            return WrongResult(context, candidate, verbName, resultProblem!);
        }

        var name = TypeNames.Escape(filter.Name);
        var conditions = new List<ConditionSpec>();
        foreach (var (filterProperty, entityProperty) in matches)
        {
            var syntax = new ConditionSyntax<QueryPath>(new QueryPath(new[] { entityProperty }), OperatorForm.Implicit, false);
            var plan = PlanCondition(context, syntax, false, out var problem);
            if (plan is null)
            {
                context.ReportQuery(DiagnosticDescriptors.QueryOperatorMismatch, candidate, candidate.Symbol.Name, context.InterfaceName, "Equals", entityProperty.Name, entityProperty.Type.ToDisplayString(), problem!);
                return null;
            }

            plan.Arguments.Add((filter, 0));
            conditions.Add(plan.ToSpec(context) with { ArgumentMember = TypeNames.Escape(filterProperty.Name), Optional = true, OnStringKey = IsTheStringKey(entity, plan) });
        }

        store.ReserveQueryVariables(context);
        return new EntityQueryOp(new QuerySpec(
            result.Kind,
            result.Sequence,
            result.Single,
            result.ReturnsCount,
            new[] { new QueryArgumentSpec(name, null) },
            new[] { new ConditionGroupSpec(conditions.ToArray()) },
            null,
            null,
            null,
            null,
            false,
            0,
            null,
            new[] { name },
            new[] { name },
            result.ReturnsAny)
        {
            Filter = new FilterSpec(
                name,
                filter.Name,
                matches.Select(static m => TypeNames.Escape(m.Filter.Name)).ToArray(),
                matches.Where(static m => m.Filter.Type.SpecialType == SpecialType.System_String).Select(static m => TypeNames.Escape(m.Filter.Name)).ToArray()),
            Projection = result.Projection,
        });
    }

    /// <summary>A parameterless query on a bool flag (<c>GetDefault()</c> → where <c>IsDefault</c> is true), returned as the member's result asks.</summary>
    public static EntityQueryOp? BindFlag(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed, QueryVerb verb, string verbName, IPropertySymbol flag, bool negated = false)
    {
        var body = new QueryBody<QueryPath>(new List<List<ConditionSyntax<QueryPath>>> { new() { FlagCondition(flag, negated) } }, new List<OrderSyntax<QueryPath>>(), false);
        var arguments = candidate.Parameters.Where(p => !EntityParameters.IsIgnorable(context, p)).ToArray();
        return Bind(context, candidate, entity, store, unique, indexed, verb, verbName, 0, false, body, arguments);
    }

    /// <summary>The condition that a <c>bool</c> flag is set (cleared when <paramref name="negated"/>).</summary>
    private static ConditionSyntax<QueryPath> FlagCondition(IPropertySymbol flag, bool negated)
        => new(new QueryPath(new[] { flag }), negated ? new OperatorForm(new[] { "False" }, QueryOperator.False, "False") : new OperatorForm(new[] { "True" }, QueryOperator.True, "True"), false);

    /// <summary>Whether the parameters are exactly paging (<see cref="PlanPaging"/>): <c>GetAllAsync(int take, int skip)</c>.</summary>
    public static bool IsPaging(ParseContext context, IParameterSymbol[] parameters)
        => parameters.Length > 0 && PlanPaging(context, parameters, new List<string>(), out var problem) is not null && problem is null;

    /// <summary>
    /// A list of every entity, one page of it: a list verb whose parameters are only paging, in key order (each part of a
    /// composite key in turn), as a real store pages with <c>OrderBy(x =&gt; x.Id)</c> (Ardalis' <c>ListContributorsQueryService</c>);
    /// in insertion order when a key part is not comparable. A declared <c>DefaultOrder</c> is the real store's order and wins.
    /// </summary>
    public static EntityQueryOp? BindPaged(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed, string verbName, IParameterSymbol[] paging)
    {
        var byKey = store.DefaultOrdering is null && entity.Keys.Count > 0 && entity.Keys.All(k => Categorize(context, TypeNames.Underlying(k.Type)) != ValueCategory.Equatable)
            ? entity.Keys.Select(static k => new OrderSyntax<QueryPath>(new QueryPath(new[] { k }), descending: false)).ToList()
            : new List<OrderSyntax<QueryPath>>();
        var body = new QueryBody<QueryPath>(new List<List<ConditionSyntax<QueryPath>>>(), byKey, false);
        return Bind(context, candidate, entity, store, unique, indexed, QueryVerb.Select, verbName, 0, false, body, paging);
    }

    /// <summary>
    /// Keyset paging (<c>GetAfterAsync(int lastId, int take)</c>): the rows whose single key is greater than
    /// <paramref name="lastKey"/> (no condition when a nullable argument is null), in key order, at most
    /// <paramref name="take"/> of them (a negative count is <c>ArgumentOutOfRangeException</c> naming it).
    /// </summary>
    public static EntityQueryOp? BindKeyset(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed, string verbName, IParameterSymbol lastKey, IParameterSymbol take)
    {
        var key = new QueryPath(new[] { entity.Keys[0] });
        var after = new ConditionSyntax<QueryPath>(key, new OperatorForm(new[] { "GreaterThan" }, QueryOperator.GreaterThan, "GreaterThan"), ignoreCase: false);
        var body = new QueryBody<QueryPath>(new List<List<ConditionSyntax<QueryPath>>> { new() { after } }, new List<OrderSyntax<QueryPath>> { new(key, descending: false) }, false);
        if (Bind(context, candidate, entity, store, unique, indexed, QueryVerb.Select, verbName, 0, false, body, new[] { lastKey }) is not { } op)
        {
            return null;
        }

        var count = TypeNames.Escape(take.Name);
        var page = new PageSpec(PageKind.Request, "global::InMemoryFakes.PageRequest.Of(0, " + count + ", null, nameof(" + count + "))", null, null, null, null);
        return op with { Query = op.Query with { Page = page } };
    }

    /// <summary>
    /// Reads of a tree by its parent property (<c>GetChildren(parentId)</c>: <c>ParentId == parentId</c>; <c>GetRoots()</c>:
    /// <c>ParentId == null</c>), as the member's verb and result ask; parameters after the parent's key that name a property
    /// exactly scope the rows (<see cref="AddScopingConditions"/>).
    /// </summary>
    public static EntityQueryOp? BindHierarchy(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed, QueryVerb verb, string verbName, IPropertySymbol parent, bool roots, IParameterSymbol[] arguments)
    {
        var form = roots ? new OperatorForm(new[] { "IsNull" }, QueryOperator.IsNull, "IsNull") : OperatorForm.Implicit;
        var condition = new ConditionSyntax<QueryPath>(new QueryPath(new[] { parent }), form, ignoreCase: false);
        var body = new QueryBody<QueryPath>(new List<List<ConditionSyntax<QueryPath>>> { new() { condition } }, new List<OrderSyntax<QueryPath>>(), false);
        return Bind(context, candidate, entity, store, unique, indexed, verb, verbName, 0, false, body, arguments);
    }

    /// <summary>
    /// Plans a lookup whose parameters were bound by name to the key and properties (<c>GetAsync(string userId)</c>,
    /// <c>GetUserConsent(subjectId, clientId)</c>): equality on each, returned as the member's result asks. A
    /// <paramref name="flag"/> the name puts before the entity word (<c>GetActiveUser(id)</c>, <see cref="LookupFlags"/>) is
    /// one more condition.
    /// </summary>
    public static EntityQueryOp? BindEquality(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed, QueryVerb verb, string verbName, List<BoundParameter> bound, (IPropertySymbol Property, bool Negated)? flag = null)
    {
        var conditions = new List<ConditionSyntax<QueryPath>>();
        var arguments = new List<IParameterSymbol>();
        foreach (var parameter in bound)
        {
            if (parameter.Meaning == ParameterMeaning.Ignored)
            {
                continue;
            }

            if (parameter.Field is { } field)
            {
                // A parameter naming a non-public field (shape 4): an equality on the field, read through an [UnsafeAccessor].
                conditions.Add(new ConditionSyntax<QueryPath>(QueryPath.OfField(field, store.FieldReader(context, field)), OperatorForm.Implicit, ignoreCase: false));
                arguments.Add(parameter.Parameter);
                continue;
            }

            if (parameter.Property is null)
            {
                // A whole composite key as one tuple parameter: not an equality on one property.
                return WrongParameters(context, candidate, "parameter '" + parameter.Parameter.Name + "' is the whole key, which a lookup by properties cannot compare");
            }

            var form = parameter.IncludeFlagNegated is { } negated ? (negated ? OperatorForm.IncludeFlaggedNegated : OperatorForm.IncludeFlagged)
                : parameter.Bound switch { QueryOperator.GreaterThanEqual => OperatorForm.AtLeast, QueryOperator.LessThanEqual => OperatorForm.AtMost, QueryOperator.Not => OperatorForm.Except, _ => parameter.IsIn ? OperatorForm.PluralIn : OperatorForm.Implicit };
            conditions.Add(new ConditionSyntax<QueryPath>(new QueryPath(new[] { parameter.Property }), form, ignoreCase: false));
            arguments.Add(parameter.Parameter);
        }

        if (flag is { } named)
        {
            conditions.Add(FlagCondition(named.Property, named.Negated));
        }

        var body = new QueryBody<QueryPath>(conditions.Count == 0 ? new List<List<ConditionSyntax<QueryPath>>>() : new List<List<ConditionSyntax<QueryPath>>> { conditions }, new List<OrderSyntax<QueryPath>>(), false);
        return Bind(context, candidate, entity, store, unique, indexed, verb, verbName, 0, false, body, arguments.ToArray());
    }

    /// <summary>
    /// A one-condition name (<c>FindByName</c>) whose single parameter (paging parameters may follow:
    /// <c>GetByCustomer(customerId, page, pageSize)</c>) is named after a property ending with the name's words
    /// (<c>normalizedUserName</c> → NormalizedUserName ends with Name): an equality on that property.
    /// </summary>
    private static QueryBody<QueryPath>? NamedByParameter(ParseContext context, EntityInfo entity, QueryHead head, IParameterSymbol[] arguments)
    {
        if (arguments.Length == 0 || arguments.Skip(1).Any(static a => !IsPagingName(a.Name))
            || head.Body.Any(static w => w is "And" or "Or" or "Order" || QueryNameParser.OperatorWords.Contains(w)))
        {
            return null;
        }

        var words = string.Concat(head.Body);
        if (EntityParameters.PropertyNamed(context, entity, arguments[0].Name) is not { } property
            || !(property.Name.EndsWith(words, StringComparison.OrdinalIgnoreCase) || IsForeignKeyOf(property.Name, words)))
        {
            return null;
        }

        var condition = new ConditionSyntax<QueryPath>(new QueryPath(new[] { property }), OperatorForm.Implicit, ignoreCase: false);
        return new QueryBody<QueryPath>(new List<List<ConditionSyntax<QueryPath>>> { new() { condition } }, new List<OrderSyntax<QueryPath>>(), false);
    }

    /// <summary>
    /// A <c>bool</c> flag named between the verb and By, before an entity word (<c>GetActiveTokensByUserId</c>,
    /// <c>GetPublishedPostsByAuthor</c>, <c>CountUnreadMessagesByUser</c>): the flag's property (negated for
    /// <c>Unread</c>), with the flag and the entity word taken out of <paramref name="words"/> so the rest parses as a
    /// derived query. Only when the words before By are [First/Top/Distinct/All…] + one flag word + an entity word, or
    /// the flag word alone right before By (<c>GetActiveByPatientId</c> of prescriptions with an <c>IsActive</c>: the
    /// entity word left out, as <c>GetActive()</c> lists the flagged rows; since session 21).
    /// </summary>
    private static IPropertySymbol? SubjectFlag(ParseContext context, EntityInfo entity, List<string> words, out bool negated)
    {
        negated = false;
        var by = words.IndexOf("By");
        if (by < 2)
        {
            return null;
        }

        // The entity word right before By: any of its nouns, singular or plural (RefreshToken: Tokens, RefreshTokens).
        var noun = EntityParameters.EntityNounWords(context, entity).FirstOrDefault(n => by - n.Count >= 2 && QueryNameParser.StartsWithWords(words, by - n.Count, n));
        if (noun is null)
        {
            // The flag alone before By; the words before it must still parse as a subject (the verb, First, Top…), and a
            // word of the subject's grammar is never read as a flag (FindFirstByName keeps its First).
            if (words[by - 1] is "First" or "Top" or "Distinct" or "All" or "Many" or "Count" || char.IsDigit(words[by - 1][0])
                || EntityParameters.NamedFlag(context, entity, words[by - 1], out negated, out _) is not { } bare)
            {
                return null;
            }

            words.RemoveAt(by - 1);
            return bare;
        }

        var flagIndex = by - noun.Count - 1;
        if (EntityParameters.NamedFlag(context, entity, words[flagIndex], out negated, out _) is not { } property)
        {
            return null;
        }

        words.RemoveRange(flagIndex, noun.Count + 1);
        return property;
    }

    /// <summary>A paging parameter's name (<c>skip</c>, <c>take</c>, <c>page</c>, <c>pageSize</c>…): what may follow the one condition's parameter.</summary>
    private static bool IsPagingName(string name)
        => Conventions.NameIn(name, Conventions.SkipParameterNames) || Conventions.NameIn(name, Conventions.TakeParameterNames)
            || Conventions.PagingParameterPairs.Any(p => Conventions.NameIn(name, p.First) || Conventions.NameIn(name, p.Second));

    /// <summary>
    /// <c>GetByCategoryAsync(int categoryId)</c> on an entity with a <c>CategoryId</c> and no <c>Category</c>: the name's word
    /// plus Id/ID/Key is the property the parameter names, the foreign-key spelling of the word.
    /// </summary>
    private static bool IsForeignKeyOf(string property, string words)
        => property.Length > words.Length && property.StartsWith(words, StringComparison.Ordinal)
            && Conventions.IsOneOf(property.Substring(words.Length), Conventions.KeyWords);

    /// <summary>
    /// <c>FindByNameAsync(string normalizedName)</c>: when an equality's parameter is named after a property that ends
    /// with the condition's property (NormalizedName, NormalizedUserName for Name), the parameter says which one it
    /// compares, and the condition is on that property. So with a navigation: <c>GetProductsByCategory(int categoryId)</c>
    /// on an entity with both <c>Category</c> and <c>CategoryId</c> compares <c>CategoryId</c>, the foreign key the
    /// parameter names, when the argument does not fit the navigation itself (an <c>int</c> is no <c>Category</c>).
    /// </summary>
    private static void RetargetNormalized(ParseContext context, EntityInfo entity, QueryBody<QueryPath> body, IParameterSymbol[] arguments)
    {
        var next = 0;
        foreach (var group in body.Groups)
        {
            for (var i = 0; i < group.Count; i++)
            {
                var condition = group[i];
                var arity = condition.Form.Arity;
                if (next + arity > arguments.Length)
                {
                    return;
                }

                if (condition.Form.Operator == QueryOperator.Equals && condition.Path.Properties.Count == 1
                    && EntityParameters.PropertyNamed(context, entity, arguments[next].Name) is { } named
                    && named.Name != condition.Path.Properties[0].Name
                    && (named.Name.EndsWith(condition.Path.Properties[0].Name, StringComparison.OrdinalIgnoreCase)
                        || (IsForeignKeyOf(named.Name, condition.Path.Properties[0].Name) && !TypeFacts.Converts(context, arguments[next].Type, condition.Path.Properties[0].Type))))
                {
                    group[i] = new ConditionSyntax<QueryPath>(new QueryPath(new[] { named }), condition.Form, condition.IgnoreCase);
                }

                next += arity;
            }
        }
    }

    /// <summary>
    /// Parameters after the name's conditions that are named exactly after an entity property (Piranha's
    /// <c>GetByAliasUrl(url, siteId)</c>, <c>GetByIdAsync(id, userId)</c>) are further equality conditions, AND-ed with the
    /// name's: a parameter of a query that names a property filters by it. Only for a name with one condition group (an
    /// <c>Or</c> would leave open which side the parameter belongs to) and never for paging parameters; a parameter that
    /// names nothing stays unexplained, and so IMF0018.
    /// </summary>
    private static void AddScopingConditions(ParseContext context, EntityInfo entity, QueryBody<QueryPath> body, IParameterSymbol[] arguments)
    {
        if (body.Groups.Count != 1)
        {
            return;
        }

        var group = body.Groups[0];
        var next = group.Sum(static c => c.Form.Arity);
        for (; next < arguments.Length; next++)
        {
            var parameter = arguments[next];
            if (Conventions.NameIn(parameter.Name, Conventions.SkipParameterNames) || Conventions.NameIn(parameter.Name, Conventions.TakeParameterNames))
            {
                return;
            }

            var property = context.PropertiesOf(entity.Type).FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (property is null || group.Any(c => c.Path.Properties.Count == 1 && SymbolEqualityComparer.Default.Equals(c.Path.Properties[0], property)))
            {
                return;
            }

            group.Add(new ConditionSyntax<QueryPath>(new QueryPath(new[] { property }), OperatorForm.Implicit, false));
        }
    }

    /// <summary>
    /// Parameters before the name's conditions that are named exactly after an entity property the name does not use: the
    /// multi-tenant repositories' <c>GetByEmail(tenantId, email)</c>, <c>ListByStatusAsync(tenantId, status)</c>, with the
    /// tenant first on every call. They are further equality conditions, AND-ed with the name's and put before them, so the
    /// parameters keep their order. Only for a name with one condition group of one-parameter conditions on one property
    /// each, and only when every parameter after the leading ones is named after the property of the condition it then
    /// binds to (<c>email</c> for <c>Email</c>): the names prove the shift, where binding by place would compare
    /// <c>Email</c> with the tenant (before session 22: IMF0018, <c>email</c> left over).
    /// </summary>
    private static void AddLeadingScopingConditions(ParseContext context, EntityInfo entity, QueryBody<QueryPath> body, IParameterSymbol[] arguments)
    {
        if (body.Groups.Count != 1 || body.Groups[0].Count == 0
            || body.Groups[0].Any(static c => c.Form.Arity != 1 || c.Path.Properties.Count != 1 || c.Form.Operator != QueryOperator.Equals))
        {
            return;
        }

        var group = body.Groups[0];
        var leading = new List<IPropertySymbol>();
        foreach (var parameter in arguments)
        {
            var property = context.PropertiesOf(entity.Type).FirstOrDefault(p => string.Equals(p.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
            if (property is null || group.Any(c => SymbolEqualityComparer.Default.Equals(c.Path.Properties[0], property))
                || leading.Any(p => SymbolEqualityComparer.Default.Equals(p, property)))
            {
                break;
            }

            leading.Add(property);
        }

        if (leading.Count == 0 || leading.Count + group.Count > arguments.Length)
        {
            return;
        }

        for (var i = 0; i < group.Count; i++)
        {
            if (EntityParameters.PropertyNamed(context, entity, arguments[leading.Count + i].Name) is not { } named
                || !SymbolEqualityComparer.Default.Equals(named, group[i].Path.Properties[0]))
            {
                return;
            }
        }

        group.InsertRange(0, leading.Select(static p => new ConditionSyntax<QueryPath>(new QueryPath(new[] { p }), OperatorForm.Implicit, false)));
    }

    /// <summary>Checks conditions, orderings, the result and the parameters of a query, and plans it.</summary>
    private static EntityQueryOp? Bind(ParseContext context, MemberCandidate candidate, EntityInfo entity, StoreBuilder store, HashSet<string> unique, HashSet<string> indexed, QueryVerb verb, string verbName, int limit, bool distinct, QueryBody<QueryPath> body, IParameterSymbol[] arguments, bool optional = false, bool singleMatch = false)
    {
        var head = (Limit: limit, Distinct: distinct, SingleMatch: singleMatch);
        if (optional && verb != QueryVerb.Select)
        {
            return Unparsable(context, candidate, "Optional says a missing entity is returned as null, so it only fits a query that returns one entity, not " + verbName);
        }

        if (verb != QueryVerb.Select)
        {
            if (head.Limit > 0)
            {
                return Unparsable(context, candidate, "First/Top picks entities to return, so it does not combine with " + verbName);
            }

            if (head.Distinct && verb != QueryVerb.Count)
            {
                return Unparsable(context, candidate, "Distinct does not combine with " + verbName);
            }

            if (body.Orders.Count > 0)
            {
                return Unparsable(context, candidate, "OrderBy orders returned entities, so it does not combine with " + verbName);
            }
        }

        if (body.Groups.Count == 0 && verb != QueryVerb.Select)
        {
            return Unparsable(context, candidate, verbName + " needs a condition after 'By'");
        }

        AddScopingConditions(context, entity, body, arguments);

        // Operators against property types.
        var conditions = new List<ConditionPlan>();
        foreach (var group in body.Groups)
        {
            foreach (var condition in group)
            {
                var plan = PlanCondition(context, condition, body.AllIgnoreCase, out var problem);
                if (plan is null)
                {
                    context.ReportQuery(DiagnosticDescriptors.QueryOperatorMismatch, candidate, candidate.Symbol.Name, context.InterfaceName, condition.Form.Keyword + (condition.IgnoreCase ? " IgnoreCase" : ""), condition.Path.Text, condition.Path.Leaf.ToDisplayString(), problem!);
                    return null;
                }

                conditions.Add(plan);
            }
        }

        foreach (var order in body.Orders)
        {
            if (Categorize(context, TypeNames.Underlying(order.Path.Leaf)) == ValueCategory.Equatable)
            {
                context.ReportQuery(DiagnosticDescriptors.QueryOperatorMismatch, candidate, candidate.Symbol.Name, context.InterfaceName, "OrderBy", order.Path.Text, order.Path.Leaf.ToDisplayString(), "ordering needs a comparable type (numbers, dates, strings, enums, bool or another IComparable type)");
                return null;
            }
        }

        // The return type against the verb (paging is checked once the parameters are known).
        var result = Result(context, candidate, entity, verb, verbName, limit, out var resultProblem);
        if (result is null)
        {
            return WrongResult(context, candidate, verbName, resultProblem!);
        }

        if (optional && (result.Kind != QueryKind.First || result.Single == SingleResult.Required))
        {
            var e = entity.Type.Name.Length == 0 ? "T" : entity.Type.Name;
            return WrongResult(context, candidate, verbName + "…Optional", result.Kind != QueryKind.First
                ? "Optional returns one entity, or null when nothing matches, and a list is never missing: return " + e + "? or drop Optional"
                : "Optional returns null when nothing matches, so the result must allow null: " + e + "?");
        }

        if (result.Projection is not null && head.Distinct)
        {
            return WrongResult(context, candidate, verbName, "Distinct compares the matching entities, not the summaries made of them, so which summaries it leaves is not said");
        }

        // Parameters against conditions.
        var needed = conditions.Sum(static c => c.Arity);
        if (arguments.Length < needed)
        {
            return WrongParameters(context, candidate, "its conditions take " + needed.ToString(CultureInfo.InvariantCulture) + " parameter" + (needed == 1 ? "" : "s")
                + " (" + DescribeParameters(conditions) + ") but it declares " + arguments.Length.ToString(CultureInfo.InvariantCulture));
        }

        var state = new List<QueryArgumentSpec>();
        var description = new List<string>();
        var next = 0;
        foreach (var condition in conditions)
        {
            for (var i = 0; i < condition.Arity; i++)
            {
                var parameter = arguments[next++];
                if (IsOneOfMany(context, condition, parameter))
                {
                    // FindByName(IEnumerable<string> names): a value cannot equal a collection of its type, so it is one of them.
                    condition.Operator = QueryOperator.In;
                }

                if (ContradictedBinding(context, entity, conditions, condition, parameter) is { } contradiction)
                {
                    return WrongParameters(context, candidate, contradiction);
                }

                if (CheckArgument(context, condition, parameter, IsTheKey(entity, condition), IsTheStringKey(entity, condition), out var item) is { } problem)
                {
                    return WrongParameters(context, candidate, problem);
                }

                if (condition.Arity == 1 && (condition.Condition.Form.IsBound || condition.Operator is QueryOperator.Equals or QueryOperator.GreaterThan or QueryOperator.GreaterThanEqual or QueryOperator.LessThan or QueryOperator.LessThanEqual))
                {
                    switch (NullArgumentMeaning(condition, parameter))
                    {
                        case NullArgument.NoCondition:
                            condition.Optional = true;
                            break;
                        case NullArgument.Ambiguous:
                            return WrongParameters(context, candidate, "parameter '" + parameter.Name + "' defaults to null and " + condition.Condition.Path.Text
                                + " can hold null, so a null argument may mean no condition on " + condition.Condition.Path.Text + " (an optional filter) or "
                                + (condition.Operator == QueryOperator.Equals ? condition.Condition.Path.Text + " is null" : "no match (SQL compares nothing with null)")
                                + ", and only the real query says which; drop the default to compare with null, or make the parameter's type say it (a non-nullable property with a nullable parameter is an optional filter)");
                    }
                }

                if (ReferenceEquals(condition.Condition.Form, OperatorForm.IncludeFlagged) || ReferenceEquals(condition.Condition.Form, OperatorForm.IncludeFlaggedNegated))
                {
                    // includeDeleted: true is no condition (a null argument of an optional equality), false asks for the flag's
                    // "not set" value.
                    item = item with { Value = "(" + item.Parameter + " ? (bool?)null : " + (ReferenceEquals(condition.Condition.Form, OperatorForm.IncludeFlaggedNegated) ? "true" : "false") + ")" };
                    condition.Optional = true;
                }

                state.Add(item);
                description.Add(TypeNames.Escape(parameter.Name));
                condition.Arguments.Add((parameter, state.Count - 1));
            }
        }

        var nullChecks = new List<string>();
        var page = PlanPaging(context, arguments.Skip(needed).ToArray(), nullChecks, out var pagingProblem);
        if (pagingProblem is not null)
        {
            return WrongParameters(context, candidate, pagingProblem + " (its conditions take " + needed.ToString(CultureInfo.InvariantCulture) + ": " + (needed == 0 ? "none" : DescribeParameters(conditions)) + ")");
        }

        if (CheckPagingResult(verb, verbName, result.Kind, page is not null) is { } pagingResult)
        {
            return page is not null && verb != QueryVerb.Select ? WrongParameters(context, candidate, pagingResult) : WrongResult(context, candidate, verbName, pagingResult);
        }

        store.ReserveQueryVariables(context);

        // Or of And groups over the state.
        var groups = new List<ConditionGroupSpec>();
        var position = 0;
        foreach (var group in body.Groups)
        {
            var parts = new List<ConditionSpec>();
            foreach (var _ in group)
            {
                var condition = conditions[position++];
                parts.Add(condition.ToSpec(context) with { OnStringKey = IsTheStringKey(entity, condition) });
            }

            groups.Add(new ConditionGroupSpec(parts.ToArray()));
        }

        // An equality on an indexed property narrows the candidates, when every match must satisfy it (no Or).
        ProbeSpec? probe = null;
        if (body.Groups.Count == 1)
        {
            var probed = conditions.FirstOrDefault(c => IsProbe(c) && unique.Contains(c.Condition.Path.Text))
                ?? conditions.FirstOrDefault(c => IsProbe(c) && indexed.Contains(c.Condition.Path.Text));
            if (probed is not null)
            {
                var argument = TypeNames.Escape(probed.Arguments[0].Parameter.Name);
                probe = new ProbeSpec(probed.Condition.Path.Properties[0].Name, argument, probed.Underlying.IsValueType ? context.RenderNullable(probed.Underlying) : null);
            }
        }

        var ordering = body.Orders.Count == 0 ? null : Ordering(context, body.Orders, store);
        return new EntityQueryOp(new QuerySpec(
            result.Kind,
            result.Sequence,
            result.Single,
            result.ReturnsCount,
            state.ToArray(),
            groups.ToArray(),
            null,
            probe,
            ordering,
            null,
            head.Distinct,
            head.Limit,
            page,
            nullChecks.ToArray(),
            description.ToArray(),
            result.ReturnsAny,
            head.SingleMatch) { PagedResult = result.PagedResult, Projection = result.Projection });
    }

    /// <summary>
    /// Whether a predicate method's verb is LINQ's single-match: <c>Single</c> or <c>SingleOrDefault</c> first
    /// (<c>SingleOrDefaultAsync(predicate)</c>), or <c>SingleOrDefault</c> after another verb
    /// (<c>GetSingleOrDefault(predicate)</c>, since session 32): several matches are LINQ's InvalidOperationException. A
    /// bare <c>Single</c> after another verb (<c>GetSingle(predicate)</c>) is not: repositories of that name answer
    /// <c>FirstOrDefault</c> as often as <c>SingleOrDefault</c>, so <see cref="SeveralMatchesRule"/> decides.
    /// </summary>
    private static bool SaysSingleMatch(string verb)
        => Conventions.IsOneOf(QueryNameParser.SplitWords(verb).FirstOrDefault() ?? "", Conventions.SingleMatchVerbs)
           || verb.IndexOf("SingleOrDefault", StringComparison.Ordinal) >= 0;

    /// <summary>
    /// Why the parameter a condition of a derived query takes by its place contradicts that condition, or null (since
    /// h-sample94). A name's conditions take the parameters in order, whatever they are called, as Spring Data's do; a
    /// .NET repository's hand-written body compares by the parameters' names, so where the names say otherwise the
    /// order is no proof: <c>GetByCategoryAndName(string name, string category)</c> compares <c>Category</c> with
    /// <c>category</c>, and a journal's <c>GetByPersistenceIdAndSequenceNumber(persistenceId, long fromSequenceNumber)</c>
    /// keeps the rows from that number on (Akka.Persistence.Sql's <c>Messages(persistenceId, fromSequenceNr, …)</c>), not
    /// the one row that equals it. Two contradictions: the parameter is named after the property another condition of the
    /// same name compares (the parameters are in another order than the conditions), or an equality's parameter is named
    /// as an end of a range of that property (<see cref="Conventions.EqualityContradictingBoundWords"/>: <c>minPrice</c>,
    /// <c>fromSequenceNumber</c>, <c>createdAtTo</c>, or the word alone, <c>since</c>) for a property the C# operators
    /// order. A parameter named exactly after the condition's own property (<c>startDate</c> for <c>StartDate</c>), or by
    /// the word alone where the property's name has it (<c>start</c> for <c>StartTime</c>), never contradicts it; an
    /// operator the name states (<c>PriceGreaterThan(minPrice)</c>) is the name's.
    /// </summary>
    private static string? ContradictedBinding(ParseContext context, EntityInfo entity, List<ConditionPlan> conditions, ConditionPlan condition, IParameterSymbol parameter)
    {
        if (condition.Condition.Path.Properties.Count != 1 || condition.Arity != 1)
        {
            return null;
        }

        var property = condition.Condition.Path.Properties[0];
        var named = EntityParameters.PropertyNamed(context, entity, parameter.Name);
        if (named is not null && SymbolEqualityComparer.Default.Equals(named, property))
        {
            return null;
        }

        if (named is not null
            && conditions.Any(c => !ReferenceEquals(c, condition) && c.Condition.Path.Properties.Count == 1 && SymbolEqualityComparer.Default.Equals(c.Condition.Path.Properties[0], named)))
        {
            var order = string.Join(", ", conditions.Where(static c => c.Condition.Path.Properties.Count == 1).Select(static c => TypeNames.Camel(c.Condition.Path.Text)));
            return "parameter '" + parameter.Name + "' is bound by its place to the name's condition on " + property.Name + ", but it is named after " + named.Name
                + ", which another condition of the name compares: the parameters are declared in another order than the name's conditions, and a repository's body compares by name; declare them in the name's order ("
                + order + "), or write the member";
        }

        if (condition.Operator != QueryOperator.Equals || condition.Condition.Form.IsBound
            || Categorize(context, TypeNames.Underlying(property.Type)) != ValueCategory.Operators)
        {
            return null;
        }

        var name = parameter.Name;
        foreach (var (word, lower) in Conventions.EqualityContradictingBoundWords)
        {
            // The word alone is the property's own word shortened (GetByStartTime(DateTime start), GetByValidFrom(DateTime
            // from)) when the property's name has it.
            var alone = string.Equals(name, word, StringComparison.OrdinalIgnoreCase) && !HasWords(property.Name, word);
            var prefixed = !alone && name.Length > word.Length && name.StartsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[word.Length])
                && BoundsProperty(context, entity, property, name.Substring(word.Length));
            var suffixed = !alone && !prefixed && name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase) && char.IsUpper(name[name.Length - word.Length])
                && BoundsProperty(context, entity, property, name.Substring(0, name.Length - word.Length));
            if (!alone && !prefixed && !suffixed)
            {
                continue;
            }

            var written = alone ? name : prefixed ? name.Substring(0, word.Length) : name.Substring(name.Length - word.Length);
            return "parameter '" + name + "' is bound by its place to the name's equality on " + property.Name + ", but '" + written + "' in its name says "
                + (lower ? "a lower" : "an upper") + " end of a range of " + property.Name + ", which the name does not state (whether that end is included is the real query's choice); name the comparison ("
                + property.Name + (lower ? "GreaterThanEqual" : "LessThanEqual") + ", " + property.Name + "Between with min" + property.Name + " and max" + property.Name + ") or name the parameter " + TypeNames.Camel(property.Name)
                + " for equality, or write the member";
        }

        return null;
    }

    /// <summary>
    /// Whether what a bound word is put before or after (<c>Price</c> of <c>minPrice</c>) names the compared property: that
    /// property by name, or, when it names no property at all, the last words of that property's name (<c>Quantity</c> of
    /// <c>minQuantity</c> for <c>ProductQuantity</c>, h-sample119; a name of another property is that one's).
    /// </summary>
    private static bool BoundsProperty(ParseContext context, EntityInfo entity, IPropertySymbol property, string rest)
    {
        if (EntityParameters.PropertyNamed(context, entity, rest) is { } named)
        {
            return SymbolEqualityComparer.Default.Equals(named, property);
        }

        var words = QueryNameParser.SplitWords(property.Name);
        var wanted = QueryNameParser.SplitWords(char.ToUpperInvariant(rest[0]) + rest.Substring(1));
        return wanted.Count > 0 && wanted.Count < words.Count && QueryNameParser.StartsWithWords(words, words.Count - wanted.Count, wanted);
    }

    /// <summary>Whether the words of <paramref name="name"/> hold those of <paramref name="part"/>, in a row (both PascalCase).</summary>
    private static bool HasWords(string name, string part)
    {
        var words = QueryNameParser.SplitWords(name);
        var wanted = QueryNameParser.SplitWords(part);
        return Enumerable.Range(0, words.Count).Any(i => QueryNameParser.StartsWithWords(words, i, wanted));
    }

    /// <summary>
    /// A delete by predicate named for one match (<c>DeleteOne</c>, <c>DeleteFirst</c>, <c>RemoveOne</c>, MongoDB's
    /// <c>DeleteOneAsync(filter)</c>): it removes the first match in insertion order, not every match.
    /// </summary>
    private static bool DeletesOne(string verb)
    {
        var words = QueryNameParser.SplitWords(verb);
        return words.Count >= 2 && words[1] is "One" or "First" or "Single";
    }

    /// <summary>
    /// Why a predicate method returning <c>IQueryable&lt;T&gt;</c> of the entity is refused when it takes more than the predicate
    /// (UsersMicroservices_RabbitMQ's <c>FindByCondition(predicate, orderBy, include, disableTracking)</c>): a queryable is
    /// read for the predicate alone, as the matches the caller composes further. The list of result types a Find returns
    /// said nothing of that, and read as if a queryable were never one (session 26). Null for any other result.
    /// </summary>
    private static string? QueryableBesidePredicate(ParseContext context, MemberCandidate candidate, EntityInfo entity)
    {
        if (!EntityQueries.IsQueryableOf(context, candidate, entity))
        {
            return null;
        }

        var e = EntityParameters.EntityDisplay(entity);
        var others = candidate.Parameters.Where(p => TypeFacts.PredicateKind(context.Known, p.Type, entity.Type, out _) == PredicateForm.None).Select(static p => "'" + p.Name + "'").ToList();
        return "an IQueryable<" + e + "> of the matches is read only for an Expression<Func<" + e + ", bool>> alone (IQueryable<" + e + "> FindBy(Expression<Func<" + e
            + ", bool>> predicate), which the caller goes on composing)" + (others.Count == 0 ? "" : ", and this one also takes " + string.Join(", ", others))
            + "; beside them a predicate method returns the matches as a list (IReadOnlyList<" + e + ">, List<" + e + ">…), the first match (" + e + "?) or a page, so a queryable means taking the predicate alone";
    }

    /// <summary>
    /// Plans a method that takes a <c>Func&lt;T, bool&gt;</c> or <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>, or reports why not.
    /// <paramref name="nameFlag"/>: a <c>bool</c> flag its name names (<c>CountActive(predicate)</c>, <see cref="PredicateNames"/>),
    /// which holds too, And the predicate.
    /// </summary>
    public static EntityQueryOp? BindPredicate(ParseContext context, MemberCandidate candidate, EntityInfo entity, QueryVerb verb, string verbName, (IPropertySymbol Property, bool Negated)? nameFlag = null)
    {
        var nullChecks = new List<string>();
        PredicateParameterSpec? predicate = null;
        ComparerParameterSpec? comparer = null;
        string? queryableOrder = null;
        var rest = new List<IParameterSymbol>();
        foreach (var parameter in candidate.Parameters)
        {
            var name = TypeNames.Escape(parameter.Name);
            var kind = TypeFacts.PredicateKind(context.Known, parameter.Type, entity.Type, out _);

            // filter = null or a nullable filter: no filter, every entity (the tutorial repository's Get(filter: null, …)); otherwise null is an error.
            var optional = TypeFacts.NullMeansNoFilter(parameter);
            switch (kind)
            {
                case PredicateForm.Func or PredicateForm.Expression when predicate is not null:
                    return WrongParameters(context, candidate, "it takes more than one predicate");
                case PredicateForm.Func or PredicateForm.Expression:
                    if (!optional)
                    {
                        nullChecks.Add(name);
                    }

                    predicate = new PredicateParameterSpec(name, IsExpression: kind == PredicateForm.Expression, optional);
                    break;
                default:
                    if (TypeFacts.IsComparerOf(context.Known, parameter.Type, entity.Type, out var comparison) && comparer is null && queryableOrder is null && verb == QueryVerb.Select)
                    {
                        comparer = new ComparerParameterSpec(name, comparison);
                    }
                    else if (TypeFacts.IsQueryableOrderOf(context.Known, parameter.Type, entity.Type) && comparer is null && queryableOrder is null && verb == QueryVerb.Select)
                    {
                        queryableOrder = name;
                    }
                    else if (EntityParameters.IsIgnorable(context, parameter))
                    {
                        // includeProperties = "", asNoTracking = true…: a fake holds whole entities and tracks nothing.
                    }
                    else
                    {
                        rest.Add(parameter);
                    }

                    break;
            }
        }

        var result = Result(context, candidate, entity, verb, verbName, 0, out var resultProblem);
        if (result is null)
        {
            return WrongResult(context, candidate, verbName, QueryableBesidePredicate(context, candidate, entity) ?? resultProblem!);
        }

        var page = PlanPaging(context, rest.ToArray(), nullChecks, out var pagingProblem);
        if (pagingProblem is not null)
        {
            return WrongParameters(context, candidate, pagingProblem + " (a predicate method takes the predicate" + (verb == QueryVerb.Select ? ", optionally an IComparer<" + entity.Type.Name + "> or Comparison<" + entity.Type.Name + "> and paging" : "") + ")");
        }

        if (CheckPagingResult(verb, verbName, result.Kind, page is not null) is { } pagingResult)
        {
            return page is not null && verb != QueryVerb.Select ? WrongParameters(context, candidate, pagingResult) : WrongResult(context, candidate, verbName, pagingResult);
        }

        if (queryableOrder is not null && !QueryShapers.OrdersMatches(result.Kind, result.Single, page is not null, singleMatch: SaysSingleMatch(candidate.Verb)))
        {
            // Applied to the list of matches, then paged or its first taken (the real store's orderBy(query).Skip().Take()).
            return WrongParameters(context, candidate, "an ordering over a queryable (Func<IQueryable<" + entity.Type.Name + ">, IOrderedQueryable<" + entity.Type.Name + ">>) is supported on a method returning every match (optionally one page of them, as a list) or the first match; take an IComparer<" + entity.Type.Name + "> or Comparison<" + entity.Type.Name + "> instead");
        }

        var groups = EquatableArray<ConditionGroupSpec>.Empty;
        if (nameFlag is { } flag)
        {
            if (PlanCondition(context, FlagCondition(flag.Property, flag.Negated), false, out var flagProblem) is not { } flagPlan)
            {
                return WrongParameters(context, candidate, flagProblem!);
            }

            groups = new[] { new ConditionGroupSpec(new[] { flagPlan.ToSpec(context) }) };
        }

        return new EntityQueryOp(new QuerySpec(
            result.Kind,
            result.Sequence,
            result.Single,
            result.ReturnsCount,
            EquatableArray<QueryArgumentSpec>.Empty,
            groups,
            predicate,
            null,
            null,
            comparer,
            false,
            result.Kind == QueryKind.Delete && DeletesOne(candidate.Verb) ? 1 : 0,
            page,
            nullChecks.ToArray(),
            EquatableArray<string>.Empty,
            result.ReturnsAny,
            SaysSingleMatch(candidate.Verb))
        {
            QueryableOrder = queryableOrder,
            Projection = result.Projection,
        });
    }

    /// <summary>Property paths starting at <paramref name="position"/> (nested through user types), longest first, direct properties before nested ones.</summary>
    private static List<(QueryPath Path, int End)> PathReadings(ParseContext context, ITypeSymbol type, IReadOnlyList<string> words, int position, int depth)
    {
        var readings = new List<(QueryPath Path, int End)>();
        if (position >= words.Count || depth > 4)
        {
            return readings;
        }

        var properties = context.PropertiesOf(type);
        for (var length = words.Count - position; length >= 1; length--)
        {
            var name = string.Concat(words.Skip(position).Take(length));
            var property = properties.FirstOrDefault(p => p.Name == name);
            if (property is null)
            {
                continue;
            }

            readings.Add((new QueryPath(new[] { property }), position + length));
            var nested = TypeNames.Underlying(property.Type);
            if (TypeFacts.IsEntityCandidateType(nested) && nested is not ITypeParameterSymbol)
            {
                foreach (var (inner, end) in PathReadings(context, nested, words, position + length, depth + 1))
                {
                    // The key of a reference whose foreign key the entity declares ([ForeignKey]) is that foreign key:
                    // the column the real store compares, set whether or not the caller filled the reference.
                    readings.Add((inner.Properties.Count == 1 && DeclaredForeignKey(context, type, property, nested, inner.Properties[0]) is { } foreignKey
                        ? new QueryPath(new[] { foreignKey })
                        : new QueryPath(new[] { property }.Concat(inner.Properties).ToArray()), end));
                }
            }
        }

        return readings.OrderByDescending(static r => r.End).ThenBy(static r => r.Path.Properties.Count).ToList();
    }

    /// <summary>
    /// The property of <paramref name="owner"/> that a <c>[ForeignKey]</c> attribute declares the foreign key of the reference
    /// <paramref name="navigation"/> (on the property, naming the reference: <c>[ForeignKey("Patient")] int UserId</c>; or on
    /// the reference, naming the property: <c>[ForeignKey("UserId")] Patient Patient</c>), when <paramref name="step"/> is the
    /// single key of the referenced type and the two have the same type (nullability aside); else null. EF Core and EF6
    /// compare that column for <c>a.Patient.Id == id</c>, so the fake compares it too, not the reference the caller may have
    /// left unset (enzojga/health-manager's <c>GetByPatientIdAsync(userId)</c>, h-sample55).
    /// </summary>
    private static IPropertySymbol? DeclaredForeignKey(ParseContext context, ITypeSymbol owner, IPropertySymbol navigation, ITypeSymbol referenced, IPropertySymbol step)
    {
        if (EntityInfo.TryGet(context, referenced) is not { Keys.Count: 1 } principal || principal.Keys[0].Name != step.Name)
        {
            return null;
        }

        var properties = context.PropertiesOf(owner);
        var named = ForeignKeyName(navigation);
        foreach (var property in properties)
        {
            if (property.Name == navigation.Name
                || !(property.Name == named || ForeignKeyName(property) == navigation.Name)
                || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(property.Type), TypeNames.Underlying(step.Type)))
            {
                continue;
            }

            return property;
        }

        return null;
    }

    /// <summary>The name a <c>[ForeignKey(name)]</c> attribute on the property gives (one name, no composite list), or null.</summary>
    private static string? ForeignKeyName(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass is { Name: "ForeignKeyAttribute" or "ForeignKey" }
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name
                && name.Length > 0 && name.IndexOf(',') < 0)
            {
                return name.Trim();
            }
        }

        return null;
    }

    /// <summary>
    /// Readings of a property named in the plural or the singular, longest first: <c>Names</c> for a property Name that
    /// holds one value (the value is one of several), <c>Tag</c> for a collection property Tags (it holds the value); the
    /// last step of a nested path too (<c>AddressCities</c>). A string is text, not a collection: <c>Resource</c> never
    /// reads as a string property Resources, whatever its text holds.
    /// </summary>
    private static List<(QueryPath Path, int End, Inflection Inflection)> InflectedReadings(ParseContext context, ITypeSymbol type, IReadOnlyList<string> words, int position, int depth)
    {
        var readings = new List<(QueryPath Path, int End, Inflection Inflection)>();
        if (position >= words.Count || depth > 4)
        {
            return readings;
        }

        var properties = context.PropertiesOf(type);
        for (var length = words.Count - position; length >= 1; length--)
        {
            var name = string.Concat(words.Skip(position).Take(length));
            foreach (var property in properties)
            {
                var collection = TypeFacts.EnumerableElement(property.Type) is not null;
                if (!collection && TypeNames.Plural(property.Name) == name)
                {
                    readings.Add((new QueryPath(new[] { property }), position + length, Inflection.Plural));
                }
                else if (collection && TypeNames.Plural(name) == property.Name)
                {
                    readings.Add((new QueryPath(new[] { property }), position + length, Inflection.Singular));
                }
            }

            var step = properties.FirstOrDefault(p => p.Name == name);
            var nested = step is null ? null : TypeNames.Underlying(step.Type);
            if (nested is not null && TypeFacts.IsEntityCandidateType(nested) && nested is not ITypeParameterSymbol)
            {
                foreach (var (inner, end, inflection) in InflectedReadings(context, nested, words, position + length, depth + 1))
                {
                    readings.Add((new QueryPath(new[] { step! }.Concat(inner.Properties).ToArray()), end, inflection));
                }
            }
        }

        return readings.OrderByDescending(static r => r.End).ThenBy(static r => r.Path.Properties.Count).ToList();
    }

    /// <summary>Explains a name that does not parse: an unknown property (IMF0016) or words that are no operator (IMF0015).</summary>
    private static void DiagnoseBody(ParseContext context, MemberCandidate candidate, EntityInfo entity, List<string> body)
    {
        if (body.Count > 1 && body[body.Count - 1] == Conventions.OptionalQueryWord)
        {
            // GetByNmaeOptional: the problem is before Optional.
            body = body.Take(body.Count - 1).ToList();
        }

        var orderAt = -1;
        for (var i = 0; i + 1 < body.Count; i++)
        {
            if (body[i] == "Order" && body[i + 1] == "By")
            {
                orderAt = i;
                break;
            }
        }

        var criteria = orderAt < 0 ? body : body.Take(orderAt).ToList();
        if (criteria.Count >= 3 && criteria[criteria.Count - 3] == "All" && criteria[criteria.Count - 2] is "Ignore" or "Ignoring" && criteria[criteria.Count - 1] == "Case")
        {
            criteria = criteria.Take(criteria.Count - 3).ToList();
        }

        var segments = new List<List<string>> { new() };
        foreach (var word in criteria)
        {
            if (word is "And" or "Or")
            {
                segments.Add(new List<string>());
            }
            else
            {
                segments[segments.Count - 1].Add(word);
            }
        }

        if (orderAt != 0)
        {
            foreach (var segment in segments)
            {
                if (segment.Count == 0)
                {
                    Unparsable(context, candidate, "a condition is missing before or after And/Or");
                    return;
                }

                if (DiagnoseSegment(context, candidate, entity, segment, ordering: false))
                {
                    return;
                }
            }
        }

        if (orderAt >= 0)
        {
            var orders = body.Skip(orderAt + 2).ToList();
            if (orders.Count == 0)
            {
                Unparsable(context, candidate, "nothing follows 'OrderBy'");
                return;
            }

            var segment = new List<string>();
            foreach (var word in orders.Concat(new[] { "Asc" }))
            {
                if (word is "Asc" or "Desc")
                {
                    if (segment.Count > 0 && DiagnoseSegment(context, candidate, entity, segment, ordering: true))
                    {
                        return;
                    }

                    segment.Clear();
                }
                else
                {
                    segment.Add(word);
                }
            }
        }

        Unparsable(context, candidate, "its words do not read as conditions joined by And/Or followed by an optional OrderBy");
    }

    /// <summary>Reports the problem with one condition (or ordering) when it has one on its own; false when it reads fine.</summary>
    private static bool DiagnoseSegment(ParseContext context, MemberCandidate candidate, EntityInfo entity, List<string> segment, bool ordering)
    {
        IReadOnlyList<(QueryPath Path, int End)> Paths(IReadOnlyList<string> words, int position) => PathReadings(context, entity.Type, words, position, 0);
        IReadOnlyList<(QueryPath Path, int End, Inflection Inflection)> Inflections(IReadOnlyList<string> words, int position) => InflectedReadings(context, entity.Type, words, position, 0);
        var readings = Paths(segment, 0);
        if (ordering ? readings.Any(r => r.End == segment.Count) : QueryNameParser.ConditionReadings<QueryPath>(segment, 0, Paths, Inflections).Any(r => r.End == segment.Count))
        {
            return false;
        }

        // The longest path that reads, and what follows it.
        var (best, bestEnd) = readings.Count == 0 ? (null, 0) : readings[0];
        var remainder = segment.Skip(bestEnd).ToList();
        if (best is not null && remainder.Count > 0 && QueryNameParser.OperatorWords.Contains(remainder[0]) && !ordering)
        {
            Unparsable(context, candidate, "'" + string.Concat(remainder) + "' after property " + best.Text + " is not an operator (Is, Not, GreaterThan[Equal], LessThan[Equal], After, Before, Between, In, NotIn, Containing, Like, StartingWith, EndingWith, IsNull, IsNotNull, IsEmpty, IsNotEmpty, True, False, with an optional IgnoreCase)");
            return true;
        }

        // Strip a trailing IgnoreCase and operator so the message names the property the user meant.
        var propertyWords = segment.ToList();
        if (!ordering)
        {
            if (propertyWords.Count > 2 && propertyWords[propertyWords.Count - 1] == "Case" && propertyWords[propertyWords.Count - 2] is "Ignore" or "Ignoring")
            {
                propertyWords.RemoveRange(propertyWords.Count - 2, 2);
            }

            foreach (var form in QueryNameParser.OperatorForms)
            {
                var cut = propertyWords.Count - form.Words.Length;
                if (cut > 0 && QueryNameParser.StartsWithWords(propertyWords, cut, form.Words))
                {
                    propertyWords = propertyWords.Take(cut).ToList();
                    break;
                }
            }
        }

        // "AddressZip" with an Address but no Address.Zip: Zip is missing from Address; otherwise the whole name is missing.
        var owner = entity.Type;
        var known = "";
        var nested = best is not null && bestEnd < propertyWords.Count && TypeFacts.IsEntityCandidateType(TypeNames.Underlying(best.Leaf))
            && TypeNames.Underlying(best.Leaf) is not ITypeParameterSymbol;
        if (nested)
        {
            owner = TypeNames.Underlying(best!.Leaf);
            known = best.Text;
        }

        var missing = string.Concat(propertyWords.Skip(nested ? bestEnd : 0));
        var names = string.Join(", ", context.PropertiesOf(owner).Select(static p => p.Name));
        if (context.PropertiesOf(owner).FirstOrDefault(p => p.Name == TypeNames.Plural(missing)) is { } plural && TypeFacts.EnumerableElement(plural.Type) is null)
        {
            // FindByResource with a string Resources (OpenIddict keeps JSON there): no reading of its text is provable.
            names += "; " + plural.Name + " is " + plural.Type.ToDisplayString() + ", not a collection, so '" + missing + "' cannot name one of its values";
        }

        context.ReportQuery(
            DiagnosticDescriptors.QueryUnknownProperty,
            candidate,
            candidate.Symbol.Name,
            context.InterfaceName,
            missing,
            known.Length > 0 && !ReferenceEquals(owner, entity.Type) ? known + " (" + owner.ToDisplayString() + ")" : owner.ToDisplayString(),
            names.Length == 0 ? "none" : names);
        return true;
    }

    /// <summary>Checks an operator against its property's type; null (with the reason) when it does not fit.</summary>
    private static ConditionPlan? PlanCondition(ParseContext context, ConditionSyntax<QueryPath> condition, bool allIgnoreCase, out string? problem)
    {
        problem = null;
        var path = condition.Path;
        var op = condition.Form.Operator;
        var element = TypeFacts.EnumerableElement(path.Leaf);
        if (op == QueryOperator.Containing && element is not null)
        {
            // FindByTagsContaining(tag): on a collection, Containing is about its elements (as in Spring Data), not text.
            op = QueryOperator.HasElement;
        }

        if (op is QueryOperator.HasElement or QueryOperator.IsEmpty or QueryOperator.IsNotEmpty)
        {
            return PlanCollectionCondition(context, condition, op, element, allIgnoreCase, out problem);
        }

        if (op is QueryOperator.Equals or QueryOperator.Not or QueryOperator.In or QueryOperator.NotIn && element is not null && !HasValueEquality(path.Leaf))
        {
            // FindByTags(List<string> tags): the same elements in order, the same set, or the same instance? A stored copy is
            // never the same instance, so reference equality would silently find nothing.
            var singular = path.Properties.Count == 1 && TypeNames.Singular(path.Text) is { } one ? " (" + one + ")" : "";
            problem = condition.Form.Keyword + " would compare the whole collection, which could mean the same elements in order, the same elements in any order, or the same instance;"
                + " to find one value among its elements name the property in the singular" + singular + " or use Containing; to test for elements use IsEmpty or IsNotEmpty";
            return null;
        }

        var underlying = TypeNames.Underlying(path.Leaf);
        var nullable = path.ThroughNullable || TypeNames.AllowsNull(path.Leaf) || (path.Leaf is ITypeParameterSymbol && !path.Leaf.IsValueType);
        var category = Categorize(context, underlying);
        var noArgument = op is QueryOperator.IsNull or QueryOperator.IsNotNull or QueryOperator.True or QueryOperator.False;
        if (op is QueryOperator.Equals or QueryOperator.Not or QueryOperator.In or QueryOperator.NotIn && category == ValueCategory.Equatable
            && underlying is INamedTypeSymbol { TypeKind: TypeKind.Class, IsAbstract: false, SpecialType: SpecialType.None } && !HasValueEquality(underlying))
        {
            // FindByAddress(address) on a class without Equals: reference equality, which a stored copy never meets.
            problem = underlying.Name + " compares by reference, and the store holds copies, so it would never match; give " + underlying.Name
                + " value equality (override Equals and GetHashCode, or make it a record), or compare one of its properties (" + path.Text + "<Property>)";
            return null;
        }

        if (op is QueryOperator.Equals or QueryOperator.Not or QueryOperator.In or QueryOperator.NotIn && IsFlagsEnum(underlying))
        {
            // Exists(channelId, ChannelDirection direction) on a [Flags] property: a flags value is a set of bits, and a
            // store may test equality, any bit given (Xigadee's CommunicationContainer looks in each direction's map the
            // argument names), or every bit given (HasFlag); the signature does not say which (h-sample71).
            problem = underlying.Name + " is a [Flags] enum, so a value is a set of flags, and a store may compare it whole (==), test any flag given"
                + " ((x & value) != 0) or every flag given (HasFlag); the signature does not say which";
            return null;
        }

        if (op is QueryOperator.Equals or QueryOperator.Not or QueryOperator.In or QueryOperator.NotIn && DayNamedInstant(path, underlying) is { } dayWord)
        {
            // GetByEmployeeAndDateAsync(employeeId, DateTime date) on a DateTime Date: HotelPOS's AttendanceRepository compares
            // the day (a.Date == date.Date, the argument's time of day dropped), where the fake compared the whole instant and
            // found nothing for an argument at 14:00 (h-sample78). Other stores compare the instant; the signature says neither.
            problem = path.Text + " is a " + underlying.ToDisplayString() + " whose name says a day ('" + dayWord + "'), and a store may compare the whole instant (x." + path.Text + " == value)"
                + " or the day (x." + path.Text + " == value.Date: HotelPOS's AttendanceRepository drops the argument's time of day); the two find different rows for an argument with a time of day,"
                + " and the signature does not say which; declare the property a DateOnly, or name a range (" + path.Text + "Between)";
            return null;
        }

        if (condition.IgnoreCase && category != ValueCategory.Text)
        {
            problem = "IgnoreCase compares text, and the property is not a string";
            return null;
        }

        if (condition.IgnoreCase && noArgument)
        {
            problem = "IgnoreCase does not apply to " + condition.Form.Keyword;
            return null;
        }

        switch (op)
        {
            case QueryOperator.GreaterThan or QueryOperator.GreaterThanEqual or QueryOperator.LessThan or QueryOperator.LessThanEqual or QueryOperator.Between
                when category is ValueCategory.Boolean or ValueCategory.Equatable:
                problem = condition.Form.Keyword + " compares values, so it needs a comparable type (numbers, dates and times, strings, enums or another IComparable type)";
                return null;
            case QueryOperator.Containing or QueryOperator.StartingWith or QueryOperator.EndingWith when category != ValueCategory.Text:
                problem = condition.Form.Keyword + " matches text, so it needs a string property (or, for Containing, a collection)";
                return null;
            case QueryOperator.IsNull or QueryOperator.IsNotNull when !nullable && underlying.IsValueType:
                problem = "a non-nullable " + path.Leaf.ToDisplayString() + " is never null";
                return null;
            case QueryOperator.True or QueryOperator.False when underlying.SpecialType != SpecialType.System_Boolean:
                problem = condition.Form.Keyword + " needs a bool property";
                return null;
        }

        var ignoreCase = condition.IgnoreCase || (allIgnoreCase && category == ValueCategory.Text && !noArgument);
        var effective = underlying.IsValueType
            ? (nullable ? context.RenderNullable(underlying) : context.RenderNotNull(underlying))
            : context.RenderNullable(underlying);
        return new ConditionPlan(condition, op, underlying, nullable, category, ignoreCase, effective);
    }

    /// <summary>
    /// The word ("Date" or "Day") that ends the name of a <c>DateTime</c> or <c>DateTimeOffset</c> property (<c>Date</c>,
    /// <c>WorkDate</c>, <c>BusinessDay</c>), else null: the name says a day while the type holds an instant, so an equality
    /// may compare either (h-sample78).
    /// </summary>
    private static string? DayNamedInstant(QueryPath path, ITypeSymbol underlying)
    {
        if (underlying.SpecialType != SpecialType.System_DateTime
            && !(underlying is INamedTypeSymbol { Name: "DateTimeOffset", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } }))
        {
            return null;
        }

        var words = VerbNouns.Words(path.Properties.Count > 0 ? path.Properties[path.Properties.Count - 1].Name : path.Text);
        var last = words[words.Count - 1];
        return last is "Date" or "Day" ? last : null;
    }

    /// <summary>Whether a type is an enum marked <c>[Flags]</c>: its values are sets of flags, not single choices.</summary>
    private static bool IsFlagsEnum(ITypeSymbol type)
        => type.TypeKind == TypeKind.Enum
            && type.GetAttributes().Any(static a => a.AttributeClass is { Name: "FlagsAttribute", ContainingNamespace: { Name: "System", ContainingNamespace.IsGlobalNamespace: true } });

    /// <summary>
    /// Whether values of a type are equal by value: a struct, a record, or a class overriding <c>Equals</c> (<c>Uri</c>,
    /// <c>Version</c>, your own id types). Arrays, interfaces and the framework's collections compare by reference
    /// (<c>ImmutableArray&lt;T&gt;</c> by its array), as does a class of your own that does not override <c>Equals</c>.
    /// </summary>
    private static bool HasValueEquality(ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named)
        {
            return false;
        }

        var collection = TypeFacts.EnumerableElement(named) is not null;
        if (collection && TypeFacts.RootNamespace(named) == "System")
        {
            return false;
        }

        if (named.IsValueType)
        {
            return true;
        }

        for (var current = named; current is not null && current.SpecialType != SpecialType.System_Object && (!collection || TypeFacts.RootNamespace(current) != "System"); current = current.BaseType)
        {
            if (current.IsRecord || current.GetMembers("Equals").OfType<IMethodSymbol>().Any(static m => m is { IsOverride: true, Parameters.Length: 1 } && m.Parameters[0].Type.SpecialType == SpecialType.System_Object))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A condition on a collection property's elements: it holds the argument (HasElement), or it is empty or not. A
    /// string is text, not a collection of values: these operators refuse it rather than guess what its text holds.
    /// </summary>
    private static ConditionPlan? PlanCollectionCondition(ParseContext context, ConditionSyntax<QueryPath> condition, QueryOperator op, ITypeSymbol? element, bool allIgnoreCase, out string? problem)
    {
        problem = null;
        var keyword = condition.Form.Keyword;
        if (element is null)
        {
            problem = condition.Path.Leaf.SpecialType == SpecialType.System_String
                ? keyword + " tests a collection's elements, and a string is text, not a collection (compare it with \"\" or use IsNull instead)"
                : keyword + " tests a collection's elements, so it needs a collection property (an array, List<T>, IEnumerable<T>…)";
            return null;
        }

        var underlying = TypeNames.Underlying(element);
        var category = Categorize(context, underlying);
        var noArgument = op != QueryOperator.HasElement;
        if (condition.IgnoreCase && (noArgument || category != ValueCategory.Text))
        {
            problem = noArgument ? "IgnoreCase does not apply to " + keyword : "IgnoreCase compares text, and the collection's elements are not strings";
            return null;
        }

        var ignoreCase = condition.IgnoreCase || (allIgnoreCase && category == ValueCategory.Text && !noArgument);
        var nullable = TypeNames.AllowsNull(element) || (element is ITypeParameterSymbol && !element.IsValueType);

        // The helper's type argument is the element as the collection declares it (IEnumerable<int?> for List<int?>),
        // annotated for reference types so a nullable argument or element needs no cast.
        var elementType = element.IsValueType ? context.Render(element) : context.RenderNullable(element);
        return new ConditionPlan(condition, op, underlying, nullable, category, ignoreCase, elementType, element, elementType);
    }

    private static bool IsProbe(ConditionPlan plan)
        => plan.Operator == QueryOperator.Equals && plan.Condition.Path.Properties.Count == 1 && !plan.IgnoreCase && plan.Arguments.Count == 1 && !plan.Optional;

    private enum NullArgument
    {
        /// <summary>Null compares: the property can hold null and nothing says the parameter is optional (EF Core's <c>==</c> is <c>IS NULL</c>).</summary>
        Compares,

        /// <summary>Null is no condition.</summary>
        NoCondition,

        /// <summary>Either could be meant.</summary>
        Ambiguous,
    }

    /// <summary>
    /// What a null argument of an equality or a comparison (<c>minPrice</c>, <c>FindByPriceGreaterThan</c>) means. A nullable parameter (<c>OrderStatus? status = null</c>, <c>string? name</c>
    /// with nullable annotations on) for a property that cannot hold null (<c>OrderStatus Status</c>, <c>string Name</c>)
    /// cannot ask for null, so null is no condition: the optional filter every hand-written repository writes as
    /// <c>if (status is not null) query = query.Where(…)</c> (comparing would match nothing, silently). A parameter that
    /// defaults to null for a property that can hold null (<c>int? parentId = null</c>, or any reference type under
    /// <c>#nullable disable</c>) may mean either, so it is refused. A parameter named as a bound (<c>decimal? minDiscount</c>)
    /// cannot ask for null whatever the property holds: null is no bound. Otherwise null compares as EF Core's <c>==</c> does.
    /// </summary>
    private static NullArgument NullArgumentMeaning(ConditionPlan condition, IParameterSymbol parameter)
    {
        var type = parameter.Type;
        var parameterNullable = TypeNames.IsNullableValueType(type) || (type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated);
        var defaultsToNull = parameter.HasExplicitDefaultValue && parameter.ExplicitDefaultValue is null && (type.IsReferenceType || TypeNames.IsNullableValueType(type));
        if (condition.Condition.Form.IsBound)
        {
            // minPrice/maxPrice: a bound left out is no bound; it cannot ask for null.
            return parameterNullable || defaultsToNull ? NullArgument.NoCondition : NullArgument.Compares;
        }

        var leaf = condition.Condition.Path.Leaf;
        var propertyNullable = condition.Nullable
            || (leaf.IsReferenceType && leaf.NullableAnnotation != NullableAnnotation.NotAnnotated);
        if (!propertyNullable && (parameterNullable || defaultsToNull))
        {
            return NullArgument.NoCondition;
        }

        return propertyNullable && defaultsToNull ? NullArgument.Ambiguous : NullArgument.Compares;
    }

    /// <summary>How values of a type compare.</summary>
    public static ValueCategory Categorize(ParseContext context, ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String)
        {
            return ValueCategory.Text;
        }

        if (type.SpecialType == SpecialType.System_Boolean)
        {
            return ValueCategory.Boolean;
        }

        if (type.TypeKind == TypeKind.Enum || type.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte or SpecialType.System_Int16
                or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                or SpecialType.System_UInt64 or SpecialType.System_Char or SpecialType.System_Single or SpecialType.System_Double
                or SpecialType.System_Decimal or SpecialType.System_DateTime)
        {
            return ValueCategory.Operators;
        }

        if (TypeFacts.IsTimeValue(context.Known, type))
        {
            return ValueCategory.Operators;
        }

        if (type is not ITypeParameterSymbol)
        {
            foreach (var candidate in type.AllInterfaces)
            {
                if (KnownSymbols.Is(candidate, context.Known.IComparable)
                    || (KnownSymbols.Is(candidate, context.Known.IComparableOfT) && SymbolEqualityComparer.Default.Equals(candidate.TypeArguments[0], type)))
                {
                    return ValueCategory.Comparable;
                }
            }
        }

        return ValueCategory.Equatable;
    }

    /// <summary>
    /// Whether an equality written without an operator (<c>FindByName</c>) is given a collection of the property's values
    /// (<c>IEnumerable&lt;string&gt; names</c>): a value cannot equal a collection of its own type, so it means In.
    /// </summary>
    private static bool IsOneOfMany(ParseContext context, ConditionPlan plan, IParameterSymbol parameter)
    {
        if (plan.Operator != QueryOperator.Equals || plan.Condition.Form.Words.Length > 0 || plan.Element is not null)
        {
            return false;
        }

        var target = Target(context, plan);
        return !TypeFacts.Converts(context, parameter.Type, target)
               && TypeFacts.EnumerableElement(parameter.Type) is { } element && TypeFacts.Converts(context, element, target);
    }

    /// <summary>The type an argument must convert to: the property's (or element's) type, nullable for value types (an element's as declared).</summary>
    private static ITypeSymbol Target(ParseContext context, ConditionPlan plan)
        => plan.Element is { IsValueType: true } element ? element
           : plan.Underlying.IsValueType ? context.Compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(plan.Underlying)
           : plan.Underlying;

    /// <summary>Whether the condition is on the entity's single key itself (not a path through it, not a composite key's part).</summary>
    private static bool IsTheKey(EntityInfo entity, ConditionPlan plan)
        => entity.Keys.Count == 1 && plan.Condition.Path.Properties.Count == 1 && plan.Condition.Path.Properties[0].Name == entity.Keys[0].Name;

    /// <summary>
    /// The condition compares the entity's one <c>string</c> key, which the table looks up with the fake's string-key
    /// comparer (<c>StringKeys</c>, <c>InMemoryFakeOptions.StringKeyComparer</c>): the condition compares with it too.
    /// </summary>
    private static bool IsTheStringKey(EntityInfo entity, ConditionPlan plan)
        => IsTheKey(entity, plan) && plan.Category == ValueCategory.Text && plan.Element is null && TypeFacts.IsString(TypeNames.Underlying(entity.KeyType));

    /// <summary>
    /// A collection that says nothing of its elements' type: <c>System.Collections.IEnumerable</c>, <c>ICollection</c> or
    /// <c>IList</c> (or a type implementing one) that implements no <c>IEnumerable&lt;T&gt;</c>, and is not text.
    /// </summary>
    private static bool IsUntypedCollection(ParseContext context, ITypeSymbol type)
    {
        if (type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(type) is not null)
        {
            return false;
        }

        var enumerable = context.Compilation.GetSpecialType(SpecialType.System_Collections_IEnumerable);
        return SymbolEqualityComparer.Default.Equals(type, enumerable) || type.AllInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, enumerable));
    }

    /// <summary>Checks one argument against its condition; on success <paramref name="item"/> is what it becomes in the state.</summary>
    private static string? CheckArgument(ParseContext context, ConditionPlan plan, IParameterSymbol parameter, bool onKey, bool onStringKey, out QueryArgumentSpec item)
    {
        var name = TypeNames.Escape(parameter.Name);
        item = new QueryArgumentSpec(name, null);
        var property = plan.Describe;
        var target = Target(context, plan);
        if (plan.Operator is QueryOperator.In or QueryOperator.NotIn && onKey && plan.Element is null
            && plan.Underlying.SpecialType != SpecialType.System_Object && IsUntypedCollection(context, parameter.Type))
        {
            // ServiceStack's GetByIds(IEnumerable ids) / DeleteByIds(IEnumerable ids) (IEntityStore, OrmLite's SelectByIds):
            // the elements are keys given as object, each converted as GetById(object id) converts its key (a value of
            // another type is an ArgumentException naming the parameter).
            var keyComparer = plan.Category == ValueCategory.Text ? (plan.IgnoreCase ? SetComparer.OrdinalIgnoreCase : onStringKey ? SetComparer.StringKey : SetComparer.Ordinal) : SetComparer.Default;
            item = new QueryArgumentSpec(name, new SetSpec(parameter.Name, "object", context.RenderNotNull(plan.Underlying), keyComparer) { UntypedKeys = true });
            return null;
        }

        if (plan.Operator is QueryOperator.In or QueryOperator.NotIn)
        {
            var element = TypeFacts.EnumerableElement(parameter.Type);
            if (element is null || !TypeFacts.Converts(context, element, target))
            {
                var plural = plan.Condition.Inflection == Inflection.Plural
                    ? " ('" + TypeNames.Plural(plan.Condition.Path.Text) + "', the plural of " + plan.Condition.Path.Text + ", compares it with several values; for one value, name " + plan.Condition.Path.Text + " in the singular)"
                    : "";
                return "parameter '" + parameter.Name + "' of " + plan.Condition.Form.Keyword + " is " + parameter.Type.ToDisplayString() + "; it must be a collection (IEnumerable<T>, an array or params) of values that convert to " + property + plural;
            }

            // A text property that is not the key compares as the fake's StoreSemantics says (TextComparisons, else
            // DefaultTextComparison: ordinal unless set), the same comparison FindByName's equality uses: FindByNameIn("a")
            // and FindByName("a") never disagree on one value.
            var comparer = plan.Category == ValueCategory.Text ? (plan.IgnoreCase ? SetComparer.OrdinalIgnoreCase : onStringKey ? SetComparer.StringKey : SetComparer.Semantics) : SetComparer.Default;
            var same = SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(element), plan.Underlying)
                && (plan.Underlying.IsReferenceType || TypeNames.IsNullableValueType(element) == plan.Nullable);
            item = new QueryArgumentSpec(name, new SetSpec(parameter.Name, same ? null : context.Render(element), plan.EffectiveType, comparer)
            {
                SemanticsName = comparer == SetComparer.Semantics ? string.Concat(plan.Condition.Path.Properties.Select(static p => p.Name)) : null,
            });
            return null;
        }

        if (!TypeFacts.Converts(context, parameter.Type, target))
        {
            var hint = plan.Condition.Inflection == Inflection.Singular ? " (the singular of " + plan.Condition.Path.Text + " compares one value with its elements)"
                : plan.Element is null && TypeFacts.EnumerableElement(plan.Condition.Path.Leaf) is not null && TypeFacts.EnumerableElement(parameter.Type) is not null
                    ? " (a collection given a collection could mean any, every or exactly its elements; name the property in the singular to find one value among them)"
                    : "";
            return "parameter '" + parameter.Name + "' is " + parameter.Type.ToDisplayString() + ", which does not convert to " + property + hint;
        }

        return null;
    }

    private static string DescribeParameters(List<ConditionPlan> conditions)
    {
        var parts = new List<string>();
        foreach (var condition in conditions)
        {
            var type = condition.Condition.Path.Leaf.ToDisplayString();
            switch (condition.Operator)
            {
                case QueryOperator.Between:
                    parts.Add(condition.Condition.Path.Text + " from: " + type);
                    parts.Add(condition.Condition.Path.Text + " to: " + type);
                    break;
                case QueryOperator.In or QueryOperator.NotIn:
                    parts.Add(condition.Condition.Path.Text + ": IEnumerable<" + type + ">");
                    break;
                case QueryOperator.HasElement:
                    parts.Add(condition.Condition.Path.Text + " element: " + condition.Element!.ToDisplayString());
                    break;
                case QueryOperator.IsNull or QueryOperator.IsNotNull or QueryOperator.True or QueryOperator.False or QueryOperator.IsEmpty or QueryOperator.IsNotEmpty:
                    break;
                default:
                    parts.Add(condition.Condition.Path.Text + ": " + type);
                    break;
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>The parameters after the conditions': none, <c>(int skip, int take)</c>, or one page request.</summary>
    private static PageSpec? PlanPaging(ParseContext context, IParameterSymbol[] rest, List<string> nullChecks, out string? problem)
    {
        problem = null;
        if (rest.Length == 0)
        {
            return null;
        }

        if (rest.Length == 2 && rest.All(static p => p.Type.SpecialType == SpecialType.System_Int32)
            && Conventions.NameIn(rest[0].Name, Conventions.SkipParameterNames)
            && Conventions.NameIn(rest[1].Name, Conventions.TakeParameterNames))
        {
            return new PageSpec(PageKind.SkipTake, TypeNames.Escape(rest[0].Name), TypeNames.Escape(rest[1].Name), null, null, null);
        }

        if (rest.Length == 2 && rest.All(static p => IsInt(p.Type) || IsNullableInt(p.Type)))
        {
            foreach (var (factory, first, second) in Conventions.PagingParameterPairs)
            {
                for (var order = 0; order < 2; order++)
                {
                    var a = rest[order];
                    var b = rest[1 - order];
                    if (!Conventions.NameIn(a.Name, first) || !Conventions.NameIn(b.Name, second))
                    {
                        continue;
                    }

                    // (int? count, int? offset) (OpenIddict's ListAsync): a null offset skips nothing, a null count takes everything.
                    // Page numbers have no such meaning, so only skip/take may be nullable.
                    if (factory != "Of" && (IsNullableInt(a.Type) || IsNullableInt(b.Type)))
                    {
                        continue;
                    }

                    if (factory == "OfPageIndex" && PageIndexBase(a) is null)
                    {
                        problem = PageIndexProblem(a);
                        return null;
                    }

                    // A 1-based page index is a page number; a page number defaulting to 0 (GetAllAsync(int page = 0,
                    // int pageSize = 10)) is a 0-based index: page 0 exists, so the store skips page * pageSize.
                    var pageFactory = (factory, PageIndexBase(a)) switch
                    {
                        ("OfPageIndex", 1) => "OfPage",
                        ("OfPage", 0) => "OfPageIndex",
                        _ => factory,
                    };
                    return new PageSpec(PageKind.Pair, TypeNames.Escape(a.Name), TypeNames.Escape(b.Name), pageFactory, null, null)
                    {
                        IndexFromOne = factory == "OfPageIndex" && pageFactory == "OfPage",
                        FirstWhenNull = IsNullableInt(a.Type) ? "0" : null,
                        SecondWhenNull = IsNullableInt(b.Type) ? "int.MaxValue" : null,
                    };
                }
            }
        }

        if (rest.Length == 1)
        {
            if (PageRequest(context, rest[0], nullChecks, out var unread) is { } page)
            {
                return page;
            }

            if (unread is not null)
            {
                problem = unread;
                return null;
            }
        }

        if (rest.FirstOrDefault(RepositoryHints.IsDeletedRowsSwitch) is { } deletedRows)
        {
            // GetAsync(predicate, include, bool withDeleted = false, …) of the nArchitecture template: EF Core's query filter
            // hides the rows its soft delete marked unless the switch lifts it (IgnoreQueryFilters). h-sample125.
            problem = "'" + deletedRows.Name + "' is a switch for the rows a soft delete only marked, which the store's reads leave out unless it is true (EF Core's query filter, which IgnoreQueryFilters() lifts): "
                + "which rows those are is the store's rule, and the fake follows such a switch only when it is named include{Flag} after a bool flag of the entity (includeDeleted of an IsDeleted), "
                + "not a deletion time (DeletedAt, DeletedDate) nor another name";
            return null;
        }

        var names = string.Join(", ", rest.Select(static p => p.Type.ToDisplayString() + " " + p.Name));
        problem = "(" + names + ") " + (rest.Length == 1 ? "is" : "are")
            + " not used by any condition, and paging is two trailing ints (or int? for skip and take) named skip/offset/skipCount and take/limit/count/size/pageSize/maxResultCount (either order), pageIndex (with a default: = 0 or = 1) and pageSize, or page/pageNumber and pageSize/perPage, or one page request (InMemoryFakes.PageRequest, or a type with Skip and Take, Offset and Limit, PageNumber and PageSize, or PageIndex (a constructor parameter's default of 0 or 1 says where it starts) and PageSize)";
        return null;
    }

    private static bool IsInt(ITypeSymbol type) => type.SpecialType == SpecialType.System_Int32;

    /// <summary>
    /// Why paging parameters cannot be read, when they are a page index and a page size whose index has no default that
    /// says where it starts (<see cref="PageIndexBase"/>); null otherwise.
    /// </summary>
    public static string? PageIndexProblem(IParameterSymbol[] parameters)
    {
        if (parameters.Length != 2 || !parameters.All(static p => IsInt(p.Type)))
        {
            return null;
        }

        var (_, first, second) = Conventions.PagingParameterPairs.First(static p => p.Factory == "OfPageIndex");
        for (var order = 0; order < 2; order++)
        {
            if (Conventions.NameIn(parameters[order].Name, first) && Conventions.NameIn(parameters[1 - order].Name, second) && PageIndexBase(parameters[order]) is null)
            {
                return PageIndexProblem(parameters[order]);
            }
        }

        return null;
    }

    private static string PageIndexProblem(IParameterSymbol pageIndex)
        => "'" + pageIndex.Name + "' is a page index with no default: it is 0-based in some codebases (eShop, nopCommerce: Skip(pageIndex * pageSize)) and 1-based in others "
            + "(the ASP.NET Core tutorial's PaginatedList: Skip((pageIndex - 1) * pageSize)), and the signature does not say which. A default says it (int " + pageIndex.Name
            + " = 0 is 0-based, = 1 is 1-based); a parameter named page or pageNumber is 1-based, skip is an offset";

    /// <summary>
    /// The first page's number a <c>pageIndex</c> parameter proves by its default (<c>= 0</c>: 0-based, as eShop and
    /// nopCommerce; <c>= 1</c>: 1-based, as the ASP.NET Core tutorial's <c>PaginatedList</c>); null when it has none.
    /// </summary>
    private static int? PageIndexBase(IParameterSymbol pageIndex)
        => pageIndex.HasExplicitDefaultValue && pageIndex.ExplicitDefaultValue is int first && first is 0 or 1 ? first : null;

    private static bool IsNullableInt(ITypeSymbol type) => TypeNames.IsNullableValueType(type) && IsInt(TypeNames.Underlying(type));

    /// <summary>
    /// Why a parameter that asks for a page cannot be read as one (<see cref="PageRequest"/>): its type carries more than the
    /// page, which the fake would not read; null when it is a page request or no page type at all.
    /// </summary>
    public static string? PageRequestProblem(ParseContext context, IParameterSymbol parameter)
    {
        PageRequest(context, parameter, new List<string>(), out var problem);
        return problem;
    }

    /// <summary>
    /// The members of a page type other than the page it asks for that a caller can fill: a settable property or field, or a
    /// get-only one the type keeps (a constructor's), whose name is none of <see cref="Conventions.PageRequestOwnMembers"/>.
    /// A property the type computes from others (declared with no backing field and no setter) fills nothing.
    /// </summary>
    private static List<string> UnreadPageMembers(ParseContext context, INamedTypeSymbol type)
    {
        var unread = new List<string>();
        foreach (var property in context.PropertiesOf(type))
        {
            if (property.IsIndexer || property.DeclaredAccessibility != Accessibility.Public || Conventions.NameIn(property.Name, Conventions.PageRequestOwnMembers)
                || (property.SetMethod is null && PagedResults.IsComputed(property)))
            {
                continue;
            }

            unread.Add(property.Name);
        }

        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var field in current.GetMembers().OfType<IFieldSymbol>())
            {
                if (!field.IsStatic && !field.IsConst && !field.IsImplicitlyDeclared && field.AssociatedSymbol is null && field.DeclaredAccessibility == Accessibility.Public
                    && !Conventions.NameIn(field.Name, Conventions.PageRequestOwnMembers) && !unread.Contains(field.Name))
                {
                    unread.Add(field.Name);
                }
            }
        }

        return unread;
    }

    private static PageSpec? PageRequest(ParseContext context, IParameterSymbol parameter, List<string> nullChecks, out string? problem)
    {
        problem = null;
        var type = parameter.Type;
        if (TypeNames.IsNullableValueType(type) || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named)
        {
            return null;
        }

        var name = TypeNames.Escape(parameter.Name);
        if (KnownSymbols.Is(named, context.Known.PageRequest))
        {
            nullChecks.Add(name);
            return new PageSpec(PageKind.Request, name, null, null, null, null);
        }

        var properties = context.PropertiesOf(named).Where(static p => p.Type.SpecialType == SpecialType.System_Int32).ToList();
        IPropertySymbol? Find(string property) => properties.FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase));
        foreach (var (factory, first, second) in Conventions.PageProperties)
        {
            if (Find(first) is { } a && Find(second) is { } b)
            {
                // A PageIndex property says where it starts only through a constructor parameter's default (eShop's
                // record PaginationRequest(int PageSize = 10, int PageIndex = 0)), as a pageIndex parameter does.
                var pageFactory = factory;
                if (factory == "OfPageIndex")
                {
                    var indexBase = named.InstanceConstructors.SelectMany(static c => c.Parameters)
                        .Where(p => string.Equals(p.Name, a.Name, StringComparison.OrdinalIgnoreCase)).Select(PageIndexBase).FirstOrDefault(static b => b is not null);
                    if (indexBase is null)
                    {
                        continue;
                    }

                    pageFactory = indexBase == 1 ? "OfPage" : factory;
                }

                // A page type that carries more (QueryObject's Symbol, CompanyName, SortBy, IsDescending beside PageNumber and
                // PageSize) asks the store to filter or sort by it too, in ways its signature does not say: read as the page
                // alone, the fake would answer every entity where the store answers the matches (h-sample119).
                if (UnreadPageMembers(context, named) is { Count: > 0 } unread)
                {
                    problem = "parameter '" + parameter.Name + "' asks for a page (" + named.Name + "'s " + a.Name + " and " + b.Name + ") but its type also carries "
                        + (unread.Count == 1 ? unread[0] : string.Join(", ", unread.Take(unread.Count - 1)) + " and " + unread[unread.Count - 1]) + ", which the fake would not read: whether and how a store filters or sorts by "
                        + (unread.Count == 1 ? "it" : "them") + " (equal or containing, ignoring case or not, which order) is its own, and no signature says it; take the page alone (a type with only "
                        + a.Name + " and " + b.Name + ", or InMemoryFakes.PageRequest), name the conditions (GetBy…Containing(…, page)), or write the member";
                    return null;
                }

                if (named.IsReferenceType)
                {
                    nullChecks.Add(name);
                }

                return new PageSpec(PageKind.Properties, name, null, pageFactory, TypeNames.Escape(a.Name), TypeNames.Escape(b.Name)) { IndexFromOne = pageFactory != factory };
            }
        }

        return null;
    }

    /// <summary>How the member's return type fits the verb; null with the reason when it does not fit.</summary>
    private static QueryResult? Result(ParseContext context, MemberCandidate candidate, EntityInfo entity, QueryVerb verb, string verbName, int limit, out string? problem)
    {
        problem = null;
        var result = candidate.Result;
        var streaming = candidate.Shape == ReturnShape.AsyncEnumerable;
        var e = entity.Type.Name.Length == 0 ? "T" : entity.Type.Name;
        switch (verb)
        {
            case QueryVerb.Count:
                if (!streaming && TypeFacts.IsIntOrLong(result))
                {
                    return new QueryResult(QueryKind.Count);
                }

                problem = "Count returns the number of matches as int or long";
                return null;
            case QueryVerb.Exists:
                if (!streaming && TypeFacts.IsBool(result))
                {
                    return new QueryResult(QueryKind.Exists);
                }

                problem = verbName + " returns bool";
                return null;
            case QueryVerb.Delete:
                if (candidate.IsVoid)
                {
                    return new QueryResult(QueryKind.Delete);
                }

                if (!streaming && TypeFacts.IsIntOrLong(result))
                {
                    return new QueryResult(QueryKind.Delete) { ReturnsCount = true };
                }

                if (!streaming && TypeFacts.IsBool(result))
                {
                    return new QueryResult(QueryKind.Delete) { ReturnsAny = true };
                }

                problem = verbName + " returns void, the number removed (int or long), or whether it removed any (bool)";
                return null;
        }

        if (!streaming && KnownSymbols.Is(result, context.Known.Page) && TypeFacts.SameType(((INamedTypeSymbol)result!).TypeArguments[0], entity.Type))
        {
            return new QueryResult(QueryKind.Page);
        }

        if (TypeFacts.SequenceResult(context, candidate, entity.Type, out _) is { } sequence)
        {
            return new QueryResult(QueryKind.List) { Sequence = sequence };
        }

        if (!streaming && TypeFacts.SameType(result, entity.Type))
        {
            if (limit > 1)
            {
                problem = "Top" + limit.ToString(CultureInfo.InvariantCulture) + " returns up to " + limit.ToString(CultureInfo.InvariantCulture) + " entities, so it needs a list result";
                return null;
            }

            var single = TypeNames.IsNullableValueType(result!) ? SingleResult.NullableStruct
                : TypeNames.AllowsNull(result!) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated) ? SingleResult.Nullable
                : SingleResult.Required;
            return new QueryResult(QueryKind.First) { Single = single };
        }

        // A list of a summary type of the caller's, filled from each match by member names (shape 5).
        if (verb == QueryVerb.Select && result is not null && Projections.NamesEntityRows(context, candidate, entity)
            && (streaming ? result : TypeFacts.ElementType(context.Known, TypeNames.Underlying(result))) is { } element
            && TypeFacts.SequenceResult(context, candidate, element, out _) is { } projectedSequence)
        {
            if (Projections.Plan(context, TypeNames.Underlying(element), entity, out var projectionProblem) is { } projection)
            {
                return new QueryResult(QueryKind.List) { Sequence = projectedSequence, Projection = projection };
            }

            if (projectionProblem is not null)
            {
                problem = projectionProblem;
                return null;
            }
        }

        // A paged result type of the caller's, filled by member names (shape 14): only for a result that is neither the
        // entity nor a list of it, so an entity holding a list of its own kind (a tree's Items) is still the entity.
        string? pagedProblem = null;
        if (!streaming && result is not null && PagedResults.Plan(context, TypeNames.Underlying(result), entity.Type, out pagedProblem) is { } paged)
        {
            return new QueryResult(QueryKind.Page) { PagedResult = paged };
        }

        if (pagedProblem is not null)
        {
            problem = pagedProblem;
            return null;
        }

        problem = "a " + verbName + " query returns " + e + "? (null when nothing matches), " + e + " (nothing matching is the not-found error), a list (IReadOnlyList<" + e + ">, List<" + e + ">, " + e + "[], IEnumerable<" + e + ">, IAsyncEnumerable<" + e + ">…), or Page<" + e + "> with paging";
        return null;
    }

    /// <summary>Paging and the result must agree: paging needs a list or page; a page needs paging; Count/Exists/Delete take no paging.</summary>
    private static string? CheckPagingResult(QueryVerb verb, string verbName, QueryKind kind, bool paging)
    {
        if (paging && verb != QueryVerb.Select)
        {
            return "paging does not apply to " + verbName;
        }

        if (paging && kind == QueryKind.First)
        {
            return "paging returns a slice of the matches, so it needs a list or Page<T> result";
        }

        if (!paging && kind == QueryKind.Page)
        {
            return "a Page<T> result needs paging parameters: (int skip, int take) or a page request";
        }

        return null;
    }

    /// <summary>A sort-expression parameter: the entity's orderable properties, each with its ascending ordering.</summary>
    internal static SortingSpec Sorting(ParseContext context, EntityInfo entity, StoreBuilder store, string parameter)
    {
        var properties = new List<SortablePropertySpec>();
        foreach (var property in entity.Properties.OrderBy(static p => p.Name, StringComparer.Ordinal))
        {
            if (property.GetMethod is null || Categorize(context, TypeNames.Underlying(property.Type)) == ValueCategory.Equatable)
            {
                continue;
            }

            var ordering = Ordering(context, new List<OrderSyntax<QueryPath>> { new(new QueryPath(new[] { property }), descending: false) }, store);
            properties.Add(new SortablePropertySpec(property.Name, ordering));
        }

        return new SortingSpec(parameter, new EquatableArray<SortablePropertySpec>(properties.ToArray()));
    }

    /// <summary>The static field holding an ordering (shared by queries that order alike).</summary>
    internal static string Ordering(ParseContext context, List<OrderSyntax<QueryPath>> orders, StoreBuilder store)
    {
        var keys = new List<OrderKeySpec>();
        var name = new System.Text.StringBuilder("__by");
        foreach (var order in orders)
        {
            var text = Categorize(context, TypeNames.Underlying(order.Path.Leaf)) == ValueCategory.Text;
            var leaf = order.Path.Leaf;
            var read = order.Path.ThroughNullable && leaf is not ITypeParameterSymbol ? context.RenderNullable(leaf) : context.Render(leaf);
            keys.Add(new OrderKeySpec(order.Path.ToSpec(), order.Descending, text, read));
            name.Append(order.Path.Text).Append(order.Descending ? "Desc" : "");
        }

        var wanted = new EquatableArray<OrderKeySpec>(keys.ToArray());
        foreach (var existing in store.Orderings)
        {
            if (existing.Keys.Equals(wanted))
            {
                return existing.Name;
            }
        }

        var field = context.Names.New(TypeNames.Sanitize(name.ToString()));
        store.Orderings.Add(new OrderingSpec(field, wanted));
        return field;
    }

    private static EntityQueryOp? Unparsable(ParseContext context, MemberCandidate candidate, string problem)
    {
        context.ReportQuery(DiagnosticDescriptors.QueryNameUnparsable, candidate, candidate.Symbol.Name, context.InterfaceName, problem);
        return null;
    }

    private static EntityQueryOp? WrongParameters(ParseContext context, MemberCandidate candidate, string problem)
    {
        context.ReportQuery(DiagnosticDescriptors.QueryParameterMismatch, candidate, candidate.Symbol.Name, context.InterfaceName, problem);
        return null;
    }

    private static EntityQueryOp? WrongResult(ParseContext context, MemberCandidate candidate, string verbName, string problem)
    {
        var returnType = candidate.Method is { } method ? (method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString()) : "?";
        context.ReportQuery(DiagnosticDescriptors.QueryResultMismatch, candidate, candidate.Symbol.Name, context.InterfaceName, returnType, verbName, problem);
        return null;
    }

    /// <summary>How a query returns.</summary>
    private sealed class QueryResult
    {
        public QueryResult(QueryKind kind)
        {
            Kind = kind;
        }

        public QueryKind Kind { get; }

        public PagedResultSpec? PagedResult { get; set; }

        public ProjectionSpec? Projection { get; set; }

        public SequenceKind Sequence { get; set; }

        public SingleResult Single { get; set; }

        public bool ReturnsCount { get; set; }

        public bool ReturnsAny { get; set; }
    }

    /// <summary>A condition checked against its property type, with the arguments bound to it.</summary>
    private sealed class ConditionPlan
    {
        public ConditionPlan(ConditionSyntax<QueryPath> condition, QueryOperator op, ITypeSymbol underlying, bool nullable, ValueCategory category, bool ignoreCase, string effectiveType, ITypeSymbol? element = null, string? elementType = null)
        {
            Condition = condition;
            Operator = op;
            Underlying = underlying;
            Nullable = nullable;
            Category = category;
            IgnoreCase = ignoreCase;
            EffectiveType = effectiveType;
            Element = element;
            ElementType = elementType;
        }

        public ConditionSyntax<QueryPath> Condition { get; }

        /// <summary>
        /// The operator: the name's, except <c>Containing</c> on a collection (HasElement) and an equality given a
        /// collection of values (In).
        /// </summary>
        public QueryOperator Operator { get; set; }

        /// <summary>Collection operators: the element type as the collection declares it; the other members then describe one element.</summary>
        public ITypeSymbol? Element { get; }

        /// <summary>Collection operators: <see cref="Element"/> rendered as the runtime helper's type argument.</summary>
        public string? ElementType { get; }

        /// <summary>The property type without Nullable&lt;T&gt; or annotation.</summary>
        public ITypeSymbol Underlying { get; }

        /// <summary>Whether the value read can be null (nullable property, or a nullable step on the path).</summary>
        public bool Nullable { get; }

        public ValueCategory Category { get; }

        /// <summary>IgnoreCase on this condition, or AllIgnoreCase on a text condition.</summary>
        public bool IgnoreCase { get; }

        /// <summary>The type of the value read, rendered (<c>int?</c> through a nullable path).</summary>
        public string EffectiveType { get; }

        public int Arity => Condition.Form.Arity;

        /// <summary>The property, or (collection operators) one element of it, for messages.</summary>
        public string Describe => Element is null
            ? Condition.Path.Text + " (" + Condition.Path.Leaf.ToDisplayString() + ")"
            : "an element of " + Condition.Path.Text + " (" + Element.ToDisplayString() + ")";

        public List<(IParameterSymbol Parameter, int State)> Arguments { get; } = new();

        /// <summary>An equality whose null argument means no condition (<see cref="NullArgumentMeaning"/>).</summary>
        public bool Optional { get; set; }

        public ConditionSpec ToSpec(ParseContext context)
            => new ConditionSpec(
                Condition.Path.ToSpec(),
                Operator,
                Category,
                IgnoreCase,
                context.RenderNotNull(Underlying),
                Underlying.IsValueType,
                context.RenderNullable(Underlying),
                EffectiveType,
                Arguments.Select(static a => a.State).ToArray(),
                ElementType) { Optional = Optional, ImplicitEquality = Operator == QueryOperator.Equals && ReferenceEquals(Condition.Form, OperatorForm.Implicit) };
    }
}

/// <summary>A property path (<c>AddressCity</c> → Address.City). Lives only while parsing.</summary>
internal sealed class QueryPath
{
    public QueryPath(IReadOnlyList<IPropertySymbol> properties)
    {
        Properties = properties;
        _leaf = properties[properties.Count - 1].Type;
        Text = string.Concat(properties.Select(static p => p.Name));
        for (var i = 0; i < properties.Count - 1; i++)
        {
            if (properties[i].Type.IsReferenceType || TypeNames.IsNullableValueType(properties[i].Type))
            {
                ThroughNullable = true;
            }
        }
    }

    private QueryPath(IFieldSymbol field, string accessor)
    {
        Properties = System.Array.Empty<IPropertySymbol>();
        Text = field.Name;
        _leaf = field.Type;
        _accessor = accessor;
    }

    private readonly ITypeSymbol _leaf;
    private readonly string? _accessor;

    /// <summary>A non-public field of the entity, read through the <c>[UnsafeAccessor]</c> <paramref name="accessor"/> (no property steps).</summary>
    public static QueryPath OfField(IFieldSymbol field, string accessor) => new(field, accessor);

    /// <summary>The property steps; empty for a field read through an accessor.</summary>
    public IReadOnlyList<IPropertySymbol> Properties { get; }

    public string Text { get; }

    public ITypeSymbol Leaf => _leaf;

    /// <summary>Whether a property before the last can be null (so the path is read with <c>?.</c>).</summary>
    public bool ThroughNullable { get; }

    public PathSpec ToSpec()
    {
        if (_accessor is not null)
        {
            return new PathSpec(new[] { new PathStepSpec(Text, false, _accessor) });
        }

        var steps = new PathStepSpec[Properties.Count];
        for (var i = 0; i < Properties.Count; i++)
        {
            var nullSafe = i > 0 && (Properties[i - 1].Type.IsReferenceType || TypeNames.IsNullableValueType(Properties[i - 1].Type));
            steps[i] = new PathStepSpec(TypeNames.Escape(Properties[i].Name), nullSafe);
        }

        return new PathSpec(steps);
    }
}
