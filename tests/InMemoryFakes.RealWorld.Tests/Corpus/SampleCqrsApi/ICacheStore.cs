// Source: https://github.com/kgrzybek/sample-dotnet-core-cqrs-api
// Commit: 2f00e194e72e
// Licence: MIT
// Sample: h-sample8 rule, fixed before probing: in these repositories, in this order (ivanpaulovich/clean-architecture-manga,
//   amantinband/clean-architecture, aspnetrun/run-aspnetcore-microservices, EdwinVW/pitstop,
//   kgrzybek/sample-dotnet-core-cqrs-api, oskardudycz/EventSourcing.NetCore, fullstackhero/dotnet-starter-kit,
//   phongnguyend/Practical.CleanArchitecture, jeangatto/ASP.NET-Core-Clean-Architecture-CQRS-Event-Sourcing,
//   dotnet-architecture/eShopOnContainers, vietnam-devs/coolstore-microservices, PacktPublishing/Clean-Architecture-with-.NET),
//   skipping any the tools do not hold or that are already in the corpus, at the newest stored snapshot (fetch, then
//   git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical copy of one already
//   taken does not count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or
//   Cache, that declare at least 3 members (inherited ones count if the base interface is in the same repository) and
//   are not already in the corpus; stop after 12. The 12 were reached in phongnguyend/Practical.CleanArchitecture (the
//   repositories after it were not needed). kgrzybek's ICustomerRepository, IPaymentRepository and IProductRepository
//   and fullstackhero's IInboxStore declare 2 members each; pitstop's ICustomerRepository (after its first 2) was not
//   needed.
//   This one: the 1st of kgrzybek/sample-dotnet-core-cqrs-api (its only one with 3 members or more).
// Path: src/SampleProject.Infrastructure/Caching/ICacheStore.cs (ICacheKey.cs; the key and item the app uses:
//   Domain/ForeignExchanges/ConversionRatesCacheKey.cs, ConversionRatesCache.cs)
// Adapted: ConversionRate is cut to a currency pair and a rate. The project (netcoreapp3.1) builds without nullable
//   annotations (#nullable disable).
// Real store: src/SampleProject.Infrastructure/Caching/MemoryCacheStore.cs over IMemoryCache, keyed by key.CacheKey
//   (the item type only picks the overload): Add(item, key, TimeSpan? expirationTime) = Set with that time to live, or,
//   when null, the time configured for the item's type name (a dictionary from the app's settings; KeyNotFoundException
//   when that type has none); Add(item, key, DateTime? absoluteExpiration) = Set expiring at that instant, or never when
//   null; both replace a stored item; Get(key) the item, or null when missing, expired or of another type; Remove(key)
//   removes it (nothing when missing).
// Shapes: *=18
// First try (38cb94c): incomplete: IMF0001 Add (both: the item before its key, a key object), Get (an ICacheKey<TItem>,
//   not a string key), Remove (generic) | WRONG: none (nothing generated). The key is the key object's CacheKey string,
//   and a null TimeSpan? takes a time the app's settings give per type name: neither is in a signature.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SampleCqrsApi.ICacheStoreCase;

public interface ICacheKey<TItem>
{
    string CacheKey { get; }
}

public class ConversionRate
{
    public ConversionRate(string sourceCurrency, string targetCurrency, decimal factor)
    {
        SourceCurrency = sourceCurrency;
        TargetCurrency = targetCurrency;
        Factor = factor;
    }

    public string SourceCurrency { get; }

    public string TargetCurrency { get; }

    public decimal Factor { get; }
}

public class ConversionRatesCache
{
    public List<ConversionRate> Rates { get; }

    public ConversionRatesCache(List<ConversionRate> rates)
    {
        Rates = rates;
    }
}

public class ConversionRatesCacheKey : ICacheKey<ConversionRatesCache>
{
    public string CacheKey => "ConversionRatesCache";
}

[InMemoryFake]
public interface ICacheStore
{
    void Add<TItem>(TItem item, ICacheKey<TItem> key, TimeSpan? expirationTime = null);

    void Add<TItem>(TItem item, ICacheKey<TItem> key, DateTime? absoluteExpiration = null);

    TItem Get<TItem>(ICacheKey<TItem> key) where TItem : class;

    void Remove<TItem>(ICacheKey<TItem> key);
}

public static class Smoke
{
    public static Task RunAsync(ICacheStore store)
    {
        var key = new ConversionRatesCacheKey();
        Check.Null(store.Get(key), "Get of a missing key is null");
        store.Add(new ConversionRatesCache([new ConversionRate("USD", "EUR", 0.9m)]), key, (TimeSpan?)TimeSpan.FromMinutes(5));
        Check.Equal(0.9m, Check.NotNull(store.Get(new ConversionRatesCacheKey()), "Get finds the item by its key's CacheKey (another key object of the same name)").Rates[0].Factor, "Get returns the stored item");
        store.Add(new ConversionRatesCache([new ConversionRate("USD", "EUR", 0.8m)]), key, (DateTime?)null);
        Check.Equal(0.8m, Check.NotNull(store.Get(key), "Get after a second Add").Rates[0].Factor, "Add replaces the stored item");
        store.Remove(key);
        Check.Null(store.Get(key), "Remove removes the item");
        store.Remove(key);
        return Task.CompletedTask;
    }
}
