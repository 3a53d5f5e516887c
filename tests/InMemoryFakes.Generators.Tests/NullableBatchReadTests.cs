using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A batch read by keys returning a dictionary of values declared nullable: every key with null when missing
/// (StackExchange.Redis.Extensions' GetAllAsync) or the keys found (the Bot Framework's ReadAsync)? Refused until
/// MissingKeyReads = Default states the first.
/// </summary>
public class NullableBatchReadTests
{
    private static string Message(Microsoft.CodeAnalysis.Diagnostic diagnostic) => diagnostic.GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string attribute, string batch)
        => GeneratorHarness.Run(Sources.Usings + "namespace Batches;\n[InMemoryFake(" + attribute + ")]\npublic interface INames { string? Get(string key); void Set(string key, string value); " + batch + " }");

    [Theory]
    [InlineData("IDictionary<string, string?> GetMany(IEnumerable<string> keys);", "string?")]
    [InlineData("Task<IReadOnlyDictionary<string, string?>> GetManyAsync(string[] keys);", "string?")]
    public void A_dictionary_of_nullable_values_is_refused_without_the_setting(string batch, string valueType)
    {
        var run = Run("", batch);

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("its dictionary's values are declared nullable (" + valueType + "), so a missing key may be listed with null (StackExchange.Redis.Extensions' GetAllAsync<T>: every key asked for, default when missing, as Redis MGET answers)"
            + " or left out (a batch read of the keys found, as the Bot Framework's MemoryStorage.ReadAsync): the signature does not say which. Declare the values not nullable for the keys found,"
            + " or state MissingKeyReads = MissingKeyRead.Default on [InMemoryFake] for every key with default when missing", Message(refused), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_lifted_dictionary_of_a_value_type_is_refused_without_the_setting()
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Batches;\n[InMemoryFake]\npublic interface ICounts { int? Get(string key); void Set(string key, int value); IDictionary<string, int?> GetMany(IEnumerable<string> keys); }");

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("its dictionary's values are declared nullable (int?)", Message(refused), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IDictionary<string, string> GetMany(IEnumerable<string> keys);")]
    [InlineData("IDictionary<string, string?> GetMany(IEnumerable<string> keys);")]
    public void MissingKeyReads_Default_generates_it_and_is_not_IMF0010_for_it(string batch)
    {
        var run = Run("MissingKeyReads = MissingKeyRead.Default", batch);

        if (batch.Contains("?>", System.StringComparison.Ordinal))
        {
            Assertions.Clean(run);
        }
        else
        {
            // A dictionary of non-nullable values is the keys found: the setting changes nothing there.
            var diagnostic = Assert.Single(run.GeneratorDiagnostics);
            Assert.Equal("IMF0010", diagnostic.Id);
        }
    }
}
