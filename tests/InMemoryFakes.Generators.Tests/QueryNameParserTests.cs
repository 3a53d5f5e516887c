using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using InMemoryFakes.Generators.Parsing;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>The query-name parser on its own: words in, conditions and orderings out, no Roslyn.</summary>
public class QueryNameParserTests
{
    /// <summary>Property paths of a made-up entity: each property name read from consecutive words, longest first.</summary>
    private static IReadOnlyList<(string Path, int End)> Paths(IReadOnlyList<string> words, int position, params string[] properties)
    {
        var readings = new List<(string, int)>();
        for (var length = words.Count - position; length >= 1; length--)
        {
            var name = string.Concat(words.Skip(position).Take(length));
            if (properties.Contains(name))
            {
                readings.Add((name, position + length));
            }
        }

        return readings;
    }

    private static QueryBody<string>? Body(string name, params string[] properties)
    {
        var head = QueryNameParser.ParseHead(QueryNameParser.SplitWords(name), "User", "Users", out var problem);
        Assert.True(head is not null, problem);
        return QueryNameParser.ParseBody<string>(head!.Body, (words, position) => Paths(words, position, properties));
    }

    private static string Describe(QueryBody<string> body)
        => string.Join(" OR ", body.Groups.Select(static g => string.Join(" AND ", g.Select(static c => c.Path + " " + c.Form.Operator + (c.IgnoreCase ? " ic" : "") + (c.Inflection == Inflection.None ? "" : " (" + c.Inflection + ")")))))
           + (body.AllIgnoreCase ? " [all ic]" : "")
           + string.Concat(body.Orders.Select(static o => " ORDER " + o.Path + (o.Descending ? " desc" : "")))
           + (body.Optional ? " [optional]" : "");

    /// <summary>
    /// Inflected readings of a made-up entity, as the binder gives them: a property holding one value named in the plural
    /// (Names for Name), a collection property named in the singular (Tag for Tags).
    /// </summary>
    private static IReadOnlyList<(string Path, int End, Inflection Inflection)> Inflections(IReadOnlyList<string> words, int position, string[] scalars, string[] collections)
    {
        var readings = new List<(string, int, Inflection)>();
        for (var length = words.Count - position; length >= 1; length--)
        {
            var name = string.Concat(words.Skip(position).Take(length));
            readings.AddRange(scalars.Where(p => p + "s" == name).Select(p => (p, position + length, Inflection.Plural)));
            readings.AddRange(collections.Where(p => name + "s" == p).Select(p => (p, position + length, Inflection.Singular)));
        }

        return readings;
    }

    /// <summary>A body read with inflections: <paramref name="scalars"/> hold one value, <paramref name="collections"/> several.</summary>
    private static QueryBody<string>? InflectedBody(string name, string[] scalars, string[] collections)
    {
        var head = QueryNameParser.ParseHead(QueryNameParser.SplitWords(name), "User", "Users", out var problem);
        Assert.True(head is not null, problem);
        var all = scalars.Concat(collections).ToArray();
        return QueryNameParser.ParseBody<string>(head!.Body, (words, position) => Paths(words, position, all), null, (words, position) => Inflections(words, position, scalars, collections));
    }

    [Theory]
    [InlineData("FindByNames", "Name In (Plural)")]
    [InlineData("FindByIds", "Id In (Plural)")]
    [InlineData("GetByNamesIgnoreCase", "Name In ic (Plural)")]
    [InlineData("FindByTag", "Tags HasElement (Singular)")]
    [InlineData("FindByTagIgnoreCase", "Tags HasElement ic (Singular)")]
    [InlineData("FindByNamesAndTag", "Name In (Plural) AND Tags HasElement (Singular)")]
    [InlineData("FindByTagOrderByName", "Tags HasElement (Singular) ORDER Name")]
    [InlineData("FindByTagsIsEmpty", "Tags IsEmpty")]
    [InlineData("FindByTagsEmpty", "Tags IsEmpty")]
    [InlineData("FindByTagsIsNotEmpty", "Tags IsNotEmpty")]
    [InlineData("FindByTagsNotEmpty", "Tags IsNotEmpty")]
    [InlineData("FindByTagsContaining", "Tags Containing")]
    [InlineData("GetByIdOptional", "Id Equals [optional]")]
    [InlineData("FindFirstByNameOrderByIdDescOptional", "Name Equals ORDER Id desc [optional]")]
    [InlineData("GetByIdsOptional", "Id In (Plural) [optional]")]
    public void Plural_and_singular_property_names_collection_operators_and_Optional_read(string name, string expected)
    {
        var body = InflectedBody(name, new[] { "Id", "Name" }, new[] { "Tags" });
        Assert.NotNull(body);
        Assert.Equal(expected, Describe(body));
    }

    [Theory]
    [InlineData("FindByNames", "Names Equals")]
    [InlineData("FindByTags", "Tags Equals")]
    public void A_property_named_exactly_wins_over_an_inflected_reading(string name, string expected)
    {
        // An entity with both Name and Names (or Tag and Tags): the name says Names, so it is Names.
        var body = InflectedBody(name, new[] { "Name", "Names", "Tag" }, new[] { "Tags" });
        Assert.NotNull(body);
        Assert.Equal(expected, Describe(body));
    }

    [Fact]
    public void A_property_ending_in_Optional_wins_over_the_trailing_Optional()
    {
        var body = Body("FindByNameOptional", "Name", "NameOptional");
        Assert.NotNull(body);
        Assert.Equal("NameOptional Equals", Describe(body));
    }

    [Theory]
    [InlineData("FindByNames")]
    [InlineData("FindByTag")]
    public void Without_inflected_readings_a_plural_or_singular_name_reads_as_no_property(string name)
        => Assert.Null(Body(name, "Name", "Tags"));

    [Theory]
    [InlineData("FindByTagss")]
    [InlineData("FindByNamesIsEmpty")]
    [InlineData("FindByTagGreaterThan")]
    [InlineData("FindByOptional")]
    public void Inflected_readings_take_no_operator_and_Optional_needs_a_condition(string name)
        => Assert.Null(InflectedBody(name, new[] { "Name" }, new[] { "Tags" }));

    [Theory]
    [InlineData("GetManyByAge", "Get", "Select")]
    [InlineData("CountManyByAge", "Count", "Count")]
    [InlineData("GetCountByAge", "GetCount", "Count")]
    [InlineData("GetCountDistinctByAge", "GetCount", "Count")]
    public void Many_reads_as_All_and_GetCount_as_Count(string name, string verbWord, string verb)
    {
        var head = QueryNameParser.ParseHead(QueryNameParser.SplitWords(name), "User", "Users", out var problem);
        Assert.True(head is not null, problem);
        Assert.Equal(verbWord, head!.VerbWord);
        Assert.Equal(verb, head.Verb.ToString());
        Assert.Equal(0, head.Limit);
        Assert.Equal(new[] { "Age" }, head.Body);
    }

    [Fact]
    public void Many_and_All_together_do_not_read()
    {
        Assert.Null(QueryNameParser.ParseHead(QueryNameParser.SplitWords("FindAllManyByAge"), "User", "Users", out var problem));
        Assert.Equal("'Many' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name", problem);
    }

    [Theory]
    [InlineData("FindByEmail", "Email Equals")]
    [InlineData("FindByAgeGreaterThanEqualAndNameStartsWith", "Age GreaterThanEqual AND Name StartingWith")]
    [InlineData("FindByNameOrEmailAllIgnoreCase", "Name Equals OR Email Equals [all ic]")]
    [InlineData("FindByNameIgnoreCaseOrderByAgeDescName", "Name Equals ic ORDER Age desc ORDER Name")]
    [InlineData("FindByStatusNotIn", "Status NotIn")]
    [InlineData("FindByScoreIsNotNull", "Score IsNotNull")]
    [InlineData("FindAllByOrderByAge", " ORDER Age")]
    public void Names_read_as_conditions_and_orderings(string name, string expected)
    {
        var body = Body(name, "Email", "Age", "Name", "Status", "Score");
        Assert.NotNull(body);
        Assert.Equal(expected, Describe(body));
    }

    [Fact]
    public void A_property_whose_name_contains_And_or_Order_still_parses()
    {
        var body = Body("FindByTermsAndConditionsAndOrderDate", "TermsAndConditions", "OrderDate");
        Assert.NotNull(body);
        Assert.Equal("TermsAndConditions Equals AND OrderDate Equals", Describe(body));
    }

    [Fact]
    public void Words_that_read_as_no_property_give_no_body()
        => Assert.Null(Body("FindByNmae", "Name"));

    [Theory]
    [InlineData("FindTop3ByAge", 3, false)]
    [InlineData("FindFirstByAge", 1, false)]
    [InlineData("FindDistinctUsersByAge", 0, true)]
    [InlineData("CountAllByAge", 0, false)]
    public void The_head_reads_limits_distinct_and_the_entity_name(string name, int limit, bool distinct)
    {
        var head = QueryNameParser.ParseHead(QueryNameParser.SplitWords(name), "User", "Users", out var problem);
        Assert.True(head is not null, problem);
        Assert.Equal(limit, head!.Limit);
        Assert.Equal(distinct, head.Distinct);
        Assert.Equal(new[] { "Age" }, head.Body);
    }

    [Theory]
    [InlineData("FindByName", true)]
    [InlineData("GetUsersByTenantIdAsync", true)]
    [InlineData("Bypass", false)]
    [InlineData("FindAll", false)]
    [InlineData("Byname", false)]
    public void Only_a_query_verb_followed_by_By_and_a_capital_is_a_derived_query(string verb, bool expected)
        => Assert.Equal(expected, QueryNameParser.IsDerivedQueryName(verb));

    [Theory]
    [InlineData("FindUsersNamedBob", "it has no 'By'")]
    [InlineData("FindBy", "nothing follows 'By'")]
    [InlineData("FindTop0ByAge", "'Top0' needs a count from 1 to 2147483647")]
    [InlineData("FindOldestByAge", "'Oldest' between the verb and By is not First, Top<N>, Distinct, All, Many or the entity name")]
    public void A_head_that_does_not_read_says_why(string name, string problem)
    {
        Assert.Null(QueryNameParser.ParseHead(QueryNameParser.SplitWords(name), "User", "Users", out var actual));
        Assert.Equal(problem, actual);
    }

    [Fact]
    public void Operators_are_matched_longest_first()
    {
        var forms = QueryNameParser.OperatorForms;
        Assert.Equal(QueryOperator.IsNotNull, forms.First(static f => f.Keyword == "IsNotNull").Operator);
        Assert.True(forms.ToList().FindIndex(static f => f.Keyword == "IsNotIn") < forms.ToList().FindIndex(static f => f.Keyword == "In"));
    }
}
