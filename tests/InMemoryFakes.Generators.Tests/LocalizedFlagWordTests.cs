using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover: Portuguese and Spanish flag words (<c>Conventions.LocalizedFlagWords</c>) read where the English rule reads a
/// flag word: <c>ObterAtivos()</c> as <c>GetActive()</c>, <c>ListarAtivosAsync(tenantId)</c> as <c>ListActive(tenantId)</c>,
/// <c>BuscarInativos()</c> negated. The word binds to a <c>bool</c> named as written (singular, either gender: <c>Ativo</c>,
/// <c>Ativa</c>), else to the English twin's (<c>IsActive</c>). Before, these members were refused (not a known noun).
/// </summary>
public class LocalizedFlagWordTests
{
    private const string Opening = Sources.Usings + "using System.Linq;\nusing Loja;\n" + Refusals.CheckOpening;

    [Fact]
    public void Portuguese_flag_words_read_the_flag_named_as_written()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Loja;

            public class Cliente { public int Id { get; set; } public int TenantId { get; set; } public bool Ativo { get; set; } }

            [InMemoryFake]
            public interface IClienteRepository
            {
                void Adicionar(Cliente cliente);
                List<Cliente> ObterAtivos();
                Task<List<Cliente>> ListarAtivosAsync(int tenantId);
                List<Cliente> BuscarInativos();
                int ContarClientesAtivos();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Opening + """
                public static void Run()
                {
                    IClienteRepository clientes = new InMemoryClienteRepository();
                    clientes.Adicionar(new Cliente { TenantId = 1, Ativo = true });
                    clientes.Adicionar(new Cliente { TenantId = 1, Ativo = false });
                    clientes.Adicionar(new Cliente { TenantId = 2, Ativo = true });
                    Is(2, clientes.ObterAtivos().Count, "ObterAtivos: Ativo true");
                    Is(1, clientes.ListarAtivosAsync(1).GetAwaiter().GetResult().Count, "ListarAtivosAsync(tenantId): Ativo true of that tenant");
                    Is(false, clientes.BuscarInativos().Single().Ativo, "BuscarInativos: Ativo false");
                    Is(2, clientes.ContarClientesAtivos(), "the adjective after the noun");
                }
            }
            """);
    }

    [Fact]
    public void Spanish_and_feminine_words_bind_their_own_spelling_else_the_English_twin()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Loja;

            public class Empresa { public int Id { get; set; } public bool Ativa { get; set; } }
            public class Producto { public int Id { get; set; } public bool IsActive { get; set; } public bool Publicado { get; set; } }

            [InMemoryFake]
            public interface IEmpresaRepository
            {
                void Adicionar(Empresa empresa);
                List<Empresa> ObterAtivas();
            }

            [InMemoryFake]
            public interface IProductoRepository
            {
                void Agregar(Producto producto);
                List<Producto> ObtenerActivos();
                List<Producto> ObtenerInactivos();
                List<Producto> ObtenerPublicados();
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Opening + """
                public static void Run()
                {
                    IEmpresaRepository empresas = new InMemoryEmpresaRepository();
                    empresas.Adicionar(new Empresa { Ativa = true });
                    empresas.Adicionar(new Empresa { Ativa = false });
                    Is(1, empresas.ObterAtivas().Count, "ObterAtivas: the feminine flag Ativa");

                    IProductoRepository productos = new InMemoryProductoRepository();
                    productos.Agregar(new Producto { IsActive = true, Publicado = false });
                    productos.Agregar(new Producto { IsActive = false, Publicado = true });
                    productos.Agregar(new Producto { IsActive = true, Publicado = true });
                    Is(2, productos.ObtenerActivos().Count, "ObtenerActivos: no Activo, so the English twin IsActive");
                    Is(1, productos.ObtenerInactivos().Count, "ObtenerInactivos: IsActive false");
                    Is(2, productos.ObtenerPublicados().Count, "ObtenerPublicados: Publicado true");
                }
            }
            """);
    }

    [Fact]
    public void A_flag_word_that_names_no_flag_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Loja;

            public class Cliente { public int Id { get; set; } public string Nome { get; set; } = ""; }

            [InMemoryFake]
            public interface IClienteRepository
            {
                void Adicionar(Cliente cliente);
                List<Cliente> ObterAtivos();
            }
            """);
        Assert.Equal(new[] { "IMF0001 ObterAtivos" }, Refusals.Listed(run));
    }
}
