using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Model;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>One operator form: its words (empty for the implicit equality) and the keyword it was written as.</summary>
internal sealed class OperatorForm
{
    public OperatorForm(string[] words, QueryOperator op, string keyword)
    {
        Words = words;
        Operator = op;
        Keyword = keyword;
    }

    public static OperatorForm Implicit { get; } = new(Array.Empty<string>(), QueryOperator.Equals, "Equals");

    /// <summary>A property named in the plural with no operator (<c>FindByNames</c>): the property's value is one of a collection's.</summary>
    public static OperatorForm PluralIn { get; } = new(Array.Empty<string>(), QueryOperator.In, "In");

    /// <summary>A collection property named in the singular with no operator (<c>FindByTag</c> for <c>Tags</c>): the collection holds the value.</summary>
    public static OperatorForm Element { get; } = new(Array.Empty<string>(), QueryOperator.HasElement, "Contains");

    /// <summary>A parameter named as a lower bound (<c>minPrice</c>): the property is at least the argument; null is no bound.</summary>
    public static OperatorForm AtLeast { get; } = new(Array.Empty<string>(), QueryOperator.GreaterThanEqual, "Min");

    /// <summary>A parameter named as an upper bound (<c>maxPrice</c>): the property is at most the argument; null is no bound.</summary>
    public static OperatorForm AtMost { get; } = new(Array.Empty<string>(), QueryOperator.LessThanEqual, "Max");

    /// <summary>A parameter naming the key left out (<c>excludeUserId</c>): the key is not the argument; null leaves none out.</summary>
    public static OperatorForm Except { get; } = new(Array.Empty<string>(), QueryOperator.Not, "Except");

    /// <summary><c>bool includeDeleted</c>: true is no condition, false keeps the entities whose flag is false.</summary>
    public static OperatorForm IncludeFlagged { get; } = new(Array.Empty<string>(), QueryOperator.Equals, "Include");

    /// <summary><c>bool includeInactive</c> (a negated word): true is no condition, false keeps the entities whose flag is true.</summary>
    public static OperatorForm IncludeFlaggedNegated { get; } = new(Array.Empty<string>(), QueryOperator.Equals, "Include");

    /// <summary>Whether this is <see cref="AtLeast"/>, <see cref="AtMost"/> or <see cref="Except"/>: read from a parameter's name, whose null argument is no condition.</summary>
    public bool IsBound => ReferenceEquals(this, AtLeast) || ReferenceEquals(this, AtMost) || ReferenceEquals(this, Except);

    public string[] Words { get; }

    public QueryOperator Operator { get; }

    public string Keyword { get; }

    /// <summary>How many parameters the operator takes.</summary>
    public int Arity => Operator switch
    {
        QueryOperator.Between => 2,
        QueryOperator.IsNull or QueryOperator.IsNotNull or QueryOperator.True or QueryOperator.False or QueryOperator.IsEmpty or QueryOperator.IsNotEmpty => 0,
        _ => 1,
    };
}

/// <summary>The head of a derived query name: <c>{Verb}[First|Top&lt;N&gt;][Distinct][All|Entity]By</c>, and the words after By.</summary>
internal sealed class QueryHead
{
    public QueryHead(string verbWord, QueryVerb verb, int limit, bool distinct, List<string> body)
    {
        VerbWord = verbWord;
        Verb = verb;
        Limit = limit;
        Distinct = distinct;
        Body = body;
    }

    public string VerbWord { get; }

    public QueryVerb Verb { get; }

    /// <summary>First/Top: at most this many; 0 for no limit.</summary>
    public int Limit { get; }

    public bool Distinct { get; }

    /// <summary>The words after <c>By</c>.</summary>
    public List<string> Body { get; }

    /// <summary>More than one match is an error (<c>SingleOrDefaultBy…</c>, as LINQ's <c>SingleOrDefault</c>).</summary>
    public bool SingleMatch { get; init; }
}

/// <summary>
/// A count name, <c>Get[All|Total]{Noun}[Long]Count</c>: a whole member name (<c>GetAllOrdersCount</c>: All, Orders;
/// <c>GetTotalCount</c>: Total; <c>GetAllLongCount</c>: All, long) or the words before a By (<c>GetReplyCountByPostId</c>:
/// Reply). <see cref="QueryNameParser.ReadCountName"/> reads it; whether it counts every row the rest of the member selects
/// is <see cref="QueryNameParser.CountsEveryRow"/>'s.
/// </summary>
internal sealed class CountName
{
    public CountName(List<string> middleWords, string qualifier, List<string> nounWords, bool isLong)
    {
        MiddleWords = middleWords;
        Middle = string.Concat(middleWords);
        Qualifier = qualifier;
        NounWords = nounWords;
        Noun = string.Concat(nounWords);
        IsLong = isLong;
    }

    /// <summary>The words between Get and Count (<c>GetAllLongCount</c>: All, Long; <c>GetCount</c>: none).</summary>
    public List<string> MiddleWords { get; }

    /// <summary>The words between Get and Count as one (<c>GetAllLongCount</c>: <c>AllLong</c>; <c>GetCount</c>: empty): what a refusal names.</summary>
    public string Middle { get; }

    /// <summary><c>All</c> or <c>Total</c> right after Get, before the noun or Long; empty when neither is.</summary>
    public string Qualifier { get; }

    /// <summary>The words between the qualifier and Long or Count (<c>GetTotalRepliesCount</c>: Replies); none for <c>GetAllCount</c>.</summary>
    public List<string> NounWords { get; }

    /// <summary>The noun's words as one.</summary>
    public string Noun { get; }

    /// <summary><c>LongCount</c> closes the name.</summary>
    public bool IsLong { get; }
}

/// <summary>How the words of a condition name its property.</summary>
internal enum Inflection
{
    /// <summary>By the property's own name (<c>Name</c>, <c>Tags</c>).</summary>
    None,

    /// <summary>In the plural of a property that holds one value (<c>Names</c> for <c>Name</c>): one of several values.</summary>
    Plural,

    /// <summary>In the singular of a collection property (<c>Tag</c> for <c>Tags</c>): one of the values it holds.</summary>
    Singular,
}

/// <summary>One condition as read from the name: a property path, an operator, and IgnoreCase written on it.</summary>
internal sealed class ConditionSyntax<TPath>
{
    public ConditionSyntax(TPath path, OperatorForm form, bool ignoreCase, Inflection inflection = Inflection.None)
    {
        Path = path;
        Form = form;
        IgnoreCase = ignoreCase;
        Inflection = inflection;
    }

    public TPath Path { get; }

    public OperatorForm Form { get; }

    public bool IgnoreCase { get; }

    /// <summary>Whether the property was named in the plural or the singular rather than by its own name.</summary>
    public Inflection Inflection { get; }
}

/// <summary>One ordering as read from the name.</summary>
internal sealed class OrderSyntax<TPath>
{
    public OrderSyntax(TPath path, bool descending)
    {
        Path = path;
        Descending = descending;
    }

    public TPath Path { get; }

    public bool Descending { get; }
}

/// <summary>The body of a derived query name: Or-groups of And-ed conditions, AllIgnoreCase, and the orderings.</summary>
internal sealed class QueryBody<TPath>
{
    public QueryBody(List<List<ConditionSyntax<TPath>>> groups, List<OrderSyntax<TPath>> orders, bool allIgnoreCase, bool optional = false)
    {
        Groups = groups;
        Orders = orders;
        AllIgnoreCase = allIgnoreCase;
        Optional = optional;
    }

    /// <summary>Or-groups of And-ed conditions; empty for an ordering-only query (<c>FindAllByOrderByName</c>).</summary>
    public List<List<ConditionSyntax<TPath>>> Groups { get; }

    public List<OrderSyntax<TPath>> Orders { get; }

    public bool AllIgnoreCase { get; }

    /// <summary>The name ends with <c>Optional</c> (<c>GetByIdOptional</c>): one entity, or null when nothing matches.</summary>
    public bool Optional { get; }
}

/// <summary>
/// Reads derived query names (<c>FindTop3ByEmailIgnoreCaseAndAgeGreaterThanOrderByNameDesc</c>). Pure: it knows words,
/// not Roslyn. Property paths are read by a callback that lists every reading of a path at a word position (longest
/// first), so names whose properties contain And, Or or Order still parse: the parser backtracks over the readings.
/// </summary>
internal static class QueryNameParser
{
    public static readonly OperatorForm[] OperatorForms = Conventions.QueryOperators
        .Select(static f => new OperatorForm(SplitWords(f.Text).ToArray(), f.Operator, f.Text))
        .OrderByDescending(static f => f.Words.Length)
        .ToArray();

    /// <summary>Words that belong to operators (for explaining names that do not parse).</summary>
    public static readonly HashSet<string> OperatorWords = new(OperatorForms.SelectMany(static f => f.Words).Concat(new[] { "Ignore", "Ignoring", "Case" }), StringComparer.Ordinal);

    /// <summary>
    /// Whether a verb reads as a derived query: a query verb, then <c>By</c> followed by an upper-case letter, or then
    /// <c>In{Property}Range</c> (<see cref="InRange"/>).
    /// </summary>
    public static bool IsDerivedQueryName(string verb)
    {
        var startsWithVerb = false;
        foreach (var prefix in Conventions.QueryVerbs.Select(static v => v.Word).Concat(OrDefaultVerbs.Select(static v => v.Prefix)))
        {
            if (!verb.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            startsWithVerb = true;
            for (var i = prefix.Length; i + 2 < verb.Length; i++)
            {
                if (verb[i] == 'B' && verb[i + 1] == 'y' && char.IsUpper(verb[i + 2]))
                {
                    return true;
                }
            }
        }

        return startsWithVerb && InRange(SplitWords(verb)) > 0;
    }

    /// <summary>
    /// The position of <c>In</c> in a name of the form <c>{Verb}[{Subject}]In{Property}Range</c>
    /// (<c>GetProductsInPriceRange</c>), which reads as its <c>By</c> form; 0 when the name has another form.
    /// </summary>
    private static int InRange(List<string> words)
        => words.Count > 3 && words[words.Count - 1] == "Range" && words.IndexOf("By") < 0 && words.LastIndexOf("In") is var inWord and > 0 && inWord < words.Count - 2 ? inWord : 0;

    /// <summary>Splits an identifier into words at upper-case letters and underscores (digits stay with the word before them).</summary>
    public static List<string> SplitWords(string name)
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

    /// <summary>Words that, right before the first By, make the rest an ordering of every entity (<c>GetAllOrderedByName</c>).</summary>
    private static readonly string[] OrderingWords = { "Order", "Ordered", "Sort", "Sorted" };

    /// <summary>
    /// LINQ's single-result operators used as a derived query's verb (<c>FirstOrDefaultByEmailAsync(email)</c>,
    /// <c>SingleOrDefaultBySkuAsync(sku)</c>: the repository's <c>FirstOrDefaultAsync(x =&gt; x.Email == email)</c>), read as
    /// <c>FindFirstBy…</c> (the first match in query order, or null) and as <c>FindBy…</c> whose several matches are LINQ's
    /// <c>InvalidOperationException</c>.
    /// </summary>
    private static readonly (string Prefix, string[] Words, bool SingleMatch)[] OrDefaultVerbs =
    {
        ("FirstOrDefault", new[] { "Find", "First" }, false),
        ("SingleOrDefault", new[] { "Find" }, true),
    };

    /// <summary>Reads the head of a query name; null with the problem when it is no query name.</summary>
    /// <param name="words">The name's words.</param>
    /// <param name="entityName">The entity type's name ("" for a type parameter): <c>FindCustomersBy…</c> may name it.</param>
    /// <param name="plural">The entity name's plural.</param>
    /// <param name="problem">Why the name does not read.</param>
    /// <param name="countReads">
    /// Whether a count name before a By (<see cref="ReadCountName"/>) counts the rows its conditions select; when null, a
    /// noun between Get and Count names the entity as a derived query's subject does.
    /// </param>
    public static QueryHead? ParseHead(List<string> words, string entityName, string plural, out string? problem, Func<CountName, bool>? countReads = null)
    {
        problem = null;
        var singleMatch = false;
        foreach (var (prefix, replacement, single) in OrDefaultVerbs)
        {
            var prefixWords = SplitWords(prefix);
            if (StartsWithWords(words, 0, prefixWords))
            {
                words = replacement.Concat(words.Skip(prefixWords.Count)).ToList();
                singleMatch = single;
                break;
            }
        }

        var verbIndex = words.Count == 0 ? -1 : Array.FindIndex(Conventions.QueryVerbs, v => v.Word == words[0]);
        if (verbIndex < 0)
        {
            problem = "'" + (words.Count > 0 ? words[0] : "") + "' is not a query verb (Find, Get, Query, List, Search, Stream, Count, Exists, Any, Delete, Remove)";
            return null;
        }

        var by = words.IndexOf("By");
        if (by > 1 && Array.IndexOf(OrderingWords, words[by - 1]) >= 0 && !SubjectNamesEntity(words, by, entityName, plural))
        {
            // GetAllOrderedByYearDesc(), GetSortedByTitle(): every entity in that order, as Spring Data's
            // findAllByOrderByYearDesc is. The ordering word becomes the OrderBy clause of a condition-less body.
            words = new List<string>(words);
            words[by - 1] = "Order";
            words.Insert(by - 1, "By");
            by--;
        }

        if (by < 1 && InRange(words) is var inWord and > 0)
        {
            // GetProductsInPriceRange(minPrice, maxPrice): the By form (GetProductsByPriceRange), whose Range rule then
            // asks the parameters to be the property's lower and upper bounds.
            words = new List<string>(words);
            words[inWord] = "By";
            by = inWord;
        }

        if (by < 1)
        {
            problem = "it has no 'By'";
            return null;
        }

        // GetCountBy…: Count, as CountBy… is.
        var (word, verb) = Conventions.QueryVerbs[verbIndex];
        var subjectStart = 1;
        var subjectEnd = by;
        if (words[0] == "Get" && words.Count > 1 && words[1] == Conventions.CountQueryWord && by > 1)
        {
            (word, verb, subjectStart) = ("Get" + Conventions.CountQueryWord, QueryVerb.Count, 2);
        }
        else if (CountBy(words, by, entityName, plural, countReads))
        {
            // GetReplyCountByPostIdAsync(postId), GetTotalRepliesCountByUserId(userId), GetAllCountByStatus(status): a count
            // name (CountsEveryRow, the one rule of Get…Count names) names what is counted, as GetReplyCount() counts every
            // reply (h-sample128); the words after By are CountBy's.
            (word, verb, subjectStart, subjectEnd) = ("Get" + Conventions.CountQueryWord, QueryVerb.Count, by, by);
        }

        if (!ParseSubject(words.GetRange(subjectStart, subjectEnd - subjectStart), entityName, plural, out var limit, out var distinct, out problem))
        {
            // CountItemsByStatus, CountPeopleByCity of a Person, CountTodosByUserId of a TodoItem: the Count verb's noun read by
            // the one rule of count names, as GetItemsCountByStatus is (session 41).
            if (!(verb == QueryVerb.Count && word == Conventions.CountQueryWord && ReadCountVerbName(words, by) is { } countVerb && CountReads(countVerb, entityName, plural, countReads)))
            {
                return null;
            }

            (problem, limit, distinct) = (null, 0, false);
        }

        var body = words.GetRange(by + 1, words.Count - by - 1);
        if (body.Count == 0)
        {
            problem = "nothing follows 'By'";
            return null;
        }

        return new QueryHead(word, verb, limit, distinct, body) { SingleMatch = singleMatch };
    }

    /// <summary>
    /// Whether the words between the verb and By are a subject that ends with the entity's name, so an ordering word
    /// right before By is the entity's own last word (<c>GetOrderByOrderNumber</c> of an <c>Order</c>,
    /// <c>FindPurchaseOrderByNumber</c> of a <c>PurchaseOrder</c>), not an ordering of every entity.
    /// </summary>
    private static bool SubjectNamesEntity(List<string> words, int by, string entityName, string plural)
    {
        if (entityName.Length == 0)
        {
            return false;
        }

        var start = words[0] == "Get" && words.Count > 1 && words[1] == Conventions.CountQueryWord ? 2 : 1;
        if (by <= start)
        {
            return false;
        }

        var subject = words.GetRange(start, by - start);
        var endsWithName = EndsWithWords(subject, SplitWords(entityName)) || EndsWithWords(subject, SplitWords(plural));
        return endsWithName && ParseSubject(subject, entityName, plural, out _, out _, out _);
    }

    /// <summary>
    /// Reads the first <paramref name="end"/> words as a count name, <c>Get[All|Total]{Noun}[Long]Count</c>
    /// (<see cref="CountName"/>); null when they are not Get, any words, then Count. The one reading of such names: whether
    /// one counts every row is <see cref="CountsEveryRow"/>'s, the same rule whatever the member's parameters.
    /// </summary>
    public static CountName? ReadCountName(IReadOnlyList<string> words, int end)
    {
        if (end < 2 || words[0] != "Get" || words[end - 1] != Conventions.CountQueryWord)
        {
            return null;
        }

        var nounEnd = end - 1;
        var isLong = nounEnd > 1 && words[nounEnd - 1] == "Long";
        if (isLong)
        {
            nounEnd--;
        }

        var nounStart = 1;
        var qualifier = nounStart < nounEnd && words[1] is "All" or "Total" ? words[1] : "";
        if (qualifier.Length > 0)
        {
            nounStart++;
        }

        return new CountName(words.Skip(1).Take(end - 2).ToList(), qualifier, words.Skip(nounStart).Take(nounEnd - nounStart).ToList(), isLong);
    }

    /// <summary>
    /// Reads the first <paramref name="end"/> words as the Count verb's count name, <c>[Long]Count[All|Total]{Noun}</c>
    /// (<c>CountItems</c>, <c>CountAllPeople</c>, <c>LongCountOrders</c>), for the one rule of count names
    /// (<see cref="CountsEveryRow"/>); null when they do not start with Count or LongCount.
    /// </summary>
    public static CountName? ReadCountVerbName(IReadOnlyList<string> words, int end)
    {
        var start = end > 0 && words[0] == Conventions.CountQueryWord ? 1 : end > 1 && words[0] == "Long" && words[1] == Conventions.CountQueryWord ? 2 : 0;
        if (start == 0)
        {
            return null;
        }

        var nounStart = start < end && words[start] is "All" or "Total" ? start + 1 : start;
        return new CountName(words.Skip(start).Take(end - start).ToList(), nounStart > start ? words[start] : "", words.Skip(nounStart).Take(end - nounStart).ToList(), start == 2);
    }

    /// <summary>
    /// Whether a count name counts every row the rest of the member selects (the matches of its predicate or
    /// specification, the rows the conditions after its By select, or every row when it takes nothing), as <c>Count</c>
    /// does. One rule whatever the parameters (session 41): Get, then All, Total or neither, then nothing, a word that
    /// stands for any row (<see cref="Conventions.NeutralPluralNouns"/>, <see cref="Conventions.EntityStandInNouns"/>) or a
    /// noun of the entity (<paramref name="namesEntity"/>: the caller knows the entity's nouns and their plurals), then
    /// Count or LongCount. The whole middle may also be the entity's noun (<c>GetTotalScoreItemsCount</c> of a
    /// <c>TotalScoreItem</c>, <c>GetAllDayEventsCount</c> of an <c>AllDayEvent</c>). Any other word between Get and Count
    /// (<c>GetActiveCount</c>, <c>GetALlFilteredByCount</c>) may select other rows or count something else, and is no such count.
    /// </summary>
    public static bool CountsEveryRow(CountName name, Func<IReadOnlyList<string>, bool> namesEntity)
        => name.NounWords.Count == 0 || Conventions.IsOneOf(name.Noun, Conventions.NeutralPluralNouns) || Conventions.IsOneOf(name.Noun, Conventions.EntityStandInNouns)
            || namesEntity(name.NounWords) || (name.NounWords.Count < name.MiddleWords.Count && namesEntity(name.MiddleWords));

    /// <summary>
    /// Whether the words before a By are a count name (<c>GetReplyCountByPostId</c>, <c>GetTotalRepliesCountByUserId</c>,
    /// <c>GetAllCountByStatus</c>, <c>GetPeopleLongCountByCity</c>): a count of the rows the conditions after By select
    /// (<see cref="CountsEveryRow"/>). Another word before <c>Count</c> (<c>GetActiveCountBy…</c>, <c>GetFirstReplyCountBy…</c>) is no such
    /// count. <paramref name="countReads"/>, when given, decides instead (the binder knows the entity's nouns and properties);
    /// else a noun names the entity as a derived query's subject does.
    /// </summary>
    private static bool CountBy(List<string> words, int by, string entityName, string plural, Func<CountName, bool>? countReads)
        => ReadCountName(words, by) is { } count && CountReads(count, entityName, plural, countReads);

    private static bool CountReads(CountName count, string entityName, string plural, Func<CountName, bool>? countReads)
        => countReads is not null ? countReads(count) : CountsEveryRow(count, n => NamesEntityAlone(n, entityName, plural));

    /// <summary>
    /// Whether the words name the entity alone as a derived query's subject does (<c>Reply</c>, <c>Replies</c>, <c>User</c>
    /// or <c>Users</c> of an <c>AppUser</c>, <c>Products</c> of a <c>ProductEntity</c>): no First, Top, Distinct, All or Many.
    /// </summary>
    public static bool NamesEntityAlone(IReadOnlyList<string> words, string entityName, string plural)
        => entityName.Length > 0 && words.Count > 0 && !words.Any(static w => Conventions.IsOneOf(w, Conventions.QueryAllWords))
            && ParseSubject(words.ToList(), entityName, plural, out var limit, out var distinct, out _) && limit == 0 && !distinct;

    private static bool EndsWithWords(List<string> words, List<string> expected)
        => expected.Count > 0 && expected.Count <= words.Count && StartsWithWords(words, words.Count - expected.Count, expected);

    /// <summary>Reads <c>[First|Top&lt;N&gt;][Distinct][All|Many|Entity|Entities]</c> between the verb and By.</summary>
    private static bool ParseSubject(List<string> words, string entityName, string pluralName, out int limit, out bool distinct, out string? problem)
    {
        limit = 0;
        distinct = false;
        problem = null;
        var named = false;
        var all = false;
        var single = SplitWords(entityName);
        var plural = entityName.Length == 0 ? new List<string>() : SplitWords(pluralName);
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

            if (Conventions.IsOneOf(word, Conventions.QueryAllWords) && !all && !named)
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

            // GetUserByUsernameAsync of an AppUser (ASP.NET Core Identity's ApplicationUser, DatingApp's AppUser): the entity
            // named by the last words of its name, as the code around it calls it.
            if (!named && !all && TrailingWords(words, i, single, plural) is var trailing and > 0)
            {
                named = true;
                i += trailing;
                continue;
            }

            // GetProductsByCategory of a ProductEntity, GetCustomerByEmail of a CustomerModel: the name without its role suffix.
            if (!named && !all && RoleHeadWords(words, i, single) is var head and > 0)
            {
                named = true;
                i += head;
                continue;
            }

            problem = "'" + string.Concat(words.Skip(i)) + "' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name";
            return false;
        }

        return true;
    }

    /// <summary>How many words at <paramref name="start"/> name the entity by its name without a role suffix (Conventions.EntityRoleSuffixes), singular or plural; 0 when none.</summary>
    private static int RoleHeadWords(IReadOnlyList<string> words, int start, List<string> single)
    {
        if (single.Count < 2 || !Conventions.IsOneOf(single[single.Count - 1], Conventions.EntityRoleSuffixes))
        {
            return 0;
        }

        var head = single.Take(single.Count - 1).ToList();
        var headPlural = SplitWords(TypeNames.Plural(string.Concat(head)));
        return StartsWithWords(words, start, headPlural) ? headPlural.Count : StartsWithWords(words, start, head) ? head.Count : 0;
    }

    /// <summary>
    /// How many words at <paramref name="start"/> are the last words of a name of two or more words (<c>User</c> or
    /// <c>Users</c> of <c>AppUser</c>), the longest first; 0 when none are.
    /// </summary>
    private static int TrailingWords(IReadOnlyList<string> words, int start, List<string> single, List<string> plural)
    {
        for (var skip = 1; skip < single.Count; skip++)
        {
            if (plural.Count == single.Count && StartsWithWords(words, start, plural.Skip(skip).ToList()))
            {
                return single.Count - skip;
            }

            if (StartsWithWords(words, start, single.Skip(skip).ToList()))
            {
                return single.Count - skip;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="expected"/> appears in <paramref name="words"/> at <paramref name="start"/>.</summary>
    public static bool StartsWithWords(IReadOnlyList<string> words, int start, IReadOnlyList<string> expected)
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

    /// <summary>
    /// Reads the body: conditions (And binds tighter than Or), an optional AllIgnoreCase and OrderBy, and a trailing
    /// Optional; null when no reading of the words works. <paramref name="paths"/> lists the property-path readings at a
    /// word position, longest first; <paramref name="inflections"/> (when given) the readings of a property named in the
    /// plural or the singular (<c>Names</c> for Name, <c>Tag</c> for a collection Tags), tried after the exact ones.
    /// </summary>
    public static QueryBody<TPath>? ParseBody<TPath>(List<string> words, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End)>> paths, Action? checkCancellation = null, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End, Inflection Inflection)>>? inflections = null)
    {
        if (ParseBodyWords(words, paths, checkCancellation, inflections) is { } body)
        {
            return body;
        }

        // GetByIdOptional: the words before Optional, one entity or null (a property named …Optional was tried first).
        if (words.Count > 1 && words[words.Count - 1] == Conventions.OptionalQueryWord
            && ParseBodyWords(words.GetRange(0, words.Count - 1), paths, checkCancellation, inflections) is { } optional)
        {
            return new QueryBody<TPath>(optional.Groups, optional.Orders, optional.AllIgnoreCase, optional: true);
        }

        return null;
    }

    private static QueryBody<TPath>? ParseBodyWords<TPath>(List<string> words, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End)>> paths, Action? checkCancellation, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End, Inflection Inflection)>>? inflections)
    {
        if (words.Count >= 2 && words[0] == "Order" && words[1] == "By" && ParseOrders(words, 2, paths) is { } ordersOnly)
        {
            return new QueryBody<TPath>(new List<List<ConditionSyntax<TPath>>>(), ordersOnly, false);
        }

        var groups = new List<List<ConditionSyntax<TPath>>> { new() };
        return ParseConditions(words, 0, groups, paths, checkCancellation, inflections);
    }

    private static QueryBody<TPath>? ParseConditions<TPath>(List<string> words, int position, List<List<ConditionSyntax<TPath>>> groups, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End)>> paths, Action? checkCancellation, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End, Inflection Inflection)>>? inflections)
    {
        foreach (var (condition, end) in ConditionReadings(words, position, paths, inflections))
        {
            checkCancellation?.Invoke();
            groups[groups.Count - 1].Add(condition);
            if (AfterCondition(words, end, groups, paths, checkCancellation, inflections) is { } body)
            {
                return body;
            }

            groups[groups.Count - 1].RemoveAt(groups[groups.Count - 1].Count - 1);
        }

        return null;
    }

    private static QueryBody<TPath>? AfterCondition<TPath>(List<string> words, int position, List<List<ConditionSyntax<TPath>>> groups, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End)>> paths, Action? checkCancellation, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End, Inflection Inflection)>>? inflections)
    {
        if (position == words.Count)
        {
            return new QueryBody<TPath>(groups, new List<OrderSyntax<TPath>>(), false);
        }

        if (words[position] == "And")
        {
            return ParseConditions(words, position + 1, groups, paths, checkCancellation, inflections);
        }

        if (words[position] == "Or")
        {
            groups.Add(new List<ConditionSyntax<TPath>>());
            var body = ParseConditions(words, position + 1, groups, paths, checkCancellation, inflections);
            if (body is null)
            {
                groups.RemoveAt(groups.Count - 1);
            }

            return body;
        }

        var allIgnoreCase = false;
        if (position + 2 < words.Count && words[position] == "All" && words[position + 1] is "Ignore" or "Ignoring" && words[position + 2] == "Case")
        {
            allIgnoreCase = true;
            position += 3;
            if (position == words.Count)
            {
                return new QueryBody<TPath>(groups, new List<OrderSyntax<TPath>>(), true);
            }
        }

        if (position + 1 < words.Count && words[position] == "Order" && words[position + 1] == "By" && ParseOrders(words, position + 2, paths) is { } orders)
        {
            return new QueryBody<TPath>(groups, orders, allIgnoreCase);
        }

        return null;
    }

    /// <summary>
    /// Every reading of a condition at <paramref name="position"/>: longest property path first, then longest operator;
    /// then the inflected readings (a plural property is In, a singular collection property holds the value), which take
    /// no operator, only IgnoreCase.
    /// </summary>
    public static IEnumerable<(ConditionSyntax<TPath> Condition, int End)> ConditionReadings<TPath>(IReadOnlyList<string> words, int position, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End)>> paths, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End, Inflection Inflection)>>? inflections = null)
    {
        foreach (var (path, pathEnd) in paths(words, position))
        {
            foreach (var form in OperatorForms.Concat(new[] { OperatorForm.Implicit }))
            {
                if (form.Words.Length > 0 && !StartsWithWords(words, pathEnd, form.Words))
                {
                    continue;
                }

                var end = pathEnd + form.Words.Length;
                if (end + 1 < words.Count && words[end] is "Ignore" or "Ignoring" && words[end + 1] == "Case")
                {
                    yield return (new ConditionSyntax<TPath>(path, form, true), end + 2);
                }

                yield return (new ConditionSyntax<TPath>(path, form, false), end);
            }
        }

        if (inflections is null)
        {
            yield break;
        }

        foreach (var (path, end, inflection) in inflections(words, position))
        {
            var form = inflection == Inflection.Plural ? OperatorForm.PluralIn : OperatorForm.Element;
            if (end + 1 < words.Count && words[end] is "Ignore" or "Ignoring" && words[end + 1] == "Case")
            {
                yield return (new ConditionSyntax<TPath>(path, form, true, inflection), end + 2);
            }

            yield return (new ConditionSyntax<TPath>(path, form, false, inflection), end);
        }
    }

    private static List<OrderSyntax<TPath>>? ParseOrders<TPath>(List<string> words, int position, Func<IReadOnlyList<string>, int, IReadOnlyList<(TPath Path, int End)>> paths)
    {
        foreach (var (path, end) in paths(words, position))
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
                var item = new OrderSyntax<TPath>(path, descending);
                if (next == words.Count)
                {
                    return new List<OrderSyntax<TPath>> { item };
                }

                if (ParseOrders(words, next, paths) is { } rest)
                {
                    rest.Insert(0, item);
                    return rest;
                }
            }
        }

        return null;
    }
}
