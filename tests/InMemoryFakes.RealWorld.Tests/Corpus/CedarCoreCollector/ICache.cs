// Source: https://github.com/microsoft/CEDAR.Core.Collector
// Commit: 5e48fe836a0a (the interface last changed in 52dbe087bb55)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 2nd pick (CEDAR.Core.Collector; its only hit, 5 members).
// Path: Core.Collectors/Cache/ICache.cs (real store: AzureTableCache.cs beside it, over WindowsAzure.Storage's
//   CloudTable; models: TableEntityWithContext.cs and RateLimitTableEntity.cs beside it; the caller: Web/RateLimiter.cs,
//   which keeps an ICache<RateLimitTableEntity>; the tests' InMemoryCache<T> under Core.Collectors.Tests)
// Adapted: the namespaces (one for all). TableEntityWithContext as declared (over the corpus's WindowsAzure.Storage
//   TableEntity); RateLimitTableEntity with its properties, its lookup and full constructors and GetRowKey, the context
//   entries it adds and the backward-compatible constructor dropped. Nullable disabled, as in the source (no Nullable in
//   the projects).
// Real store: AzureTableCache<T> over one Azure table; an entity is identified by (PartitionKey, RowKey), which the
//   entity passed in carries (RateLimitTableEntity: the identity and "<organization id>_<resource>"). InitializeAsync()
//   gets or creates the table; a second call is ignored (a warning). CacheAsync(entity) inserts or replaces the row of
//   that key (unconditional; before InitializeAsync it is ignored; a service error is swallowed into telemetry).
//   RetrieveAsync(entity) reads the row of the given entity's keys, its other properties unused (null when missing;
//   before InitializeAsync, null). ExistsAsync(entity) answers whether RetrieveAsync finds one. CacheAtomicAsync(current,
//   new): with current null, inserts new, true, or false when the key is taken (409); otherwise replaces the row with
//   new under current's ETag, true, or false when the row changed since current was read (412, the ETag differs) or is
//   gone (404). The service gives every write a new ETag, read back by RetrieveAsync.
// Shapes: *=19; CacheAtomicAsync=19; InitializeAsync=1
// First try (f923f300): incomplete: IMF0001 on InitializeAsync, CacheAsync, CacheAtomicAsync ('not a known verb') and
//   RetrieveAsync (no member the fake knows puts a value in); ExistsAsync generated | WRONG: ExistsAsync(tableEntity) keyed
//   the table by the entity object itself (T, a TableEntity subclass without Equals), so a lookup entity carrying the
//   PartitionKey and RowKey of a cached row was not found, where the real table finds it (the probe stops earlier, at
//   InitializeAsync, the script's first line).
// After this round: ExistsAsync and RetrieveAsync are refused: a key of a type parameter constrained to a class that
//   compares by reference is a key by reference (Sample64Tests; docs/generator.md "Key-value store"). The other refusals
//   are right: InitializeAsync creates the table; CacheAsync is an unconditional insert-or-replace by the entity's
//   PartitionKey and RowKey, which no signature names; CacheAtomicAsync is a compare-and-set on the ETag of the row read
//   before (or an insert when none was), whose two entities are the old and the new row.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.WindowsAzure.Storage.Table;

namespace Corpus.CedarCoreCollector.ICacheCase;

public abstract class TableEntityWithContext : TableEntity
{
    private readonly Dictionary<string, string> context;

    protected TableEntityWithContext()
    {
        this.context = new Dictionary<string, string>();
        this.AddContext("ObjectType", this.GetType().ToString());
    }

    public Dictionary<string, string> GetContext()
    {
        return this.context;
    }

    public void AddContext(string propertyName, string propertyValue)
    {
        context.Add(propertyName, propertyValue);
    }
}

public class RateLimitTableEntity : TableEntityWithContext
{
    public const string GlobalOrganizationId = "*";

    public string Identity { get; set; }
    public string OrganizationIdString { get; set; }
    public string OrganizationName { get; set; }
    public long RateLimitLimit { get; set; }
    public long RateLimitRemaining { get; set; }
    public DateTime? RateLimitReset { get; set; }
    public DateTime? RetryAfter { get; set; }
    public string Resource { get; set; }
    public string StatusCode { get; set; }

    public RateLimitTableEntity()
    {
    }

    public RateLimitTableEntity(string identity, string organizationId, string organizationName, string resource)
        : this(identity, organizationId, organizationName, rateLimitLimit: long.MinValue, rateLimitRemaining: long.MinValue, rateLimitReset: null, retryAfter: null, resource, statusCode: "OK")
    {
    }

    public RateLimitTableEntity(string identity, string organizationId, string organizationName, long rateLimitLimit, long rateLimitRemaining, DateTime? rateLimitReset, DateTime? retryAfter, string resource, string statusCode)
    {
        this.PartitionKey = identity;
        this.RowKey = GetRowKey(organizationId, resource);

        this.Identity = identity;
        this.OrganizationIdString = organizationId;
        this.OrganizationName = organizationName;
        this.RateLimitLimit = rateLimitLimit;
        this.RateLimitRemaining = rateLimitRemaining;
        this.RateLimitReset = rateLimitReset;
        this.RetryAfter = retryAfter;
        this.Resource = resource;
        this.StatusCode = statusCode;
    }

    public static string GetRowKey(string organizationId, string resource)
    {
        return string.IsNullOrWhiteSpace(resource) ? organizationId : $"{organizationId}_{resource.Replace("/", "_")}";
    }
}

[InMemoryFake]
public interface ICache<T> where T : TableEntityWithContext
{
    Task InitializeAsync();
    Task CacheAsync(T tableEntity);
    Task<bool> CacheAtomicAsync(T currentTableEntity, T newTableEntity);
    Task<T> RetrieveAsync(T tableEntity);
    Task<bool> ExistsAsync(T tableEntity);
}

public static class Smoke
{
    public static async Task RunAsync(ICache<RateLimitTableEntity> cache)
    {
        await cache.InitializeAsync();
        await cache.InitializeAsync();

        var lookup = new RateLimitTableEntity("app-1", "42", "contoso", "core");
        Check.Null(await cache.RetrieveAsync(lookup), "a key never cached retrieves null (404)");
        Check.False(await cache.ExistsAsync(lookup), "and does not exist");

        var reset = new DateTime(2026, 1, 1, 12, 0, 0, DateTimeKind.Utc);
        await cache.CacheAsync(new RateLimitTableEntity("app-1", "42", "contoso", 5000, 4999, reset, null, "core", "OK"));
        var read = await cache.RetrieveAsync(lookup);
        Check.Equal(4999L, read?.RateLimitRemaining, "RetrieveAsync reads the row of the lookup's keys, its other properties unused");
        Check.True(await cache.ExistsAsync(lookup), "ExistsAsync finds it");
        Check.Null(await cache.RetrieveAsync(new RateLimitTableEntity("app-2", "42", "contoso", "core")), "the same row key in another partition is another row");
        Check.Null(await cache.RetrieveAsync(new RateLimitTableEntity("app-1", "42", "contoso", "search")), "and another row key in the same partition too");

        await cache.CacheAsync(new RateLimitTableEntity("app-1", "42", "contoso", 5000, 4000, reset, null, "core", "OK"));
        Check.Equal(4000L, (await cache.RetrieveAsync(lookup))?.RateLimitRemaining, "CacheAsync replaces the row of a cached key");

        Check.False(await cache.CacheAtomicAsync(null, new RateLimitTableEntity("app-1", "42", "contoso", 5000, 1, reset, null, "core", "OK")), "CacheAtomicAsync with no current entity is an insert, false when the key is taken (409)");
        Check.Equal(4000L, (await cache.RetrieveAsync(lookup))?.RateLimitRemaining, "and the row is unchanged");
        Check.True(await cache.CacheAtomicAsync(null, new RateLimitTableEntity("app-3", "42", "contoso", 5000, 10, reset, null, "core", "OK")), "an insert of a free key is true");
        Check.Equal(10L, (await cache.RetrieveAsync(new RateLimitTableEntity("app-3", "42", "contoso", "core")))?.RateLimitRemaining, "and the row is there");

        var current = await cache.RetrieveAsync(lookup);
        Check.True(await cache.CacheAtomicAsync(current, new RateLimitTableEntity("app-1", "42", "contoso", 5000, 3000, reset, null, "core", "OK")), "CacheAtomicAsync replaces the row read as current when it is unchanged (its ETag)");
        Check.Equal(3000L, (await cache.RetrieveAsync(lookup))?.RateLimitRemaining, "the new row is stored");
        Check.False(await cache.CacheAtomicAsync(current, new RateLimitTableEntity("app-1", "42", "contoso", 5000, 2000, reset, null, "core", "OK")), "a replace under a current read before the last write is false (412)");
        Check.Equal(3000L, (await cache.RetrieveAsync(lookup))?.RateLimitRemaining, "and the row is unchanged");
    }
}
