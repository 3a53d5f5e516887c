using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A refusal names the cause the member has: a message that names a cause the member does not have (no writer beside a
/// member that writes; a blob's bytes where no member carries any) points the user the wrong way, even when refusing is
/// right.
/// </summary>
public partial class RefusalCauseTests
{
    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void A_read_of_a_cache_beside_a_write_of_no_known_verb_names_that_member_not_a_self_filling_cache()
    {
        // msbuild's IRegisteredTaskObjectCache: RegisterTaskObject puts the values in; it is only not a known verb.
        var run = GeneratorHarness.Run("""
            #nullable disable
            using InMemoryFakes;

            namespace Tasks;

            public enum RegisteredTaskObjectLifetime { Build, AppDomain }

            [InMemoryFake]
            public interface IRegisteredTaskObjectCache
            {
                void RegisterTaskObject(object key, object obj, RegisteredTaskObjectLifetime lifetime, bool allowEarlyCollection);
                object GetRegisteredTaskObject(object key, RegisteredTaskObjectLifetime lifetime);
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.StartsWith("'GetRegisteredTaskObject' of IRegisteredTaskObjectCache matches no key-value store convention: no member the fake knows puts a value "
            + "in: 'RegisterTaskObject' takes a value after its key but is not a known verb (Get, TryGet, Set/Put, SetIfAbsent, Delete/Remove, Exists, "
            + "Increment, Decrement, Refresh/Touch, Clear, Count, Keys, TimeToLive/GetTimeToLive, Expire, Replace, Renew, GetAll, GetMany, SetMany, DeleteMany, "
            + "GetOrAdd, CompareAndSet/TryUpdate, EvictByTag, RemoveByPrefix, RemoveByPattern, ClearRegion, Append, Any/HasItems, IsEmpty, CopyTo; more synonyms in "
            + "docs/generator.md#key-value-store), so what it writes is its own code, and a read over the fake's table would not see it. Implement it", Message(run, "GetRegisteredTaskObject"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_with_values_after_the_value_that_cannot_be_a_time_to_live_names_them_not_the_names_of_a_time_to_live()
    {
        // Orchard's IAliasStorage.Set(path, routeValues, source, isManaged): before h-sample30's round the message listed the
        // names a TimeSpan may have, as if 'source' were a misnamed time to live.
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System.Collections.Generic;
            using InMemoryFakes;

            namespace Alias;

            [InMemoryFake]
            public interface IAliasStorage
            {
                void Set(string path, IDictionary<string, string> routeValues, string source, bool isManaged);
                IDictionary<string, string> Get(string aliasPath);
                void Remove(string path);
            }
            """);

        // The oblivious Get answers null for a missing path, as Orchard's AliasStorage does, and says so (IMF0026, Info, since session 30).
        Assert.Equal(new[] { "IMF0001 Set", "IMF0026 Get" }, run.GeneratorDiagnostics.Select(static d => d.Id + " " + Refusals.PointedAt(d)).OrderBy(static m => m, StringComparer.Ordinal));
        Assert.StartsWith("'Set' of IAliasStorage matches no key-value store convention: its parameters 'source' (string) and 'isManaged' (bool) cannot be a time to "
            + "live (a TimeSpan, a number of seconds, a point in time or an options object), the only thing a key-value store takes there: what they mean is the real "
            + "store's own. Implement it in the partial class InMemoryAliasStorage", Message(run, "Set"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_of_a_cache_that_no_member_writes_to_still_names_the_self_filling_cache()
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using InMemoryFakes;

            namespace Tasks;

            [InMemoryFake]
            public interface IThingCache
            {
                string GetThing(string key);
                void Invalidate(string key);
            }
            """);

        Assert.StartsWith("'GetThing' of IThingCache matches no key-value store convention: no member of IThingCache puts a value in, so the cache fills itself "
            + "on a miss", Message(run, "GetThing"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_member_of_a_store_read_as_a_blob_store_only_by_a_metadata_parameter_says_so()
    {
        // dapr's IDaprStateStoreClient: typed state, the sidecar's metadata; no member carries bytes.
        var run = GeneratorHarness.Run("""
            #nullable enable
            using System.Collections.Generic;
            using System.Threading;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace State;

            [InMemoryFake]
            public interface IWidgetStore
            {
                Task<TValue?> GetStateAsync<TValue>(string key, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);
                Task SaveStateAsync<TValue>(string key, TValue value, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);
                Task DeleteStateAsync(string key, IReadOnlyDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);
            }
            """);

        Assert.StartsWith("'GetStateAsync' of IWidgetStore matches no blob store convention: it is generic (TValue): it reads or writes a value of any type, which "
            + "a blob's bytes hold only through a serializer the real store chooses; and no member of IWidgetStore carries bytes or a stream: it reads as a blob "
            + "store only by its 'metadata' parameters, so it may be a store of typed values whose serialization and options are its own code. Implement it",
            Message(run, "GetStateAsync"), StringComparison.Ordinal);
        Assert.Contains("only by its 'metadata' parameters", Message(run, "SaveStateAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_generic_member_of_a_blob_store_with_content_names_the_serializer_only()
    {
        var run = GeneratorHarness.Run("""
            #nullable enable
            using System.IO;
            using System.Threading.Tasks;
            using InMemoryFakes;

            namespace Files;

            [InMemoryFake]
            public interface IFileStore
            {
                Task UploadAsync(string path, Stream content, string contentType);
                Task<Stream?> DownloadAsync(string path);
                Task<T?> ReadJsonAsync<T>(string path);
            }
            """);

        Assert.StartsWith("'ReadJsonAsync' of IFileStore matches no blob store convention: it is generic (T): it reads or writes a value of any type, which a "
            + "blob's bytes hold only through a serializer the real store chooses. Implement it", Message(run, "ReadJsonAsync"), StringComparison.Ordinal);
    }

    /// <summary>
    /// azure-intelligent-edge-patterns' IRepository (Ardalis' 2018 template): methods generic over the entity type, T
    /// constrained to an entity base with a key. They were read as a key-value store's members and refused for causes they do
    /// not have ("no write names its key 'id'", "returns T, which is not a key the store can make up", "takes no key"); from
    /// 2026-12-05 each said it is generic over the entity type, and since session 41 they get a table per type argument.
    /// </summary>
    [Fact]
    public void Members_generic_over_an_entity_base_are_not_read_as_key_value_members()
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using System.Collections.Generic;
            using InMemoryFakes;

            namespace Edge;

            public abstract class BaseEntity { public int Id { get; set; } }
            public class ImageEvent : BaseEntity { public string EdgeDeviceName { get; set; } }

            public interface IRepository
            {
                T GetById<T>(int id) where T : BaseEntity;
                List<T> List<T>() where T : BaseEntity;
                T Add<T>(T entity) where T : BaseEntity;
                void Update<T>(T entity) where T : BaseEntity;
                void Delete<T>(T[] entities) where T : BaseEntity;
            }

            [InMemoryFake]
            public interface IImageEventRepository : IRepository
            {
                ImageEvent GetLast(string edgeDeviceName);
            }
            """);

        // Since session 41 (h-pertype41) these members get a table per type argument (PerTypeTablesTests): none is read as a
        // key-value store's member any more, and the four whose meaning the entity conventions prove are generated.
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("key-value store", StringComparison.Ordinal));
        foreach (var member in new[] { "GetById", "List", "Add", "Update" })
        {
            Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Id == "IMF0001" && Refusals.PointedAt(d) == member);
        }

        Assert.DoesNotContain("generic over the entity type", Message(run, "GetLast"), StringComparison.Ordinal);
    }

    /// <summary>
    /// A generic read or write whose type parameter has no key (an object cache's <c>Get&lt;T&gt;(key) where T : class</c>, a
    /// constraint to a type without one) keeps the key-value store's reading: only a type with a key makes T an entity type.
    /// </summary>
    [Fact]
    public void Generic_members_whose_type_parameter_has_no_key_keep_the_key_value_reading()
    {
        var run = GeneratorHarness.Run("""
            #nullable disable
            using InMemoryFakes;

            namespace Caching;

            public class Payload { public string Text { get; set; } }

            [InMemoryFake]
            public interface IObjectCache
            {
                T Get<T>(string key) where T : class;
                void Set<T>(string key, T value) where T : class;
                T Peek<T>(string key) where T : Payload;
            }
            """);

        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.GetMessage(CultureInfo.InvariantCulture).Contains("generic over the entity type", StringComparison.Ordinal));
    }
}
