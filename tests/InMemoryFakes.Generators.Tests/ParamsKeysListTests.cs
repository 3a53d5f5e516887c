using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A list verb whose only parameter is a <c>params</c> array of keys (Umbraco's <c>GetMany(params TId[]? ids)</c>): what no
/// keys give and the order of the keys' entities are the NoKeysGiven and ByKeysOrder settings', refused without them.
/// </summary>
public class ParamsKeysListTests
{
    private const string Content = Sources.Usings + """
        namespace Cms;

        public class ContentItem
        {
            public int Id { get; set; }
            public string Name { get; set; } = "";
        }

        public interface IReadRepository<in TId, out TEntity>
        {
            TEntity? Get(TId? id);
            IEnumerable<TEntity> GetMany(params TId[]? ids);
            bool Exists(TId id);
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void NoKeysGiven_with_ByKeysOrder_generates_the_list_and_the_output_compiles()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(typeof(IReadRepository<int, ContentItem>), NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored)]
            public partial class ContentItemRepository;
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void NoKeysGiven_without_ByKeysOrder_is_refused_with_the_missing_setting()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(typeof(IReadRepository<int, ContentItem>), NoKeysGiven = NoKeysGiven.Nothing)]
            public partial class ContentItemRepository;
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("parameter 'ids' is a params array of keys: NoKeysGiven says what none give, but whether the entities of the keys given follow the order of the keys (a key given twice, twice) or the table's (a Contains query) is the store's own; state it with ByKeysOrder on [InMemoryFake], or write the member", Message(run, "GetMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_NoKeysGiven_a_params_array_of_keys_stays_refused_and_names_the_setting()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(typeof(IReadRepository<int, ContentItem>), ByKeysOrder = ByKeysOrder.Stored)]
            public partial class ContentItemRepository;
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("whether none given means every ContentItem (Umbraco's EntityRepositoryBase.GetMany(params TId[] ids)) or none (its ContentTypeServiceBase.GetMany of the same shape, a Contains query) is the store's own; state it with NoKeysGiven on [InMemoryFake]", Message(run, "GetMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_params_array_of_keys_beside_another_parameter_is_not_read_by_the_setting()
    {
        // GetMany(bool published, params int[] ids): what the flag does beside the keys is not the setting's.
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored)]
            public interface IContentItems
            {
                void Add(ContentItem item);
                IEnumerable<ContentItem> GetMany(string name, params int[] ids);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("parameter 'ids' is a params array of keys", Message(run, "GetMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_value_read_of_a_params_array_of_keys_is_refused_because_none_given_may_mean_every_entry()
    {
        // Umbraco's IKeyValueRepository inherits GetMany(params TId[]? ids) and lists every entry for none; a lookup of each
        // key given lists none. The fake read it as the keys' lookup, so GetMany() listed nothing.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Cms;

            [InMemoryFake]
            public interface ISettings
            {
                string? Get(string key);
                void Set(string key, string value);
                IEnumerable<string> GetMany(params string[]? keys);
                IReadOnlyList<string> GetValues(IEnumerable<string> keys);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("its keys 'keys' are a params array, and whether none given means every entry (Umbraco's EntityRepositoryBase.GetMany(params TId[] ids), which its KeyValueRepository inherits) or none (a lookup of each key given) is the store's own", Message(run, "GetMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_params_array_of_another_type_than_the_key_is_not_read_by_the_setting_and_the_message_says_so()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(NoKeysGiven = NoKeysGiven.Every, ByKeysOrder = ByKeysOrder.Stored)]
            public interface IContentItems
            {
                void Add(ContentItem item);
                IEnumerable<ContentItem> GetMany(params short[] ids);
            }
            """);

        Assert.Equal(new[] { "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("NoKeysGiven on [InMemoryFake] states it only for a list verb whose one parameter is a params array of the key type itself (GetMany(params int[] ids) of an int key)", Message(run, "GetMany"), StringComparison.Ordinal);
    }

    [Fact]
    public void NoKeysGiven_on_a_key_value_store_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Cms;

            [InMemoryFake(NoKeysGiven = NoKeysGiven.Every)]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Contains("NoKeysGiven: it says what an entity repository lists for a params array of no keys, and ICache is a key-value store", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
