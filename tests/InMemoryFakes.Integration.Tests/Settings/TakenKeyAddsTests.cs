using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Settings;

public class Customer
{
    public Guid Id { get; set; }

    public string Name { get; set; } = "";
}

/// <summary>The store's own duplicate error (a SqliteException stands here).</summary>
public sealed class CustomerExistsException : Exception
{
    public CustomerExistsException(string message)
        : base(message)
    {
    }
}

/// <summary>Elfocrash/clean-minimal-api's Dapper repository: CreateAsync returns rows affected &gt; 0; a taken Id violates the primary key.</summary>
[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw, DuplicateKeyException = typeof(CustomerExistsException))]
public interface ISqlCustomers
{
    Task<bool> CreateAsync(Customer customer);

    Task<Customer?> GetAsync(Guid id);

    Task<IEnumerable<Customer>> GetAllAsync();
}

/// <summary>Finbuckle's InMemoryStore shape: AddAsync returns ConcurrentDictionary.TryAdd's answer.</summary>
[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Skip)]
public interface IDictionaryCustomers
{
    Task<bool> AddAsync(Customer customer);

    Task<Customer?> GetAsync(Guid id);
}

/// <summary>chat-copilot's VolatileContext shape: CreateAsync calls TryAdd and drops its answer, so the first entity stays.</summary>
[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Skip)]
public interface IVolatileCustomers
{
    Task CreateAsync(Customer customer);

    Task<Customer?> GetAsync(Guid id);
}

public class TakenKeyAddsTests
{
    [Fact]
    public async Task Throw_makes_a_bool_add_of_a_taken_key_the_duplicate_error_and_leaves_the_store_unchanged()
    {
        ISqlCustomers customers = new InMemorySqlCustomers();
        var id = Guid.NewGuid();

        Assert.True(await customers.CreateAsync(new Customer { Id = id, Name = "first" }));
        await Assert.ThrowsAsync<CustomerExistsException>(() => customers.CreateAsync(new Customer { Id = id, Name = "second" }));

        Assert.Equal("first", (await customers.GetAsync(id))?.Name);
        Assert.Single(await customers.GetAllAsync());
    }

    [Fact]
    public async Task Skip_makes_a_bool_add_of_a_taken_key_return_false_and_keep_the_stored_entity()
    {
        IDictionaryCustomers customers = new InMemoryDictionaryCustomers();
        var id = Guid.NewGuid();

        Assert.True(await customers.AddAsync(new Customer { Id = id, Name = "first" }));
        Assert.False(await customers.AddAsync(new Customer { Id = id, Name = "second" }));

        Assert.Equal("first", (await customers.GetAsync(id))?.Name);
    }

    [Fact]
    public async Task Skip_makes_a_void_add_of_a_taken_key_do_nothing_and_keep_the_stored_entity()
    {
        IVolatileCustomers customers = new InMemoryVolatileCustomers();
        var id = Guid.NewGuid();

        await customers.CreateAsync(new Customer { Id = id, Name = "first" });
        await customers.CreateAsync(new Customer { Id = id, Name = "second" });

        Assert.Equal("first", (await customers.GetAsync(id))?.Name);
        Assert.Equal(1, Fakes.Of(customers).Count);
        await Assert.ThrowsAsync<ArgumentNullException>(() => customers.CreateAsync(null!));
    }
}
