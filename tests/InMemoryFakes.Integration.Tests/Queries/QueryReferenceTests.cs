using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

/// <summary>
/// The reference test: over hundreds of random data sets (nulls, empty strings, duplicates, boundary values, equal dates)
/// and random arguments, every generated query returns exactly what the equivalent LINQ-to-Objects expression returns
/// over the same data: the same entities in the same order (insertion order unless ordered), the same counts, the same
/// answers to exists, and the same removals (each delete runs on a snapshot that is restored afterwards).
/// </summary>
public class QueryReferenceTests
{
    private const int Seeds = 600;

    private static readonly StringComparer Ordinal = StringComparer.Ordinal;
    private static readonly StringComparer IgnoreCase = StringComparer.OrdinalIgnoreCase;

    private static readonly string?[] Names = { null, "", "ann", "Ann", "ANN", "anna", "bob", "Bob", "zed", "a", "n", "é", "Ann " };
    private static readonly int[] Ages = { int.MinValue, -1, 0, 1, 17, 18, 42, int.MaxValue - 1, int.MaxValue };
    private static readonly int?[] Scores = { null, int.MinValue, 0, 5, 100, int.MaxValue };
    private static readonly decimal[] Balances = { decimal.MinValue, -1.5m, 0m, 0.00m, 10m, 10.00m, 99.99m, decimal.MaxValue };
    private static readonly DateTime[] Dates =
    {
        DateTime.MinValue, new(2000, 1, 1), new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc), new(2020, 2, 29, 12, 0, 0), new(2020, 2, 29, 12, 0, 0), DateTime.MaxValue,
    };

    private static readonly string?[] Cities = { null, "", "Paris", "paris", "Oslo", "OSLO" };
    private static readonly string[] Parts = { "", "a", "A", "n", "nn", "An", "b", "zz", "é", " " };

    [Fact]
    public async Task Every_derived_query_and_predicate_method_returns_what_LINQ_returns()
    {
        for (var seed = 0; seed < Seeds; seed++)
        {
            try
            {
                await RunSeed(seed);
            }
            catch (Exception error)
            {
                throw new InvalidOperationException($"Query reference test failed at seed {seed} (rerun RunSeed({seed}) to reproduce): {error.Message}", error);
            }
        }
    }

    private static async Task RunSeed(int seed)
    {
        var random = new Random(seed);
        IPersonQueries q = new InMemoryPersonQueries();
        var fake = Fakes.Of(q);

        // The reference: what the store holds, in insertion order.
        var all = new List<Person>();
        var count = random.Next(0, 26);
        for (var i = 0; i < count; i++)
        {
            all.Add(q.Add(NewPerson(random, i)));
        }

        // Churn, so index buckets and insertion order are not simply the order of adds.
        for (var i = 0; i < count / 3; i++)
        {
            var victim = all[random.Next(all.Count)];
            if (random.Next(2) == 0)
            {
                var changed = Copy(victim);
                changed.Name = Pick(random, Names);
                changed.Tier = (Tier)random.Next(3);
                changed.Age = Pick(random, Ages);
                all[all.FindIndex(p => p.Id == victim.Id)] = q.Update(changed);
            }
            else
            {
                Assert.True(q.Delete(victim.Id));
                all.RemoveAll(p => p.Id == victim.Id);
                var again = Copy(victim);
                again.Id = 0;
                all.Add(q.Add(again));
            }
        }

        Same("GetAll", q.GetAll(), all);
        for (var round = 0; round < 2; round++)
        {
            var name = Pick(random, Names);
            var other = Pick(random, Names);
            var age = Pick(random, Ages);
            var score = Pick(random, Scores);
            var balance = Pick(random, Balances);
            var high = Pick(random, Balances);
            var born = Pick(random, Dates);
            var tier = (Tier)random.Next(3);
            var city = Pick(random, Cities);
            var part = Pick(random, Parts);
            var active = random.Next(2) == 0;
            var code = random.Next(3) == 0 ? null : "c" + random.Next(30);
            var names = Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, Names)).ToArray();
            var tiers = Enumerable.Range(0, random.Next(3)).Select(_ => (Tier)random.Next(3)).ToArray();
            var ages = Enumerable.Range(0, random.Next(4)).Select(_ => Pick(random, Ages)).ToList();
            var scores = new HashSet<int>(Enumerable.Range(0, random.Next(3)).Select(_ => Pick(random, Scores) ?? 0));
            var skip = random.Next(0, 6);
            var take = random.Next(0, 6);

            // Equality.
            Same("FindByName", q.FindByName(name), all.Where(p => Ordinal.Equals(p.Name, name)));
            Same("FindByNameIs", q.FindByNameIs(name), all.Where(p => Ordinal.Equals(p.Name, name)));
            Same("FindByNameEquals", q.FindByNameEquals(name), all.Where(p => Ordinal.Equals(p.Name, name)));
            Same("FindByNameIgnoreCase", q.FindByNameIgnoreCase(name), all.Where(p => IgnoreCase.Equals(p.Name, name)));
            Same("FindByNameNot", q.FindByNameNot(name), all.Where(p => !Ordinal.Equals(p.Name, name)));
            Same("FindByTier", q.FindByTier(tier), all.Where(p => p.Tier == tier));
            Same("FindByScore", q.FindByScore(score), all.Where(p => p.Score == score));
            Same("FindByBalance", q.FindByBalance(balance), all.Where(p => p.Balance == balance));

            // Comparisons: null never matches.
            Same("FindByAgeGreaterThan", q.FindByAgeGreaterThan(age), all.Where(p => p.Age > age));
            Same("FindByAgeGreaterThanEqual", q.FindByAgeGreaterThanEqual(age), all.Where(p => p.Age >= age));
            Same("FindByScoreLessThan", q.FindByScoreLessThan(score), all.Where(p => p.Score < score));
            Same("FindByScoreLessThanEqual", q.FindByScoreLessThanEqual(score ?? 0), all.Where(p => p.Score <= (score ?? 0)));
            Same("FindByBornAfter", q.FindByBornAfter(born), all.Where(p => p.Born > born));
            Same("FindByBornBefore", q.FindByBornBefore(born), all.Where(p => p.Born < born));
            Same("FindByBalanceBetween", q.FindByBalanceBetween(balance, high), all.Where(p => p.Balance >= balance && p.Balance <= high));
            Same("FindByNameBetween", q.FindByNameBetween(name, other), all.Where(p => p.Name is not null && name is not null && other is not null
                && string.CompareOrdinal(p.Name, name) >= 0 && string.CompareOrdinal(p.Name, other) <= 0));
            Same("FindByNameGreaterThanIgnoreCase", q.FindByNameGreaterThanIgnoreCase(name), all.Where(p => p.Name is not null && name is not null && IgnoreCase.Compare(p.Name, name) > 0));
            Same("FindByTierLessThan", q.FindByTierLessThan(tier), all.Where(p => p.Tier < tier));

            // Sets (equality semantics; null matches null).
            Same("FindByTierIn", q.FindByTierIn(tiers), all.Where(p => tiers.Contains(p.Tier)));
            Same("FindByNameIn", q.FindByNameIn(names), all.Where(p => names.Contains(p.Name, Ordinal)));
            Same("FindByAgeNotIn", q.FindByAgeNotIn(ages), all.Where(p => !ages.Contains(p.Age)));
            var nonNullNames = names.Select(static n => n ?? "").ToArray();
            Same("FindByNameInIgnoreCase", q.FindByNameInIgnoreCase(nonNullNames), all.Where(p => nonNullNames.Contains(p.Name, IgnoreCase)));
            Same("FindByScoreNotIn", q.FindByScoreNotIn(scores), all.Where(p => !(p.Score is { } s && scores.Contains(s))));

            // Text: substring and affixes, ordinal; a null property or argument never matches.
            var containing = random.Next(5) == 0 ? null : part;
            Same("FindByNameContaining", q.FindByNameContaining(containing), all.Where(p => p.Name is not null && containing is not null && p.Name.Contains(containing, StringComparison.Ordinal)));
            Same("FindByNameContains", q.FindByNameContains(part), all.Where(p => p.Name is not null && p.Name.Contains(part, StringComparison.Ordinal)));
            Same("FindByNameLikeIgnoreCase", q.FindByNameLikeIgnoreCase(part), all.Where(p => p.Name is not null && p.Name.Contains(part, StringComparison.OrdinalIgnoreCase)));
            Same("FindByNameStartingWith", q.FindByNameStartingWith(part), all.Where(p => p.Name is not null && p.Name.StartsWith(part, StringComparison.Ordinal)));
            Same("FindByNameStartsWithIgnoreCase", q.FindByNameStartsWithIgnoreCase(part), all.Where(p => p.Name is not null && p.Name.StartsWith(part, StringComparison.OrdinalIgnoreCase)));
            Same("FindByNameEndingWith", q.FindByNameEndingWith(part), all.Where(p => p.Name is not null && p.Name.EndsWith(part, StringComparison.Ordinal)));
            Same("FindByNameEndsWith", q.FindByNameEndsWith(part), all.Where(p => p.Name is not null && p.Name.EndsWith(part, StringComparison.Ordinal)));

            // Null and bool.
            Same("FindByScoreIsNull", q.FindByScoreIsNull(), all.Where(static p => p.Score is null));
            Same("FindByScoreIsNotNull", q.FindByScoreIsNotNull(), all.Where(static p => p.Score is not null));
            Same("FindByAddressIsNull", q.FindByAddressIsNull(), all.Where(static p => p.Address is null));
            Same("FindByAddressCityIsNotNull", q.FindByAddressCityIsNotNull(), all.Where(static p => p.Address?.City is not null));
            Same("FindByActiveTrue", q.FindByActiveTrue(), all.Where(static p => p.Active));
            Same("FindByActiveFalse", q.FindByActiveFalse(), all.Where(static p => !p.Active));

            // Nested paths (null-safe), And before Or, AllIgnoreCase.
            Same("FindByAddressCity", q.FindByAddressCity(city), all.Where(p => Ordinal.Equals(p.Address?.City, city)));
            Same("FindByAddressCityIgnoreCase", q.FindByAddressCityIgnoreCase(city), all.Where(p => IgnoreCase.Equals(p.Address?.City, city)));
            Same("FindByNameAndAgeGreaterThanOrActiveTrue", q.FindByNameAndAgeGreaterThanOrActiveTrue(name, age), all.Where(p => (Ordinal.Equals(p.Name, name) && p.Age > age) || p.Active));
            Same("FindByNameOrAddressCityAllIgnoreCase", q.FindByNameOrAddressCityAllIgnoreCase(name, city), all.Where(p => IgnoreCase.Equals(p.Name, name) || IgnoreCase.Equals(p.Address?.City, city)));
            Same("FindByTierAndScoreIsNullOrBalanceBetweenAndActiveFalse", q.FindByTierAndScoreIsNullOrBalanceBetweenAndActiveFalse(tier, balance, high),
                all.Where(p => (p.Tier == tier && p.Score is null) || (p.Balance >= balance && p.Balance <= high && !p.Active)));

            // Ordering (stable), Distinct (Equals: Name and Age), First/Top after ordering.
            Same("FindByActiveOrderByAgeDescNameAsc", q.FindByActiveOrderByAgeDescNameAsc(active), all.Where(p => p.Active == active).OrderByDescending(static p => p.Age).ThenBy(static p => p.Name, Ordinal));
            Same("FindAllByOrderByBalanceAscBornDesc", q.FindAllByOrderByBalanceAscBornDesc(), all.OrderBy(static p => p.Balance).ThenByDescending(static p => p.Born));
            Same("FindByTierOrderByAddressCity", q.FindByTierOrderByAddressCity(tier), all.Where(p => p.Tier == tier).OrderBy(static p => p.Address?.City, Ordinal));
            Same("FindByAgeGreaterThanOrderByScore", q.FindByAgeGreaterThanOrderByScore(age), all.Where(p => p.Age > age).OrderBy(static p => p.Score));
            Same("FindDistinctByActive", q.FindDistinctByActive(active), all.Where(p => p.Active == active).Distinct());
            Same("FindDistinctByTierOrderByAgeDesc", q.FindDistinctByTierOrderByAgeDesc(tier), all.Where(p => p.Tier == tier).OrderByDescending(static p => p.Age).Distinct());
            Single("FindFirstByTierOrderByAgeDesc", q.FindFirstByTierOrderByAgeDesc(tier), all.Where(p => p.Tier == tier).OrderByDescending(static p => p.Age).FirstOrDefault());
            var firstByName = all.Where(p => Ordinal.Equals(p.Name, name)).OrderBy(static p => p.Born).FirstOrDefault();
            if (firstByName is null)
            {
                var error = Assert.Throws<NotFoundException>(() => q.GetFirstByNameOrderByBorn(name));
                Assert.Equal("GetFirstByNameOrderByBorn", error.Query);
            }
            else
            {
                Single("GetFirstByNameOrderByBorn", q.GetFirstByNameOrderByBorn(name), firstByName);
            }

            Same("FindTop3ByActiveTrueOrderByBalanceDesc", q.FindTop3ByActiveTrueOrderByBalanceDesc(), all.Where(static p => p.Active).OrderByDescending(static p => p.Balance).Take(3));
            Same("FindTop2DistinctByAgeLessThanOrderByName", q.FindTop2DistinctByAgeLessThanOrderByName(age), all.Where(p => p.Age < age).OrderBy(static p => p.Name, Ordinal).Distinct().Take(2));
            Same("FindFirst4ByOrderByNameDescId", q.FindFirst4ByOrderByNameDescId(), all.OrderByDescending(static p => p.Name, Ordinal).ThenBy(static p => p.Id).Take(4));
            Single("FindByCode", q.FindByCode(code), all.FirstOrDefault(p => p.Code == code));
            if (all.FirstOrDefault(p => p.Code == code) is { } coded)
            {
                Single("GetByCode", q.GetByCode(code), coded);
            }
            else
            {
                Assert.Throws<NotFoundException>(() => q.GetByCode(code));
            }

            Single("FindByNameAndTier", q.FindByNameAndTier(name, tier), all.FirstOrDefault(p => Ordinal.Equals(p.Name, name) && p.Tier == tier));

            // Async shapes.
            var streamed = new List<Person>();
            await foreach (var person in q.StreamByTier(tier, TestContext.Current.CancellationToken))
            {
                streamed.Add(person);
            }

            Same("StreamByTier", streamed, all.Where(p => p.Tier == tier));
            Same("QueryByAgeLessThanAsync", await q.QueryByAgeLessThanAsync(age), all.Where(p => p.Age < age));
            Single("SearchFirstByAddressCityIsAsync", await q.SearchFirstByAddressCityIsAsync(city), all.FirstOrDefault(p => Ordinal.Equals(p.Address?.City, city)));
            Assert.Equal(all.Count(p => p.Active == active), await q.CountByActiveAsync(active, TestContext.Current.CancellationToken));
            Assert.Equal(all.Any(p => p.Code == code), await q.ExistsByCodeAsync(code));

            // Count and Exists.
            Assert.Equal(all.Count(p => p.Tier == tier), q.CountByTier(tier));
            Assert.Equal(all.Where(p => p.Tier == tier).Distinct().LongCount(), q.CountDistinctByTier(tier));
            Assert.Equal(all.Count(p => names.Contains(p.Name, Ordinal)), q.CountByNameIn(names));
            Assert.Equal(all.Any(p => IgnoreCase.Equals(p.Name, name)), q.ExistsByNameIgnoreCase(name));
            Assert.Equal(all.Any(p => p.Score > (score ?? 0)), q.ExistsByScoreGreaterThan(score ?? 0));

            // Paging: a slice after ordering and Top; pages carry the total count.
            Same("FindByActiveOrderById", q.FindByActiveOrderById(active, skip, take), all.Where(p => p.Active == active).OrderBy(static p => p.Id).Skip(skip).Take(take));
            var page = q.FindByTierOrderByBorn(tier, new PageRequest(skip, take));
            var tierByBorn = all.Where(p => p.Tier == tier).OrderBy(static p => p.Born).ToList();
            Same("FindByTierOrderByBorn", page.Items, tierByBorn.Skip(skip).Take(take));
            Assert.Equal(tierByBorn.Count, page.TotalCount);
            var pageSize = take == 0 ? 1 : take;
            var numbered = q.ListByAgeGreaterThan(age, new PersonPage { PageNumber = 1 + (skip % 3), PageSize = pageSize });
            var older = all.Where(p => p.Age > age).ToList();
            Same("ListByAgeGreaterThan", numbered.Items, older.Skip((skip % 3) * pageSize).Take(pageSize));
            Assert.Equal(older.Count, numbered.TotalCount);
            Assert.Equal(1 + (skip % 3), numbered.PageNumber);
            Same("FindTop5ByActiveTrue", q.FindTop5ByActiveTrue(skip, take), all.Where(static p => p.Active).Take(5).Skip(skip).Take(take));
            var distinctPage = await q.FindDistinctByAgeGreaterThanEqualOrderByNameDesc(age, skip, take);
            var distinctAll = all.Where(p => p.Age >= age).OrderByDescending(static p => p.Name, Ordinal).Distinct().ToList();
            Same("FindDistinctByAgeGreaterThanEqualOrderByNameDesc", distinctPage.Items, distinctAll.Skip(skip).Take(take));
            Assert.Equal(distinctAll.Count, distinctPage.TotalCount);

            // Predicate methods.
            Func<Person, bool> predicate = p => p.Age > age || Ordinal.Equals(p.Name, name);
            Same("Where", q.Where(predicate), all.Where(predicate));
            Single("FindFirst", q.FindFirst(p => p.Tier == tier && p.Score != null), all.FirstOrDefault(p => p.Tier == tier && p.Score != null));
            var byBalance = Comparer<Person>.Create(static (a, b) => a.Balance.CompareTo(b.Balance));
            var predicatePage = q.Query(predicate, byBalance, skip, take);
            Same("Query", predicatePage.Items, all.Where(predicate).OrderBy(static p => p, byBalance).Skip(skip).Take(take));
            Assert.Equal(all.Count(predicate), predicatePage.TotalCount);
            Assert.Equal(all.Count(predicate), q.Count(predicate));
            Assert.Equal(all.Any(p => p.Balance == balance), q.Any(p => p.Balance == balance));

            // Deletes, each on a snapshot restored afterwards.
            var snapshot = fake.Snapshot();
            Deleted("DeleteByAgeLessThan", q, all, p => p.Age < age, () => q.DeleteByAgeLessThan(age));
            fake.Restore(snapshot);
            Deleted("RemoveByActiveFalse", q, all, static p => !p.Active, () =>
            {
                q.RemoveByActiveFalse();
                return all.Count(static p => !p.Active);
            });
            fake.Restore(snapshot);
            Deleted("DeleteByNameIn", q, all, p => names.Contains(p.Name, Ordinal), () => (int)q.DeleteByNameIn(names));
            fake.Restore(snapshot);
            Deleted("DeleteByTierAsync", q, all, p => p.Tier == tier, () => (int)q.DeleteByTierAsync(tier).GetAwaiter().GetResult());
            fake.Restore(snapshot);
            Deleted("DeleteWhere", q, all, predicate, () => q.DeleteWhere(predicate));
            fake.Restore(snapshot);
            Same("GetAll after restore", q.GetAll(), all);
        }
    }

    [Fact]
    public void FindByNameContaining_with_a_null_argument_matches_nothing()
    {
        IPersonQueries q = new InMemoryPersonQueries();
        q.Add(new Person { Name = "ann" });
        q.Add(new Person { Name = null });
        Assert.Empty(q.FindByNameContaining(null));
        Assert.Single(q.FindByNameContaining(""));
    }

    [Fact]
    public void In_with_a_null_collection_throws_naming_the_parameter_and_paging_validates_its_arguments()
    {
        IPersonQueries q = new InMemoryPersonQueries();
        Assert.Equal("tiers", Assert.Throws<ArgumentNullException>(() => q.FindByTierIn(null!)).ParamName);
        Assert.Equal("skip", Assert.Throws<ArgumentOutOfRangeException>(() => q.FindByActiveOrderById(true, -1, 5)).ParamName);
        Assert.Equal("take", Assert.Throws<ArgumentOutOfRangeException>(() => q.FindByActiveOrderById(true, 0, -5)).ParamName);
        Assert.Equal("page", Assert.Throws<ArgumentOutOfRangeException>(() => q.ListByAgeGreaterThan(0, new PersonPage { PageNumber = 0, PageSize = 5 })).ParamName);
        Assert.Equal("page", Assert.Throws<ArgumentNullException>(() => q.FindByTierOrderByBorn(Tier.Gold, null!)).ParamName);
        Assert.Equal("predicate", Assert.Throws<ArgumentNullException>(() => q.Where(null!)).ParamName);
    }

    [Fact]
    public void A_required_single_result_that_matches_nothing_throws_not_found_naming_the_query_and_its_arguments()
    {
        IPersonQueries q = new InMemoryPersonQueries();
        var error = Assert.Throws<NotFoundException>(() => q.GetByCode("c9"));
        Assert.Equal("Person: no entity matches GetByCode('c9').", error.Message);
        Assert.Null(error.Key);
        Assert.Equal("GetByCode", error.Query);
        Assert.IsAssignableFrom<KeyNotFoundException>(error);
    }

    [Fact]
    public void Query_results_are_copies()
    {
        IPersonQueries q = new InMemoryPersonQueries();
        q.Add(new Person { Name = "ann", Address = new Address { City = "Oslo" } });
        var found = q.FindByName("ann")[0];
        found.Address!.City = "changed";
        found.Name = "changed";
        Assert.Equal("Oslo", q.FindByName("ann")[0].Address!.City);
    }

    private static void Deleted(string query, IPersonQueries q, List<Person> all, Func<Person, bool> predicate, Func<int> delete)
    {
        var removed = delete();
        Assert.True(all.Count(predicate) == removed, query + ": removed " + removed + ", LINQ matches " + all.Count(predicate));
        Same(query + " (what remains)", q.GetAll(), all.Where(p => !predicate(p)));
    }

    private static void Same(string query, IEnumerable<Person> actual, IEnumerable<Person> expected)
    {
        var got = actual.Select(static p => p.Id).ToList();
        var want = expected.Select(static p => p.Id).ToList();
        Assert.True(want.SequenceEqual(got), query + ": expected [" + string.Join(", ", want) + "] but got [" + string.Join(", ", got) + "]");
    }

    private static void Single(string query, Person? actual, Person? expected)
        => Assert.True(actual?.Id == expected?.Id, query + ": expected " + (expected?.ToString() ?? "null") + " but got " + (actual?.ToString() ?? "null"));

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static Person NewPerson(Random random, int index) => new()
    {
        Name = Pick(random, Names),
        Age = Pick(random, Ages),
        Score = Pick(random, Scores),
        Balance = Pick(random, Balances),
        Born = Pick(random, Dates),
        Active = random.Next(2) == 0,
        Tier = (Tier)random.Next(3),
        Address = random.Next(4) == 0 ? null : new Address { City = Pick(random, Cities) },

        // Unique: null for some, distinct otherwise (sometimes differing only in case, which ordinal keeps apart).
        Code = random.Next(3) == 0 ? null : (random.Next(2) == 0 ? "c" : "C") + index.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static Person Copy(Person person) => new()
    {
        Id = person.Id,
        Name = person.Name,
        Age = person.Age,
        Score = person.Score,
        Balance = person.Balance,
        Born = person.Born,
        Active = person.Active,
        Tier = person.Tier,
        Address = person.Address is null ? null : new Address { City = person.Address.City },
        Code = person.Code,
    };
}
