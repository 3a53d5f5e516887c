using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Key-value verbs whose names real stores give two meanings are refused with the meanings they have, and the
/// <c>{Verb}By{Name}</c> members that do not read by the store's own key say what the name leaves open.
/// </summary>
public class KeyValueVerbNameTests
{
    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    private static GeneratorRun Run(string body) => GeneratorHarness.Run(Sources.Usings + """
        #nullable enable
        namespace Names;

        """ + body);

    [Fact]
    public void Trim_of_keys_is_refused_with_its_two_opposite_meanings()
    {
        var run = Run("""
            [InMemoryFake]
            public interface ITrimmedCache
            {
                string GetOrAdd(string key, Func<string> valueFactory);
                IEnumerable<string> Trim(IEnumerable<string> keys);
            }
            """);

        Assert.StartsWith("'Trim' of ITrimmedCache matches no key-value store convention: 'Trim' means different things in different stores: Bicep's ConcurrentCache.Trim(keys) removes the keys given and returns their values,"
            + " a dependency graph's Trim(topKeys) keeps them and removes what they do not reach", Message(run, "Trim"), StringComparison.Ordinal);
    }

    [Fact]
    public void RemoveIfPresent_and_DeleteIfExists_remove_the_key_and_ignore_a_missing_one()
    {
        var run = Run("""
            [InMemoryFake]
            public interface IAgeCache
            {
                void Set(string key, string value);
                string? Get(string key);
                long Count { get; }
                void RemoveIfPresent(string key);
                bool DeleteIfExists(string key);
            }
            """);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Severity >= Microsoft.CodeAnalysis.DiagnosticSeverity.Warning);
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    Names.IAgeCache cache = new Names.InMemoryAgeCache();
                    cache.Set("a", "1");
                    cache.Set("b", "2");
                    cache.RemoveIfPresent("a");
                    cache.RemoveIfPresent("missing");
                    if (cache.Get("a") is not null || cache.Count != 1) throw new System.Exception("RemoveIfPresent should remove the key and ignore a missing one");
                    if (!cache.DeleteIfExists("b") || cache.DeleteIfExists("b") || cache.Count != 0) throw new System.Exception("DeleteIfExists should answer whether it removed the key");
                }
            }
            """);
    }

    [Fact]
    public void TryPut_is_not_read_as_set_if_absent()
    {
        var run = Run("""
            [InMemoryFake]
            public interface IBoundedCache
            {
                bool TryPut(string key, string value);
                string? Get(string key);
            }
            """);

        Assert.StartsWith("'TryPut' of IBoundedCache matches no key-value store convention: 'TryPut' answers false for reasons of its store's own, not only for a taken key:", Message(run, "TryPut"), StringComparison.Ordinal);
    }

    [Fact]
    public void ClearAll_with_a_parameter_is_refused_and_without_one_clears()
    {
        var run = Run("""
            [InMemoryFake]
            public interface ITypedBlobCache
            {
                void Set(string key, string value);
                string? Get(string key);
                void InvalidateAll(Type type);
                void ClearAll();
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'InvalidateAll' of ITypedBlobCache matches no key-value store convention: 'InvalidateAll' says every entry, yet it takes 'type' (System.Type)", Message(run, "InvalidateAll"), StringComparison.Ordinal);
    }

    [Fact]
    public void Flush_of_a_store_whose_name_does_not_say_cache_is_refused_with_both_meanings()
    {
        // WebJobs' IAsyncCollector<T>.FlushAsync sends the buffered items on; clearing them would be the opposite.
        var run = Run("""
            [InMemoryFake]
            public interface IMessageCollector
            {
                void Set(string key, string value);
                string? Get(string key);
                Task FlushAsync(CancellationToken cancellationToken = default);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.StartsWith("'FlushAsync' of IMessageCollector matches no key-value store convention: 'Flush' clears a cache in some stores (EasyCaching's IEasyCachingProvider.Flush, Coravel's ICache.Flush) and writes out buffered data in others"
            + " (WebJobs' IAsyncCollector.FlushAsync, a stream or writer, Akavache's IBlobCache.Flush, which persists pending entries); the store's name (IMessageCollector) does not say cache, so it is not known to clear; if it does, Store.Clear() is the one line",
            Message(run, "FlushAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void Flush_beside_another_clear_is_refused()
    {
        // Akavache's IBlobCache: InvalidateAll clears, Flush persists what is pending.
        var run = Run("""
            [InMemoryFake]
            public interface IDocumentCache
            {
                Task Set(string key, string document);
                Task<string?> Get(string key);
                Task InvalidateAll();
                Task Flush();
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics).Id);
        Assert.EndsWith("; beside 'InvalidateAll', which clears the store already, it is the other meaning, as in Akavache's IBlobCache (Flush beside InvalidateAll)",
            Message(run, "Flush").Split(". Implement", 2)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Flush_of_a_cache_with_no_other_clear_empties_it()
    {
        var run = Run("""
            [InMemoryFake]
            public interface ISimpleCache
            {
                void Set(string key, string value);
                string? Get(string key);
                Task FlushAsync();
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        BehaviourCheck.Run(run, """
            using Names;

            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    ISimpleCache cache = new InMemorySimpleCache();
                    cache.Set("a", "1");
                    cache.Set("b", "2");
                    cache.FlushAsync().Wait();
                    Is(null, cache.Get("a"), "a after the flush");
                    Is(null, cache.Get("b"), "b after the flush");
                    cache.Set("a", "3");
                    Is("3", cache.Get("a"), "a written again");
                }
            }
            """);
    }

    [Fact]
    public void Remember_with_a_value_instead_of_a_factory_is_refused()
    {
        var run = Run("""
            [InMemoryFake]
            public interface INotepad
            {
                string Remember(string key, string value);
                string? Get(string key);
                void Set(string key, string value);
            }
            """);

        Assert.StartsWith("'Remember' of INotepad matches no key-value store convention: 'Remember' is a get-or-add only with a factory of the value", Message(run, "Remember"), StringComparison.Ordinal);
    }

    [Fact]
    public void Forever_with_a_time_to_live_is_refused()
    {
        var run = Run("""
            [InMemoryFake]
            public interface IForeverCache
            {
                string Forever(string key, Func<string> cacheFunc, TimeSpan ttl);
                string? Get(string key);
            }
            """);

        Assert.StartsWith("'Forever' of IForeverCache matches no key-value store convention: 'Forever' says the value never expires, yet it takes 'ttl' after the factory", Message(run, "Forever"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_by_a_second_name_says_the_stores_key_and_the_values_property()
    {
        var run = Run("""
            public record DeviceRequest(string ClientId, string UserCode);

            [InMemoryFake]
            public interface IDeviceStorage
            {
                Task StoreAsync(string deviceCode, DeviceRequest request, TimeSpan expiresIn);
                Task<DeviceRequest?> TryGetByDeviceCodeAsync(string deviceCode);
                Task<DeviceRequest?> TryGetByUserCodeAsync(string userCode);
            }
            """);

        Assert.StartsWith("'TryGetByUserCodeAsync' of IDeviceStorage matches no key-value store convention: 'TryGetByUserCode' reads as TryGet by 'userCode', while the store's key is 'deviceCode' (as its other members name it):"
            + " 'userCode' is a second key or a property of the values (DeviceRequest.UserCode)", Message(run, "TryGetByUserCodeAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_by_names_and_no_plain_key_are_refused_as_one_value_under_two_names()
    {
        var run = Run("""
            public class DeviceCode { public string ClientId { get; set; } = ""; }

            [InMemoryFake]
            public interface IDeviceFlowStore
            {
                Task<DeviceCode?> FindByUserCodeAsync(string userCode);
                Task<DeviceCode?> FindByDeviceCodeAsync(string deviceCode);
                Task RemoveByDeviceCodeAsync(string deviceCode);
            }
            """);

        Assert.StartsWith("'FindByUserCodeAsync' of IDeviceFlowStore matches no store convention: 'FindByUserCode' reads as Find by 'userCode', and another member by 'DeviceCode': one value under two names",
            Message(run, "FindByUserCodeAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_read_of_the_stores_values_names_the_one_value_per_key()
    {
        var run = Run("""
            public class KeyframeData { public long TotalDuration { get; set; } }

            [InMemoryFake]
            public interface IKeyframeRepository
            {
                IReadOnlyList<KeyframeData> GetKeyframeData(Guid itemId);
                Task SaveKeyframeDataAsync(Guid itemId, KeyframeData data, CancellationToken cancellationToken);
            }
            """);

        Assert.StartsWith("'GetKeyframeData' of IKeyframeRepository matches no key-value store convention: it reads a list of Names.KeyframeData by the key, where the store's writes keep one KeyframeData per key:",
            Message(run, "GetKeyframeData"), StringComparison.Ordinal);
    }
}
