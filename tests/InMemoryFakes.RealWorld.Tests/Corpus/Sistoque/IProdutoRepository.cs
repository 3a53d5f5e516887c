// Source: https://github.com/Hugo-Oliveira-RD11/sistoque
// Commit: 1146902f (src/backend/Repository/Produtos/IProdutoRepository.cs, the version the search result shows and
//   read_file reads; at the same commit, from the fetched snapshot: src/backend/Repository/Produtos/ProdutoRepository.cs,
//   src/backend/Models/Produto.cs, src/backend/Data/AppDbContext.cs, src/backend/backend.csproj); the next commit
//   (f23d26c) added reads by the owning user
// Licence: MIT
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
//   This one: query (2), rank 8 (5 members).
// Path: src/backend/Repository/Produtos/IProdutoRepository.cs (real store: ProdutoRepository over AppDbContext, EF Core)
// Adapted: none beyond the namespace. net9.0 with <Nullable>enable</Nullable>; Nome is a non-nullable string without
//   an initializer in the source, kept as it is (a warning there, and here).
// Real store: ProdutoRepository over one scoped AppDbContext (DbSet<Produto> Produtos); Produto.Id (Guid) is the key,
//   made by EF Core at the Add when it is Guid.Empty (a Guid key is generated on add by convention) and written back.
//   ObterTodosAsync = ToListAsync of every product. ObterPorIdAsync = FindAsync(id): the product, or null.
//   AdicionarAsync = Add + SaveChangesAsync. AtualizarAsync = Update + SaveChangesAsync: a product whose Id is not
//   stored fails the save (DbUpdateConcurrencyException: 0 rows). RemoverAsync has its test inverted (if (produto !=
//   null) throw new NullReferenceException("Produto inexitente")): it throws for a stored product and passes null to
//   Remove (ArgumentNullException) for a missing one, so it removes nothing ever: a bug no signature can say; nothing
//   in the repository calls it at this commit, and the smoke script does not either.
// Shapes: *=core
// First try (e5da2c2): incomplete: IMF0001 on all five members ('ObterTodos', 'ObterPorId', 'Adicionar', 'Atualizar',
//   'Remover' are not known verbs: the vocabulary was English) | WRONG: none (nothing generated).
// After this round (h-locale): complete: ObterTodosAsync (GetAll), ObterPorIdAsync (null for an id not stored),
//   AdicionarAsync (a Guid made for an empty Id, written back), AtualizarAsync (the not-found error for a product not
//   stored), RemoverAsync (Remove by id); the smoke script passes. RemoverAsync removes the product, where the real
//   one throws for a stored product and for a missing one (its inverted test, above): the member's evident meaning,
//   which no signature can contradict; the script leaves it out.
#nullable enable
#pragma warning disable CS8618 // Nome: non-nullable without an initializer, as the source has it

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Sistoque.IProdutoRepositoryCase;

public class Produto
{
    public Guid Id { get; set; }
    public string Nome { get; set; }
    public decimal Preco { get; set; }
    public int QuantidadeDisponivel { get; set; }

    public string? Descricao { get; set; }
    public DateTime? DataValidade { get; set; }
}

[InMemoryFake]
public interface IProdutoRepository
{
    Task<IEnumerable<Produto>> ObterTodosAsync();
    Task<Produto?> ObterPorIdAsync(Guid id);
    Task AdicionarAsync(Produto produto);
    Task AtualizarAsync(Produto produto);
    Task RemoverAsync(Guid id);
}

public static class Smoke
{
    public static async Task RunAsync(IProdutoRepository produtos)
    {
        var arroz = new Produto { Nome = "Arroz", Preco = 25.90m, QuantidadeDisponivel = 10 };
        await produtos.AdicionarAsync(arroz);
        Check.True(arroz.Id != Guid.Empty, "AdicionarAsync gives the product a Guid (EF Core generates a Guid key on add), written back");
        var feijao = new Produto { Nome = "Feijão", Preco = 8.50m, QuantidadeDisponivel = 30, Descricao = "Carioca" };
        await produtos.AdicionarAsync(feijao);
        Check.True(feijao.Id != Guid.Empty && feijao.Id != arroz.Id, "each product gets its own Guid");

        Check.Equal(2, (await produtos.ObterTodosAsync()).Count(), "ObterTodosAsync lists every product");
        Check.Equal("Feijão", (await produtos.ObterPorIdAsync(feijao.Id))?.Nome, "ObterPorIdAsync reads one product by id");
        Check.Null(await produtos.ObterPorIdAsync(Guid.NewGuid()), "ObterPorIdAsync of an id not stored is null (FindAsync)");

        arroz.Preco = 27.50m;
        await produtos.AtualizarAsync(arroz);
        Check.Equal(27.50m, (await produtos.ObterPorIdAsync(arroz.Id))?.Preco, "AtualizarAsync writes the product");
        await Check.ThrowsAsync<Exception>(() => produtos.AtualizarAsync(new Produto { Id = Guid.NewGuid(), Nome = "Nada" }), "AtualizarAsync of a product not stored fails the save (DbUpdateConcurrencyException)");
        Check.Equal(2, (await produtos.ObterTodosAsync()).Count(), "the failed update stored nothing");
    }
}
