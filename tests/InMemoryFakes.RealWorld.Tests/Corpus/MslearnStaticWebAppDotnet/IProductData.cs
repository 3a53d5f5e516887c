// Source: https://github.com/MicrosoftDocs/mslearn-staticwebapp-dotnet
// Commit: 805d370ca9cf502034b03ed1151d2e7645a6214b
// Licence: MIT (code, LICENSE-CODE; CC-BY-4.0 documentation): an interface signature and its model transcribed for a
//   test
// Sample: h-sample53 rule, fixed before probing (Corpus/MslearnMrAdtInUnity/ITurbineSiteData.cs gives it whole, with
//   the repositories skipped and why). This one: the 4th pick, the first grep hit of staticwebapp-dotnet (the
//   interface, declared before its class in the same file).
// Path: Api/ProductData.cs (interface and real store in one file; model: Data/Product.cs; callers: Api/ProductsGet.cs,
//   ProductsPost.cs, ProductsPut.cs, ProductsDelete.cs, each an Azure Function over the singleton)
// Adapted: nothing cut. Nullable disabled, as in the source (net6.0, no Nullable).
// Real store: ProductData, a singleton List<Product> that starts with three products (Ids 10, 20, 30; the script seeds
//   them). AddProduct(product) ALWAYS sets product.Id to new Random().Next(100, 1000), whatever Id the product carries
//   (a drawn number may repeat a stored one: List.Add stores it twice), appends the product and returns it (the same
//   instance). GetProducts() the list, in its order (the seeds, then the adds). UpdateProduct(product) replaces the
//   element with the product's Id, in its place, and returns the product given; an Id not stored is FindIndex -1, and
//   products[-1] throws ArgumentOutOfRangeException. DeleteProduct(id) removes it and returns true; an id not stored is
//   RemoveAt(-1): ArgumentOutOfRangeException (never false).
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace: ProductData.AddProduct sets product.Id to a new number whatever
//   Id the product carries (new Random().Next(100, 1000)); the fake numbers 1, 2, ... instead of drawing, which the
//   script does not compare.
// First try (10e6d05): complete (attribute bare): AddProduct (an add numbering the int key and writing it back,
//   returning the product), GetProducts (insertion order), UpdateProduct (a replace; the not-found error for an Id not
//   stored), DeleteProduct (a removal by key answering whether it removed one) | WRONG: AddProduct of a product that
//   carries an Id keeps it, where the real store always draws a new one: the smoke script's failure, an Id already
//   stored throwing DuplicateKeyException (an unstored one would be stored under it, silently); UpdateProduct of an Id
//   not stored throws NotFoundException (a KeyNotFoundException) and DeleteProduct of one answers false, where the real
//   List throws ArgumentOutOfRangeException for both (index -1).
// After this round: PresetKeyOnAdd = Replace states the drawing (above); the script passes up to its checks of an Id
//   not stored, where UpdateProduct's is its failure. UpdateProduct's error type and DeleteProduct's false stay: the
//   documented defaults of rows that are not there (docs/generator.md), which no signature contradicts (a bool removal
//   that never answers false, an update whose miss is an index error); listed in KnownSmokeMismatches.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnStaticWebAppDotnet.IProductDataCase;

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; }
    public string Description { get; set; }
    public int Quantity { get; set; }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IProductData
{
    Task<Product> AddProduct(Product product);
    Task<bool> DeleteProduct(int id);
    Task<IEnumerable<Product>> GetProducts();
    Task<Product> UpdateProduct(Product product);
}

public static class Smoke
{
    public static async Task RunAsync(IProductData data)
    {
        ((IInMemoryFake)data).Seed(
            new Product { Id = 10, Name = "Strawberries", Description = "16oz package of fresh organic strawberries", Quantity = 1 },
            new Product { Id = 20, Name = "Sliced bread", Description = "Loaf of fresh sliced wheat bread", Quantity = 1 },
            new Product { Id = 30, Name = "Apples", Description = "Bag of 7 fresh McIntosh apples", Quantity = 1 });

        var products = (await data.GetProducts()).ToList();
        Check.Equal(3, products.Count, "GetProducts lists the three products");
        Check.Equal("Strawberries,Sliced bread,Apples", string.Join(",", products.Select(p => p.Name)), "in the list's order");

        var milk = new Product { Name = "Milk", Description = "1 gallon", Quantity = 2 };
        var added = await data.AddProduct(milk);
        Check.True(added.Id != 0 && added.Id != 10 && added.Id != 20 && added.Id != 30, "AddProduct gives the product a new Id");
        Check.Equal(added.Id, milk.Id, "written into the product given");
        Check.Equal("Strawberries,Sliced bread,Apples,Milk", string.Join(",", (await data.GetProducts()).Select(p => p.Name)), "and appends it");

        var eggs = await data.AddProduct(new Product { Id = 20, Name = "Eggs", Quantity = 12 });
        Check.True(eggs.Id != 20, "AddProduct draws a new Id even for a product that carries one (here a stored one)");
        Check.Equal(5, (await data.GetProducts()).Count(), "and stores it beside the product with that Id");

        var rye = await data.UpdateProduct(new Product { Id = 20, Name = "Rye bread", Description = "Loaf of rye", Quantity = 2 });
        Check.Equal("Rye bread", rye.Name, "UpdateProduct returns the product given");
        var afterUpdate = (await data.GetProducts()).ToList();
        Check.Equal("Rye bread", afterUpdate[1].Name, "and replaces the stored one in its place");
        Check.Equal(2, afterUpdate[1].Quantity, "with every value given");

        Check.True(await data.DeleteProduct(10), "DeleteProduct answers true");
        Check.Equal("Rye bread,Apples,Milk,Eggs", string.Join(",", (await data.GetProducts()).Select(p => p.Name)), "and removes the product");

        await Check.ThrowsAsync<ArgumentOutOfRangeException>(() => data.UpdateProduct(new Product { Id = 5, Name = "Ghost" }), "UpdateProduct of an Id not stored throws ArgumentOutOfRangeException (products[-1])");
        await Check.ThrowsAsync<ArgumentOutOfRangeException>(() => data.DeleteProduct(5), "DeleteProduct of an id not stored throws ArgumentOutOfRangeException (RemoveAt(-1)), never false");
        Check.Equal(4, (await data.GetProducts()).Count(), "both leave the list unchanged");
    }
}
