using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

/// <summary>
/// Derived queries (<c>FindByEmailAndAgeGreaterThanOrderByNameDesc</c>) and predicate methods (<c>Where(Func&lt;T, bool&gt;)</c>):
/// the name is split into words and parsed against the entity's properties (with backtracking, so property names that
/// contain And, Or or Order parse), then checked: operator against property type, parameters against conditions, return
/// type against the verb. Each mistake is a diagnostic on the method; a query that compiles never fails for a reason
/// visible here.
/// </summary>
internal sealed partial class Parser
{
    private static readonly (string Word, QueryVerb Verb)[] QueryVerbWords =
    {
        ("Find", QueryVerb.Select), ("Get", QueryVerb.Select), ("Query", QueryVerb.Select), ("List", QueryVerb.Select),
        ("Search", QueryVerb.Select), ("Stream", QueryVerb.Select), ("Read", QueryVerb.Select), ("Fetch", QueryVerb.Select),
        ("Load", QueryVerb.Select), ("Count", QueryVerb.Count), ("Exists", QueryVerb.Exists), ("Delete", QueryVerb.Delete),
        ("Remove", QueryVerb.Delete),
    };

    private static readonly (string Word, QueryVerb Verb)[] PredicateVerbWords =
    {
        ("Find", QueryVerb.Select), ("Get", QueryVerb.Select), ("Query", QueryVerb.Select), ("List", QueryVerb.Select),
        ("Search", QueryVerb.Select), ("Stream", QueryVerb.Select), ("Where", QueryVerb.Select), ("Filter", QueryVerb.Select),
        ("First", QueryVerb.Select), ("Read", QueryVerb.Select), ("Fetch", QueryVerb.Select), ("Load", QueryVerb.Select),
        ("Count", QueryVerb.Count), ("Exists", QueryVerb.Exists), ("Any", QueryVerb.Exists), ("Delete", QueryVerb.Delete),
        ("Remove", QueryVerb.Delete),
    };

    private static readonly OperatorForm[] OperatorForms = BuildOperatorForms();

    private static readonly string[] OperatorWords = OperatorForms.SelectMany(static f => f.Words).Concat(new[] { "Ignore", "Ignoring", "Case" }).Distinct().ToArray();

    private static readonly string[] SkipNames = { "skip", "offset" };

    private static readonly string[] TakeNames = { "take", "limit", "count", "size", "pageSize", "max", "maxCount" };

    private readonly Dictionary<string, string> _orderFields = new(StringComparer.Ordinal);
    private readonly List<StaticFieldSpec> _queryFields = new();
    private readonly Dictionary<ITypeSymbol, List<IPropertySymbol>> _propertyCache = new(SymbolEqualityComparer.Default);
    private HashSet<string> _uniqueProperties = new(StringComparer.Ordinal);
    private HashSet<string> _indexedProperties = new(StringComparer.Ordinal);
    private string? _queryEntity;
    private string? _queryState;

    private enum QueryVerb
    {
        Select,
        Count,
        Exists,
        Delete,
    }

    private enum QueryOp
    {
        Equals,
        Not,
        GreaterThan,
        GreaterThanEqual,
        LessThan,
        LessThanEqual,
        Between,
        In,
        NotIn,
        Containing,
        StartingWith,
        EndingWith,
        IsNull,
        IsNotNull,
        True,
        False,
    }

    /// <summary>How values of a property type compare, which decides the operators that fit and the code they become.</summary>
    private enum ValueCategory
    {
        /// <summary><c>string</c>: ordinal (or ordinal ignore-case) comparison.</summary>
        Text,

        /// <summary>Numbers, <c>char</c>, enums, dates and times: the C# operators.</summary>
        Operators,

        /// <summary><c>bool</c>: equality only (and True/False).</summary>
        Boolean,

        /// <summary>Another <c>IComparable</c> type: <c>Comparer&lt;T&gt;.Default</c>.</summary>
        Comparable,

        /// <summary>Anything else: equality through <c>EqualityComparer&lt;T&gt;.Default</c>.</summary>
        Equatable,
    }

    /// <summary>Splits an identifier into words at upper-case letters and underscores (digits stay with the word before them).</summary>
    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var start = 0;
        for (var i = 0; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || (i > start && char.IsUpper(name[i])))
            {
                if (i > start)
                {
                    words.Add(name.Substring(start, i - start));
                }

                start = i < name.Length && name[i] == '_' ? i + 1 : i;
            }
        }

        return words;
    }

    private static OperatorForm[] BuildOperatorForms()
    {
        var forms = new (string Text, QueryOp Op)[]
        {
            ("IsNotNull", QueryOp.IsNotNull), ("NotNull", QueryOp.IsNotNull), ("IsNull", QueryOp.IsNull), ("Null", QueryOp.IsNull),
            ("IsNotIn", QueryOp.NotIn), ("NotIn", QueryOp.NotIn), ("IsIn", QueryOp.In), ("In", QueryOp.In),
            ("IsNot", QueryOp.Not), ("Not", QueryOp.Not),
            ("IsGreaterThanEqual", QueryOp.GreaterThanEqual), ("GreaterThanEqual", QueryOp.GreaterThanEqual),
            ("IsGreaterThan", QueryOp.GreaterThan), ("GreaterThan", QueryOp.GreaterThan),
            ("IsLessThanEqual", QueryOp.LessThanEqual), ("LessThanEqual", QueryOp.LessThanEqual),
            ("IsLessThan", QueryOp.LessThan), ("LessThan", QueryOp.LessThan),
            ("IsAfter", QueryOp.GreaterThan), ("After", QueryOp.GreaterThan), ("IsBefore", QueryOp.LessThan), ("Before", QueryOp.LessThan),
            ("IsBetween", QueryOp.Between), ("Between", QueryOp.Between),
            ("IsContaining", QueryOp.Containing), ("Containing", QueryOp.Containing), ("Contains", QueryOp.Containing),
            ("IsLike", QueryOp.Containing), ("Like", QueryOp.Containing),
            ("IsStartingWith", QueryOp.StartingWith), ("StartingWith", QueryOp.StartingWith), ("StartsWith", QueryOp.StartingWith),
            ("IsEndingWith", QueryOp.EndingWith), ("EndingWith", QueryOp.EndingWith), ("EndsWith", QueryOp.EndingWith),
            ("IsTrue", QueryOp.True), ("True", QueryOp.True), ("IsFalse", QueryOp.False), ("False", QueryOp.False),
            ("Equals", QueryOp.Equals), ("Is", QueryOp.Equals),
        };

        return forms
            .Select(static f => new OperatorForm(SplitWords(f.Text).ToArray(), f.Op, f.Text))
            .OrderByDescending(static f => f.Words.Length)
            .ToArray();
    }

    /// <summary>Plans a derived query, or reports why it cannot be one (and returns null).</summary>
    private OperationSpec? PlanDerivedQuery(MemberCandidate candidate, EntityInfo entity, string entityType)
    {
        var words = SplitWords(candidate.Verb);
        var verbIndex = Array.FindIndex(QueryVerbWords, v => words.Count > 0 && v.Word == words[0]);
        if (verbIndex < 0)
        {
            return Unparsable(candidate, "'" + (words.Count > 0 ? words[0] : candidate.Verb) + "' is not a query verb (Find, Get, Query, List, Search, Stream, Count, Exists, Delete, Remove)");
        }

        var verb = QueryVerbWords[verbIndex].Verb;
        var by = words.IndexOf("By");
        if (by < 1)
        {
            return Unparsable(candidate, "it has no 'By'");
        }

        var subject = words.Skip(1).Take(by - 1).ToList();
        if (!ParseSubject(subject, entity, out var limit, out var distinct, out var subjectProblem))
        {
            return Unparsable(candidate, subjectProblem!);
        }

        var body = words.Skip(by + 1).ToList();
        if (body.Count == 0)
        {
            return Unparsable(candidate, "nothing follows 'By'");
        }

        var shape = ParseBody(entity.Type, body);
        if (shape is null)
        {
            DiagnoseBody(candidate, entity, body);
            return null;
        }

        var verbName = QueryVerbWords[verbIndex].Word;
        if (verb != QueryVerb.Select)
        {
            if (limit > 0)
            {
                return Unparsable(candidate, "First/Top picks entities to return, so it does not combine with " + verbName);
            }

            if (distinct && verb != QueryVerb.Count)
            {
                return Unparsable(candidate, "Distinct does not combine with " + verbName);
            }

            if (shape.Orders.Count > 0)
            {
                return Unparsable(candidate, "OrderBy orders returned entities, so it does not combine with " + verbName);
            }
        }

        if (shape.Groups.Count == 0 && verb != QueryVerb.Select)
        {
            return Unparsable(candidate, verbName + " needs a condition after 'By'");
        }

        // Operators against property types.
        var conditions = new List<ConditionPlan>();
        foreach (var group in shape.Groups)
        {
            foreach (var condition in group)
            {
                var plan = PlanCondition(condition, shape.AllIgnoreCase, out var problem);
                if (plan is null)
                {
                    Report(DiagnosticDescriptors.QueryOperatorMismatch, candidate.Location, candidate.Symbol.Name, _interfaceName, condition.Form.Keyword + (condition.IgnoreCase ? " IgnoreCase" : ""), condition.Path.Text, condition.Path.Leaf.ToDisplayString(), problem!, _className);
                    return null;
                }

                conditions.Add(plan);
            }
        }

        foreach (var ordering in shape.Orders)
        {
            if (Categorize(TypeNames.Underlying(ordering.Path.Leaf)) == ValueCategory.Equatable)
            {
                Report(DiagnosticDescriptors.QueryOperatorMismatch, candidate.Location, candidate.Symbol.Name, _interfaceName, "OrderBy", ordering.Path.Text, ordering.Path.Leaf.ToDisplayString(), "ordering needs a comparable type (numbers, dates, strings, enums, bool or another IComparable type)", _className);
                return null;
            }
        }

        // The return type against the verb (paging is checked once the parameters are known).
        var result = QueryResult(candidate, entity, verb, verbName, limit, out var resultProblem);
        if (result is null)
        {
            return WrongResult(candidate, verbName, resultProblem!);
        }

        // Parameters against conditions.
        var arguments = candidate.Parameters;
        var needed = conditions.Sum(static c => c.Arity);
        if (arguments.Length < needed)
        {
            return WrongParameters(candidate, "its conditions take " + needed.ToString(CultureInfo.InvariantCulture) + " parameter" + (needed == 1 ? "" : "s")
                + " (" + DescribeParameters(conditions) + ") but it declares " + arguments.Length.ToString(CultureInfo.InvariantCulture));
        }

        var stateItems = new List<string>();
        var descriptionArguments = new List<string>();
        var next = 0;
        foreach (var condition in conditions)
        {
            condition.Arguments = new List<(IParameterSymbol Parameter, int State)>();
            for (var i = 0; i < condition.Arity; i++)
            {
                var parameter = arguments[next++];
                if (CheckArgument(condition, parameter, out var item) is { } problem)
                {
                    return WrongParameters(candidate, problem);
                }

                stateItems.Add(item);
                descriptionArguments.Add(TypeNames.Escape(parameter.Name));
                condition.Arguments.Add((parameter, stateItems.Count - 1));
            }
        }

        var statements = new List<string>();
        var paging = PlanPaging(arguments.Skip(needed).ToArray(), statements, out var pagingProblem);
        if (pagingProblem is not null)
        {
            return WrongParameters(candidate, pagingProblem + " (its conditions take " + needed.ToString(CultureInfo.InvariantCulture) + ": " + (needed == 0 ? "none" : DescribeParameters(conditions)) + ")");
        }

        if (CheckPagingResult(verb, verbName, result.Value.Kind, paging is not null) is { } pagingResult)
        {
            return paging is not null && verb != QueryVerb.Select ? WrongParameters(candidate, pagingResult) : WrongResult(candidate, verbName, pagingResult);
        }

        // The predicate: Or of And groups over the state (one argument: itself; several: a tuple).
        var e = _queryEntity ??= _names.New("e");
        var s = _queryState ??= _names.New("s");
        string StateOf(int index) => stateItems.Count == 1 ? s : s + ".Item" + (index + 1).ToString(CultureInfo.InvariantCulture);
        var groups = new List<string>();
        var position = 0;
        foreach (var group in shape.Groups)
        {
            var parts = new List<string>();
            foreach (var _ in group)
            {
                var condition = conditions[position++];
                parts.Add(ConditionExpression(condition, e, StateOf));
            }

            groups.Add(shape.Groups.Count > 1 && parts.Count > 1 ? "(" + string.Join(" && ", parts) + ")" : string.Join(" && ", parts));
        }

        string? predicate = null;
        string? state = null;
        if (groups.Count > 0)
        {
            var expression = string.Join(" || ", groups);
            if (stateItems.Count == 0)
            {
                predicate = "static " + e + " => " + expression;
            }
            else
            {
                state = stateItems.Count == 1 ? stateItems[0] : "(" + string.Join(", ", stateItems) + ")";
                predicate = "static (" + e + ", " + s + ") => " + expression;
            }
        }

        // An equality on an indexed property narrows the candidates, when every match must satisfy it (no Or).
        string? probeProperty = null, probeValue = null;
        if (shape.Groups.Count == 1)
        {
            var probe = conditions.FirstOrDefault(c => IsProbe(c) && _uniqueProperties.Contains(c.Condition.Path.Text))
                ?? conditions.FirstOrDefault(c => IsProbe(c) && _indexedProperties.Contains(c.Condition.Path.Text));
            if (probe is not null)
            {
                probeProperty = probe.Condition.Path.Properties[0].Name;
                var argument = TypeNames.Escape(probe.Arguments![0].Parameter.Name);
                probeValue = probe.Underlying.IsValueType ? "(" + TypeNames.RenderNullable(probe.Underlying) + ")" + argument : argument;
            }
        }

        var order = shape.Orders.Count == 0 ? null : OrderField(entityType, shape.Orders);
        var query = new QuerySpec(
            result.Value.Kind,
            state,
            predicate,
            probeProperty,
            probeValue,
            order,
            distinct,
            limit,
            paging,
            statements.ToArray(),
            descriptionArguments.ToArray());
        return new OperationSpec(Operation.EntityQuery, result.Value.Result, EquatableArray<string>.Empty, entityType, null, query);
    }

    /// <summary>Plans a method that takes a <c>Func&lt;T, bool&gt;</c> or <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>, or reports why not.</summary>
    private OperationSpec? PlanPredicateQuery(MemberCandidate candidate, EntityInfo entity, string entityType, QueryVerb verb, string verbName)
    {
        var statements = new List<string>();
        string? predicate = null;
        string? order = null;
        var rest = new List<IParameterSymbol>();
        foreach (var parameter in candidate.Parameters)
        {
            var name = TypeNames.Escape(parameter.Name);
            switch (PredicateKind(parameter.Type, entity.Type))
            {
                case 1 when predicate is null:
                    statements.Add("global::System.ArgumentNullException.ThrowIfNull(" + name + ");");
                    predicate = name;
                    break;
                case 2 when predicate is null:
                    statements.Add("global::System.ArgumentNullException.ThrowIfNull(" + name + ");");
                    predicate = name + ".Compile()";
                    break;
                case 1 or 2:
                    return WrongParameters(candidate, "it takes more than one predicate");
                default:
                    if (IsComparerOf(parameter.Type, entity.Type, out var comparison) && order is null && verb == QueryVerb.Select)
                    {
                        order = comparison
                            ? name + " is null ? null : global::System.Collections.Generic.Comparer<" + entityType + ">.Create(" + name + ")"
                            : name;
                    }
                    else
                    {
                        rest.Add(parameter);
                    }

                    break;
            }
        }

        var result = QueryResult(candidate, entity, verb, verbName, 0, out var resultProblem);
        if (result is null)
        {
            return WrongResult(candidate, verbName, resultProblem!);
        }

        var paging = PlanPaging(rest.ToArray(), statements, out var pagingProblem);
        if (pagingProblem is not null)
        {
            return WrongParameters(candidate, pagingProblem + " (a predicate method takes the predicate" + (verb == QueryVerb.Select ? ", optionally an IComparer<" + entity.Type.Name + "> or Comparison<" + entity.Type.Name + "> and paging" : "") + ")");
        }

        if (CheckPagingResult(verb, verbName, result.Value.Kind, paging is not null) is { } pagingResult)
        {
            return paging is not null && verb != QueryVerb.Select ? WrongParameters(candidate, pagingResult) : WrongResult(candidate, verbName, pagingResult);
        }

        var query = new QuerySpec(result.Value.Kind, null, predicate, null, null, order, false, 0, paging, statements.ToArray(), EquatableArray<string>.Empty);
        return new OperationSpec(Operation.EntityQuery, result.Value.Result, EquatableArray<string>.Empty, entityType, null, query);
    }

    /// <summary>The query verb of a predicate method (its name's first word), when one of its parameters is a predicate over the entity.</summary>
    private static (QueryVerb Verb, string Word)? PredicateVerb(MemberCandidate candidate, EntityInfo entity)
    {
        if (!candidate.Parameters.Any(p => PredicateKind(p.Type, entity.Type) != 0))
        {
            return null;
        }

        var words = SplitWords(candidate.Verb);
        foreach (var (word, verb) in PredicateVerbWords)
        {
            if (words.Count > 0 && words[0] == word)
            {
                return (verb, word);
            }
        }

        return null;
    }

    /// <summary>1 for <c>Func&lt;T, bool&gt;</c>, 2 for <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c>, 0 otherwise.</summary>
    private static int PredicateKind(ITypeSymbol type, ITypeSymbol entity)
    {
        type = TypeNames.Underlying(type);
        if (type is INamedTypeSymbol { Name: "Expression", Arity: 1 } expression && expression.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions")
        {
            return PredicateKind(expression.TypeArguments[0], entity) == 1 ? 2 : 0;
        }

        return type is INamedTypeSymbol { Name: "Func", Arity: 2 } func && func.ContainingNamespace?.ToDisplayString() == "System"
            && SameType(func.TypeArguments[0], entity) && IsBool(func.TypeArguments[1])
            ? 1
            : 0;
    }

    private static bool IsComparerOf(ITypeSymbol type, ITypeSymbol entity, out bool comparison)
    {
        type = TypeNames.Underlying(type);
        comparison = type is INamedTypeSymbol { Name: "Comparison", Arity: 1 } c && c.ContainingNamespace?.ToDisplayString() == "System" && SameType(c.TypeArguments[0], entity);
        return comparison
            || (type is INamedTypeSymbol { Name: "IComparer", Arity: 1 } i && i.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic" && SameType(i.TypeArguments[0], entity));
    }

    /// <summary>Reads <c>[First|Top&lt;N&gt;][Distinct][All|Entity|Entities]</c> between the verb and By.</summary>
    private static bool ParseSubject(List<string> words, EntityInfo entity, out int limit, out bool distinct, out string? problem)
    {
        limit = 0;
        distinct = false;
        problem = null;
        var named = false;
        var all = false;
        var single = SplitWords(entity.Name);
        var plural = entity.Name.Length == 0 ? new List<string>() : SplitWords(TypeNames.Plural(entity.Name));
        for (var i = 0; i < words.Count;)
        {
            var word = words[i];
            var limitWord = word.StartsWith("Top", StringComparison.Ordinal) ? "Top" : word.StartsWith("First", StringComparison.Ordinal) ? "First" : null;
            if (limitWord is not null && word.Substring(limitWord.Length).All(char.IsDigit))
            {
                var digits = word.Substring(limitWord.Length);
                if (limit > 0)
                {
                    problem = "it has more than one First/Top";
                    return false;
                }

                if (digits.Length == 0)
                {
                    limit = 1;
                }
                else if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit < 1)
                {
                    problem = "'" + word + "' needs a count from 1 to " + int.MaxValue.ToString(CultureInfo.InvariantCulture);
                    return false;
                }

                i++;
                continue;
            }

            if (word == "Distinct" && !distinct)
            {
                distinct = true;
                i++;
                continue;
            }

            if (word == "All" && !all && !named)
            {
                all = true;
                i++;
                continue;
            }

            if (!named && !all && StartsWithWords(words, i, plural))
            {
                named = true;
                i += plural.Count;
                continue;
            }

            if (!named && !all && StartsWithWords(words, i, single))
            {
                named = true;
                i += single.Count;
                continue;
            }

            problem = "'" + string.Concat(words.Skip(i)) + "' between the verb and By is not First, Top<N>, Distinct, All or the entity name";
            return false;
        }

        return true;
    }

    private static bool StartsWithWords(List<string> words, int start, List<string> expected)
    {
        if (expected.Count == 0 || start + expected.Count > words.Count)
        {
            return false;
        }

        for (var i = 0; i < expected.Count; i++)
        {
            if (words[start + i] != expected[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Parses conditions (And binds tighter than Or), AllIgnoreCase and OrderBy; null when no reading of the words works.</summary>
    private QueryShape? ParseBody(ITypeSymbol entity, List<string> words)
    {
        if (words.Count >= 2 && words[0] == "Order" && words[1] == "By" && ParseOrders(entity, words, 2) is { } ordersOnly)
        {
            return new QueryShape(new List<List<QueryCondition>>(), ordersOnly, false);
        }

        var groups = new List<List<QueryCondition>> { new() };
        return ParseConditions(entity, words, 0, groups);
    }

    private QueryShape? ParseConditions(ITypeSymbol entity, List<string> words, int position, List<List<QueryCondition>> groups)
    {
        foreach (var (condition, end) in ConditionReadings(entity, words, position))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            groups[groups.Count - 1].Add(condition);
            if (AfterCondition(entity, words, end, groups) is { } shape)
            {
                return shape;
            }

            groups[groups.Count - 1].RemoveAt(groups[groups.Count - 1].Count - 1);
        }

        return null;
    }

    private QueryShape? AfterCondition(ITypeSymbol entity, List<string> words, int position, List<List<QueryCondition>> groups)
    {
        if (position == words.Count)
        {
            return new QueryShape(groups, new List<QueryOrderItem>(), false);
        }

        if (words[position] == "And")
        {
            return ParseConditions(entity, words, position + 1, groups);
        }

        if (words[position] == "Or")
        {
            groups.Add(new List<QueryCondition>());
            var shape = ParseConditions(entity, words, position + 1, groups);
            if (shape is null)
            {
                groups.RemoveAt(groups.Count - 1);
            }

            return shape;
        }

        var allIgnoreCase = false;
        if (position + 2 < words.Count && words[position] == "All" && words[position + 1] is "Ignore" or "Ignoring" && words[position + 2] == "Case")
        {
            allIgnoreCase = true;
            position += 3;
            if (position == words.Count)
            {
                return new QueryShape(groups, new List<QueryOrderItem>(), true);
            }
        }

        if (position + 1 < words.Count && words[position] == "Order" && words[position + 1] == "By" && ParseOrders(entity, words, position + 2) is { } orders)
        {
            return new QueryShape(groups, orders, allIgnoreCase);
        }

        return null;
    }

    /// <summary>Every reading of a condition at <paramref name="position"/>: longest property path first, then longest operator.</summary>
    private IEnumerable<(QueryCondition Condition, int End)> ConditionReadings(ITypeSymbol entity, List<string> words, int position)
    {
        foreach (var (path, pathEnd) in PathReadings(entity, words, position, 0))
        {
            foreach (var form in OperatorForms.Concat(new[] { OperatorForm.Implicit }))
            {
                if (!StartsWithWords(words, pathEnd, form.Words.ToList()) && form.Words.Length > 0)
                {
                    continue;
                }

                var end = pathEnd + form.Words.Length;
                if (end + 1 < words.Count && words[end] is "Ignore" or "Ignoring" && words[end + 1] == "Case")
                {
                    yield return (new QueryCondition(path, form, true), end + 2);
                }

                yield return (new QueryCondition(path, form, false), end);
            }
        }
    }

    /// <summary>Property paths starting at <paramref name="position"/> (nested through user types), longest first, direct properties before nested ones.</summary>
    private List<(QueryPath Path, int End)> PathReadings(ITypeSymbol type, List<string> words, int position, int depth)
    {
        var readings = new List<(QueryPath Path, int End)>();
        if (position >= words.Count || depth > 4)
        {
            return readings;
        }

        var properties = PropertiesOf(type);
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
            if (IsEntityCandidateType(nested) && nested is not ITypeParameterSymbol)
            {
                foreach (var (inner, end) in PathReadings(nested, words, position + length, depth + 1))
                {
                    readings.Add((new QueryPath(new[] { property }.Concat(inner.Properties).ToArray()), end));
                }
            }
        }

        return readings.OrderByDescending(static r => r.End).ThenBy(static r => r.Path.Properties.Count).ToList();
    }

    private List<QueryOrderItem>? ParseOrders(ITypeSymbol entity, List<string> words, int position)
    {
        foreach (var (path, end) in PathReadings(entity, words, position, 0))
        {
            var directions = new List<(bool Descending, int End)>();
            if (end < words.Count && words[end] == "Asc")
            {
                directions.Add((false, end + 1));
            }
            else if (end < words.Count && words[end] == "Desc")
            {
                directions.Add((true, end + 1));
            }

            directions.Add((false, end));
            foreach (var (descending, next) in directions)
            {
                var item = new QueryOrderItem(path, descending);
                if (next == words.Count)
                {
                    return new List<QueryOrderItem> { item };
                }

                if (ParseOrders(entity, words, next) is { } rest)
                {
                    rest.Insert(0, item);
                    return rest;
                }
            }
        }

        return null;
    }

    private List<IPropertySymbol> PropertiesOf(ITypeSymbol type)
    {
        if (!_propertyCache.TryGetValue(type, out var properties))
        {
            properties = InstanceProperties(type);
            _propertyCache[type] = properties;
        }

        return properties;
    }

    /// <summary>Explains a name that does not parse: an unknown property (IMF0016) or words that are no operator (IMF0015).</summary>
    private void DiagnoseBody(MemberCandidate candidate, EntityInfo entity, List<string> body)
    {
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
                    Unparsable(candidate, "a condition is missing before or after And/Or");
                    return;
                }

                if (DiagnoseSegment(candidate, entity, segment, ordering: false))
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
                Unparsable(candidate, "nothing follows 'OrderBy'");
                return;
            }

            var segment = new List<string>();
            foreach (var word in orders.Concat(new[] { "Asc" }))
            {
                if (word is "Asc" or "Desc")
                {
                    if (segment.Count > 0 && DiagnoseSegment(candidate, entity, segment, ordering: true))
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

        Unparsable(candidate, "its words do not read as conditions joined by And/Or followed by an optional OrderBy");
    }

    /// <summary>Reports the problem with one condition (or ordering) when it has one on its own; false when it reads fine.</summary>
    private bool DiagnoseSegment(MemberCandidate candidate, EntityInfo entity, List<string> segment, bool ordering)
    {
        var readings = PathReadings(entity.Type, segment, 0, 0);
        if (ordering ? readings.Any(r => r.End == segment.Count) : ConditionReadings(entity.Type, segment, 0).Any(r => r.End == segment.Count))
        {
            return false;
        }

        // The longest path that reads, and what follows it.
        var (best, bestEnd) = readings.Count == 0 ? (null, 0) : readings[0];
        var remainder = segment.Skip(bestEnd).ToList();
        if (best is not null && remainder.Count > 0 && OperatorWords.Contains(remainder[0]) && !ordering)
        {
            Unparsable(candidate, "'" + string.Concat(remainder) + "' after property " + best.Text + " is not an operator (Is, Not, GreaterThan[Equal], LessThan[Equal], After, Before, Between, In, NotIn, Containing, Like, StartingWith, EndingWith, IsNull, IsNotNull, True, False, with an optional IgnoreCase)");
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

            foreach (var form in OperatorForms)
            {
                var cut = propertyWords.Count - form.Words.Length;
                if (cut > 0 && StartsWithWords(propertyWords, cut, form.Words.ToList()))
                {
                    propertyWords = propertyWords.Take(cut).ToList();
                    break;
                }
            }
        }

        // "AddressZip" with an Address but no Address.Zip: Zip is missing from Address; otherwise the whole name is missing.
        var owner = entity.Type;
        var known = "";
        var nested = best is not null && bestEnd < propertyWords.Count && IsEntityCandidateType(TypeNames.Underlying(best.Leaf))
            && TypeNames.Underlying(best.Leaf) is not ITypeParameterSymbol;
        if (nested)
        {
            owner = TypeNames.Underlying(best!.Leaf);
            known = best.Text;
        }

        var missing = string.Concat(propertyWords.Skip(nested ? bestEnd : 0));
        var names = string.Join(", ", PropertiesOf(owner).Select(static p => p.Name));
        Report(
            DiagnosticDescriptors.QueryUnknownProperty,
            candidate.Location,
            candidate.Symbol.Name,
            _interfaceName,
            missing,
            (known.Length > 0 && !ReferenceEquals(owner, entity.Type) ? known + " (" + owner.ToDisplayString() + ")" : owner.ToDisplayString()),
            names.Length == 0 ? "none" : names,
            _className);
        return true;
    }

    /// <summary>Checks an operator against its property's type; null (with the reason) when it does not fit.</summary>
    private ConditionPlan? PlanCondition(QueryCondition condition, bool allIgnoreCase, out string? problem)
    {
        problem = null;
        var path = condition.Path;
        var underlying = TypeNames.Underlying(path.Leaf);
        var nullable = path.ThroughNullable || TypeNames.AllowsNull(path.Leaf) || (path.Leaf is ITypeParameterSymbol && !path.Leaf.IsValueType);
        var category = Categorize(underlying);
        var op = condition.Form.Op;
        var noArgument = op is QueryOp.IsNull or QueryOp.IsNotNull or QueryOp.True or QueryOp.False;
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
            case QueryOp.GreaterThan or QueryOp.GreaterThanEqual or QueryOp.LessThan or QueryOp.LessThanEqual or QueryOp.Between
                when category is ValueCategory.Boolean or ValueCategory.Equatable:
                problem = condition.Form.Keyword + " compares values, so it needs a comparable type (numbers, dates and times, strings, enums or another IComparable type)";
                return null;
            case QueryOp.Containing or QueryOp.StartingWith or QueryOp.EndingWith when category != ValueCategory.Text:
                problem = condition.Form.Keyword + " matches text, so it needs a string property";
                return null;
            case QueryOp.IsNull or QueryOp.IsNotNull when !nullable && underlying.IsValueType:
                problem = "a non-nullable " + path.Leaf.ToDisplayString() + " is never null";
                return null;
            case QueryOp.True or QueryOp.False when underlying.SpecialType != SpecialType.System_Boolean:
                problem = condition.Form.Keyword + " needs a bool property";
                return null;
        }

        var ignoreCase = condition.IgnoreCase || (allIgnoreCase && category == ValueCategory.Text && !noArgument);
        var effective = underlying.IsValueType
            ? (nullable ? TypeNames.RenderNullable(underlying) : TypeNames.RenderNotNull(underlying))
            : TypeNames.RenderNullable(underlying);
        return new ConditionPlan(condition, underlying, nullable, category, ignoreCase, effective);
    }

    private static bool IsProbe(ConditionPlan plan)
        => plan.Condition.Form.Op == QueryOp.Equals && plan.Condition.Path.Properties.Count == 1 && !plan.IgnoreCase && plan.Arguments is { Count: 1 };

    private ValueCategory Categorize(ITypeSymbol type)
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

        var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
        if (name is "global::System.DateTimeOffset" or "global::System.TimeSpan" or "global::System.DateOnly" or "global::System.TimeOnly")
        {
            return ValueCategory.Operators;
        }

        if (type is not ITypeParameterSymbol && type.AllInterfaces.Any(i =>
                (i.Name == "IComparable" && i.ContainingNamespace?.ToDisplayString() == "System")
                && (i.Arity == 0 || SymbolEqualityComparer.Default.Equals(i.TypeArguments[0], type))))
        {
            return ValueCategory.Comparable;
        }

        return ValueCategory.Equatable;
    }

    /// <summary>Checks one argument against its condition; on success <paramref name="stateItem"/> is the state expression it becomes.</summary>
    private string? CheckArgument(ConditionPlan plan, IParameterSymbol parameter, out string stateItem)
    {
        var name = TypeNames.Escape(parameter.Name);
        stateItem = name;
        var property = plan.Condition.Path.Text + " (" + plan.Condition.Path.Leaf.ToDisplayString() + ")";
        var target = plan.Underlying.IsValueType ? _compilation.GetSpecialType(SpecialType.System_Nullable_T).Construct(plan.Underlying) : plan.Underlying;
        if (plan.Condition.Form.Op is QueryOp.In or QueryOp.NotIn)
        {
            var element = EnumerableElement(parameter.Type);
            if (element is null || !Converts(element, target))
            {
                return "parameter '" + parameter.Name + "' of " + plan.Condition.Form.Keyword + " is " + parameter.Type.ToDisplayString() + "; it must be a collection (IEnumerable<T>, an array or params) of values that convert to " + property;
            }

            var comparer = plan.Category == ValueCategory.Text
                ? "global::System.StringComparer." + (plan.IgnoreCase ? "OrdinalIgnoreCase" : "Ordinal")
                : "null";
            var same = SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(element), plan.Underlying)
                && (plan.Underlying.IsReferenceType || TypeNames.IsNullableValueType(element) == plan.Nullable);
            stateItem = same
                ? "global::InMemoryFakes.Support.QueryOperators.SetOf<" + plan.EffectiveType + ">(" + name + ", " + comparer + ", " + TypeNames.Literal(parameter.Name) + ")"
                : "global::InMemoryFakes.Support.QueryOperators.SetOf<" + TypeNames.Render(element) + ", " + plan.EffectiveType + ">(" + name + ", static __x => (" + plan.EffectiveType + ")__x, " + comparer + ", " + TypeNames.Literal(parameter.Name) + ")";
            return null;
        }

        if (!Converts(parameter.Type, target))
        {
            return "parameter '" + parameter.Name + "' is " + parameter.Type.ToDisplayString() + ", which does not convert to " + property;
        }

        return null;
    }

    private bool Converts(ITypeSymbol from, ITypeSymbol to)
    {
        var conversion = _compilation.ClassifyCommonConversion(from, to);
        return conversion.Exists && conversion.IsImplicit;
    }

    private static string DescribeParameters(List<ConditionPlan> conditions)
    {
        var parts = new List<string>();
        foreach (var condition in conditions)
        {
            var type = condition.Condition.Path.Leaf.ToDisplayString();
            switch (condition.Condition.Form.Op)
            {
                case QueryOp.Between:
                    parts.Add(condition.Condition.Path.Text + " from: " + type);
                    parts.Add(condition.Condition.Path.Text + " to: " + type);
                    break;
                case QueryOp.In or QueryOp.NotIn:
                    parts.Add(condition.Condition.Path.Text + ": IEnumerable<" + type + ">");
                    break;
                case QueryOp.IsNull or QueryOp.IsNotNull or QueryOp.True or QueryOp.False:
                    break;
                default:
                    parts.Add(condition.Condition.Path.Text + ": " + type);
                    break;
            }
        }

        return string.Join(", ", parts);
    }

    /// <summary>The parameters after the conditions': none, <c>(int skip, int take)</c>, or one page request. Returns the page expression.</summary>
    private string? PlanPaging(IParameterSymbol[] rest, List<string> statements, out string? problem)
    {
        problem = null;
        if (rest.Length == 0)
        {
            return null;
        }

        if (rest.Length == 2 && rest.All(static p => p.Type.SpecialType == SpecialType.System_Int32)
            && SkipNames.Any(n => string.Equals(n, rest[0].Name, StringComparison.OrdinalIgnoreCase))
            && TakeNames.Any(n => string.Equals(n, rest[1].Name, StringComparison.OrdinalIgnoreCase)))
        {
            var skip = TypeNames.Escape(rest[0].Name);
            var take = TypeNames.Escape(rest[1].Name);
            return "global::InMemoryFakes.PageRequest.Of(" + skip + ", " + take + ", nameof(" + skip + "), nameof(" + take + "))";
        }

        if (rest.Length == 1 && PageRequestExpression(rest[0], statements) is { } page)
        {
            return page;
        }

        var names = string.Join(", ", rest.Select(static p => p.Type.ToDisplayString() + " " + p.Name));
        problem = "(" + names + ") " + (rest.Length == 1 ? "is" : "are")
            + " not used by any condition, and paging is two trailing ints named skip/offset and take/limit/count/size/pageSize, or one page request (InMemoryFakes.PageRequest, or a type with Skip and Take, Offset and Limit, PageNumber and PageSize, or PageIndex and PageSize)";
        return null;
    }

    private string? PageRequestExpression(IParameterSymbol parameter, List<string> statements)
    {
        var type = parameter.Type;
        if (TypeNames.IsNullableValueType(type) || type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named)
        {
            return null;
        }

        var name = TypeNames.Escape(parameter.Name);
        var nullCheck = "global::System.ArgumentNullException.ThrowIfNull(" + name + ");";
        if (named.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::InMemoryFakes.PageRequest")
        {
            statements.Add(nullCheck);
            return name;
        }

        var properties = PropertiesOf(named).Where(static p => p.Type.SpecialType == SpecialType.System_Int32).ToList();
        IPropertySymbol? Find(string property) => properties.FirstOrDefault(p => string.Equals(p.Name, property, StringComparison.OrdinalIgnoreCase));
        string? Form(string method, string first, string second)
            => Find(first) is { } a && Find(second) is { } b
                ? "global::InMemoryFakes.PageRequest." + method + "(" + name + "." + TypeNames.Escape(a.Name) + ", " + name + "." + TypeNames.Escape(b.Name) + ", nameof(" + name + "), nameof(" + name + "))"
                : null;
        var expression = Form("Of", "Skip", "Take") ?? Form("Of", "Offset", "Limit") ?? Form("OfPage", "PageNumber", "PageSize") ?? Form("OfPageIndex", "PageIndex", "PageSize");
        if (expression is not null && named.IsReferenceType)
        {
            statements.Add(nullCheck);
        }

        return expression;
    }

    /// <summary>How the member's return type fits the verb: the query kind and the conversion; null with the reason when it does not fit.</summary>
    private (QueryKind Kind, ResultKind Result)? QueryResult(MemberCandidate candidate, EntityInfo entity, QueryVerb verb, string verbName, int limit, out string? problem)
    {
        problem = null;
        var result = candidate.Result;
        var streaming = candidate.Shape == ReturnShape.AsyncEnumerable;
        var e = entity.Type.Name.Length == 0 ? "T" : entity.Type.Name;
        switch (verb)
        {
            case QueryVerb.Count:
                if (!streaming && (IsInt(result) || IsLong(result)))
                {
                    return (QueryKind.Count, ResultKind.Count);
                }

                problem = "Count returns the number of matches as int or long";
                return null;
            case QueryVerb.Exists:
                if (!streaming && IsBool(result))
                {
                    return (QueryKind.Exists, ResultKind.Bool);
                }

                problem = verbName + " returns bool";
                return null;
            case QueryVerb.Delete:
                if (candidate.IsVoid)
                {
                    return (QueryKind.Delete, ResultKind.None);
                }

                if (!streaming && (IsInt(result) || IsLong(result)))
                {
                    return (QueryKind.Delete, ResultKind.Count);
                }

                problem = verbName + " returns void or the number removed (int or long)";
                return null;
        }

        if (!streaming && result is INamedTypeSymbol { Name: "Page", Arity: 1 } page && page.ContainingNamespace?.ToDisplayString() == "InMemoryFakes" && SameType(page.TypeArguments[0], entity.Type))
        {
            return (QueryKind.Page, ResultKind.Page);
        }

        if (SequenceResult(candidate, entity.Type, out _) is { } sequence)
        {
            return (QueryKind.List, sequence);
        }

        if (!streaming && SameType(result, entity.Type))
        {
            if (limit > 1)
            {
                problem = "Top" + limit.ToString(CultureInfo.InvariantCulture) + " returns up to " + limit.ToString(CultureInfo.InvariantCulture) + " entities, so it needs a list result";
                return null;
            }

            var single = TypeNames.IsNullableValueType(result!) ? ResultKind.NullableStruct
                : TypeNames.AllowsNull(result!) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated) ? ResultKind.NullableValue
                : ResultKind.Required;
            return (QueryKind.First, single);
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

    /// <summary>The predicate expression of one condition, over the entity variable and its arguments in the state.</summary>
    private static string ConditionExpression(ConditionPlan plan, string e, Func<int, string> state)
    {
        var x = plan.Access(e);
        string A(int i) => state(plan.Arguments![i].State);
        var ignoreCase = plan.IgnoreCase ? "true" : "false";
        string Compare(string op, string argument) => plan.Category switch
        {
            ValueCategory.Text => "global::InMemoryFakes.Support.QueryOperators.CompareText(" + x + ", " + argument + ", " + ignoreCase + ") " + op + " 0",
            ValueCategory.Operators => x + " " + op + " " + argument,
            _ => (plan.Underlying.IsValueType ? "global::InMemoryFakes.Support.QueryOperators.CompareValues<" : "global::InMemoryFakes.Support.QueryOperators.CompareObjects<")
                 + TypeNames.RenderNotNull(plan.Underlying) + ">(" + x + ", " + argument + ") " + op + " 0",
        };
        string Equal(string argument) => plan.Category switch
        {
            ValueCategory.Text => "global::System.String.Equals(" + x + ", " + argument + ", global::System.StringComparison." + (plan.IgnoreCase ? "OrdinalIgnoreCase" : "Ordinal") + ")",
            ValueCategory.Operators or ValueCategory.Boolean => x + " == " + argument,
            _ => "global::System.Collections.Generic.EqualityComparer<" + (plan.Underlying.IsValueType ? TypeNames.RenderNullable(plan.Underlying) : plan.EffectiveType) + ">.Default.Equals(" + x + ", " + argument + ")",
        };

        return plan.Condition.Form.Op switch
        {
            QueryOp.Equals => Equal(A(0)),
            QueryOp.Not => plan.Category is ValueCategory.Operators or ValueCategory.Boolean ? x + " != " + A(0) : "!" + Equal(A(0)),
            QueryOp.GreaterThan => Compare(">", A(0)),
            QueryOp.GreaterThanEqual => Compare(">=", A(0)),
            QueryOp.LessThan => Compare("<", A(0)),
            QueryOp.LessThanEqual => Compare("<=", A(0)),
            QueryOp.Between => "(" + Compare(">=", A(0)) + " && " + Compare("<=", A(1)) + ")",
            QueryOp.In => A(0) + ".Contains(" + x + ")",
            QueryOp.NotIn => "!" + A(0) + ".Contains(" + x + ")",
            QueryOp.Containing => "global::InMemoryFakes.Support.QueryOperators.Contains(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOp.StartingWith => "global::InMemoryFakes.Support.QueryOperators.StartsWith(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOp.EndingWith => "global::InMemoryFakes.Support.QueryOperators.EndsWith(" + x + ", " + A(0) + ", " + ignoreCase + ")",
            QueryOp.IsNull => x + " is null",
            QueryOp.IsNotNull => x + " is not null",
            QueryOp.True => x + " == true",
            _ => x + " == false",
        };
    }

    /// <summary>The static field holding an ordering (shared by queries that order alike).</summary>
    private string OrderField(string entityType, List<QueryOrderItem> orders)
    {
        var e = _queryEntity ??= _names.New("e");
        var builder = new System.Text.StringBuilder("global::InMemoryFakes.Support.EntityOrder<" + entityType + ">");
        var name = new System.Text.StringBuilder("__by");
        for (var i = 0; i < orders.Count; i++)
        {
            var order = orders[i];
            var category = Categorize(TypeNames.Underlying(order.Path.Leaf));
            builder.Append(i == 0 ? ".By(" : ".ThenBy(").Append("static ").Append(e).Append(" => ").Append(order.Path.Access(e));
            if (order.Descending)
            {
                builder.Append(", descending: true");
            }

            if (category == ValueCategory.Text)
            {
                builder.Append(", comparer: global::System.StringComparer.Ordinal");
            }

            builder.Append(')');
            name.Append(order.Path.Text).Append(order.Descending ? "Desc" : "");
        }

        var initializer = builder.ToString();
        if (!_orderFields.TryGetValue(initializer, out var field))
        {
            field = _names.New(TypeNames.Sanitize(name.ToString()));
            _orderFields[initializer] = field;
            _queryFields.Add(new StaticFieldSpec("global::System.Collections.Generic.IComparer<" + entityType + ">", field, initializer));
        }

        return field;
    }

    private OperationSpec? Unparsable(MemberCandidate candidate, string problem)
    {
        Report(DiagnosticDescriptors.QueryNameUnparsable, candidate.Location, candidate.Symbol.Name, _interfaceName, problem, _className);
        return null;
    }

    private OperationSpec? WrongParameters(MemberCandidate candidate, string problem)
    {
        Report(DiagnosticDescriptors.QueryParameterMismatch, candidate.Location, candidate.Symbol.Name, _interfaceName, problem, _className);
        return null;
    }

    private OperationSpec? WrongResult(MemberCandidate candidate, string verbName, string problem)
    {
        var returnType = candidate.Method is { } method ? (method.ReturnsVoid ? "void" : method.ReturnType.ToDisplayString()) : "?";
        Report(DiagnosticDescriptors.QueryResultMismatch, candidate.Location, candidate.Symbol.Name, _interfaceName, returnType, verbName, problem, _className);
        return null;
    }

    /// <summary>One operator form: its words (empty for the implicit equality) and the keyword it was written as.</summary>
    private sealed class OperatorForm
    {
        public OperatorForm(string[] words, QueryOp op, string keyword)
        {
            Words = words;
            Op = op;
            Keyword = keyword;
        }

        public static OperatorForm Implicit { get; } = new(Array.Empty<string>(), QueryOp.Equals, "Equals");

        public string[] Words { get; }

        public QueryOp Op { get; }

        public string Keyword { get; }
    }

    /// <summary>A property path (<c>AddressCity</c> → Address.City).</summary>
    private sealed class QueryPath
    {
        public QueryPath(IReadOnlyList<IPropertySymbol> properties)
        {
            Properties = properties;
            Text = string.Concat(properties.Select(static p => p.Name));
            for (var i = 0; i < properties.Count - 1; i++)
            {
                if (properties[i].Type.IsReferenceType || TypeNames.IsNullableValueType(properties[i].Type))
                {
                    ThroughNullable = true;
                }
            }
        }

        public IReadOnlyList<IPropertySymbol> Properties { get; }

        public string Text { get; }

        public ITypeSymbol Leaf => Properties[Properties.Count - 1].Type;

        /// <summary>Whether a property before the last can be null (so the path is read with <c>?.</c>).</summary>
        public bool ThroughNullable { get; }

        /// <summary>The path read null-safely: <c>e.Address?.City</c>.</summary>
        public string Access(string variable)
        {
            var builder = new System.Text.StringBuilder(variable);
            for (var i = 0; i < Properties.Count; i++)
            {
                var nullSafe = i > 0 && (Properties[i - 1].Type.IsReferenceType || TypeNames.IsNullableValueType(Properties[i - 1].Type));
                builder.Append(nullSafe ? "?." : ".").Append(TypeNames.Escape(Properties[i].Name));
            }

            return builder.ToString();
        }
    }

    private sealed class QueryCondition
    {
        public QueryCondition(QueryPath path, OperatorForm form, bool ignoreCase)
        {
            Path = path;
            Form = form;
            IgnoreCase = ignoreCase;
        }

        public QueryPath Path { get; }

        public OperatorForm Form { get; }

        /// <summary>IgnoreCase written on this condition.</summary>
        public bool IgnoreCase { get; }
    }

    private sealed class QueryOrderItem
    {
        public QueryOrderItem(QueryPath path, bool descending)
        {
            Path = path;
            Descending = descending;
        }

        public QueryPath Path { get; }

        public bool Descending { get; }
    }

    private sealed class QueryShape
    {
        public QueryShape(List<List<QueryCondition>> groups, List<QueryOrderItem> orders, bool allIgnoreCase)
        {
            Groups = groups;
            Orders = orders;
            AllIgnoreCase = allIgnoreCase;
        }

        /// <summary>Or-groups of And-ed conditions; empty for an ordering-only query (<c>FindAllByOrderByName</c>).</summary>
        public List<List<QueryCondition>> Groups { get; }

        public List<QueryOrderItem> Orders { get; }

        public bool AllIgnoreCase { get; }
    }

    /// <summary>A condition checked against its property type, with the arguments bound to it.</summary>
    private sealed class ConditionPlan
    {
        public ConditionPlan(QueryCondition condition, ITypeSymbol underlying, bool nullable, ValueCategory category, bool ignoreCase, string effectiveType)
        {
            Condition = condition;
            Underlying = underlying;
            Nullable = nullable;
            Category = category;
            IgnoreCase = ignoreCase;
            EffectiveType = effectiveType;
        }

        public QueryCondition Condition { get; }

        /// <summary>The property type without Nullable&lt;T&gt; or annotation.</summary>
        public ITypeSymbol Underlying { get; }

        /// <summary>Whether the value read can be null (nullable property, or a nullable step on the path).</summary>
        public bool Nullable { get; }

        public ValueCategory Category { get; }

        /// <summary>IgnoreCase on this condition, or AllIgnoreCase on a text condition.</summary>
        public bool IgnoreCase { get; }

        /// <summary>The type of the value read, rendered (<c>int?</c> through a nullable path).</summary>
        public string EffectiveType { get; }

        public int Arity => Condition.Form.Op switch
        {
            QueryOp.Between => 2,
            QueryOp.IsNull or QueryOp.IsNotNull or QueryOp.True or QueryOp.False => 0,
            _ => 1,
        };

        public List<(IParameterSymbol Parameter, int State)>? Arguments { get; set; }

        public string Access(string variable) => Condition.Path.Access(variable);
    }
}
