namespace InMemoryFakes.Generators.Model;

/// <summary>What a query member asks of the table.</summary>
internal enum QueryKind
{
    /// <summary>The matches as a list (or array, or async stream).</summary>
    List,

    /// <summary>The first match: null, or the not-found error, when there is none.</summary>
    First,

    /// <summary>A page of matches with the total count.</summary>
    Page,

    /// <summary>The number of matches.</summary>
    Count,

    /// <summary>Whether anything matches.</summary>
    Exists,

    /// <summary>Remove the matches; the number removed.</summary>
    Delete,
}

/// <summary>The operators of derived query conditions.</summary>
internal enum QueryOperator
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

    /// <summary>A collection property holds the argument (<c>FindByTag</c> for <c>Tags</c>, <c>FindByTagsContaining</c>).</summary>
    HasElement,

    /// <summary>A collection property is null or holds nothing.</summary>
    IsEmpty,

    /// <summary>A collection property holds something.</summary>
    IsNotEmpty,
}

/// <summary>How values of a property type compare, which decides the operators that fit and the code they become.</summary>
internal enum ValueCategory
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

/// <summary>A derived query or predicate method, as typed parts the emitter turns into runtime query calls.</summary>
/// <param name="Kind">What the member returns.</param>
/// <param name="Sequence">List: as a list or an array.</param>
/// <param name="Single">First: how a missing match is returned.</param>
/// <param name="ReturnsCount">Delete: whether the number removed is returned.</param>
/// <param name="ReturnsAny">Delete: whether "removed any" is returned as bool.</param>
/// <param name="SingleMatch">First: more than one match is an error (Single, SingleOrDefault).</param>
/// <param name="State">The arguments the predicate reads (one: itself; several: a tuple).</param>
/// <param name="Groups">Derived conditions: Or of And-groups; empty with no predicate parameter means every entity.</param>
/// <param name="Predicate">A predicate parameter (predicate methods), or null.</param>
/// <param name="Probe">An equality on an indexed property that narrows the candidates, or null.</param>
/// <param name="Ordering">A static ordering field, or null.</param>
/// <param name="Comparer">An ordering parameter (predicate methods), or null.</param>
/// <param name="Distinct">Drop entities equal to an earlier match.</param>
/// <param name="Limit">Top/First: keep at most this many; 0 for no limit.</param>
/// <param name="Page">Paging, or null.</param>
/// <param name="NullChecks">Parameters checked for null first.</param>
/// <param name="DescriptionArguments">The arguments described in the not-found message of a required single result.</param>
internal sealed record QuerySpec(
    QueryKind Kind,
    SequenceKind Sequence,
    SingleResult Single,
    bool ReturnsCount,
    EquatableArray<QueryArgumentSpec> State,
    EquatableArray<ConditionGroupSpec> Groups,
    PredicateParameterSpec? Predicate,
    ProbeSpec? Probe,
    string? Ordering,
    ComparerParameterSpec? Comparer,
    bool Distinct,
    int Limit,
    PageSpec? Page,
    EquatableArray<string> NullChecks,
    EquatableArray<string> DescriptionArguments,
    bool ReturnsAny = false,
    bool SingleMatch = false)
{
    /// <summary>The filter object the conditions read, or null when they read parameters.</summary>
    public FilterSpec? Filter { get; init; }

    /// <summary>For <see cref="QueryKind.Page"/>: the caller's paged result type filled from the page, or null for <c>Page&lt;T&gt;</c>.</summary>
    public PagedResultSpec? PagedResult { get; init; }

    /// <summary>
    /// A <c>Func&lt;IQueryable&lt;T&gt;, IOrderedQueryable&lt;T&gt;&gt;</c> parameter (escaped) that orders a list's matches, applied
    /// to them as LINQ to objects; null (the argument) keeps the fake's order. Null when the member has none.
    /// </summary>
    public string? QueryableOrder { get; init; }

    /// <summary>Exists: return whether nothing matches (<c>IsEmailUnique</c>) instead of whether something does.</summary>
    public bool Negated { get; init; }

    /// <summary>For <see cref="QueryKind.List"/>: the caller's summary type each match is projected onto by member names, or null for the entities.</summary>
    public ProjectionSpec? Projection { get; init; }

    /// <summary>A sort expression passed as a string (ABP's <c>sorting</c>), read at run time; null when the member has none.</summary>
    public SortingSpec? Sorting { get; init; }

    /// <summary>
    /// For <see cref="QueryKind.List"/> by a collection of keys under <c>ByKeysOrder = KeysGiven</c>: the keys' argument
    /// (its In set's spec), whose order the matches are put in; null otherwise.
    /// </summary>
    public QueryArgumentSpec? KeysGivenOrder { get; init; }

    /// <summary>
    /// For <see cref="QueryKind.List"/> by a collection of keys under <c>ByKeysMissing = Throw</c>: the keys' argument, whose
    /// count the list must reach (else the not-found error, as Sonarr's <c>BasicRepository.Get(ids)</c>); null otherwise.
    /// </summary>
    public QueryArgumentSpec? EveryKey { get; init; }

    /// <summary>
    /// For <see cref="QueryKind.First"/>: what two or more matches do when neither the name nor the entity says
    /// (Parsing/SeveralMatchesRule.cs); <see cref="SeveralMatchesAnswer.None"/> when the member says it itself.
    /// </summary>
    public SeveralMatchesAnswer Several { get; init; }
}

/// <summary>What a single-result lookup that several entities can match does with several (the <c>SeveralMatches</c> setting).</summary>
internal enum SeveralMatchesAnswer
{
    /// <summary>Not such a lookup (its name, ordering or a unique equality says), or not a single result.</summary>
    None,

    /// <summary>Not stated: several matches throw InvalidOperationException naming the member and the setting.</summary>
    Unstated,

    /// <summary>SeveralMatches = First: the first match in query order.</summary>
    First,

    /// <summary>SeveralMatches = Throw: SingleOrDefault's InvalidOperationException.</summary>
    Throw,
}

/// <summary>A string parameter holding a sort expression (<c>"Name desc, Price"</c>), read by the runtime's <c>SortExpression</c>.</summary>
/// <param name="Parameter">The parameter (escaped).</param>
/// <param name="Properties">The orderable properties it may name, each with its ascending ordering field.</param>
internal sealed record SortingSpec(string Parameter, EquatableArray<SortablePropertySpec> Properties);

/// <summary>A property a sort expression may name.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Ordering">The field holding its ascending ordering.</param>
internal sealed record SortablePropertySpec(string Name, string Ordering);

/// <summary>
/// A paged result type of the caller's, built from one page of a listing (shape 14): <c>new Type(arguments…) { Property = … }</c>.
/// </summary>
/// <param name="Type">The result type, rendered.</param>
/// <param name="Arguments">What each constructor argument holds, in order.</param>
/// <param name="Properties">Properties set after construction.</param>
/// <param name="Items">How the page's items become the items member's type.</param>
/// <param name="ElementType">The entity type, rendered (for the items conversion).</param>
internal sealed record PagedResultSpec(string Type, EquatableArray<PagedResultMember> Arguments, EquatableArray<PagedResultPropertySpec> Properties, PagedItems Items, string ElementType)
{
    /// <summary>Whether <see cref="Type"/> is a tuple with named elements, built as a tuple literal of <see cref="Arguments"/>.</summary>
    public bool IsTuple { get; init; }
}

/// <summary>A summary type filled from one entity by member names: <c>new Type(e.A, e.GetB()) { C = e.C }</c> (shape 5).</summary>
/// <param name="Type">The summary type, rendered.</param>
/// <param name="Arguments">What each constructor argument reads from the entity, in order.</param>
/// <param name="Properties">Properties set after construction.</param>
internal sealed record ProjectionSpec(string Type, EquatableArray<ProjectedSourceSpec> Arguments, EquatableArray<ProjectedPropertySpec> Properties);

/// <summary>An entity member a projection reads.</summary>
/// <param name="Member">The property, or the parameterless method (escaped).</param>
/// <param name="IsMethod">Whether it is a method (called).</param>
internal sealed record ProjectedSourceSpec(string Member, bool IsMethod);

/// <summary>A summary type's property set after construction.</summary>
/// <param name="Name">The property (escaped).</param>
/// <param name="Source">What it reads from the entity.</param>
internal sealed record ProjectedPropertySpec(string Name, ProjectedSourceSpec Source);

/// <summary>A property of a paged result set after construction.</summary>
/// <param name="Name">The property (escaped).</param>
/// <param name="Member">What it holds.</param>
internal sealed record PagedResultPropertySpec(string Name, PagedResultMember Member);

/// <summary>How a page's items (an <c>IReadOnlyList&lt;T&gt;</c>) become the items member's type.</summary>
internal enum PagedItems
{
    /// <summary><c>IReadOnlyList&lt;T&gt;</c>, <c>IReadOnlyCollection&lt;T&gt;</c>, <c>IEnumerable&lt;T&gt;</c>: the items as they are.</summary>
    AsIs,

    /// <summary><c>List&lt;T&gt;</c>, <c>IList&lt;T&gt;</c>, <c>ICollection&lt;T&gt;</c>: a new list of them.</summary>
    List,

    /// <summary><c>T[]</c>: an array of them.</summary>
    Array,
}

/// <summary>
/// A filter object parameter: every property set is an equality; none set is an <c>ArgumentException</c>, and so is a
/// <c>string</c> property set to empty or white space (IdentityServer's stores skip such a property, a plain <c>==</c>
/// compares it: which one is the store's own).
/// </summary>
/// <param name="Parameter">The parameter (escaped).</param>
/// <param name="ParameterName">The parameter's plain name, for the exception.</param>
/// <param name="Properties">The filter's properties (escaped).</param>
/// <param name="TextProperties">Those of them of type <c>string</c> (escaped).</param>
internal sealed record FilterSpec(string Parameter, string ParameterName, EquatableArray<string> Properties, EquatableArray<string> TextProperties);

/// <summary>Conditions joined by And.</summary>
internal sealed record ConditionGroupSpec(EquatableArray<ConditionSpec> Conditions);

/// <summary>One condition of a derived query, checked against its property's type.</summary>
/// <param name="Path">The property path.</param>
/// <param name="Operator">The operator.</param>
/// <param name="Category">How the property's values compare.</param>
/// <param name="IgnoreCase">Compare text ignoring case.</param>
/// <param name="UnderlyingType">The property type without nullability, rendered.</param>
/// <param name="UnderlyingIsValueType">Whether that type is a value type.</param>
/// <param name="NullableType">The property type as nullable, rendered.</param>
/// <param name="EffectiveType">The type of the value read (nullable through a nullable path), rendered.</param>
/// <param name="Arguments">Indexes into the query's state.</param>
/// <param name="ElementType">
/// Collection operators (HasElement, IsEmpty, IsNotEmpty): the collection's element type as it declares it, rendered;
/// the other type fields then describe one element. Null for the others.
/// </param>
internal sealed record ConditionSpec(
    PathSpec Path,
    QueryOperator Operator,
    ValueCategory Category,
    bool IgnoreCase,
    string UnderlyingType,
    bool UnderlyingIsValueType,
    string NullableType,
    string EffectiveType,
    EquatableArray<int> Arguments,
    string? ElementType = null)
{
    /// <summary>The member of the state argument compared (a filter object's property), or null for the argument itself.</summary>
    public string? ArgumentMember { get; init; }

    /// <summary>Whether a null argument means "no condition" (a filter object's unset property).</summary>
    public bool Optional { get; init; }

    /// <summary>
    /// The condition compares the entity's <c>string</c> key: its equality follows the fake's string-key comparison
    /// (<c>FakeCore.StringKeyComparison</c>, the table's key lookup), not the store semantics of other text.
    /// </summary>
    public bool OnStringKey { get; init; }

    /// <summary>
    /// The equality is read, not named: <c>By{Property}</c> with no operator word, or a parameter named after the property
    /// (<c>GetHotelsAsync(string name)</c>). False for a name that states it (<c>By{Property}Equals</c>, <c>By{Property}Is</c>)
    /// and for the other operators (Parsing/TextMatchRule).
    /// </summary>
    public bool ImplicitEquality { get; init; }
}

/// <summary>How a set argument (In/NotIn) compares strings.</summary>
internal enum SetComparer
{
    Default,
    Ordinal,
    OrdinalIgnoreCase,

    /// <summary>The fake's string-key comparer (<c>FakeCore.StringKeyComparer</c>): a set of keys compared as the table looks them up.</summary>
    StringKey,

    /// <summary>
    /// The comparison the fake's <c>StoreSemantics</c> gives the property (<c>__core.Semantics.ComparisonFor("Name")</c>): a set
    /// of values of a text property that is not the key, compared as <c>FindByName</c>'s equality compares one value.
    /// </summary>
    Semantics,
}

/// <summary>One argument in the query's state: the parameter, or (In/NotIn) a set built from it.</summary>
/// <param name="Parameter">The parameter (escaped).</param>
/// <param name="Set">The set built from a collection parameter, or null.</param>
internal sealed record QueryArgumentSpec(string Parameter, SetSpec? Set)
{
    /// <summary>The value kept in the state instead of the parameter itself (<c>includeDeleted ? (bool?)null : false</c>), or null.</summary>
    public string? Value { get; init; }
}

/// <summary>A set of the property's values built from a collection parameter.</summary>
/// <param name="ParameterName">The parameter's plain name, for the null-argument message.</param>
/// <param name="SourceElementType">The collection's element type when it must be converted, or null when it is the property type.</param>
/// <param name="ElementType">The set's element type (the property's effective type).</param>
/// <param name="Comparer">The string comparer.</param>
internal sealed record SetSpec(string ParameterName, string? SourceElementType, string ElementType, SetComparer Comparer)
{
    /// <summary>
    /// A collection of keys that does not say their type (<c>System.Collections.IEnumerable ids</c>): each element is a key
    /// given as <c>object</c>, converted at run time as <c>GetById(object id)</c> converts one.
    /// </summary>
    public bool UntypedKeys { get; init; }

    /// <summary>For <see cref="SetComparer.Semantics"/>: the name the fake's <c>StoreSemantics.TextComparisons</c> knows the property by.</summary>
    public string? SemanticsName { get; init; }
}

/// <summary>A <c>Func&lt;T, bool&gt;</c> parameter, or an expression compiled first.</summary>
/// <param name="Parameter">The parameter (escaped).</param>
/// <param name="IsExpression">Whether it is an <c>Expression</c>, compiled first.</param>
/// <param name="Optional">Declared with a <c>null</c> default (<c>filter = null</c>): null means every entity, not an error.</param>
internal sealed record PredicateParameterSpec(string Parameter, bool IsExpression, bool Optional = false);

/// <summary>An index probe: the property and the argument (cast to the property's nullable type for value types).</summary>
internal sealed record ProbeSpec(string Property, string Argument, string? CastType);

/// <summary>An <c>IComparer&lt;T&gt;</c> or <c>Comparison&lt;T&gt;</c> parameter.</summary>
internal sealed record ComparerParameterSpec(string Parameter, bool IsComparison);

/// <summary>How paging is given.</summary>
internal enum PageKind
{
    /// <summary><c>(int skip, int take)</c>.</summary>
    SkipTake,

    /// <summary>An <c>InMemoryFakes.PageRequest</c> parameter.</summary>
    Request,

    /// <summary>
    /// Two int parameters named as a pair of <see cref="Conventions.PagingParameterPairs"/> other than skip-then-take:
    /// <c>(take, skip)</c>, <c>(pageIndex, pageSize)</c>, <c>(page, perPage)</c>; <c>First</c>/<c>Second</c> are in the factory's order.
    /// </summary>
    Pair,

    /// <summary>A page type with Skip/Take, Offset/Limit (<c>Of</c>), PageNumber/PageSize (<c>OfPage</c>) or PageIndex/PageSize (<c>OfPageIndex</c>).</summary>
    Properties,
}

/// <summary>Paging: the kind and its parameters or properties.</summary>
/// <param name="Kind">How paging is given.</param>
/// <param name="First">Skip parameter, request parameter, or the page parameter.</param>
/// <param name="Second">Take parameter, or null.</param>
/// <param name="Factory">Properties: the <c>PageRequest</c> factory (Of, OfPage, OfPageIndex).</param>
/// <param name="FirstProperty">Properties: the first property.</param>
/// <param name="SecondProperty">Properties: the second property.</param>
internal sealed record PageSpec(PageKind Kind, string First, string? Second, string? Factory, string? FirstProperty, string? SecondProperty)
{
    /// <summary>Pair: what a null <c>First</c> means (<c>int?</c> paging: <c>0</c> skips nothing), or null for an <c>int</c>.</summary>
    public string? FirstWhenNull { get; init; }

    /// <summary>Pair: what a null <c>Second</c> means (<c>int?</c> paging: <c>int.MaxValue</c> takes everything), or null for an <c>int</c>.</summary>
    public string? SecondWhenNull { get; init; }

    /// <summary>
    /// A page index proven 1-based (<c>int pageIndex = 1</c>): the request is a page number, and a result type's
    /// <c>PageIndex</c> gets the caller's value back (the same base), not the 0-based index.
    /// </summary>
    public bool IndexFromOne { get; init; }
}
