// Source: https://github.com/MicrosoftDocs/mslearn-live-migrating-to-the-cloud
// Commit: 783fa351bc55
// Licence: MIT (code samples; CC-BY-4.0 documentation)
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 1st of MicrosoftDocs/mslearn-live-migrating-to-the-cloud ("src/2 - Completed" holds an identical copy).
// Path: src/1 - Starter/Services/IDataRepository.cs (models: Entities/Property.cs, Entities/PropertyAsset.cs)
// Adapted: PropertyAsset drops its Property back-reference. The project (net5.0) builds without nullable annotations
//   (#nullable disable).
// Real store: src/1 - Starter/Services/EfDataRepository.cs (EF Core over SQL Server; Property.Id is an identity
//   column, int?): GetFeaturedProperties() the 6 properties last updated most recently (LastUpdatedUtc descending);
//   GetPropertyDetails(propertyId) the property with its assets, or null; GetProperties(searchString,
//   sortByPropertyName, sortAscending) the properties whose Name or Description CONTAINS searchString (all when it is
//   null or empty), ordered by "name", "price" or "lastupdatedutc" (case-insensitive; blank = LastUpdatedUtc; any other
//   name leaves them unordered) ascending or descending; UpsertProperty(property) stamps LastUpdatedUtc = now, then
//   DbSet.Update: inserts when Id is null (the database numbers it), else updates that row (a missing row:
//   DbUpdateConcurrencyException), and returns the property; DeleteProperty(id) finds and removes it and returns it
//   (a missing id: Remove(null) throws ArgumentNullException); StopTracking detaches the entity from the DbContext's
//   change tracker (no change to stored data); RunMigration applies the EF migrations.
// Shapes: *=core; GetFeaturedProperties=14; GetProperties=14; StopTracking=20; RunMigration=20
// First try (4060da2): GENERATED-CODE ERROR: CS0266, the generated key reader returned the int? Id where the table is
//   keyed by int; fixed in 4ae3620 (a Nullable<T> key property is read as its T, null = unset, generated like 0).
//   Then: incomplete: IMF0001 GetFeaturedProperties, GetProperties, StopTracking, RunMigration | WRONG: UpsertProperty
//   does not stamp LastUpdatedUtc; DeleteProperty of a missing id returns null (see Still wrong)
// Configured: UpdatedStamp = "LastUpdatedUtc", UpdatedStampOnInsert = StampOnInsert.Stamp: UpsertProperty stamps
//   LastUpdatedUtc with the time of the write on every upsert, insert included, on the property passed in, as the real
//   store's `property.LastUpdatedUtc = DateTimeOffset.UtcNow` does (GetFeaturedProperties orders by it); no signature
//   says a store stamps a property.
// Still wrong: UpsertProperty inserts a property whose Id is set but not stored (the real DbSet.Update throws
//   DbUpdateConcurrencyException); DeleteProperty of a missing id returns null (the real store throws
//   ArgumentNullException from Remove(null)). Neither is in a signature; the probe stops at GetFeaturedProperties.
// After h-oblivious (session 29): still incomplete (other members); GetPropertyDetails answers null for a missing
//   entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnLiveMigrating.IDataRepositoryCase;

public class PropertyAsset
{
    public int? Id { get; set; }
    public int PropertyId { get; set; }
    public string Description { get; set; }
    public string ImageUrl { get; set; }
}

public class Property
{
    public int? Id { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    public float Price { get; set; }
    public int NumberOfBathrooms { get; set; }
    public int NumberOfBedrooms { get; set; }
    public DateTimeOffset LastUpdatedUtc { get; set; }
    public bool HasAirConditioning { get; set; }
    public bool HasBroadband { get; set; }
    public bool HasBalcony { get; set; }
    public bool HasRemoteGarage { get; set; }
    public bool HasFloorboards { get; set; }
    public List<PropertyAsset> Assets { get; set; }
}

[InMemoryFake(UpdatedStamp = "LastUpdatedUtc", UpdatedStampOnInsert = StampOnInsert.Stamp)]
public interface IDataRepository
{
    Task<List<Property>> GetFeaturedProperties();
    Task<Property> GetPropertyDetails(int propertyId);
    Task<List<Property>> GetProperties(string searchString, string sortByPropertyName, bool sortAscending);
    Task<Property> UpsertProperty(Property property);
    Task<Property> DeleteProperty(int id);
    void StopTracking(Property existingProperty);
    void RunMigration();
}

public static class Smoke
{
    public static async Task RunAsync(IDataRepository repository)
    {
        var house = await repository.UpsertProperty(new Property { Name = "Sea house", Description = "By the sea", Price = 300 });
        Check.True(house.Id is > 0, "UpsertProperty of a property with no Id inserts it and numbers it");
        Check.True(house.LastUpdatedUtc != default, "UpsertProperty stamps LastUpdatedUtc on the property passed in");
        var stamped = (await repository.GetPropertyDetails(house.Id!.Value))!.LastUpdatedUtc;
        Check.Equal(house.LastUpdatedUtc, stamped, "the stored property holds the stamp");
        var flat = await repository.UpsertProperty(new Property { Name = "City flat", Description = "Downtown", Price = 200 });
        Check.Equal("Sea house", (await repository.GetPropertyDetails(house.Id!.Value))?.Name, "GetPropertyDetails returns the property");
        Check.Null(await repository.GetPropertyDetails(999), "GetPropertyDetails of a missing id is null");
        flat.Price = 250;
        await repository.UpsertProperty(flat);
        Check.Equal(250f, (await repository.GetPropertyDetails(flat.Id!.Value))?.Price, "UpsertProperty of a stored Id updates it");
        Check.Equal(2, (await repository.GetFeaturedProperties()).Count, "GetFeaturedProperties returns up to 6 properties");
        var byPrice = await repository.GetProperties(null, "price", true);
        Check.Equal("City flat", byPrice[0].Name, "GetProperties orders by price ascending");
        Check.Equal(1, (await repository.GetProperties("sea", "name", true)).Count, "GetProperties matches a part of the name or description");
        var deleted = await repository.DeleteProperty(house.Id!.Value);
        Check.Equal("Sea house", deleted?.Name, "DeleteProperty returns the deleted property");
        Check.Null(await repository.GetPropertyDetails(house.Id!.Value), "DeleteProperty deletes it");
    }
}
