// Source: https://github.com/Azure-Samples/cosmicworks
// Commit: 67cbcd1b30d9
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample121 rule (/work/prompts/out/h-sample121-rule.md; the rule is quoted in Corpus/BingVisualSearchTools/
//   IImageStore.cs, the first pick). find_repos("Azure-Samples/b") ran out with 2 picks (the 2nd is
//   Corpus/BcCommunitySamples/IBlobContractFileRepository.cs); of find_repos("Azure-Samples/c"), the repositories not yet
//   walked before this one (communication-services-python-quickstarts) have no C# file. In this snapshot's path order,
//   ICosmosClientService (src/generator/Interfaces/ICosmosClientService.cs, 1 member) comes first; this is the next. 3
//   picks: stop.
// Path: src/generator/Interfaces/ICosmosDataService.cs (real store: src/generator/Services/CosmosDataService.cs; models:
//   src/models/Interfaces/IItem.cs, ConnectionOptions.cs, ConnectionType.cs, Product.cs; caller:
//   src/generator/CosmosDataGenerator.cs)
// Adapted: the namespaces (one for all); Product cut to four of its properties (its record's other positional ones left
//   out). Nullable enabled, as its src/Directory.Build.props states.
// Real store: CosmosDataService<T>, over Azure Cosmos DB for NoSQL (a CosmosClient made from the options per call).
//   ProvisionResourcesAsync(options, databaseName, containerName, partitionKeys, disableHierarchicalPartitionKeys)
//   creates the database (400 RU/s, or no throughput on a serverless account) and the container (partition key paths
//   from the keys, camel-cased; "/id" for none) when they do not exist, and answers whether the account is serverless
//   (an account it cannot read throughput of counts as serverless); an existing database or container is kept as it
//   is. SeedDataAsync(options, databaseName, containerName, items, onCreated) upserts every item into that container
//   (replacing an item of the same id and partition key) and calls onCreated with the item Cosmos DB answers for each,
//   in completion order. UpdateThroughputAsync(options, databaseName, containerName, throughputs) tries the values
//   from the highest down, on the database, or on the container when the database has none, and stops at the first
//   one accepted. Reads are not in the interface (the tool only seeds).
// Shapes: *=core
// First try (8a14561e): incomplete: all 3 refused (IMF0001, the key-value reading as a default: "nothing in
//   ICosmosDataService says which kind of store it is"): SeedDataAsync and ProvisionResourcesAsync ("… is not a known
//   verb"), UpdateThroughputAsync ("it starts with Update, which is one, but 'Throughput' after it is no noun of this
//   store") | WRONG: none
// After this round: unchanged, rightly: the members provision and seed a Cosmos DB account named by the options and
//   names given, and no member reads back; which database and container hold what, and what an account answers for
//   throughput, are the service's. The smoke cannot run (incomplete).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CosmicWorks.ICosmosDataServiceCase;

public interface IItem
{
    string Id { get; }

    string Type { get; }

    IReadOnlyList<string> PartitionKeys =>
    [
        Id
    ];
}

public enum ConnectionType
{
    ResourceOwnerPasswordCredential,

    MicrosoftEntra
}

public record ConnectionOptions
{
    public required string Credential { get; init; }

    public required ConnectionType Type { get; init; }

    public required bool Emulator { get; init; }
}

public sealed record Product(
    string Id,
    string Name,
    string Category,
    string SubCategory,
    string Type = nameof(Product)
) : IItem
{
    public IReadOnlyList<string> PartitionKeys =>
    [
        nameof(Category),
        nameof(SubCategory)
    ];
}

[InMemoryFake]
public interface ICosmosDataService<T> where T : IItem
{
    Task SeedDataAsync(ConnectionOptions options, string databaseName, string containerName, IEnumerable<T> items, Action<T> onCreated);

    Task<bool> ProvisionResourcesAsync(ConnectionOptions options, string databaseName, string containerName, string[] partitionKeys, bool disableHierarchicalPartitionKeys);

    Task UpdateThroughputAsync(ConnectionOptions options, string databaseName, string containerName, int[] throughputs);
}

public static class Smoke
{
    public static async Task RunAsync(ICosmosDataService<Product> data)
    {
        var options = new ConnectionOptions { Credential = "AccountEndpoint=https://localhost:8081/;AccountKey=a2V5", Type = ConnectionType.ResourceOwnerPasswordCredential, Emulator = true };
        await data.ProvisionResourcesAsync(options, "cosmicworks", "products", ["category", "subCategory"], false);
        await data.ProvisionResourcesAsync(options, "cosmicworks", "products", ["category", "subCategory"], false);

        var created = new List<Product>();
        var bike = new Product("1", "Road Bike", "Bikes", "Road");
        var helmet = new Product("2", "Helmet", "Accessories", "Helmets");
        await data.SeedDataAsync(options, "cosmicworks", "products", [bike, helmet], created.Add);
        Check.Equal(2, created.Count, "onCreated is called once per item upserted");
        Check.True(created.Contains(bike) && created.Contains(helmet), "with the item Cosmos DB answers, equal to the one written");

        created.Clear();
        await data.SeedDataAsync(options, "cosmicworks", "products", [bike with { Name = "Road Bike 2" }], created.Add);
        Check.Equal("Road Bike 2", created[0].Name, "seeding an item of a stored id upserts it");

        await data.UpdateThroughputAsync(options, "cosmicworks", "products", [1000, 400]);
    }
}
