using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>MissingKeyReads applies to a key-value store's reads and an entity repository's lookups by key declared not null, and is IMF0010 wherever it means nothing.</summary>
public class MissingKeyReadsSettingTests
{
    [Fact]
    public void On_an_entity_repository_a_lookup_by_key_declared_not_null_gives_null_for_a_missing_key()
    {
        // eShopOnDapr's Task<CustomerBasket> GetBasketAsync(customerId): Dapr's GetStateAsync returns default! when missing.
        var run = GeneratorHarness.Run(Sources.UserEntity + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IUsers
            {
                User Add(User user);
                User Get(int id);
                Task<User> GetByIdAsync(int id);
                User? Find(int id);
            }
            """);
        Assertions.Clean(run);

        BehaviourCheck.Run(run, """
            using System;
            using MyApp;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    IUsers users = new InMemoryUsers();
                    if (users.Get(1) is not null) throw new InvalidOperationException("Get of a missing key is not null");
                    if (users.GetByIdAsync(1).Result is not null) throw new InvalidOperationException("GetByIdAsync of a missing key is not null");
                    users.Add(new User { Id = 1, Email = "a@x", Name = "Ann" });
                    if (users.Get(1)?.Name != "Ann") throw new InvalidOperationException("Get of a stored key");
                    if (users.GetByIdAsync(1).Result?.Name != "Ann") throw new InvalidOperationException("GetByIdAsync of a stored key");
                }
            }
            """);
    }

    [Fact]
    public void On_an_entity_repository_whose_lookups_say_it_themselves_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.UserEntity + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IUsers
            {
                User Add(User user);
                User? Get(int id);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("MissingKeyReads: on an entity repository it says what a lookup of one entity declared not null (T GetById(id), Task<T> GetAsync(id), Task<T> GetByEmail(email) under nullable annotations, or without them in a #nullable disable file, or a property's read such as int GetMileage(id)) gives for a missing key or no match, and no member of IUsers is one (a nullable result, a Find, a TryGet or a list says it itself)", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
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
        Assert.Contains("MissingKeyReads = 7 is not a MissingKeyRead (NotFound, Default or Empty)", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
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
