// Source: https://github.com/AdanLucas/Perron
// Commit: 7751894d (Model/Interface/Repository/IRepositoryBase.cs, the version the search result shows; read_file reads
//   a later one, 96795b6, whose GetLista takes an EStatusCadastro; at the same commit, from the fetched snapshot:
//   Model/Interface/Repository/IRepositorySabor.cs, Repository/Repository/RepositorySabor.cs, Model/Model/SaborModel.cs,
//   Model/Aentity/Aentity.cs, and the procedure pc_cadastroSabor from
//   GerenciandoBaseDedados/ScriptBase/StoredProcedure/pc_cadastroSabor.cs at f4fc073)
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
//   This one: query (7), rank 1 (3 members).
// Path: Model/Interface/Repository/IRepositoryBase.cs (real store for IRepositorySabor : IRepositoryBase<SaborModel>:
//   RepositorySabor, Dapper over SQL Server; the fake is of IRepositorySabor, the interface the application injects)
// Adapted: a namespace added (the source declares its types in the global namespace); SaborModel's Classe and
//   Engredientes (and the method filtering them) left out. .NET Framework 4.7.2: no nullable annotations
//   (#nullable disable).
// Real store: RepositorySabor over SQL Server table Sabor (Id IDENTITY, Descricao, IdClasse, Ativo). Salvar(sabor) =
//   the procedure pc_cadastroSabor: if a row has the sabor's Id, UPDATE it, otherwise INSERT and return
//   SCOPE_IDENTITY(); the id it returns is written into sabor.Id (an upsert by Id). GetLista = SELECT * FROM Sabor:
//   every sabor, in the table's order (the clustered key's). GetItemPorID(Id) = SELECT … WHERE id = {Id},
//   FirstOrDefault: the sabor, or null. Aentity.Id is a long; GetItemPorID takes an int.
// Shapes: *=core
// First try (e5da2c2): incomplete: IMF0001 Salvar and GetLista (not known verbs: the vocabulary was English), IMF0001
//   GetItemPorID ('Por' names neither the entity, the interface nor a parameter) | WRONG: none (nothing generated).
// After this round (h-locale): incomplete: Salvar (Save: an upsert by Id, numbered and written back for a new sabor)
//   and GetLista (GetList: every sabor) generated; GetItemPorID is read as GetItemByID, refused (IMF0015) as its
//   English twin is: 'Item' between the verb and By is not the entity's name (SaborModel, Sabor). The probe stops at
//   GetItemPorID, after Salvar passed.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Perron.IRepositoryBaseCase;

public abstract class Aentity
{
    public long Id { get; set; }
    public bool Ativo { get; set; }
}

public class SaborModel : Aentity
{
    public string Descricao { get; set; }
}

public interface IRepositoryBase<T>
{
    void Salvar(T Item);
    List<T> GetLista();
    T GetItemPorID(int Id);
}

[InMemoryFake]
public interface IRepositorySabor : IRepositoryBase<SaborModel>
{
}

public static class Smoke
{
    public static Task RunAsync(IRepositorySabor sabores)
    {
        var calabresa = new SaborModel { Descricao = "Calabresa", Ativo = true };
        sabores.Salvar(calabresa);
        Check.True(calabresa.Id > 0, "Salvar of a new sabor inserts it (SCOPE_IDENTITY written into Id)");
        var mussarela = new SaborModel { Descricao = "Mussarela", Ativo = true };
        sabores.Salvar(mussarela);
        Check.True(mussarela.Id > 0 && mussarela.Id != calabresa.Id, "each sabor gets its own Id");

        Check.Equal("Calabresa,Mussarela", string.Join(",", sabores.GetLista().Select(s => s.Descricao)), "GetLista lists every sabor, in key order");
        Check.Equal("Mussarela", sabores.GetItemPorID((int)mussarela.Id).Descricao, "GetItemPorID reads one sabor by id");
        Check.Null(sabores.GetItemPorID((int)mussarela.Id + 100), "GetItemPorID of an id not stored is null (FirstOrDefault)");

        calabresa.Descricao = "Calabresa Acebolada";
        sabores.Salvar(calabresa);
        Check.Equal(2, sabores.GetLista().Count, "Salvar of a stored sabor updates it, adds none");
        Check.Equal("Calabresa Acebolada", sabores.GetItemPorID((int)calabresa.Id).Descricao, "Salvar wrote the change");
        return Task.CompletedTask;
    }
}
