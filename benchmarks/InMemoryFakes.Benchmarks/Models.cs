using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace InMemoryFakes.Benchmarks;

/// <summary>A mutable entity class: the generator writes a deep copy for it, used unless the fake runs in <see cref="CopyMode.Reference"/>.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string Country { get; set; } = "";

    public int Age { get; set; }

    public static Customer Create(int id) => new()
    {
        Id = id,
        Name = "Customer " + id,
        Country = Countries[id % Countries.Length],
        Age = 18 + (id % 60),
    };

    /// <summary>100 countries, so an equality query on <see cref="Country"/> over 100,000 rows matches 1,000 of them.</summary>
    public static readonly string[] Countries = BuildCountries();

    private static string[] BuildCountries()
    {
        var countries = new string[100];
        for (var i = 0; i < countries.Length; i++)
        {
            countries[i] = "C" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        }

        return countries;
    }
}

/// <summary>
/// The repository every "get by key" and "add/upsert" baseline implements too: the generated fake, a Moq mock and an
/// NSubstitute substitute configured as dictionary-backed fakes.
/// </summary>
[InMemoryFake]
public interface ICustomerRepository
{
    Customer? Find(int id);

    void Add(Customer customer);

    void Upsert(Customer customer);

    bool Exists(int id);

    bool Delete(int id);

    int Count();

    IReadOnlyList<Customer> GetAll();

    Task<Customer?> FindAsync(int id);
}

/// <summary>
/// The query scenario's entity: the same shape as <see cref="Customer"/>, with an index on <see cref="Country"/> and the
/// same distribution of values, unindexed, in <see cref="Region"/>. (A separate type, so the get/upsert scenarios pay
/// for no index.)
/// </summary>
public sealed class Account
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Indexed and distinct per account: an equality query on it finds one entity.</summary>
    [Indexed]
    public string Email { get; set; } = "";

    /// <summary>Indexed, 100 distinct values: an equality query on it finds 1% of the accounts.</summary>
    [Indexed]
    public string Country { get; set; } = "";

    public string Region { get; set; } = "";

    public int Age { get; set; }

    public static Account Create(int id) => new()
    {
        Id = id,
        Name = "Account " + id,
        Email = EmailOf(id),
        Country = Customer.Countries[id % Customer.Countries.Length],
        Region = Customer.Countries[id % Customer.Countries.Length],
        Age = 18 + (id % 60),
    };

    public static string EmailOf(int id) => "account" + id.ToString(System.Globalization.CultureInfo.InvariantCulture) + "@example.com";
}

/// <summary>Derived queries: equality on indexed properties (one match, 1% matches) and on an unindexed one (1% matches).</summary>
[InMemoryFake(CopyMode = CopyMode.Reference)]
public interface IAccountRepository
{
    void Upsert(Account account);

    Account? Find(int id);

    Account? FindByEmail(string email);

    IReadOnlyList<Account> FindByCountry(string country);

    IReadOnlyList<Account> FindByRegion(string region);
}

/// <summary>A key-value cache with a TTL parameter, benchmarked against <c>MemoryCache</c>.</summary>
[InMemoryFake]
public interface ISessionCache
{
    string? Get(string key);

    bool TryGet(string key, out string? value);

    void Set(string key, string value, TimeSpan ttl);

    bool Remove(string key);
}

/// <summary>
/// A key-value cache of <c>object</c> values (as an <c>IMemoryCache</c>-style wrapper holds them): the copy rules decide
/// per value at run time, so an immutable value such as a string must be stored and returned as it is, never cloned.
/// </summary>
[InMemoryFake]
public interface IObjectCache
{
    object? Get(string key);

    void Set(string key, object value, TimeSpan ttl);
}
