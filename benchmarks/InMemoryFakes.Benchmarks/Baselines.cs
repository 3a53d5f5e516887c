using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore;
using Moq;
using NSubstitute;

namespace InMemoryFakes.Benchmarks;

/// <summary>The EF Core InMemory model of <see cref="Customer"/>.</summary>
public sealed class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Customer> Customers => Set<Customer>();

    public static DbContextOptions<ShopContext> Options(string databaseName)
        => new DbContextOptionsBuilder<ShopContext>().UseInMemoryDatabase(databaseName).Options;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        var customer = modelBuilder.Entity<Customer>();
        customer.HasKey(c => c.Id);
        customer.Property(c => c.Id).ValueGeneratedNever();
        customer.HasIndex(c => c.Country);
    }
}

/// <summary>The alternatives a test author uses instead of a generated fake, configured as dictionary-backed fakes.</summary>
internal static class Baselines
{
    /// <summary>Keys spread over the table, cycled by the benchmarks (a power of two, so the cursor wraps with a mask).</summary>
    public const int KeyCount = 1024;

    public static int[] SpreadKeys(int rows)
    {
        var keys = new int[KeyCount];
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = 1 + (int)((long)i * 7919 % rows);
        }

        return keys;
    }

    /// <summary>A Moq mock whose Find/Add/Upsert/Exists read and write a dictionary, as test authors write them.</summary>
    public static ICustomerRepository Moq(ConcurrentDictionary<int, Customer> store)
    {
        var mock = new Mock<ICustomerRepository>();
        mock.Setup(r => r.Find(It.IsAny<int>())).Returns((int id) => store.TryGetValue(id, out var v) ? v : null);
        mock.Setup(r => r.Upsert(It.IsAny<Customer>())).Callback((Customer c) => store[c.Id] = c);
        mock.Setup(r => r.Exists(It.IsAny<int>())).Returns((int id) => store.ContainsKey(id));
        return mock.Object;
    }

    /// <summary>An NSubstitute substitute configured the same way as <see cref="Moq"/>.</summary>
    public static ICustomerRepository NSubstitute(ConcurrentDictionary<int, Customer> store)
    {
        var substitute = Substitute.For<ICustomerRepository>();
        substitute.Find(Arg.Any<int>()).Returns(call => store.TryGetValue(call.Arg<int>(), out var v) ? v : null);
        substitute.When(r => r.Upsert(Arg.Any<Customer>())).Do(call => { var c = call.Arg<Customer>(); store[c.Id] = c; });
        substitute.Exists(Arg.Any<int>()).Returns(call => store.ContainsKey(call.Arg<int>()));
        return substitute;
    }

    /// <summary>
    /// Fills an EF Core InMemory database and returns a fresh context on it with nothing tracked. A database is filled
    /// once per process: in-process runs (--quick) set up every benchmark of a class in one process, and seeding
    /// 100,000 rows for each would dominate the run.
    /// </summary>
    public static ShopContext EfCore(string databaseName, IReadOnlyCollection<Customer> customers)
    {
        var options = ShopContext.Options(databaseName);
        lock (Seeded)
        {
            if (Seeded.Add(databaseName + ":" + customers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                using var seed = new ShopContext(options);
                seed.Database.EnsureDeleted();
                seed.Customers.AddRange(customers);
                seed.SaveChanges();
            }
        }

        return new ShopContext(options);
    }

    private static readonly HashSet<string> Seeded = new(StringComparer.Ordinal);

    /// <summary>A generated fake, in the given copy mode, holding copies of <paramref name="customers"/> (or the instances, in reference mode).</summary>
    public static InMemoryCustomerRepository Fake(CopyMode mode, IEnumerable<Customer> customers)
        => Fake(new InMemoryFakeOptions { CopyMode = mode }, customers);

    /// <summary>A generated fake with these options, holding <paramref name="customers"/>.</summary>
    public static InMemoryCustomerRepository Fake(InMemoryFakeOptions options, IEnumerable<Customer> customers)
    {
        var fake = new InMemoryCustomerRepository(options);
        foreach (var customer in customers)
        {
            fake.Upsert(customer);
        }

        return fake;
    }
}

/// <summary>
/// The hand-written fake the product replaces: a class implementing <see cref="ICustomerRepository"/> over a
/// <see cref="ConcurrentDictionary{TKey, TValue}"/>, by reference, with no copies, expiry, call log or checks. Called
/// through the interface as the code under test calls a fake, it separates the cost of being a repository (an interface
/// call) from the store's own work.
/// </summary>
internal sealed class HandWrittenCustomerRepository(ConcurrentDictionary<int, Customer> store) : ICustomerRepository
{
    public Customer? Find(int id) => store.TryGetValue(id, out var customer) ? customer : null;

    public void Add(Customer customer)
    {
        if (!store.TryAdd(customer.Id, customer))
        {
            throw new InvalidOperationException($"Customer {customer.Id} exists.");
        }
    }

    public void Upsert(Customer customer) => store[customer.Id] = customer;

    public bool Exists(int id) => store.ContainsKey(id);

    public bool Delete(int id) => store.TryRemove(id, out _);

    public int Count() => store.Count;

    public IReadOnlyList<Customer> GetAll() => [.. store.Values];

    public System.Threading.Tasks.Task<Customer?> FindAsync(int id) => System.Threading.Tasks.Task.FromResult(Find(id));
}

/// <summary>
/// The fields of the fake's plain entry (FakeTable's <c>Entry</c>, 104 B; the recency links, index values and sliding
/// window live in its <c>LinkedEntry</c> subclass, which only LRU, indexed or sliding tables create): what a
/// copy-on-write store allocates per write.
/// </summary>
internal sealed class EntryLike
{
    public readonly int Key;
    public readonly Customer Value;
    public readonly long CreatedAt;
    public readonly long ModifiedAt;
    public readonly long Version;
    public readonly long Size;
    public readonly long Sequence;
    public long ExpiresAt;
    public long CoverDue;
    public EntryLike? Chain;
    public int Hash;
    public int Slot;

    public EntryLike(int key, Customer value, long createdAt, long modifiedAt, long version)
    {
        Key = key;
        Value = value;
        CreatedAt = createdAt;
        ModifiedAt = modifiedAt;
        Version = version;
        Size = 0;
        Sequence = key;
        ExpiresAt = long.MaxValue;
        CoverDue = long.MaxValue;
        Chain = null;
        Hash = key;
        Slot = key;
    }
}
