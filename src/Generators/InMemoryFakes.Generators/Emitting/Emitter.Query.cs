using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InMemoryFakes.Generators.Model;
using static InMemoryFakes.Generators.Emitting.RuntimeNames;

namespace InMemoryFakes.Generators.Emitting;

internal static partial class Emitter
{
    private static void Query(BodyWriter body, FakeSpec fake, MemberSpec member, QuerySpec query)
    {
        var n = fake.Names;
        var t = body.T;
        foreach (var parameter in query.NullChecks)
        {
            body.Line("global::System.ArgumentNullException.ThrowIfNull(" + parameter + ");");
        }

        if (query.Filter is { } filter)
        {
            body.Line("if (" + string.Join(" && ", filter.Properties.Select(p => filter.Parameter + "." + p + " is null")) + ")");
            body.Line("{");
            body.Line("    throw new global::System.ArgumentException(" + TypeNames.Literal(member.InterceptName + ": the filter sets none of its properties (" + string.Join(", ", filter.Properties.Select(static p => p.TrimStart('@'))) + "); set at least one.") + ", " + TypeNames.Literal(filter.ParameterName) + ");");
            body.Line("}");
            body.Line("");
            foreach (var text in filter.TextProperties)
            {
                // A blank text: IdentityServer's stores skip it (IsNullOrWhiteSpace, as unset), a plain == compares it.
                body.Line("if (" + filter.Parameter + "." + text + " is not null && string.IsNullOrWhiteSpace(" + filter.Parameter + "." + text + "))");
                body.Line("{");
                body.Line("    throw new global::System.ArgumentException(" + TypeNames.Literal(member.InterceptName + ": the filter's " + text.TrimStart('@') + " is empty or white space; whether that is no condition (IdentityServer's stores skip a blank filter value) or a condition on that text is the store's own: leave it null, or write the member in the partial class.") + ", " + TypeNames.Literal(filter.ParameterName) + ");");
                body.Line("}");
                body.Line("");
            }
        }

        foreach (var parameter in OptionalTextParameters(query))
        {
            // An optional text filter given "" or white space: `if (!string.IsNullOrEmpty(category))` skips it, `is not null`
            // compares it.
            var plain = parameter.TrimStart('@');
            body.Line("if (" + parameter + " is not null && string.IsNullOrWhiteSpace(" + parameter + "))");
            body.Line("{");
            body.Line("    throw new global::System.ArgumentException(" + TypeNames.Literal(member.InterceptName + ": '" + plain + "' is empty or white space; whether that is no condition (a repository's `if (!string.IsNullOrEmpty(" + plain + "))`) or a condition on that text is the store's own: pass null for no condition, or write the member in the partial class.") + ", " + TypeNames.Literal(plain) + ");");
            body.Line("}");
            body.Line("");
        }

        switch (query.Kind)
        {
            case QueryKind.List when query.QueryableOrder is { } orderBy && query.Page is { } orderedPage:
                // orderBy(query).Skip(…).Take(…): every match ordered by the caller's function, then the page; without the
                // function, the page the table gives (as for a predicate method without an ordering).
                body.Sequence(Projected(query, "(" + orderBy + " is null ? " + QueryCall(fake, t, "Query", query, null, ordered: true, limited: true, paged: true)
                    + " : " + RuntimeNames.Support + "FakeQueryShaping.Slice(" + RuntimeNames.FakeQueries + ".OrderWith(" + QueryCall(fake, t, "Query", query, null, ordered: true, limited: true, paged: false) + ", " + orderBy + "), " + Page(orderedPage) + "))"), query.Sequence);
                break;
            case QueryKind.List when query.QueryableOrder is { } orderBy:
                body.Sequence(Projected(query, RuntimeNames.FakeQueries + ".OrderWith(" + QueryCall(fake, t, "Query", query, null, ordered: true, limited: true, paged: true) + ", " + orderBy + ")"), query.Sequence);
                break;
            case QueryKind.First when query.QueryableOrder is { } firstOrder:
            {
                // orderBy(query).FirstOrDefault(): the first of the matches in the caller's order.
                ReturnMatchOrNone(body, member, query, t, RuntimeNames.FakeQueries + ".FirstOrDefault(" + RuntimeNames.FakeQueries + ".OrderWith(" + QueryCall(fake, t, "Query", query, null, ordered: true, limited: false, paged: false) + ", " + firstOrder + "))");
                break;
            }

            case QueryKind.List when query.KeysGivenOrder is { Set: { } keys } keysArgument:
            {
                // ByKeysOrder = KeysGiven: the matches in the order of the keys given (a key given twice, twice). The keys are
                // read twice (the set, then the order): a lazy sequence declared as IEnumerable is read once, into a list, first.
                ReadKeysOnce(body, member, keysArgument, keys);
                var source = keys.UntypedKeys ? "object" : keys.SourceElementType ?? keys.ElementType;
                var collection = keys.UntypedKeys ? "(" + keysArgument.Parameter + " is null ? null : global::System.Linq.Enumerable.Cast<object>(" + keysArgument.Parameter + "))" : keysArgument.Parameter;
                var convert = keys.UntypedKeys ? RuntimeNames.FakeQueries + ".Key<object, " + keys.ElementType + ">(__x, " + TypeNames.Literal(keys.ParameterName) + ")"
                    : keys.SourceElementType is null ? "__x" : "(" + keys.ElementType + ")__x";
                var inKeysOrder = Projected(query, t + ".InKeysOrder<" + source + ">(" + QueryCall(fake, t, "Query", query, null, ordered: true, limited: true, paged: true) + ", " + collection + ", static __x => " + convert + ", " + TypeNames.Literal(keys.ParameterName) + ")");
                if (query.EveryKey is not null)
                {
                    ListOfEveryKey(body, fake, query, inKeysOrder);
                }
                else
                {
                    body.Sequence(inKeysOrder, query.Sequence);
                }

                break;
            }

            case QueryKind.List when query.EveryKey is { Set: { } everyKeys } everyKey:
                // ByKeysMissing = Throw: the keys are read twice (the set, then their count), so a lazy sequence is read once first.
                ReadKeysOnce(body, member, everyKey, everyKeys);
                ListOfEveryKey(body, fake, query, Projected(query, QueryCall(fake, t, "Query", query, null, ordered: true, limited: true, paged: true)));
                break;
            case QueryKind.List:
                body.Sequence(Projected(query, QueryCall(fake, t, "Query", query, null, ordered: true, limited: true, paged: true)), query.Sequence);
                break;
            case QueryKind.Page when query.PagedResult is { } paged:
                // The caller's paged result type, filled by member names from the runtime's page (shape 14).
                body.Line("var " + n.Result + " = " + QueryCall(fake, t, "QueryPage", query, Page(query.Page!), ordered: true, limited: true, paged: false) + ";");
                body.Return(PagedResult(paged, n.Result, query.Page!.IndexFromOne));
                break;
            case QueryKind.Page:
                body.Return(QueryCall(fake, t, "QueryPage", query, Page(query.Page!), ordered: true, limited: true, paged: false));
                break;
            case QueryKind.Count:
                body.Return(QueryCall(fake, t, "QueryCount", query, null, ordered: false, limited: false, paged: false));
                break;
            case QueryKind.Exists:
                body.Return((query.Negated ? "!" : "") + QueryCall(fake, t, "QueryExists", query, null, ordered: false, limited: false, paged: false));
                break;
            case QueryKind.Delete when query.ReturnsAny:
                body.Return(QueryCall(fake, t, query.Limit == 1 ? "QueryDeleteFirst" : "QueryDelete", query, null, ordered: false, limited: false, paged: false) + " > 0");
                break;
            case QueryKind.Delete:
            {
                // A conditional (the ordinal and the semantics forms, see QueryCall) is no statement: discard its count.
                var delete = QueryCall(fake, t, query.Limit == 1 ? "QueryDeleteFirst" : "QueryDelete", query, null, ordered: false, limited: false, paged: false);
                body.Call(!query.ReturnsCount && SemanticsComparisons(fake, query).Count > 0 ? "_ = " + delete : delete, query.ReturnsCount);
                break;
            }

            case QueryKind.First when query.SingleMatch:
            {
                // Single/SingleOrDefault: more than one match is an error, as LINQ's and EF Core's are.
                ReturnMatchOrNone(body, member, query, t, RuntimeNames.FakeQueries + ".SingleOrDefault(" + QueryCall(fake, t, "Query", query, null, ordered: true, limited: false, paged: false) + ")");
                break;
            }

            default:
                // SeveralMatches (Parsing/SeveralMatchesRule.cs): unstated or Throw, two matches throw; First or a lookup that
                // says it itself, the first match.
                var first = query.Several is SeveralMatchesAnswer.Unstated or SeveralMatchesAnswer.Throw
                    ? QueryCall(fake, t, "TryQuerySingle", query, "out var " + n.Result + ", " + (query.Several == SeveralMatchesAnswer.Unstated ? TypeNames.Literal(member.InterceptName) : "null"), ordered: false, limited: false, paged: false)
                    : QueryCall(fake, t, "TryQueryFirst", query, "out var " + n.Result, ordered: true, limited: false, paged: false);
                if (query.Single == SingleResult.Required)
                {
                    var described = query.DescriptionArguments.Count == 0 ? "" : ", " + string.Join(", ", query.DescriptionArguments);
                    body.Line("if (!" + first + ")");
                    body.Line("{");
                    body.Line("    throw " + t + ".Options.Errors.CreateNoMatch(" + t + ".Name, " + TypeNames.Literal(member.InterceptName) + described + ");");
                    body.Line("}");
                    body.Line("");
                    body.Line("return " + n.Result + ";");
                }
                else
                {
                    // DefaultWhenMissing: declared not null, yet no match is default (MissingKeyReads = Default says so).
                    var nullableStruct = query.Single == SingleResult.NullableStruct;
                    body.Return(first + " ? " + (nullableStruct ? "(" + fake.Store.Entity!.EntityType + "?)" : "") + n.Result + " : "
                        + (nullableStruct ? "null" : query.Single == SingleResult.DefaultWhenMissing ? "default!" : "default"));
                }

                break;
        }
    }

    /// <summary>
    /// The matches as they are, or projected onto the caller's summary type by member names (shape 5): a new list of
    /// <c>new Summary(e.A, e.GetB()) { C = e.C }</c>, one per match, in the matches' order.
    /// </summary>
    private static string Projected(QuerySpec query, string matches)
    {
        if (query.Projection is not { } projection)
        {
            return matches;
        }

        static string Read(ProjectedSourceSpec source) => "e." + source.Member + (source.IsMethod ? "()" : "");
        var created = new StringBuilder("new ").Append(projection.Type).Append('(').Append(string.Join(", ", projection.Arguments.Select(Read))).Append(')');
        if (projection.Properties.Count > 0)
        {
            created.Append(" { ").Append(string.Join(", ", projection.Properties.Select(static p => p.Name + " = " + Read(p.Source)))).Append(" }");
        }

        return "global::System.Linq.Enumerable.ToList(global::System.Linq.Enumerable.Select(" + matches + ", static e => " + created + "))";
    }

    /// <summary>Returns the one match of <paramref name="match"/> (null when none), or throws the no-match error when the member's result is required.</summary>
    private static void ReturnMatchOrNone(BodyWriter body, MemberSpec member, QuerySpec query, string t, string match)
    {
        if (query.Single == SingleResult.Required)
        {
            var described = query.DescriptionArguments.Count == 0 ? "" : ", " + string.Join(", ", query.DescriptionArguments);
            body.Return(match + " ?? throw " + t + ".Options.Errors.CreateNoMatch(" + t + ".Name, " + TypeNames.Literal(member.InterceptName) + described + ")");
        }
        else
        {
            body.Return(query.Single == SingleResult.DefaultWhenMissing ? match + "!" : match);
        }
    }

    /// <summary><c>new Result(page.Items, page.PageNumber, …) { TotalPages = page.TotalPages }</c>: a paged result type filled from <paramref name="page"/>.</summary>
    private static string PagedResult(PagedResultSpec paged, string page, bool indexFromOne = false)
    {
        string Value(PagedResultMember member) => member switch
        {
            PagedResultMember.Items => paged.Items switch
            {
                PagedItems.List => "global::System.Linq.Enumerable.ToList<" + paged.ElementType + ">(" + page + ".Items)",
                PagedItems.Array => "global::System.Linq.Enumerable.ToArray<" + paged.ElementType + ">(" + page + ".Items)",
                _ => page + ".Items",
            },
            PagedResultMember.PageNumber => page + ".PageNumber",
            PagedResultMember.PageIndex => indexFromOne ? page + ".PageNumber" : page + ".PageNumber - 1",
            PagedResultMember.PageSize => page + ".PageSize",
            PagedResultMember.TotalCount => page + ".TotalCount",
            PagedResultMember.TotalPages => page + ".TotalPages",
            PagedResultMember.HasNext => page + ".HasNextPage",
            _ => page + ".HasPreviousPage",
        };

        if (paged.IsTuple)
        {
            return "((" + paged.Type + ")(" + string.Join(", ", paged.Arguments.Select(Value)) + "))";
        }

        var builder = new StringBuilder("new ").Append(paged.Type).Append('(').Append(string.Join(", ", paged.Arguments.Select(Value))).Append(')');
        if (paged.Properties.Count > 0)
        {
            builder.Append(" { ").Append(string.Join(", ", paged.Properties.Select(p => p.Name + " = " + Value(p.Member)))).Append(" }");
        }

        return builder.ToString();
    }

    /// <summary>
    /// The runtime call of a query member: <c>table.Query(state, predicate, probe: …, order: …, distinct: …, limit: …, page: …)</c>
    /// and its Page/First/Count/Exists/Delete variants. <paramref name="middle"/> goes after the predicate (an <c>out</c> or the page).
    /// </summary>
    /// <remarks>
    /// A query whose text equalities follow the fake's <c>StoreSemantics</c> is emitted twice, chosen per call: when every
    /// such property compares ordinally (the default), the state is the arguments alone and the predicate calls
    /// <c>string.Equals(a, b)</c>; otherwise the comparisons ride in the state as before. The ordinal predicate is what a
    /// scan runs 100,000 times: without the tuple and the comparison switch it costs 0.7× as much (docs/benchmarks.md).
    /// </remarks>
    private static string QueryCall(FakeSpec fake, string table, string method, QuerySpec query, string? middle, bool ordered, bool limited, bool paged)
    {
        var compared = SemanticsComparisons(fake, query);
        if (compared.Count == 0)
        {
            return QueryCall(fake, table, method, query, middle, ordered, limited, paged, ordinal: false);
        }

        // An out variable is declared in the first branch only; the second assigns the same one.
        var ordinalCall = QueryCall(fake, table, method, query, middle, ordered, limited, paged, ordinal: true);
        var semanticsCall = QueryCall(fake, table, method, query, middle is not null && middle.StartsWith("out var ", System.StringComparison.Ordinal) ? "out " + middle.Substring("out var ".Length) : middle, ordered, limited, paged, ordinal: false);
        var allOrdinal = string.Join(" && ", compared.Select(static c => c + " == global::System.StringComparison.Ordinal"));
        return "(" + allOrdinal + " ? " + ordinalCall + " : " + semanticsCall + ")";
    }

    private static string QueryCall(FakeSpec fake, string table, string method, QuerySpec query, string? middle, bool ordered, bool limited, bool paged, bool ordinal)
    {
        var arguments = new List<string>();
        var predicate = Predicate(fake, query, ordinal);
        if (query.Predicate is { } given && query.Groups.Count > 0)
        {
            // CountActive(predicate) of an entity with IsActive (h-count42): the name's flag And the caller's predicate,
            // which rides in the state (compiled once), so the lambda stays static. A null optional predicate filters nothing.
            var e = fake.Names.Entity;
            var s = fake.Names.State;
            var flags = string.Join(" || ", query.Groups.Select(g => string.Join(" && ", g.Conditions.Select(c => Condition(c, e, _ => s, static _ => null)))));
            arguments.Add(predicate!);
            arguments.Add("static (" + e + ", " + s + ") => " + (given.Optional ? "(" + s + " is null || " + s + "(" + e + "))" : s + "(" + e + ")") + " && (" + flags + ")");
        }
        else if (query.State.Count + (ordinal ? 0 : SemanticsComparisons(fake, query).Count) > 0)
        {
            arguments.Add(State(fake, query, ordinal));
            arguments.Add(predicate ?? "null");
        }
        else
        {
            arguments.Add(predicate ?? "predicate: null");
        }

        if (middle is not null)
        {
            arguments.Add(middle);
        }

        if (query.Probe is { } probe)
        {
            arguments.Add("probe: new " + IndexProbe + "(" + TypeNames.Literal(probe.Property) + ", " + (probe.CastType is null ? probe.Argument : "(" + probe.CastType + ")" + probe.Argument) + ")");
        }

        if (ordered && Order(fake, query) is { } order)
        {
            arguments.Add("order: " + order);
        }

        if (query.Distinct && method is "Query" or "QueryPage" or "QueryCount")
        {
            arguments.Add("distinct: true");
        }

        if (limited && query.Limit > 0)
        {
            arguments.Add("limit: " + query.Limit.ToString(CultureInfo.InvariantCulture));
        }

        if (paged && query.Page is not null)
        {
            arguments.Add("page: " + Page(query.Page));
        }

        return table + "." + method + "(" + string.Join(", ", arguments) + ")";
    }

    /// <summary>
    /// The predicate: a predicate parameter, or a static lambda over the entity (and the state) for derived conditions.
    /// <paramref name="ordinal"/>: the semantics' text equalities are known to be ordinal, so none reads a comparison from the state.
    /// </summary>
    private static string? Predicate(FakeSpec fake, QuerySpec query, bool ordinal)
    {
        if (query.Predicate is { } parameter)
        {
            return parameter.IsExpression ? parameter.Parameter + (parameter.Optional ? "?.Compile()" : ".Compile()") : parameter.Parameter;
        }

        if (query.Groups.Count == 0)
        {
            return null;
        }

        var e = fake.Names.Entity;
        var s = fake.Names.State;
        var compared = ordinal ? new List<string>() : SemanticsComparisons(fake, query);
        var count = query.State.Count + compared.Count;
        string StateOf(int index) => count == 1 ? s : s + ".Item" + (index + 1).ToString(CultureInfo.InvariantCulture);
        string? ComparisonOf(ConditionSpec c) => ordinal ? null : StateOf(query.State.Count + compared.IndexOf(Comparison(fake, c)));
        var groups = new List<string>();
        foreach (var group in query.Groups)
        {
            var parts = group.Conditions.Select(c => Condition(c, e, StateOf, ComparisonOf)).ToList();
            groups.Add(query.Groups.Count > 1 && parts.Count > 1 ? "(" + string.Join(" && ", parts) + ")" : string.Join(" && ", parts));
        }

        var expression = string.Join(" || ", groups);
        return count == 0 ? "static " + e + " => " + expression : "static (" + e + ", " + s + ") => " + expression;
    }

    /// <summary>Whether a condition compares text for equality as the fake's <c>StoreSemantics</c> say (no IgnoreCase of its own).</summary>
    private static bool UsesSemantics(ConditionSpec condition)
        => condition.Category == ValueCategory.Text && !condition.IgnoreCase && condition.Operator is QueryOperator.Equals or QueryOperator.Not;

    /// <summary>The property name a <c>StoreSemantics</c> knob is keyed by, as a literal: the path as the query names it (<c>"Email"</c>, <c>"AddressCity"</c>).</summary>
    private static string SemanticsName(PathSpec path) => TypeNames.Literal(string.Concat(path.Steps.Select(static s => s.Property.TrimStart('@'))));

    /// <summary>
    /// The comparisons of the text equalities that follow the fake's semantics, in order of first use: each one's
    /// <c>StringComparison</c> is read once per call (<c>__core.Semantics.ComparisonFor("Email")</c>, or for the entity's
    /// string key <c>__core.StringKeyComparison</c>, the table's key lookup) and passed in the query's state after the
    /// arguments, so the predicate stays a static lambda.
    /// </summary>
    private static List<string> SemanticsComparisons(FakeSpec fake, QuerySpec query)
        => query.Groups.SelectMany(static g => g.Conditions).Where(UsesSemantics).Select(c => Comparison(fake, c)).Distinct().ToList();

    /// <summary>The expression a semantics equality reads its <c>StringComparison</c> from, once per call.</summary>
    private static string Comparison(FakeSpec fake, ConditionSpec condition)
        => condition.OnStringKey ? fake.Names.Core + ".StringKeyComparison" : fake.Names.Core + ".Semantics.ComparisonFor(" + SemanticsName(condition.Path) + ")";

    /// <summary>The predicate's state: the one argument, or a tuple of them (then the comparisons, unless <paramref name="ordinal"/>).</summary>
    private static string State(FakeSpec fake, QuerySpec query, bool ordinal)
    {
        var items = query.State.Select(a => StateItem(fake, a)).Concat(ordinal ? new List<string>() : SemanticsComparisons(fake, query)).ToList();
        return items.Count == 1 ? items[0] : "(" + string.Join(", ", items) + ")";
    }

    private static string StateItem(FakeSpec fake, QueryArgumentSpec argument)
    {
        if (argument.Set is not { } set)
        {
            return argument.Value ?? argument.Parameter;
        }

        var comparer = set.Comparer switch
        {
            SetComparer.Ordinal => "global::System.StringComparer.Ordinal",
            SetComparer.OrdinalIgnoreCase => "global::System.StringComparer.OrdinalIgnoreCase",
            SetComparer.StringKey => fake.Names.Core + ".StringKeyComparer",
            SetComparer.Semantics => "global::System.StringComparer.FromComparison(" + fake.Names.Core + ".Semantics.ComparisonFor(" + TypeNames.Literal(set.SemanticsName ?? "") + "))",
            _ => "null",
        };
        if (set.UntypedKeys)
        {
            // A null collection is the ArgumentNullException SetOf throws; each element converts as a key given as object does.
            return QueryOperators + ".SetOf<object, " + set.ElementType + ">(" + argument.Parameter + " is null ? null : global::System.Linq.Enumerable.Cast<object>(" + argument.Parameter + "), static __x => "
                + RuntimeNames.FakeQueries + ".Key<object, " + set.ElementType + ">(__x, " + TypeNames.Literal(set.ParameterName) + "), " + comparer + ", " + TypeNames.Literal(set.ParameterName) + ")";
        }

        return set.SourceElementType is null
            ? QueryOperators + ".SetOf<" + set.ElementType + ">(" + argument.Parameter + ", " + comparer + ", " + TypeNames.Literal(set.ParameterName) + ")"
            : QueryOperators + ".SetOf<" + set.SourceElementType + ", " + set.ElementType + ">(" + argument.Parameter + ", static __x => (" + set.ElementType + ")__x, " + comparer + ", " + TypeNames.Literal(set.ParameterName) + ")";
    }

    /// <summary>The path read null-safely: <c>e.Address?.City</c>.</summary>
    private static string Access(PathSpec path, string variable)
    {
        var builder = new StringBuilder(variable);
        foreach (var step in path.Steps)
        {
            if (step.Accessor is not null)
            {
                builder.Insert(0, step.Accessor + "(").Append(')');
                continue;
            }

            builder.Append(step.NullSafe ? "?." : ".").Append(step.Property);
        }

        return builder.ToString();
    }

    /// <summary>
    /// One condition over the entity variable and its arguments in the state. <paramref name="comparison"/> gives the
    /// state item holding a semantics-following text equality's comparison, or null when it is known to be ordinal.
    /// </summary>
    private static string Condition(ConditionSpec condition, string e, System.Func<int, string> state, System.Func<ConditionSpec, string?> comparison)
    {
        var x = Access(condition.Path, e);
        string A(int i) => state(condition.Arguments[i]) + (condition.ArgumentMember is { } member ? "." + member : "");
        if (condition.Optional)
        {
            return "(" + A(0) + " is null || " + Condition(condition with { Optional = false }, e, state, comparison) + ")";
        }

        var ignoreCase = condition.IgnoreCase ? "true" : "false";
        string Compare(string op, string argument) => condition.Category switch
        {
            ValueCategory.Text => QueryOperators + ".CompareText(" + x + ", " + argument + ", " + ignoreCase + ") " + op + " 0",
            ValueCategory.Operators => x + " " + op + " " + argument,
            _ => QueryOperators + (condition.UnderlyingIsValueType ? ".CompareValues<" : ".CompareObjects<") + condition.UnderlyingType + ">(" + x + ", " + argument + ") " + op + " 0",
        };
        string Equal(string argument) => condition.Category switch
        {
            ValueCategory.Text when UsesSemantics(condition) => comparison(condition) is { } held
                ? "global::System.String.Equals(" + x + ", " + argument + ", " + held + ")"
                : "global::System.String.Equals(" + x + ", " + argument + ")",
            ValueCategory.Text => "global::System.String.Equals(" + x + ", " + argument + ", global::System.StringComparison." + (condition.IgnoreCase ? "OrdinalIgnoreCase" : "Ordinal") + ")",
            ValueCategory.Operators or ValueCategory.Boolean => x + " == " + argument,
            _ => "global::System.Collections.Generic.EqualityComparer<" + (condition.UnderlyingIsValueType ? condition.NullableType : condition.EffectiveType) + ">.Default.Equals(" + x + ", " + argument + ")",
        };

        return condition.Operator switch
        {
            QueryOperator.Equals => Equal(A(0)),
            QueryOperator.Not => condition.Category is ValueCategory.Operators or ValueCategory.Boolean ? x + " != " + A(0) : "!" + Equal(A(0)),
            QueryOperator.GreaterThan => Compare(">", A(0)),
            QueryOperator.GreaterThanEqual => Compare(">=", A(0)),
            QueryOperator.LessThan => Compare("<", A(0)),
            QueryOperator.LessThanEqual => Compare("<=", A(0)),
            QueryOperator.Between => "(" + Compare(">=", A(0)) + " && " + Compare("<=", A(1)) + ")",
            QueryOperator.In => A(0) + ".Contains(" + x + ")",
            QueryOperator.NotIn => "!" + A(0) + ".Contains(" + x + ")",
            QueryOperator.Containing => QueryOperators + ".Contains(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOperator.StartingWith => QueryOperators + ".StartsWith(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOperator.EndingWith => QueryOperators + ".EndsWith(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOperator.HasElement when condition.Category == ValueCategory.Text => QueryOperators + ".HasText(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOperator.HasElement => QueryOperators + ".HasElement<" + condition.ElementType + ">(" + x + ", " + A(0) + ")",
            QueryOperator.IsEmpty => QueryOperators + ".IsEmpty<" + condition.ElementType + ">(" + x + ")",
            QueryOperator.IsNotEmpty => "!" + QueryOperators + ".IsEmpty<" + condition.ElementType + ">(" + x + ")",
            QueryOperator.IsNull => x + " is null",
            QueryOperator.IsNotNull => x + " is not null",
            QueryOperator.True => x + " == true",
            _ => x + " == false",
        };
    }

    /// <summary>A lazy sequence of keys declared as <c>IEnumerable</c> read once, into a list, before a query that reads the keys twice.</summary>
    private static void ReadKeysOnce(BodyWriter body, MemberSpec member, QueryArgumentSpec keysArgument, SetSpec keys)
    {
        if (member.Parameters.FirstOrDefault(p => p.Name == keysArgument.Parameter) is { Modifier: ParameterModifier.None } declared
            && (declared.Type.TrimEnd('?') == "global::System.Collections.IEnumerable" || declared.Type.StartsWith("global::System.Collections.Generic.IEnumerable<", System.StringComparison.Ordinal)))
        {
            var items = keys.UntypedKeys ? "global::System.Linq.Enumerable.Cast<object>(" + keysArgument.Parameter + ")" : keysArgument.Parameter;
            body.Line("if (" + keysArgument.Parameter + " is not null and not global::System.Collections.ICollection)");
            body.Line("{");
            body.Line("    " + keysArgument.Parameter + " = global::System.Linq.Enumerable.ToList(" + items + ");");
            body.Line("}");
            body.Line("");
        }
    }

    /// <summary>
    /// ByKeysMissing = Throw: the list, or the not-found error naming the keys given when it holds fewer (or more) entities
    /// than keys were given, as Sonarr's <c>BasicRepository.Get(ids)</c> compares the row count with the ids' count.
    /// </summary>
    private static void ListOfEveryKey(BodyWriter body, FakeSpec fake, QuerySpec query, string list)
    {
        var keys = query.EveryKey!.Parameter;
        var items = query.EveryKey.Set!.UntypedKeys ? "global::System.Linq.Enumerable.Cast<object>(" + keys + ")" : keys;
        body.Line("var __listed = " + list + ";");
        body.Line("if (__listed.Count != global::System.Linq.Enumerable.Count(" + items + "))");
        body.Line("{");
        body.Line("    throw " + fake.Names.Core + ".Defaults.Errors.CreateNotFound(" + fake.Names.Table + ".Name, global::System.String.Join(\", \", " + items + "));");
        body.Line("}");
        body.Line("");
        body.Sequence("__listed", query.Sequence);
    }

    /// <summary>The ordering: a static ordering field, or a comparer parameter of a predicate method.</summary>
    private static string? Order(FakeSpec fake, QuerySpec query)
    {
        if (query.Sorting is { } sorting)
        {
            // A sort expression read at run time; an empty one keeps the member's own order (ABP's: by the key).
            var name = "__sortName";
            var lookup = new StringBuilder("static " + name + " => null");
            var own = query with { Sorting = null };
            var fallback = Order(fake, own) ?? "null";
            var entity = fake.Store.Entity!.EntityType;
            var choices = new StringBuilder();
            foreach (var property in sorting.Properties)
            {
                choices.Append("global::System.String.Equals(").Append(name).Append(", ").Append(TypeNames.Literal(property.Name))
                    .Append(", global::System.StringComparison.OrdinalIgnoreCase) ? ").Append(property.Ordering).Append(" : ");
            }

            lookup.Clear().Append(name).Append(" => ").Append(choices).Append("(global::System.Collections.Generic.IComparer<").Append(entity).Append(">?)null");
            return "global::InMemoryFakes.Support.SortExpression.Parse<" + entity + ">(" + sorting.Parameter + ", " + lookup + ", " + fallback + ", nameof(" + sorting.Parameter + "))";
        }

        if (query.Ordering is not null)
        {
            return query.Ordering;
        }

        if (query.Comparer is { } comparer)
        {
            return comparer.IsComparison
                ? comparer.Parameter + " is null ? null : global::System.Collections.Generic.Comparer<" + fake.Store.Entity!.EntityType + ">.Create(" + comparer.Parameter + ")"
                : comparer.Parameter;
        }

        // The DefaultOrder setting: the real store's order of a query that states none.
        return fake.Store.DefaultOrdering;
    }

    /// <summary>
    /// Builds each ordering in the constructor, once per fake: its keys compare with the fake's
    /// <c>StoreSemantics.OrderComparer</c> (text comparison per property, where nulls sort), which with the default
    /// semantics is the ordinal, nulls-first order of <c>Comparer&lt;T&gt;.Default</c>.
    /// </summary>
    private static void InitializeOrderings(SourceWriter w, FakeSpec fake)
    {
        foreach (var ordering in fake.Store.Orderings)
        {
            w.Line(ordering.Name + " = " + Ordering(fake, ordering) + ";");
        }
    }

    /// <summary>The initializer of an ordering: <c>EntityOrder&lt;E&gt;.By(…, comparer: semantics.OrderComparer&lt;T&gt;("P")).ThenBy(…)</c>.</summary>
    private static string Ordering(FakeSpec fake, OrderingSpec ordering)
    {
        var e = fake.Names.Entity;
        var builder = new StringBuilder(EntityOrder + "<" + fake.Store.Entity!.EntityType + ">");
        for (var i = 0; i < ordering.Keys.Count; i++)
        {
            var key = ordering.Keys[i];
            builder.Append(i == 0 ? ".By(" : ".ThenBy(").Append("static ").Append(e).Append(" => ").Append(Access(key.Path, e));
            if (key.Descending)
            {
                builder.Append(", descending: true");
            }

            builder.Append(", comparer: ").Append(fake.Names.Core).Append(".Semantics.OrderComparer<").Append(key.Type).Append(">(").Append(SemanticsName(key.Path)).Append(')');

            builder.Append(')');
        }

        return builder.ToString();
    }

    private static string OrWhenNull(string name, string? whenNull) => whenNull is null ? name : "(" + name + " ?? " + whenNull + ")";

    /// <summary>The page request expression.</summary>
    private static string Page(PageSpec page) => page.Kind switch
    {
        PageKind.SkipTake => PageRequest + ".Of(" + page.First + ", " + page.Second + ", nameof(" + page.First + "), nameof(" + page.Second + "))",
        PageKind.Request => page.First,
        PageKind.Pair => PageRequest + "." + page.Factory + "(" + OrWhenNull(page.First, page.FirstWhenNull) + ", " + OrWhenNull(page.Second!, page.SecondWhenNull) + ", nameof(" + page.First + "), nameof(" + page.Second + "))",
        _ => PageRequest + "." + page.Factory + "(" + page.First + "." + page.FirstProperty + ", " + page.First + "." + page.SecondProperty + ", nameof(" + page.First + "), nameof(" + page.First + "))",
    };

    /// <summary>
    /// The parameters of optional text equalities (a null argument is no condition: <c>GetProducts(string? category = null)</c>),
    /// whose blank values are refused at run time; a filter object's properties are checked with the filter.
    /// </summary>
    private static IEnumerable<string> OptionalTextParameters(QuerySpec query)
        => query.Filter is not null
            ? System.Array.Empty<string>()
            : query.Groups
                .SelectMany(static g => g.Conditions)
                .Where(static c => c.Optional && c.ArgumentMember is null && c.Category == ValueCategory.Text && c.Arguments.Count == 1)
                .Select(c => query.State[c.Arguments[0]])
                .Where(static a => a.Set is null && a.Value is null)
                .Select(static a => a.Parameter)
                .Distinct();
}
