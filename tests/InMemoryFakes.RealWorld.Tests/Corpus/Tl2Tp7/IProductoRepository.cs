// Source: https://github.com/TallerDeLenguajes2/tl2-tp7-2025-fabricioclaudio1
// Commit: a66e122b (Repositories/IProductoRepository.cs, the version the search result shows; read_file reads the
//   first one, f95e87e, with English names over a User type; at the same commit, from the fetched snapshot:
//   Repositories/ProductoRepository.cs, Models/Producto.cs, tl2-tp7-2025-fabricioclaudio1.csproj); later commits
//   renamed ObtenerProductoID and EliminarProductoID to ObtenerID and EliminarID
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-locale rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IClienteRepository Task ObterPorId`, (2) `interface IProdutoRepository`, (3) `interface
//   IUsuarioRepository`, (4) `interface IPedidoRepository`, (5) `interface IProductoRepository Obtener`, (6) `interface
//   IUsuarioRepositorio`, (7) `interface IRepositorioBase`; from each, the FIRST result in the order returned that is a
//   C# interface declaration with at least 3 members it declares itself (as the result shows it), more than half of
//   whose names hold a Portuguese or Spanish word (a verb, the connective Por, or a noun such as Lista), outside paths
//   containing "test" (any case), from a repository not already a corpus source; at most 1 per repository; stop after
//   7. A result that names no repository (the tool's anonymous excerpts) is taken when another look-up of its exact text
//   names the repository; otherwise it cannot be cited or read, and is skipped. Each interface is transcribed at the
//   version the result shows (found in the fetched snapshot), with its real store at that commit.
//   Picks: (1) rank 4, biancandrade/Cliente IClienteRepositorio (3 members; rank 1, yannksantos/ReiDaEsfirra, declares
//   1; rank 2, MateusKern/PetShopAPI, 2; rank 3, tech-challenge-grupo-6/tech-challenge, English names); (2) rank 8,
//   Hugo-Oliveira-RD11/sistoque IProdutoRepository (5; anonymous, named by a search of its text; ranks 1 and 5 English,
//   2 and 6 declare none, 3, 4 and 7 Java or TypeScript); (3) rank 10, pereiraR3/Rota-Oeste-BackEnd IUsuarioRepository
//   (3; anonymous, named by its namespace api_rota_oeste; ranks 1, 2 English, 3 to 9 TypeScript or JavaScript); (4)
//   none: rank 11, PedidoLibrary's IPedidoRepository (5 Portuguese members), is anonymous and no look-up named its
//   repository; ranks 1 to 4 and 6 to 9 English or not C#, 10 Java, 12 TypeScript; (5) rank 1,
//   TallerDeLenguajes2/tl2-tp7-2025-fabricioclaudio1 IProductoRepository (5); (6) none: ranks 3 and 4 declare no
//   members, rank 6 is pick (3)'s repository, rank 7 declares 2, the others English or TypeScript; (7) rank 1,
//   AdanLucas/Perron IRepositoryBase<T> (3: Salvar, GetLista, GetItemPorID, each with a Portuguese word). Five picks;
//   none of the five repositories was a corpus source.
//   This one: query (5), rank 1 (5 members).
// Path: Repositories/IProductoRepository.cs (real store: Repositories/ProductoRepository.cs, ADO.NET over SQLite)
// Adapted: a namespace added (the source declares its types in the global namespace). net8.0 with
//   <Nullable>enable</Nullable>; the source's oblivious-looking signatures kept as written (Producto, not Producto?:
//   ObtenerProductoID returns null for a missing row there, a warning the source has).
// Real store: ProductoRepository, a student exercise over SQLite "Tienda_final.db", table Productos (idProducto
//   INTEGER PRIMARY KEY, descripcion, precio). Crear = INSERT of descripcion and precio, the key made by SQLite and
//   not read back; returns true. Listar = SELECT of every row. ObtenerProductoID(id) = SELECT … WHERE Id = @Id: the
//   producto, or null. Modificar(id, producto) = UPDATE … SET Precio WHERE Id = @Id (the price only); returns true
//   whatever it matched. EliminarProductoID(id) = DELETE … WHERE Id = @Id; returns true whatever it matched. At this
//   commit the SQL names wrong tables and columns (ObtenerProductoID reads Paciente, Modificar and EliminarProductoID
//   write Producto, Listar reads two columns as three), so every member but Crear throws a SqliteException or an
//   InvalidCastException against the real database: bugs no signature can say; the smoke script checks what the
//   statements say they do, and the Real store's unconditional true.
// Shapes: *=core
// First try (e5da2c2): incomplete: IMF0009 (Producto has no key: idProducto is neither Id nor ProductoId), so no
//   member generated | WRONG: none (nothing generated).
// After this round (h-locale): incomplete: idProducto is the key (Id{Entity}, the Spanish order of ProductoId); Listar
//   (List) and Modificar (Modify(id, producto)) generated; Crear is refused as its English twin Create returning bool
//   is (what a bool add answers for a taken key is unstated: TakenKeyAdds); ObtenerProductoID and EliminarProductoID
//   are read as GetProductoID and DeleteProductoID, refused as those are (the key's suffix ID is not By{Key}: 'I' in
//   'GetProductoID' names nothing). Modificar answers false for an id not stored where the real one answers true
//   whatever it matched, and writes the whole producto where the real UPDATE writes the price only (no signature says
//   which properties an update writes); neither is reached: the probe stops at Crear, in its first line.
// After this round (h-nearly2, session 25): ObtenerProductoID and EliminarProductoID are generated, as the lookup and
//   the removal by the key: a run of capitals in a lookup's noun is one word (ID), which the parameter id proves as it
//   proves Id (docs/generator.md, entity repository conventions); before, 'I' and 'D' were two words nothing proved.
//   Still incomplete: Crear, rightly (TakenKeyAdds). EliminarProductoID answers false for an id not stored where the
//   real DELETE answers true whatever it matched (the documented reading of a removal's bool); not reached: the probe
//   stops at Crear.
// After h-smoke38 (session 38): Modificar carries IMF0029 (Info): an update or a removal by entity answering bool or
//   a count answers false for an entity that is not stored (the documented default), where EF Core's Update/Remove +
//   SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which. The attribute is
//   left as it was: the outcome and the generated code are unchanged.
#nullable enable
#pragma warning disable CS8618, CS8603 // as the source has them

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Tl2Tp7.IProductoRepositoryCase;

public class Producto
{
    public int idProducto { get; set; }
    public string descripcion { get; set; }
    public int precio { get; set; }

    public Producto()
    {
    }
}

[InMemoryFake]
public interface IProductoRepository
{
    public bool Crear(Producto producto);
    public List<Producto> Listar();
    public Producto ObtenerProductoID(int id);
    public bool Modificar(int id, Producto producto);
    public bool EliminarProductoID(int id);
}

public static class Smoke
{
    public static Task RunAsync(IProductoRepository productos)
    {
        Check.True(productos.Crear(new Producto { descripcion = "Yerba", precio = 3500 }), "Crear answers true");
        Check.True(productos.Crear(new Producto { descripcion = "Azúcar", precio = 1200 }), "Crear answers true");
        var lista = productos.Listar();
        Check.Equal("Yerba,Azúcar", string.Join(",", lista.Select(p => p.descripcion)), "Listar lists every producto, in key order");
        var yerba = lista[0];
        Check.True(yerba.idProducto > 0 && lista[1].idProducto != yerba.idProducto, "each producto has its own key, made by the store");

        Check.Equal("Yerba", productos.ObtenerProductoID(yerba.idProducto)?.descripcion, "ObtenerProductoID reads one producto by id");
        Check.Null(productos.ObtenerProductoID(yerba.idProducto + 100), "ObtenerProductoID of an id not stored is null");

        Check.True(productos.Modificar(yerba.idProducto, new Producto { idProducto = yerba.idProducto, descripcion = "Yerba", precio = 3900 }), "Modificar answers true");
        Check.Equal(3900, productos.ObtenerProductoID(yerba.idProducto)?.precio, "Modificar writes the price");
        Check.True(productos.EliminarProductoID(yerba.idProducto), "EliminarProductoID answers true");
        Check.Null(productos.ObtenerProductoID(yerba.idProducto), "the removed producto is gone");
        Check.True(productos.EliminarProductoID(yerba.idProducto), "EliminarProductoID of an id not stored answers true too (ExecuteNonQuery's count is not read)");
        return Task.CompletedTask;
    }
}
