using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An update of one entity declared to return exactly the type of its single key (EntityAxis'
/// <c>IUpdate&lt;TEntity, TKey&gt;.UpdateAsync(entity)</c>, whose EF Core service returns <c>entity.Id</c> after the update):
/// refused on session 25's first try ("it must return void, bool, Customer, the number updated…"), generated now. An
/// integer key stays a count of rows written, and a string key stays refused (an ETag is a string too).
/// </summary>
public class UpdateReturningKeyTests
{
    private const string Commands = Sources.Usings + """
        namespace V;

        public class Customer { public Guid Id { get; set; } public string Name { get; set; } = ""; }
        public interface ICreate<TEntity, TKey> { Task<TKey> CreateAsync(TEntity entity, CancellationToken cancellationToken = default); }
        public interface IUpdate<TEntity, TKey> { Task<TKey> UpdateAsync(TEntity entity, CancellationToken cancellationToken = default); }
        public interface IDelete<TEntity, TKey> { Task DeleteAsync(TKey id, CancellationToken cancellationToken = default); }
        public interface ICommandService<TEntity, TKey> : ICreate<TEntity, TKey>, IUpdate<TEntity, TKey>, IDelete<TEntity, TKey> { }
        public interface IGetById<TEntity, TKey> { Task<TEntity?> GetByIdAsync(TKey id, CancellationToken cancellationToken = default); }
        public interface ICustomerService : ICommandService<Customer, Guid>, IGetById<Customer, Guid> { }

        [InMemoryFake(typeof(ICustomerService))]
        public partial class CustomerService;
        """;

    [Fact]
    public void An_update_returning_the_key_type_returns_the_key_of_the_entity_updated()
    {
        var run = GeneratorHarness.Run(Commands);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICustomerService commands = new CustomerService();
                    var id = commands.CreateAsync(new Customer { Name = "Ada" }).GetAwaiter().GetResult();
                    Is(false, id == Guid.Empty, "the create numbers the key and returns it");
                    Is(id, commands.UpdateAsync(new Customer { Id = id, Name = "Ada L." }).GetAwaiter().GetResult(), "the update returns the entity's key");
                    Is("Ada L.", commands.GetByIdAsync(id).GetAwaiter().GetResult()?.Name, "and stored the change");
                    var missing = Guid.NewGuid();
                    Throws<KeyNotFoundException>(() => commands.UpdateAsync(new Customer { Id = missing, Name = "x" }).GetAwaiter().GetResult(), null, "a customer that is not stored");
                    Is(null, commands.GetByIdAsync(missing).GetAwaiter().GetResult(), "store unchanged");
                    commands.DeleteAsync(id).GetAwaiter().GetResult();
                    Is(null, commands.GetByIdAsync(id).GetAwaiter().GetResult(), "deleted");
                }
            }
            """);
    }

    [Fact]
    public void An_integer_key_keeps_the_count_and_a_string_key_stays_refused()
    {
        var ints = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Order { public int Id { get; set; } public string Status { get; set; } = ""; }

            [InMemoryFake]
            public interface IOrderRepository
            {
                Task AddAsync(Order order);
                Task<int> UpdateAsync(Order order);
            }
            """);
        Assertions.Clean(ints);
        BehaviourCheck.Run(ints, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IOrderRepository orders = new InMemoryOrderRepository();
                    orders.AddAsync(new Order { Status = "new" }).GetAwaiter().GetResult();
                    Is(1, orders.UpdateAsync(new Order { Id = 1, Status = "paid" }).GetAwaiter().GetResult(), "one row written");
                    Is(0, orders.UpdateAsync(new Order { Id = 7, Status = "paid" }).GetAwaiter().GetResult(), "no row: 0, as before");
                }
            }
            """);

        var strings = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Document { public string Id { get; set; } = ""; public string Body { get; set; } = ""; }

            [InMemoryFake]
            public interface IDocumentRepository
            {
                Task AddAsync(Document document);
                Task<string> UpdateAsync(Document document);
            }
            """);
        Refusals.Exactly(strings, ("UpdateAsync", "it must return void, bool, Document"));
    }
}
