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
