using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

public sealed class MongoObjectIdKeyTests
{
    // The attribute and enum declared as the MongoDB.Bson package declares them (full names and the enum member), so the
    // generator's match by name is tested without the package.
    private const string Bson = """
        namespace MongoDB.Bson
        {
            public enum BsonType { Double = 1, String = 2, ObjectId = 7 }
        }

        namespace MongoDB.Bson.Serialization.Attributes
        {
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field)]
            public sealed class BsonRepresentationAttribute : System.Attribute
            {
                public BsonRepresentationAttribute(MongoDB.Bson.BsonType representation) => Representation = representation;
                public MongoDB.Bson.BsonType Representation { get; }
            }
        }

        """;

    private static string Books(string representation) => Sources.Usings + Bson + $$"""
        namespace Books
        {
            public class Book
            {
                [MongoDB.Bson.Serialization.Attributes.BsonRepresentation(MongoDB.Bson.BsonType.{{representation}})]
                public string? Id { get; set; }
                public string Name { get; set; } = "";
            }

            [InMemoryFake]
            public interface IBooks
            {
                Task CreateAsync(Book book);
                Task<Book?> GetAsync(string id);
            }
        }
        """;

    [Fact]
    public void A_string_key_represented_as_an_ObjectId_is_generated_as_one()
    {
        var run = GeneratorHarness.Run(Books("ObjectId"));

        Assertions.Clean(run);
        var source = run.Source("IBooks.InMemoryFake.g.cs");
        Assert.Contains("GenerateKeys = true,", source, StringComparison.Ordinal);
        Assert.Contains("ObjectIdKeys = true,", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_key_represented_as_a_string_stays_the_callers()
    {
        var run = GeneratorHarness.Run(Books("String"));

        Assertions.Clean(run);
        var source = run.Source("IBooks.InMemoryFake.g.cs");
        Assert.DoesNotContain("GenerateKeys", source, StringComparison.Ordinal);
        Assert.DoesNotContain("ObjectIdKeys", source, StringComparison.Ordinal);
    }
}
