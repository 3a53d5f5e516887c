// Source: https://github.com/pereiraR3/Rota-Oeste-BackEnd
// Commit: 827ebef1 (api-rota-oeste/Repositories/Interfaces/IUsuarioRepository.cs, the version the search result shows;
//   read_file reads the first one, 56a0ad8, which took and returned DTOs; at the same commit, from the fetched
//   snapshot: api-rota-oeste/Repositories/UsuarioRepository.cs, api-rota-oeste/Models/Usuario/UsuarioModel.cs,
//   api-rota-oeste/Data/ApiDBContext.cs, api-rota-oeste/api-rota-oeste.csproj); the next commit (8a79e18) added
//   BuscarTodos
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
//   This one: query (3), rank 10 (3 members).
// Path: api-rota-oeste/Repositories/Interfaces/IUsuarioRepository.cs (real store: UsuarioRepository over ApiDBContext,
//   EF Core 8 over SQL Server)
// Adapted: UsuarioModel's Foto, Clientes and CheckLists left out (no member needs them), and its validation and table
//   attributes; the constructor from a request DTO left out. net8.0 with <Nullable>enable</Nullable>; the source's
//   non-nullable strings without initializers kept (CS8618 silenced, as there it warns).
// Real store: UsuarioRepository over one scoped ApiDBContext (DbSet<UsuarioModel> Usuarios); Id (int, [Key],
//   IDENTITY) numbered at the save and written back. Adicionar = AddAsync + SaveChangesAsync, returns the usuario
//   given. BuscaPorId(id) = Include(Clientes).Include(CheckLists).FirstOrDefaultAsync(x => x.Id == id): the usuario,
//   or null. Apagar(id) = FindAsync; null → false; otherwise Remove + SaveChangesAsync → true. A unique index on
//   Telefone fails a second add of the same phone (DbUpdateException): no signature says a property is unique; the
//   smoke script gives each usuario its own.
// Shapes: *=core
// First try (e5da2c2): incomplete: IMF0001 on all three members ('Adicionar', 'BuscaPorId', 'Apagar' are not known
//   verbs: the vocabulary was English) | WRONG: none (nothing generated).
// After this round (h-locale): complete: Adicionar (Add: numbered, written back, the usuario returned), BuscaPorId
//   (FindById: null for an id not stored), Apagar (Delete by id: true when it removed, false for an id not stored);
//   the smoke script passes. A second usuario with a Telefone already stored is stored, where the real unique index
//   fails the save: no signature says a property is unique (not reached by the script).
#nullable enable
#pragma warning disable CS8618 // non-nullable strings without initializers, as the source has them

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.RotaOeste.IUsuarioRepositoryCase;

public class UsuarioModel
{
    public int Id { get; set; }
    public string Telefone { get; set; }
    public string Nome { get; set; }
    public string Senha { get; set; }
}

[InMemoryFake]
public interface IUsuarioRepository
{
    Task<UsuarioModel?> Adicionar(UsuarioModel usuario);

    Task<UsuarioModel?> BuscaPorId(int id);

    Task<bool> Apagar(int id);
}

public static class Smoke
{
    public static async Task RunAsync(IUsuarioRepository usuarios)
    {
        var ana = new UsuarioModel { Nome = "Ana", Telefone = "65999990001", Senha = "segredo123" };
        var devolvido = await usuarios.Adicionar(ana);
        Check.True(ana.Id > 0, "Adicionar numbers the usuario (IDENTITY, written back)");
        Check.Equal(ana.Id, devolvido?.Id, "Adicionar returns the usuario it stored");
        var bruno = new UsuarioModel { Nome = "Bruno", Telefone = "65999990002", Senha = "segredo456" };
        await usuarios.Adicionar(bruno);
        Check.True(bruno.Id > 0 && bruno.Id != ana.Id, "each usuario gets its own Id");

        Check.Equal("Bruno", (await usuarios.BuscaPorId(bruno.Id))?.Nome, "BuscaPorId reads one usuario by id");
        Check.Null(await usuarios.BuscaPorId(bruno.Id + 100), "BuscaPorId of an id not stored is null (FirstOrDefaultAsync)");

        Check.True(await usuarios.Apagar(bruno.Id), "Apagar of a stored usuario removes it and answers true");
        Check.Null(await usuarios.BuscaPorId(bruno.Id), "the removed usuario is gone");
        Check.False(await usuarios.Apagar(bruno.Id), "Apagar of an id not stored answers false (FindAsync found nothing)");
        Check.Equal("Ana", (await usuarios.BuscaPorId(ana.Id))?.Nome, "the other usuario stays");
    }
}
