using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover: names earlier rounds noticed and left. The all-caps <c>ID</c> after the entity's name is the word <c>Id</c>
/// (<c>GetCustomerID(id)</c> as <c>GetCustomerId(id)</c>: a lookup by the key; before, its letters I and D named nothing);
/// <c>GetBy(id)</c> is a lookup by the key when its parameter is the key by name and type, and refused otherwise;
/// <c>Clear{Es}(guildId, userId)</c> removes the rows its parameters match, as <c>Delete{Es}(guildId, userId)</c> does,
/// unless the entity has a flag clearing may set.
/// </summary>
public class LeftoverNameTests
{
    private const string Opening = Sources.Usings + "using System.Linq;\nusing Ln;\n" + Refusals.CheckOpening;

    [Fact]
    public void An_all_caps_ID_after_the_entity_and_a_bare_By_read_the_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ln;

            public class Producto { public int Id { get; set; } public string Nombre { get; set; } = ""; }

            [InMemoryFake]
            public interface IProductoRepository
            {
                void Agregar(Producto producto);
                Producto? ObtenerProductoID(int id);
                bool EliminarProductoID(int id);
                Producto? GetBy(int id);
                bool ExistsBy(int id);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Opening + """
                public static void Run()
                {
                    IProductoRepository productos = new InMemoryProductoRepository();
                    var yerba = new Producto { Nombre = "Yerba" };
                    productos.Agregar(yerba);
                    productos.Agregar(new Producto { Nombre = "Mate" });
                    Is("Yerba", productos.ObtenerProductoID(yerba.Id)?.Nombre, "ObtenerProductoID: by the key");
                    Is(null, productos.ObtenerProductoID(99), "a key not stored: null");
                    Is("Yerba", productos.GetBy(yerba.Id)?.Nombre, "GetBy(id): by the key");
                    Is(true, productos.ExistsBy(yerba.Id), "ExistsBy(id)");
                    Is(true, productos.EliminarProductoID(yerba.Id), "EliminarProductoID removes by the key");
                    Is(false, productos.EliminarProductoID(yerba.Id), "and answers false once it is gone");
                    Is(null, productos.GetBy(yerba.Id), "gone");
                }
            }
            """);
    }

    [Fact]
    public void A_bare_By_whose_parameter_is_not_the_key_and_acronyms_that_name_no_key_stay_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ln;

            public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; }

            [InMemoryFake]
            public interface ICustomerRepository
            {
                void Add(Customer customer);
                Customer? GetBy(string name);
                Customer? GetCustomerGUID(int id);
            }
            """);
        Refusals.Exactly(run,
            ("GetBy", "'GetBy' names nothing after By, so it is read only as a lookup by the key, and its parameters are not the key of Customer by name and type; name it By{Property} (GetByName)"),
            ("GetCustomerGUID", "in 'GetCustomerGUID' names neither the entity (Customer)")); // 'G' here, 'GUID' once capitals read as one word (main's AcronymWords)
    }

    [Fact]
    public void Clear_with_the_plural_and_parameters_removes_the_rows_they_match_as_Delete_does()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ln;

            public class Warning { public int Id { get; set; } public ulong GuildId { get; set; } public ulong UserId { get; set; } }

            [InMemoryFake]
            public interface IWarningRepository
            {
                Task AddAsync(Warning warning);
                Task ClearWarningsAsync(ulong guildId, ulong userId);
                Task<int> DeleteWarningsAsync(ulong guildId);
                Task<List<Warning>> GetWarningsAsync(ulong guildId, ulong userId);
                Task<int> CountAsync();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Opening + """
                public static void Run()
                {
                    IWarningRepository warnings = new InMemoryWarningRepository();
                    warnings.AddAsync(new Warning { GuildId = 1, UserId = 7 }).GetAwaiter().GetResult();
                    warnings.AddAsync(new Warning { GuildId = 1, UserId = 7 }).GetAwaiter().GetResult();
                    warnings.AddAsync(new Warning { GuildId = 1, UserId = 8 }).GetAwaiter().GetResult();
                    warnings.AddAsync(new Warning { GuildId = 2, UserId = 7 }).GetAwaiter().GetResult();
                    warnings.ClearWarningsAsync(1, 7).GetAwaiter().GetResult();
                    Is(0, warnings.GetWarningsAsync(1, 7).GetAwaiter().GetResult().Count, "the user's warnings in that guild are gone");
                    Is(2, warnings.CountAsync().GetAwaiter().GetResult(), "the others stay");
                    Is(1, warnings.DeleteWarningsAsync(2).GetAwaiter().GetResult(), "Delete of the same shape, for comparison");
                }
            }
            """);
    }

    [Fact]
    public void Clear_with_parameters_of_an_entity_with_a_cleared_flag_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Ln;

            public class Notification { public int Id { get; set; } public int UserId { get; set; } public bool IsCleared { get; set; } }

            [InMemoryFake]
            public interface INotificationRepository
            {
                void Add(Notification notification);
                void ClearNotifications(int userId);
            }
            """);
        Refusals.Exactly(run,
            ("ClearNotifications", "but Notification has the flag 'IsCleared', which clearing may set instead, keeping the rows; name it Delete… to remove them, or write it"));
    }
}
