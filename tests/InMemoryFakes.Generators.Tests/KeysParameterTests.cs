using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A lookup whose parameter is a collection of the key type named as the keys (<c>GetDroidsAsync(IEnumerable&lt;Guid&gt; ids)</c>,
/// Dotnet-Boxed's GraphQL template): the key is one of its values; the order of a list of them is ByKeysOrder's.
/// </summary>
public class KeysParameterTests
{
    private const string Content = Sources.Usings + """
        namespace Galaxy;

        public class Droid
        {
            public Guid Id { get; set; }
            public string Name { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_list_by_a_collection_named_as_the_keys_without_ByKeysOrder_is_refused_for_its_order()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake]
            public interface IDroidRepository
            {
                Task<Droid> AddDroidAsync(Droid droid, CancellationToken cancellationToken);
                Task<IEnumerable<Droid>> GetDroidsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);
            }
            """);

        Assert.Equal(new[] { "IMF0018" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("it lists Droid by a collection of keys, and whether the result follows the order of the keys given", Message(run, "GetDroidsAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void With_ByKeysOrder_the_list_and_a_count_by_keys_are_generated_and_compile()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
            public interface IDroidRepository
            {
                Task<Droid> AddDroidAsync(Droid droid, CancellationToken cancellationToken);
                Task<IEnumerable<Droid>> GetDroidsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken);
                int CountDroids(IReadOnlyCollection<Guid> droidIds);
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void A_collection_of_another_type_named_as_the_keys_stays_unbound()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(ByKeysOrder = ByKeysOrder.Stored)]
            public interface IDroidRepository
            {
                Task<Droid> AddDroidAsync(Droid droid, CancellationToken cancellationToken);
                Task<IEnumerable<Droid>> GetDroidsAsync(IEnumerable<string> ids, CancellationToken cancellationToken);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        // Since session 36 the refusal says what the parameter is (named as the keys, items of another type), where it said
        // "parameter 'ids' names neither the key (Id)", which it names.
        Assert.Contains("parameter 'ids' is named as the keys (Id), but it is a collection of string, not of the key's type Guid", Message(run, "GetDroidsAsync"), StringComparison.Ordinal);
    }
}
