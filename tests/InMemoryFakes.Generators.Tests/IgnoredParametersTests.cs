using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>IgnoredParameters</c> on [InMemoryFake] (an array setting) names parameters the fake ignores. Reading the attribute
/// once asked an array constant for its single value and crashed the generator (IMF9999) whenever the setting was used.
/// </summary>
public class IgnoredParametersTests
{
    private const string Source = Sources.Usings + """
        namespace Ignoring;
        public sealed class ReadOptions { public bool IncludeVectors { get; init; } }
        public sealed class Rec { public int Id { get; set; } public string Name { get; set; } = ""; }
        [InMemoryFake(IgnoredParameters = new[] { "options" })]
        public interface IRecs
        {
            void Upsert(Rec record);
            Rec? Get(int key, ReadOptions? options = null);
        }
        """;

    [Fact]
    public void The_setting_is_read_without_failing_and_the_named_parameter_is_ignored()
    {
        var run = GeneratorHarness.Run(Source);
        Assertions.NeverFailed(run);
        Assertions.Clean(run);
    }

    [Fact]
    public void Without_the_setting_the_same_parameter_is_IMF0001()
    {
        var run = GeneratorHarness.Run(Source.Replace("(IgnoredParameters = new[] { \"options\" })", string.Empty, System.StringComparison.Ordinal));
        Assertions.GeneratorReported(run, "IMF0001");
    }

    [Fact]
    public async Task A_read_with_an_ignored_options_argument_returns_the_stored_record()
    {
        IOptionedRecordStore store = new InMemoryOptionedRecordStore();
        await store.UpsertAsync(new OptionedRecord { Id = 1, Name = "Alpha" }, TestContext.Current.CancellationToken);

        Assert.Equal("Alpha", (await store.GetAsync(1, new ReadOptions { IncludeVectors = true }, TestContext.Current.CancellationToken))?.Name);
        Assert.Equal("Alpha", (await store.GetAsync(1, cancellationToken: TestContext.Current.CancellationToken))?.Name);
        Assert.Null(await store.GetAsync(2, null, TestContext.Current.CancellationToken));
        await store.DeleteAsync(1, TestContext.Current.CancellationToken);
        Assert.Null(await store.GetAsync(1, null, TestContext.Current.CancellationToken));
    }
}

/// <summary><c>IgnoredParameters</c> on a key-value and a blob store: the same rule as on an entity repository.</summary>
public class KeyValueIgnoredParametersTests
{
    private const string KeyValueSource = Sources.Usings + """
        namespace Ignoring;
        public sealed class CacheOptions { public bool Compress { get; init; } }
        [InMemoryFake(IgnoredParameters = new[] { "options" })]
        public interface ISettingsCache
        {
            string? Get(string key, CacheOptions options);
            void Set(string key, string value, CacheOptions options);
        }
        """;

    private const string BlobSource = Sources.Usings + """
        namespace Ignoring;
        [InMemoryFake(IgnoredParameters = new[] { "useCache" })]
        public interface IFileStore
        {
            Task<byte[]?> ReadAsync(string path, bool useCache);
            Task WriteAsync(string path, byte[] content);
            Task<bool> DeleteAsync(string path);
        }
        """;

    [Fact]
    public void On_a_key_value_store_the_named_parameter_is_ignored()
    {
        var run = GeneratorHarness.Run(KeyValueSource);
        Assertions.NeverFailed(run);
        Assertions.Clean(run);
    }

    [Fact]
    public void On_a_key_value_store_without_the_setting_the_same_parameter_is_IMF0001()
    {
        var run = GeneratorHarness.Run(KeyValueSource.Replace("(IgnoredParameters = new[] { \"options\" })", string.Empty, System.StringComparison.Ordinal));
        Assertions.GeneratorReported(run, "IMF0001", "IMF0001");
    }

    [Fact]
    public void On_a_blob_store_the_named_parameter_is_ignored()
    {
        var run = GeneratorHarness.Run(BlobSource);
        Assertions.NeverFailed(run);
        Assertions.Clean(run);
    }

    [Fact]
    public void On_a_blob_store_without_the_setting_the_same_parameter_is_IMF0001()
    {
        var run = GeneratorHarness.Run(BlobSource.Replace("(IgnoredParameters = new[] { \"useCache\" })", string.Empty, System.StringComparison.Ordinal));
        Assertions.GeneratorReported(run, "IMF0001");
    }

    [Fact]
    public async Task A_key_value_read_and_write_with_an_ignored_options_argument_keep_and_find_the_value()
    {
        IOptionedSettingsCache cache = new InMemoryOptionedSettingsCache();
        var ct = TestContext.Current.CancellationToken;
        await cache.SetAsync("theme", "dark", new ReadOptions { IncludeVectors = true }, ct);

        Assert.Equal("dark", await cache.GetAsync("theme", null, ct));
        Assert.Equal("dark", await cache.GetAsync("theme", new ReadOptions(), ct));
        Assert.Null(await cache.GetAsync("font", null, ct));
        Assert.True(cache.Remove("theme", new ReadOptions()));
        Assert.False(cache.Remove("theme"));
        Assert.Null(await cache.GetAsync("theme", null, ct));
    }
}
