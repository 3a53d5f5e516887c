// Source: https://github.com/Squidex/squidex
// Commit: 0ecfe2fc6807
// Licence: MIT
// Path: backend/src/Squidex.Infrastructure/UsageTracking/IUsageRepository.cs (UsageUpdate.cs, StoredUsage.cs, Counters.cs)
// Adapted: Counters (a Dictionary<string, double> subclass in the source) is the same here.
// Real store: backend/src/Squidex.Data.MongoDb/Infrastructure/UsageTracking/MongoUsageRepository.cs: one document per
//   (Key, Date, Category) with counters; TrackUsagesAsync upserts each update, ADDING its counters to the stored ones;
//   QueryAsync(key, from, to) returns that key's documents with from <= Date <= to; DeleteAsync(key) deletes the key's
//   documents; DeleteByKeyPatternAsync(pattern) deletes the keys matching the regular expression.
// Shapes: TrackUsagesAsync=1,18,20; QueryAsync=4; DeleteAsync=4; DeleteByKeyPatternAsync=10
// Now: DeleteAsync(key) refused too (IMF0001, h-sample70): no member the fake knows puts a value in, hands one out or
//   reads what the store holds (TrackUsagesAsync and QueryAsync are refused), so the removal acted on a table nothing
//   fills; written with the hand-written writes it belongs with (docs/generator.md, key-value store refused).
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Squidex.IUsageRepositoryCase;

public sealed class Counters : Dictionary<string, double>
{
}

public struct UsageUpdate(DateOnly date, string key, string category, Counters counters)
{
    public DateOnly Date = date;
    public string Key = key;
    public string Category = category;
    public Counters Counters = counters;
}

public sealed record StoredUsage(string? Category, DateOnly Date, Counters Counters);

[InMemoryFake]
public interface IUsageRepository
{
    Task TrackUsagesAsync(UsageUpdate[] updates,
        CancellationToken ct = default);

    Task<IReadOnlyList<StoredUsage>> QueryAsync(string key, DateOnly fromDate, DateOnly toDate,
        CancellationToken ct = default);

    Task DeleteAsync(string key,
        CancellationToken ct = default);

    Task DeleteByKeyPatternAsync(string pattern,
        CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IUsageRepository store)
    {
        var day = new DateOnly(2024, 5, 1);
        await store.TrackUsagesAsync([new UsageUpdate(day, "app-1", "api", new Counters { ["calls"] = 2 })]);
        await store.TrackUsagesAsync([new UsageUpdate(day, "app-1", "api", new Counters { ["calls"] = 3 }), new UsageUpdate(day.AddDays(1), "app-1", "api", new Counters { ["calls"] = 1 })]);
        var usages = await store.QueryAsync("app-1", day, day);
        Check.Equal(5.0, usages.Single().Counters["calls"], "TrackUsagesAsync adds to the counters of the same (key, date, category)");
        Check.Equal(2, (await store.QueryAsync("app-1", day, day.AddDays(1))).Count, "QueryAsync returns the key's days in the range, inclusive");
        await store.TrackUsagesAsync([new UsageUpdate(day, "app-2", "api", new Counters { ["calls"] = 1 })]);
        await store.DeleteAsync("app-1");
        Check.Equal(0, (await store.QueryAsync("app-1", day, day.AddDays(1))).Count, "DeleteAsync deletes the key's usages");
        await store.DeleteByKeyPatternAsync("^app-");
        Check.Equal(0, (await store.QueryAsync("app-2", day, day)).Count, "DeleteByKeyPatternAsync deletes the keys matching the pattern");
    }
}
