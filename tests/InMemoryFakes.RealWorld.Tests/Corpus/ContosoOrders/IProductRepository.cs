// Source: https://github.com/microsoft/Windows-appsample-customers-orders-database
// Commit: 247226c93728
// Licence: MIT
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
//   This one: the 2nd of microsoft/Windows-appsample-customers-orders-database not already in the corpus.
// Path: ContosoRepository/IProductRepository.cs (models: ContosoModels/Product.cs, DbObject.cs)
// Adapted: none (Product's ToString is left out). The project builds without nullable annotations (#nullable disable).
// Real store: ContosoRepository/Sql/SqlProductRepository.cs (EF Core, read-only: products are seeded in the
//   database): GetAsync() every product; GetAsync(Guid id) the product with that Id, or null; GetAsync(string value)
//   the products whose Name, Color, DaysToManufacture, StandardCost, ListPrice, Weight or Description STARTS WITH value
//   (a free-text search over every column). The interface has no write: a fake is filled with Seed.
// Shapes: *=core
// First try (4060da2): incomplete: IMF0001 GetAsync(string search) | WRONG: none
// After h-oblivious (session 29): still incomplete (other members); GetAsync answers null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ContosoOrders.IProductRepositoryCase;

public class DbObject
{
    public Guid Id { get; set; } = Guid.NewGuid();
}

public class Product : DbObject
{
    public string Name { get; set; }
    public string Color { get; set; }
    public int DaysToManufacture { get; set; }
    public decimal StandardCost { get; set; }
    public decimal ListPrice { get; set; }
    public decimal Weight { get; set; }
    public string Description { get; set; }
}

[InMemoryFake]
public interface IProductRepository
{
    Task<IEnumerable<Product>> GetAsync();
    Task<Product> GetAsync(Guid id);
    Task<IEnumerable<Product>> GetAsync(string search);
}

public static class Smoke
{
    public static async Task RunAsync(IProductRepository repository)
    {
        Check.Equal(0, (await repository.GetAsync()).Count(), "GetAsync() of an empty table is empty");
        Check.Null(await repository.GetAsync(Guid.NewGuid()), "GetAsync(id) of a missing id is null");
        Check.Equal(0, (await repository.GetAsync("Red")).Count(), "GetAsync(search) of an empty table is empty");
    }
}
