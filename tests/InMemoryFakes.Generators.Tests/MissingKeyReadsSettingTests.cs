using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>MissingKeyReads applies to a key-value store's reads declared not null, and is IMF0010 wherever it means nothing.</summary>
public class MissingKeyReadsSettingTests
{
    [Fact]
    public void On_an_entity_repository_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.UserEntity + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IUsers
            {
                User Add(User user);
                User Get(int id);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("MissingKeyReads: it says what a key-value store's read declared not null gives for a missing key, and IUsers is an entity repository", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_key_value_store_whose_reads_say_it_themselves_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Reads;

            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface INullableCache
            {
                string? Get(string key);
                void Set(string key, string value);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("no member of INullableCache is one (a nullable result, a TryGet or a wrapped result says it itself); remove it", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_enum_does_not_have_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Reads;

            [InMemoryFake(MissingKeyReads = (MissingKeyRead)7)]
            public interface IStrictCache
            {
                string Get(string key);
                void Set(string key, string value);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("MissingKeyReads = 7 is not a MissingKeyRead (NotFound or Default)", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_clear_whose_parameter_the_reads_and_writes_do_not_share_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Reads;

            [InMemoryFake]
            public interface IStateStore
            {
                string? GetAsync(string id);
                void SetAsync(string id, string state);
                void ClearAsync(string region);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", d.Id);
        Assert.Contains("'ClearAsync' of IStateStore matches no key-value store convention: Clear must take no parameters and return nothing (or only the entry's key, named key or cacheKey or as the key of the store's reads and writes, to remove it)", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
