using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Session 25's review of the corpus fakes three or four refused members from complete (docs/generator.md, "Corpus fakes
/// three or four members from complete"): a lookup or removal by the key whose name spells the key's word in capitals
/// (<c>ObtenerProductoID(int id)</c> of a student repository, <c>GetCustomerID(int id)</c>) reads as the one written
/// <c>Id</c>: the capitals were read as one word each ('I', 'D'), which nothing proved. A word beside the acronym that
/// nothing proves still refuses the member, and the message names that word.
/// </summary>
public class AcronymNounTests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_lookup_and_a_removal_named_with_ID_in_capitals_act_on_the_row_with_that_key()
    {
        var run = Run("""
            namespace V;
            public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface ICustomerRepository
            {
                void Add(Customer customer);
                Customer? GetCustomerID(int id);
                Task<Customer?> FindCustomerIDAsync(int id);
                bool DeleteCustomerID(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    ICustomerRepository customers = new InMemoryCustomerRepository();
                    customers.Add(new Customer { Id = 7, Name = "Ada" });
                    customers.Add(new Customer { Id = 8, Name = "Grace" });
                    Is("Ada", customers.GetCustomerID(7)?.Name, "GetCustomerID(id) reads the customer with that Id");
                    Is("Grace", customers.FindCustomerIDAsync(8).GetAwaiter().GetResult()?.Name, "FindCustomerIDAsync(id) too");
                    Is(null, customers.GetCustomerID(9), "an id not stored is null, as Customer? says");
                    Is(true, customers.DeleteCustomerID(7), "DeleteCustomerID(id) removes the customer with that Id");
                    Is(null, customers.GetCustomerID(7), "it is gone");
                    Is("Grace", customers.GetCustomerID(8)?.Name, "the other customer stays");
                    Is(false, customers.DeleteCustomerID(7), "a removal of an id not stored answers false");
                }
            }
            """);
    }

    [Fact]
    public void A_Spanish_lookup_by_the_key_written_ProductoID_reads_the_producto_of_that_key()
    {
        var run = Run("""
            #nullable disable
            namespace V;
            public class Producto { public int idProducto { get; set; } public string descripcion { get; set; } }
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IProductoRepository
            {
                void Agregar(Producto producto);
                Producto ObtenerProductoID(int id);
                bool EliminarProductoID(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IProductoRepository productos = new InMemoryProductoRepository();
                    productos.Agregar(new Producto { idProducto = 3, descripcion = "Yerba" });
                    Is("Yerba", productos.ObtenerProductoID(3).descripcion, "ObtenerProductoID(id) reads the producto with that idProducto");
                    Is(null, productos.ObtenerProductoID(4), "an id not stored is null (an oblivious result)");
                    Is(true, productos.EliminarProductoID(3), "EliminarProductoID(id) removes it");
                    Is(null, productos.ObtenerProductoID(3), "it is gone");
                }
            }
            """);
    }

    [Fact]
    public void A_word_beside_the_acronym_that_nothing_proves_still_refuses_the_lookup_and_is_named()
    {
        var run = Run("""
            namespace V;
            public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface ICustomerRepository
            {
                void Add(Customer customer);
                Customer? GetCustomerIDCard(int id);
                Customer? GetLatestCustomerID(int id);
            }
            """);
        Refusals.Exactly(run,
            ("GetCustomerIDCard", "'Card' in 'GetCustomerIDCard' names neither the entity (Customer), the interface nor a parameter"),
            ("GetLatestCustomerID", "'Latest' in 'GetLatestCustomerID' names neither the entity (Customer), the interface nor a parameter"));
    }

    [Fact]
    public void An_acronym_that_only_a_parameter_of_another_meaning_spells_proves_nothing_more_than_before()
    {
        var run = Run("""
            namespace V;
            public class Order { public int Id { get; set; } public string CustomerId { get; set; } = ""; }
            [InMemoryFake]
            public interface IOrderRepository
            {
                void Add(Order order);
                Order? GetOrderURL(int id);
            }
            """);
        // URL is spelled by no name of the interface: the capitals are read whole, and the word stays unproven.
        Refusals.Exactly(run, ("GetOrderURL", "'URL' in 'GetOrderURL' names neither the entity (Order), the interface nor a parameter"));
    }
}
