using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Integration.Tests.Queries;

public enum Tier
{
    Bronze,
    Silver,
    Gold,
}

public sealed class Address
{
    public string? City { get; set; }
}

/// <summary>
/// The reference test's entity: nullable and non-nullable properties of every kind the grammar compares, a nested
/// address, two indexed properties and a unique one. Equality (which <c>Distinct</c> uses) is over Name and Age only,
/// so entities with different keys can be equal.
/// </summary>
public sealed class Person : IEquatable<Person>
{
    public int Id { get; set; }

    [Indexed]
    public string? Name { get; set; }

    public int Age { get; set; }

    public int? Score { get; set; }

    public decimal Balance { get; set; }

    public DateTime Born { get; set; }

    public bool Active { get; set; }

    [Indexed]
    public Tier Tier { get; set; }

    public Address? Address { get; set; }

    [Unique]
    public string? Code { get; set; }

    public bool Equals(Person? other) => other is not null && string.Equals(other.Name, Name, StringComparison.Ordinal) && other.Age == Age;

    public override bool Equals(object? obj) => Equals(obj as Person);

    public override int GetHashCode() => HashCode.Combine(Name, Age);

    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"#{Id} {Name ?? "null"} {Age} {(Score is { } score ? score : "null")} {Balance} {Born:O} {Active} {Tier} {Address?.City ?? (Address is null ? "no address" : "null city")} {Code ?? "null"}");
}

/// <summary>A user page-request type, recognised by its PageNumber and PageSize properties (1-based).</summary>
public sealed class PersonPage
{
    public int PageNumber { get; set; }

    public int PageSize { get; set; }
}

/// <summary>One derived query per keyword, return type and paging form, plus predicate methods: all generated.</summary>
// The reference test compares single results with LINQ's FirstOrDefault: the first of several, stated.
[InMemoryFake(SeveralMatches = SeveralMatches.First)]
public interface IPersonQueries
{
    Person Add(Person person);

    Person Update(Person person);

    bool Delete(int id);

    IReadOnlyList<Person> GetAll();

    // Equality and its spellings; Name is [Indexed], so these probe the index.
    IReadOnlyList<Person> FindByName(string? name);

    IReadOnlyList<Person> FindByNameIs(string? name);

    IReadOnlyList<Person> FindByNameEquals(string? name);

    IReadOnlyList<Person> FindByNameIgnoreCase(string? name);

    IReadOnlyList<Person> FindByNameNot(string? name);

    IReadOnlyList<Person> FindByTier(Tier tier);

    IReadOnlyList<Person> FindByScore(int? score);

    IReadOnlyList<Person> FindByBalance(decimal balance);

    // Comparisons.
    IReadOnlyList<Person> FindByAgeGreaterThan(int age);

    List<Person> FindByAgeGreaterThanEqual(int age);

    Person[] FindByScoreLessThan(int? score);

    IEnumerable<Person> FindByScoreLessThanEqual(int score);

    IReadOnlyList<Person> FindByBornAfter(DateTime born);

    IReadOnlyList<Person> FindByBornBefore(DateTime born);

    IReadOnlyList<Person> FindByBalanceBetween(decimal low, decimal high);

    IReadOnlyList<Person> FindByNameBetween(string? low, string? high);

    IReadOnlyList<Person> FindByNameGreaterThanIgnoreCase(string? name);

    IReadOnlyList<Person> FindByTierLessThan(Tier tier);

    // Sets.
    IReadOnlyList<Person> FindByTierIn(IEnumerable<Tier> tiers);

    IReadOnlyList<Person> FindByNameIn(params string?[] names);

    IReadOnlyList<Person> FindByAgeNotIn(List<int> ages);

    IReadOnlyList<Person> FindByNameInIgnoreCase(string[] names);

    IReadOnlyList<Person> FindByScoreNotIn(HashSet<int> scores);

    // Text.
    IReadOnlyList<Person> FindByNameContaining(string? part);

    IReadOnlyList<Person> FindByNameContains(string part);

    IReadOnlyList<Person> FindByNameLikeIgnoreCase(string part);

    IReadOnlyList<Person> FindByNameStartingWith(string prefix);

    IReadOnlyList<Person> FindByNameStartsWithIgnoreCase(string prefix);

    IReadOnlyList<Person> FindByNameEndingWith(string suffix);

    IReadOnlyList<Person> FindByNameEndsWith(string suffix);

    // Null and bool.
    IReadOnlyList<Person> FindByScoreIsNull();

    IReadOnlyList<Person> FindByScoreIsNotNull();

    IReadOnlyList<Person> FindByAddressIsNull();

    IReadOnlyList<Person> FindByAddressCityIsNotNull();

    IReadOnlyList<Person> FindByActiveTrue();

    IReadOnlyList<Person> FindByActiveFalse();

    // Nested paths, And/Or precedence, AllIgnoreCase.
    IReadOnlyList<Person> FindByAddressCity(string? city);

    IReadOnlyList<Person> FindByAddressCityIgnoreCase(string? city);

    IReadOnlyList<Person> FindByNameAndAgeGreaterThanOrActiveTrue(string? name, int age);

    IReadOnlyList<Person> FindByNameOrAddressCityAllIgnoreCase(string? name, string? city);

    IReadOnlyList<Person> FindByTierAndScoreIsNullOrBalanceBetweenAndActiveFalse(Tier tier, decimal low, decimal high);

    // Ordering, Distinct, First/Top.
    IReadOnlyList<Person> FindByActiveOrderByAgeDescNameAsc(bool active);

    IReadOnlyList<Person> FindAllByOrderByBalanceAscBornDesc();

    IReadOnlyList<Person> FindByTierOrderByAddressCity(Tier tier);

    IReadOnlyList<Person> FindByAgeGreaterThanOrderByScore(int age);

    IReadOnlyList<Person> FindDistinctByActive(bool active);

    IReadOnlyList<Person> FindDistinctByTierOrderByAgeDesc(Tier tier);

    Person? FindFirstByTierOrderByAgeDesc(Tier tier);

    Person GetFirstByNameOrderByBorn(string? name);

    IReadOnlyList<Person> FindTop3ByActiveTrueOrderByBalanceDesc();

    IReadOnlyList<Person> FindTop2DistinctByAgeLessThanOrderByName(int age);

    IReadOnlyList<Person> FindFirst4ByOrderByNameDescId();

    Person? FindByCode(string? code);

    Person GetByCode(string? code);

    Person? FindByNameAndTier(string? name, Tier tier);

    // Async shapes.
    IAsyncEnumerable<Person> StreamByTier(Tier tier, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Person>> QueryByAgeLessThanAsync(int age);

    ValueTask<Person?> SearchFirstByAddressCityIsAsync(string? city);

    Task<int> CountByActiveAsync(bool active, CancellationToken cancellationToken = default);

    ValueTask<bool> ExistsByCodeAsync(string? code);

    Task<long> DeleteByTierAsync(Tier tier);

    // Count, Exists, Delete.
    int CountByTier(Tier tier);

    long CountDistinctByTier(Tier tier);

    int CountByNameIn(IEnumerable<string?> names);

    bool ExistsByNameIgnoreCase(string? name);

    bool ExistsByScoreGreaterThan(int score);

    int DeleteByAgeLessThan(int age);

    void RemoveByActiveFalse();

    long DeleteByNameIn(IEnumerable<string?> names);

    // Paging.
    IReadOnlyList<Person> FindByActiveOrderById(bool active, int skip, int take);

    Page<Person> FindByTierOrderByBorn(Tier tier, PageRequest page);

    Page<Person> ListByAgeGreaterThan(int age, PersonPage page);

    IReadOnlyList<Person> FindTop5ByActiveTrue(int offset, int limit);

    Task<Page<Person>> FindDistinctByAgeGreaterThanEqualOrderByNameDesc(int age, int skip, int take);

    // Predicate methods.
    IReadOnlyList<Person> Where(Func<Person, bool> predicate);

    Person? FindFirst(Expression<Func<Person, bool>> predicate);

    Page<Person> Query(Func<Person, bool> predicate, IComparer<Person> order, int skip, int take);

    int Count(Func<Person, bool> predicate);

    bool Any(Expression<Func<Person, bool>> predicate);

    int DeleteWhere(Func<Person, bool> predicate);
}
