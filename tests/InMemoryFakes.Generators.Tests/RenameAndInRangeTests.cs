using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>Rename[{Entity}](key, name)</c> sets the text property its value's parameter names, and <c>Get{E}sIn{P}Range(min{P},
/// max{P})</c> is the <c>By{P}Range</c> range (docs/generator.md, "Entity repository"): shapes of chat-history, folder and
/// shop repositories that were refused although their signatures say what they do.
/// </summary>
public class RenameAndInRangeTests
{
    [Fact]
    public void Rename_sets_the_text_property_the_value_parameter_names()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Chat;
            public class Conversation { public string Id { get; set; } = ""; public string UserId { get; set; } = ""; public string Title { get; set; } = ""; }
            public interface IChatHistoryService
            {
                Task<Conversation> CreateConversationAsync(Conversation conversation);
                Task<Conversation?> GetConversationAsync(string conversationId);
                Task RenameConversationAsync(string conversationId, string title);
            }
            [InMemoryFake(typeof(IChatHistoryService))] public partial class FakeChats { }
            public class Folder { public int Id { get; set; } public string Name { get; set; } = ""; public string Path { get; set; } = ""; }
            public interface IFolderRepository
            {
                void Add(Folder folder);
                Folder? Get(int id);
                bool Rename(int id, string newName);
            }
            [InMemoryFake(typeof(IFolderRepository))] public partial class FakeFolders { }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, """
            using System;
            using Chat;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var chats = new FakeChats();
                    chats.CreateConversationAsync(new Conversation { Id = "c1", UserId = "u", Title = "New chat" }).GetAwaiter().GetResult();
                    chats.RenameConversationAsync("c1", "Trip to Rome").GetAwaiter().GetResult();
                    Expect.Is("Trip to Rome", chats.GetConversationAsync("c1").GetAwaiter().GetResult()?.Title, "title names Title");
                    Expect.Is("u", chats.GetConversationAsync("c1").GetAwaiter().GetResult()?.UserId, "the other properties stay");
                    Expect.Throws<Exception>(() => chats.RenameConversationAsync("nope", "x").GetAwaiter().GetResult(), null, "a missing conversation is not renamed silently");

                    var folders = new FakeFolders();
                    folders.Add(new Folder { Name = "docs", Path = "/docs" });
                    Expect.Is(true, folders.Rename(1, "papers"), "found and renamed");
                    Expect.Is("papers", folders.Get(1)?.Name, "newName names Name");
                    Expect.Is("/docs", folders.Get(1)?.Path, "Path stays");
                    Expect.Is(false, folders.Rename(2, "x"), "a missing folder answers false");
                }
            }
            """);
    }

    [Fact]
    public void Rename_is_refused_when_the_value_names_no_text_property()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Chat;
            public class Playlist { public int Id { get; set; } public string Title { get; set; } = ""; public string Name { get; set; } = ""; }
            public interface IPlaylistRepository
            {
                void Add(Playlist playlist);
                Playlist? Get(int id);
                void Rename(int id, string value);
            }
            [InMemoryFake(typeof(IPlaylistRepository))] public partial class FakePlaylists { }
            """);
        Refusals.Exactly(run, ("Rename", "'Rename' writes a name, and 'value' names no string property of Playlist, so which property holds it is not said"));
    }

    [Fact]
    public void In_a_property_range_reads_as_the_by_form_with_its_bounds()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
            public interface IProductQueries
            {
                Task AddAsync(Product product);
                Task<IReadOnlyList<Product>> GetProductsInPriceRangeAsync(decimal from, decimal to);
            }
            [InMemoryFake(typeof(IProductQueries))] public partial class FakeQueries { }
            """);
        var refusal = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("IMF0018 GetProductsInPriceRangeAsync", refusal.Id + " " + Refusals.PointedAt(refusal));
        Assert.Contains("'PriceRange' reads as Price between two bounds, both included, only when its first two parameters are named as the lower and then the upper bound", refusal.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var clean = GeneratorHarness.Run(Sources.Usings + """
            namespace Shop;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } }
            public interface IProductRepository
            {
                Task AddAsync(Product product);
                Task<IReadOnlyList<Product>> GetProductsInPriceRangeAsync(decimal minPrice, decimal maxPrice);
            }
            [InMemoryFake(typeof(IProductRepository))] public partial class FakeProducts { }
            """);
        Assertions.Clean(clean);
        BehaviourCheck.Run(clean, """
            using System.Linq;
            using Shop;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var products = new FakeProducts();
                    foreach (var price in new[] { 5m, 10m, 15m, 20m })
                    {
                        products.AddAsync(new Product { Name = "p" + price, Price = price }).GetAwaiter().GetResult();
                    }

                    var found = products.GetProductsInPriceRangeAsync(10m, 15m).GetAwaiter().GetResult();
                    Expect.Is("10,15", string.Join(",", found.Select(p => p.Price.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).OrderBy(s => s)), "both ends included");
                }
            }
            """);
    }
}
