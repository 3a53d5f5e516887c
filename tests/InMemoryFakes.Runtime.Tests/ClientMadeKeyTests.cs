using System;
using System.Threading;
using InMemoryFakes.Support;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// EntityModel.NewKey (h-sample115): a key the database's client makes itself, with no number or GUID inside it that the
/// table could count (MongoDB's ObjectId), is made by the model's factory when an entity is added with the default key.
/// </summary>
public class ClientMadeKeyTests
{
    /// <summary>A stand-in for an ObjectId: a struct whose default is the empty id.</summary>
    public readonly record struct Token(int Value)
    {
        private static int counter;

        public static Token Make() => new(Interlocked.Increment(ref counter));
    }

    public sealed class Document
    {
        public Token Id { get; set; }

        public string Title { get; set; } = "";
    }

    private static EntityTable<Token, Document> Table()
        => new(
            new TableOptions("documents"),
            new EntityModel<Token, Document>(static e => e.Id)
            {
                WithKey = static (e, k) => { e.Id = k; return e; },
                GenerateKeys = true,
                NewKey = Token.Make,
                DeepCopy = static e => new Document { Id = e.Id, Title = e.Title },
            });

    [Fact]
    public void Add_with_the_default_key_gets_a_new_one_from_the_factory_and_keeps_a_set_one()
    {
        var documents = Table();
        var first = new Document { Title = "a" };
        var added = documents.Add(first);
        var second = documents.Add(new Document { Title = "b" });

        Assert.NotEqual(default, added.Id);
        Assert.Equal(added.Id, first.Id);
        Assert.NotEqual(added.Id, second.Id);
        var chosen = Token.Make();
        Assert.Equal(chosen, documents.Add(new Document { Id = chosen, Title = "c" }).Id);
        Assert.Throws<DuplicateKeyException>(() => documents.Add(new Document { Id = chosen, Title = "d" }));
        Assert.Equal(3, documents.Count);
    }

    [Fact]
    public void Upsert_with_the_default_key_inserts_under_a_new_key()
    {
        var documents = Table();
        Assert.Equal(WriteOutcome.Created, documents.Upsert(new Document { Title = "a" }, out var saved));
        Assert.NotEqual(default, saved.Id);
        Assert.Equal("a", documents.Find(saved.Id)!.Title);
    }
}
