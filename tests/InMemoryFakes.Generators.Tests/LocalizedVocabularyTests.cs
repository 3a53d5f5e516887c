using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Member names in Portuguese and Spanish (h-locale): a verb, <c>Todos</c>, <c>Por</c> and the joins that mean exactly
/// an English word of the vocabulary are read as that word (<c>ObterPorIdAsync</c> as <c>GetByIdAsync</c>), so the
/// member gets the English twin's implementation; the entity's Portuguese and Spanish plurals name its listings; a key
/// named <c>Id{Entity}</c> is the key. Words that mean two things stay refused, with the English fix hint.
/// </summary>
public class LocalizedVocabularyTests
{
    private const string Clientes = Sources.Usings + """
        #nullable enable
        using System.Linq;
        namespace Loja;

        public class Cliente
        {
            public int Id { get; set; }
            public string Nome { get; set; } = "";
            public string Email { get; set; } = "";
            public string Cidade { get; set; } = "";
            public string CEP { get; set; } = "";
        }

        """;

    private const string Productos = Sources.Usings + """
        #nullable enable
        using System.Linq;
        namespace Tienda;

        public class Producto
        {
            public Guid Id { get; set; }
            public string Nombre { get; set; } = "";
            public decimal Precio { get; set; }
        }

        """;

    [Fact]
    public void Portuguese_verbs_read_as_their_English_twins()
    {
        var run = GeneratorHarness.Run(Clientes + """
            [InMemoryFake]
            public interface IClienteRepository
            {
                Task<Cliente?> ObterPorIdAsync(int id);
                Task<List<Cliente>> ObterTodosAsync();
                Task<Cliente?> ObterPorEmailAsync(string email);
                Task<IEnumerable<Cliente>> BuscarPorCidade(string cidade);
                Task<Cliente?> ObterPorNomeECidade(string nome, string cidade);
                Cliente? ObterPorCEP(string cep);
                Task AdicionarAsync(Cliente cliente);
                Task AtualizarAsync(Cliente cliente);
                Task RemoverAsync(int id);
                Task<bool> ExisteAsync(int id);
                Task<int> ContarAsync();
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System.Linq;
            using Loja;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var clientes = new InMemoryClienteRepository();
                    var ana = new Cliente { Nome = "Ana", Email = "ana@exemplo.com.br", Cidade = "Cuiabá", CEP = "78000000" };
                    clientes.AdicionarAsync(ana).GetAwaiter().GetResult();
                    var bruno = new Cliente { Nome = "Bruno", Email = "bruno@exemplo.com.br", Cidade = "Cuiabá", CEP = "78010000" };
                    clientes.AdicionarAsync(bruno).GetAwaiter().GetResult();
                    clientes.AdicionarAsync(new Cliente { Nome = "Carla", Email = "carla@exemplo.com.br", Cidade = "Sinop", CEP = "78550000" }).GetAwaiter().GetResult();
                    Is(true, ana.Id > 0 && bruno.Id > ana.Id, "AdicionarAsync adds, numbering the int key as AddAsync does");

                    Is("Bruno", clientes.ObterPorIdAsync(bruno.Id).GetAwaiter().GetResult()?.Nome, "ObterPorIdAsync is GetByIdAsync");
                    Is(null, clientes.ObterPorIdAsync(999).GetAwaiter().GetResult(), "and null for an id not stored (Cliente?)");
                    Is(3, clientes.ObterTodosAsync().GetAwaiter().GetResult().Count, "ObterTodosAsync is GetAllAsync");
                    Is("Ana", clientes.ObterPorEmailAsync("ana@exemplo.com.br").GetAwaiter().GetResult()?.Nome, "ObterPorEmailAsync is the derived query GetByEmailAsync");
                    Is("Ana,Bruno", string.Join(",", clientes.BuscarPorCidade("Cuiabá").GetAwaiter().GetResult().Select(c => c.Nome).OrderBy(n => n)), "BuscarPorCidade is FindByCidade");
                    Is("Bruno", clientes.ObterPorNomeECidade("Bruno", "Cuiabá").GetAwaiter().GetResult()?.Nome, "E joins two conditions as And");
                    Is(null, clientes.ObterPorNomeECidade("Bruno", "Sinop").GetAwaiter().GetResult(), "both conditions must hold");
                    Is("Carla", clientes.ObterPorCEP("78550000")?.Nome, "an acronym after Por is the property's name, its letters are not joins");

                    bruno.Email = "bruno@novo.com.br";
                    clientes.AtualizarAsync(bruno).GetAwaiter().GetResult();
                    Is("bruno@novo.com.br", clientes.ObterPorIdAsync(bruno.Id).GetAwaiter().GetResult()?.Email, "AtualizarAsync is UpdateAsync");
                    Throws<InMemoryFakes.NotFoundException>(() => clientes.AtualizarAsync(new Cliente { Id = 999, Nome = "Ninguém" }).GetAwaiter().GetResult(), null, "and an update of a cliente not stored is the not-found error");

                    Is(true, clientes.ExisteAsync(ana.Id).GetAwaiter().GetResult(), "ExisteAsync is ExistsAsync");
                    clientes.RemoverAsync(ana.Id).GetAwaiter().GetResult();
                    Is(false, clientes.ExisteAsync(ana.Id).GetAwaiter().GetResult(), "RemoverAsync is RemoveAsync");
                    Is(2, clientes.ContarAsync().GetAwaiter().GetResult(), "ContarAsync is CountAsync");
                }
            }
            """);
    }

    [Fact]
    public void Spanish_verbs_read_as_their_English_twins()
    {
        var run = GeneratorHarness.Run(Productos + """
            [InMemoryFake]
            public interface IProductoRepositorio
            {
                Producto? ObtenerPorId(Guid id);
                List<Producto> ObtenerTodos();
                List<Producto> Listar();
                Producto? BuscarPorNombre(string nombre);
                void Agregar(Producto producto);
                void Actualizar(Producto producto);
                bool Eliminar(Guid id);
                void Guardar(Producto producto);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Tienda;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var productos = new InMemoryProductoRepositorio();
                    var yerba = new Producto { Id = Guid.NewGuid(), Nombre = "Yerba", Precio = 3500m };
                    productos.Agregar(yerba);
                    Is("Yerba", productos.ObtenerPorId(yerba.Id)?.Nombre, "Agregar is Add, ObtenerPorId is GetById");
                    Is("Yerba", productos.BuscarPorNombre("Yerba")?.Nombre, "BuscarPorNombre is FindByNombre");

                    var azucar = new Producto { Id = Guid.NewGuid(), Nombre = "Azúcar", Precio = 1200m };
                    productos.Guardar(azucar);
                    Is(2, productos.ObtenerTodos().Count, "Guardar of a new producto adds it (Save is an upsert), ObtenerTodos is GetAll");
                    azucar.Precio = 1300m;
                    productos.Guardar(azucar);
                    Is(2, productos.Listar().Count, "Guardar of a stored producto replaces it, adds none; Listar is List");
                    Is(1300m, productos.ObtenerPorId(azucar.Id)?.Precio, "and writes the change");

                    yerba.Precio = 3900m;
                    productos.Actualizar(yerba);
                    Is(3900m, productos.ObtenerPorId(yerba.Id)?.Precio, "Actualizar is Update");
                    Is(true, productos.Eliminar(yerba.Id), "Eliminar is Delete: true when it removed");
                    Is(false, productos.Eliminar(yerba.Id), "and false for an id not stored");
                    Is(1, productos.Listar().Count, "the removed producto is gone");
                }
            }
            """);
    }

    [Fact]
    public void Every_synonym_of_a_family_means_the_family_verb()
    {
        var run = GeneratorHarness.Run(Clientes + """
            [InMemoryFake]
            public interface IClientes
            {
                Cliente? Obter(int id);
                Cliente? Obtener(int id);
                Cliente? Buscar(int id);
                Cliente? Consultar(int id);
                Cliente? Recuperar(int id);
                Cliente? Pegar(int id);
                Cliente? Carregar(int id);
                Cliente? ObtemPorId(int id);
                Cliente? BuscaPorId(int id);
                void Adicionar(Cliente cliente);
                void Inserir(Cliente cliente);
                void Incluir(Cliente cliente);
                void Cadastrar(Cliente cliente);
                void Criar(Cliente cliente);
                void Insertar(Cliente cliente);
                void Crear(Cliente cliente);
                void Alterar(Cliente cliente);
                void Editar(Cliente cliente);
                void Modificar(Cliente cliente);
                void Excluir(int id);
                void Deletar(int id);
                void Apagar(int id);
                void Borrar(int id);
                void Quitar(int id);
                List<Cliente> ListarTodos();
                List<Cliente> BuscarTodos();
                List<Cliente> ListarClientes();
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using Loja;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var clientes = new InMemoryClientes();
                    var adds = new Action<Cliente>[] { clientes.Adicionar, clientes.Inserir, clientes.Incluir, clientes.Cadastrar, clientes.Criar, clientes.Insertar, clientes.Crear };
                    var reads = new Func<int, Cliente?>[] { clientes.Obter, clientes.Obtener, clientes.Buscar, clientes.Consultar, clientes.Recuperar, clientes.Pegar, clientes.Carregar, clientes.ObtemPorId, clientes.BuscaPorId };
                    var updates = new Action<Cliente>[] { clientes.Alterar, clientes.Editar, clientes.Modificar };
                    var deletes = new Action<int>[] { clientes.Excluir, clientes.Deletar, clientes.Apagar, clientes.Borrar, clientes.Quitar };
                    var ids = new int[adds.Length];
                    for (var i = 0; i < adds.Length; i++)
                    {
                        var cliente = new Cliente { Nome = "C" + i };
                        adds[i](cliente);
                        ids[i] = cliente.Id;
                    }

                    Is(adds.Length, clientes.ListarTodos().Count, "each add verb adds one cliente");
                    Is(adds.Length, clientes.BuscarTodos().Count, "BuscarTodos lists them all");
                    Is(adds.Length, clientes.ListarClientes().Count, "ListarClientes lists them all (Clientes: the plural)");
                    foreach (var read in reads)
                    {
                        Is("C2", read(ids[2])?.Nome, "each lookup verb reads by key");
                        Is(null, read(999), "and answers null for an id not stored");
                    }

                    for (var i = 0; i < updates.Length; i++)
                    {
                        updates[i](new Cliente { Id = ids[i], Nome = "U" + i });
                        Is("U" + i, clientes.Obter(ids[i])?.Nome, "each update verb writes the cliente");
                    }

                    for (var i = 0; i < deletes.Length; i++)
                    {
                        deletes[i](ids[i]);
                        Is(null, clientes.Obter(ids[i]), "each delete verb removes the cliente");
                    }

                    Is(adds.Length - deletes.Length, clientes.ListarTodos().Count, "and only that one");
                }
            }
            """);
    }

    [Fact]
    public void Portuguese_and_Spanish_plurals_name_the_listings()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Plurais;

            public class Promocao { public int Id { get; set; } }
            public class Fornecedor { public int Id { get; set; } }
            public class Viagem { public int Id { get; set; } }
            public class Animal { public int Id { get; set; } }
            public class Papel { public int Id { get; set; } }
            public class Camion { public int Id { get; set; } }
            public class Lapiz { public int Id { get; set; } }

            [InMemoryFake] public interface IPromocoes { void Adicionar(Promocao promocao); List<Promocao> ListarPromocoes(); }
            [InMemoryFake] public interface IFornecedores { void Adicionar(Fornecedor fornecedor); List<Fornecedor> ObterFornecedores(); }
            [InMemoryFake] public interface IViagens { void Adicionar(Viagem viagem); List<Viagem> ObterViagens(); }
            [InMemoryFake] public interface IAnimais { void Adicionar(Animal animal); List<Animal> ListarAnimais(); }
            [InMemoryFake] public interface IPapeis { void Adicionar(Papel papel); List<Papel> ObterPapeis(); }
            [InMemoryFake] public interface ICamiones { void Agregar(Camion camion); List<Camion> ObtenerCamiones(); }
            [InMemoryFake] public interface ILapices { void Agregar(Lapiz lapiz); List<Lapiz> ListarLapices(); }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using Plurais;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var promocoes = new InMemoryPromocoes();
                    promocoes.Adicionar(new Promocao());
                    promocoes.Adicionar(new Promocao());
                    Is(2, promocoes.ListarPromocoes().Count, "-ão makes -ões (unaccented: Promocao, Promocoes)");
                    var fornecedores = new InMemoryFornecedores();
                    fornecedores.Adicionar(new Fornecedor());
                    Is(1, fornecedores.ObterFornecedores().Count, "-r makes -res");
                    var viagens = new InMemoryViagens();
                    viagens.Adicionar(new Viagem());
                    Is(1, viagens.ObterViagens().Count, "-m makes -ns");
                    var animais = new InMemoryAnimais();
                    animais.Adicionar(new Animal());
                    Is(1, animais.ListarAnimais().Count, "-al makes -ais");
                    var papeis = new InMemoryPapeis();
                    papeis.Adicionar(new Papel());
                    Is(1, papeis.ObterPapeis().Count, "-el makes -eis");
                    var camiones = new InMemoryCamiones();
                    camiones.Agregar(new Camion());
                    Is(1, camiones.ObtenerCamiones().Count, "-n makes -nes");
                    var lapices = new InMemoryLapices();
                    lapices.Agregar(new Lapiz());
                    Is(1, lapices.ListarLapices().Count, "-z makes -ces");
                }
            }
            """);
    }

    [Fact]
    public void Mixed_code_an_English_base_Portuguese_members_and_an_Id_Entity_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Misto;

            public class Pedido
            {
                public int IdPedido { get; set; }
                public string Cliente { get; set; } = "";
                public bool Ativo { get; set; }
            }

            public interface IRepository<T>
            {
                T? GetById(int id);
                void Add(T entity);
            }

            [InMemoryFake]
            public interface IPedidoRepository : IRepository<Pedido>
            {
                Pedido? ObterPorId(int idPedido);
                List<Pedido> GetLista();
                Pedido? GetPedidoPorCliente(string cliente);
                void Salvar(Pedido pedido);
                Task<bool> Apagar(int idPedido);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using Misto;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var pedidos = new InMemoryPedidoRepository();
                    var primeiro = new Pedido { Cliente = "Ana" };
                    pedidos.Add(primeiro);
                    Is(true, primeiro.IdPedido > 0, "IdPedido is the key of a Pedido, numbered on add");
                    Is("Ana", pedidos.ObterPorId(primeiro.IdPedido)?.Cliente, "ObterPorId(idPedido) reads by key beside the English GetById");
                    Is(primeiro.IdPedido, pedidos.GetPedidoPorCliente("Ana")?.IdPedido, "GetPedidoPorCliente: an English verb with Por is GetPedidoByCliente");
                    var segundo = new Pedido { Cliente = "Bruno" };
                    pedidos.Salvar(segundo);
                    Is(2, pedidos.GetLista().Count, "Salvar of a new pedido adds it; GetLista is GetList (every pedido)");
                    segundo.Ativo = true;
                    pedidos.Salvar(segundo);
                    Is(2, pedidos.GetLista().Count, "Salvar of a stored pedido replaces it");
                    Is(true, pedidos.GetById(segundo.IdPedido)?.Ativo, "and writes it");
                    Is(true, pedidos.Apagar(segundo.IdPedido).GetAwaiter().GetResult(), "Apagar(idPedido) deletes by key");
                    Is(false, pedidos.Apagar(segundo.IdPedido).GetAwaiter().GetResult(), "and answers false for a key not stored");
                }
            }
            """);
    }

    [Fact]
    public void A_name_without_Portuguese_or_Spanish_words_is_read_as_before()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Tarefas;

            public class Todo
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
            }

            [InMemoryFake]
            public interface ITodoRepository
            {
                void Add(Todo todo);
                List<Todo> GetTodos();
                Todo? Get(int id);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        BehaviourCheck.Run(run, """
            using Tarefas;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var todos = new InMemoryTodoRepository();
                    todos.Add(new Todo { Title = "a" });
                    Is(1, todos.GetTodos().Count, "GetTodos after an English verb is the plural of Todo, not Todos (all)");
                }
            }
            """);
    }

    [Fact]
    public void A_Portuguese_name_gets_the_refusal_its_English_twin_gets()
    {
        const string Items = Sources.Usings + """
            #nullable enable
            namespace Misto;

            public class Sabor
            {
                public long Id { get; set; }
                public string Descricao { get; set; } = "";
            }

            [InMemoryFake]
            public interface ISabores
            {
                void Add(Sabor sabor);

            """;
        var portuguese = GeneratorHarness.Run(Items + "    Sabor? GetItemPorID(int id);\n}\n");
        var english = GeneratorHarness.Run(Items + "    Sabor? GetItemByID(int id);\n}\n");

        var refused = Assert.Single(portuguese.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        var twin = Assert.Single(english.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(twin.Id, refused.Id);
        Assert.Equal(
            twin.GetMessage(CultureInfo.InvariantCulture).Replace("GetItemByID", "GetItemPorID", StringComparison.Ordinal),
            refused.GetMessage(CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("void Gravar(Cliente cliente);", "Gravar")]
    [InlineData("void Registrar(Cliente cliente);", "Registrar")]
    [InlineData("Cliente? ObtenerTodo(int id);", "ObtenerTodo")]
    [InlineData("void Limpar();", "Limpar")]
    public void Words_with_two_meanings_stay_refused_with_the_English_hint(string member, string name)
    {
        var run = GeneratorHarness.Run(Clientes + """
            [InMemoryFake]
            public interface IClientes
            {
                Cliente? ObterPorId(int id);
                void Adicionar(Cliente cliente);
            """ + "\n    " + member + "\n}\n");

        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.StartsWith("'" + name + "' of IClientes matches no entity repository convention", message, StringComparison.Ordinal);
        Assert.Contains("Store.", message, StringComparison.Ordinal);
    }
}
