// Source: https://github.com/biancandrade/Cliente
// Commit: 7ed8c1fe (src/SistemaCliente.DI/IClienteRepositorio.cs, the version the search result shows and read_file
//   reads; at the same commit, from the fetched snapshot: src/SistemaCliente.DI/Cliente.cs,
//   src/SistemaCliente.Infra/ClienteRepositorio.cs); later commits added ObterPesquisa(nome) and Excluir(cliente)
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
//   This one: query (1), rank 4 (3 members).
// Path: src/SistemaCliente.DI/IClienteRepositorio.cs (real store: src/SistemaCliente.Infra/ClienteRepositorio.cs,
//   WebMatrix.Data over SQL Server)
// Adapted: Cliente's Enderecos list and its two validation methods left out (no member needs them). .NET Framework 4.0:
//   no nullable annotations (#nullable disable).
// Real store: ClienteRepositorio over a SQL Server table Cliente (Codigo IDENTITY, Nome, DataCadastro). Inserir =
//   INSERT of Nome and DataCadastro, then SELECT @@IDENTITY written into cliente.Id; returns the same cliente.
//   ObterTodos = SELECT of every row (Codigo read as Id), in the table's order (no ORDER BY: the clustered key's).
//   ObterPor(id) = SELECT … WHERE Codigo = @0, FirstOrDefault: the cliente, or null.
// Shapes: *=core
// First try (e5da2c2): incomplete: IMF0001 on all three members ('Inserir', 'ObterTodos', 'ObterPor' are not known
//   verbs: the vocabulary was English) | WRONG: none (nothing generated).
// After this round (h-locale): incomplete: Inserir (Insert: numbered, written back, the cliente returned) and ObterTodos
//   (GetAll) generated; ObterPor(id) is read as GetBy(id), which is refused as its English twin is ('GetBy' is not a
//   known verb: a By with no condition names nothing to compare the id with). The probe passes Inserir, then stops
//   at ObterPor.
// After h-oblivious (session 29): complete as before; ObterPor answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SistemaCliente.IClienteRepositorioCase;

public class Cliente
{
    public int Id { get; set; }
    public string Nome { get; set; }
    public DateTime DataCadastro { get; set; }
}

[InMemoryFake]
public interface IClienteRepositorio
{
    Cliente Inserir(Cliente cliente);

    List<Cliente> ObterTodos();

    Cliente ObterPor(int id);
}

public static class Smoke
{
    public static Task RunAsync(IClienteRepositorio clientes)
    {
        var ana = new Cliente { Nome = "Ana", DataCadastro = new DateTime(2014, 3, 1) };
        var devolvido = clientes.Inserir(ana);
        Check.True(ana.Id > 0, "Inserir numbers the cliente (@@IDENTITY written into Id)");
        Check.Equal(ana.Id, devolvido.Id, "Inserir returns the cliente with its new Id");
        var bruno = new Cliente { Nome = "Bruno", DataCadastro = new DateTime(2014, 3, 2) };
        clientes.Inserir(bruno);
        Check.True(bruno.Id > 0 && bruno.Id != ana.Id, "each cliente gets its own Id");

        Check.Equal("Ana,Bruno", string.Join(",", clientes.ObterTodos().Select(c => c.Nome)), "ObterTodos lists every cliente, in key order");
        Check.Equal("Bruno", clientes.ObterPor(bruno.Id).Nome, "ObterPor reads one cliente by id");
        Check.Null(clientes.ObterPor(bruno.Id + 100), "ObterPor of an id not stored is null (FirstOrDefault)");
        return Task.CompletedTask;
    }
}
