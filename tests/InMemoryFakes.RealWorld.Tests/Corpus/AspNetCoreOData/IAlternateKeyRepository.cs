// Source: https://github.com/OData/AspNetCoreOData
// Commit: c852dbe2
// Licence: MIT
// Sample: h-sample10 rule, fixed before probing: in these repositories, in this order (HangfireIO/Hangfire,
//   Jackett/Jackett, duplicati/duplicati, files-community/Files, dnnsoftware/Dnn.Platform, VirtoCommerce/vc-platform,
//   ChilliCream/graphql-platform, dapr/dotnet-sdk, SteeltoeOSS/Steeltoe, ErsatzTV/ErsatzTV, Lidarr/Lidarr,
//   ShareX/ShareX, OData/AspNetCoreOData, linq2db/linq2db, JasperFx/marten), skipping any the tools do not hold or
//   already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Dnn.Platform (792 MB) and graphql-platform (992 MB) are over fetch's
//   500 MB limit: skipped, unprobed. Hangfire, Jackett, Files, Steeltoe and ShareX have no such interface; dapr's
//   IInterpretedMachineStore, vc-platform's IPlatformMemoryCache (1 member; its base IMemoryCache is not in the
//   repository) and IRequestScopedCache, and Lidarr's IArtistStatisticsRepository declare 2 or fewer; Lidarr's
//   IAutoTaggingRepository declares nothing beyond IBasicRepository<T>, a member-for-member copy of the corpus's
//   Sonarr IBasicRepository: not counted. The 12: duplicati ITokenFamilyStore; vc-platform IRepository and
//   IPushNotificationStorage; ErsatzTV IHlsInitSegmentCache and IEmbySecretStore; Lidarr IUserRepository and
//   IBlocklistRepository; AspNetCoreOData IAlternateKeyRepository; linq2db ICredentialStore and IMemoryCache; marten
//   IThingStore and IOtherStore (both only IDocumentStore, dozens of members: not transcribed, a gap to close).
//   This one: the 1st (and only) of OData/AspNetCoreOData.
// Path: sample/ODataAlternateKeySample/Models/IAlternateKeyRepository.cs (models: Customer.cs, Order.cs, Person.cs)
// Adapted: none. The sample project sets no <Nullable> (#nullable disable).
// Real store: sample/ODataAlternateKeySample/Models/AlternateKeyRepositoryInMemory.cs: three static lists seeded in
//   the static constructor (5 customers Tom, Jerry, Mike, Ben, Sam with Ids 1-5; 6 orders Order-1..Order-6; 6 people)
//   that GetCustomers, GetOrders and GetPeople return (the live lists: the controllers add to and remove from them).
//   Read-only by its signature: no member writes; what it holds is data in the store's code, so the smoke script
//   seeds the same rows (the convention for a read-only store: the test seeds it).
// Shapes: *=core
// First try (5b09e8f): incomplete: IMF0001 GetPeople ("People" was not read as the plural of Person) | WRONG: none
//   (GetCustomers and GetOrders list the seeded rows).
//   Now complete: an irregular plural (Person/People, Child/Children, and nouns ending in them) names every row as the
//   regular plural does (docs/generator.md, plural nouns).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspNetCoreOData.IAlternateKeyRepositoryCase;

public class Customer
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string SSN { get; set; }
    public string[] Titles { get; set; }
}

public class Order
{
    public int Id { get; set; }
    public string Name { get; set; }
    public Guid Token { get; set; }
    public decimal Price { get; set; }
    public int Amount { get; set; }
}

public class Person
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string CountryOrRegion { get; set; }
    public string Passport { get; set; }
}

[InMemoryFake]
public interface IAlternateKeyRepository
{
    IEnumerable<Customer> GetCustomers();

    IEnumerable<Order> GetOrders();

    IEnumerable<Person> GetPeople();
}

public static class Smoke
{
    public static Task RunAsync(IAlternateKeyRepository store)
    {
        // A read-only store: the test seeds what the real store's static constructor holds (a part of it).
        var fake = (IInMemoryFake)store;
        var names = new[] { "Tom", "Jerry", "Mike", "Ben", "Sam" };
        fake.Seed(Enumerable.Range(1, 5).Select(e => new Customer { Id = e, Name = names[e - 1], SSN = "SSN-" + e }).ToArray());
        fake.Seed(Enumerable.Range(1, 6).Select(e => new Order { Id = e, Name = "Order-" + e, Price = 8 * e, Amount = 10 * (e + 1) - e }).ToArray());
        fake.Seed(new Person { Id = 1, Name = "Tom", CountryOrRegion = "EN", Passport = "1001" }, new Person { Id = 2, Name = "Jerry", CountryOrRegion = "CN", Passport = "2010" });
        Check.Equal("Tom,Jerry,Mike,Ben,Sam", string.Join(",", store.GetCustomers().Select(c => c.Name)), "GetCustomers returns every customer, in order");
        Check.Equal(6, store.GetOrders().Count(), "GetOrders returns every order");
        Check.Equal("EN,CN", string.Join(",", store.GetPeople().Select(p => p.CountryOrRegion)), "GetPeople returns every person");
        return Task.CompletedTask;
    }
}
