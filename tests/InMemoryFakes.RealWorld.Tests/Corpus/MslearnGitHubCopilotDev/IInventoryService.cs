// Source: https://github.com/MicrosoftLearning/mslearn-github-copilot-dev
// Commit: ae66604a7ecb
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample54 rule (Corpus/Course20486D/IData.cs has it in full, with the repositories skipped and why), fixed
//   before probing. This one: the 3rd pick (mslearn-github-copilot-dev; before it in path order: the az-2007-* folders,
//   byte-identical copies of AZ-2007's Library app whose IPatronRepository is the 2nd pick; the static AuditService,
//   EmailService and InventoryService of consolidate-duplicate-code; IEmailService (sends mail) and
//   ISecurityValidationService (computes) of implement-performance-profiling).
// Path: DownloadableCodeProjects/standalone-lab-projects/refactor-large-functions/ECommerceOrderProcessing/src/ECommerce.ApplicationCore/Interfaces/IInventoryService.cs
//   (real store: ECommerce.Infrastructure/Services/ExternalServices.cs, class InventoryService; model:
//   Entities/OrderItem.cs; caller: Services/OrderProcessor.cs)
// Adapted: the namespaces (one for all); the XML comments kept. Nullable enabled, as in the source (net9.0).
// Real store: InventoryService keeps a static Dictionary<string, int> of stock levels, seeded LAPTOP-001 5, MOUSE-001
//   25, BOOK-001 100, PHONE-001 3, EXPENSIVE-001 2 (each call sleeps 50-100 ms to stand for a database). CheckStock(
//   productId, quantity): the product's stock >= quantity; an unknown product: false. ReserveStock(items): for each item
//   in order, an unknown product or a stock below the item's Quantity returns false at once, else the stock drops by the
//   Quantity; items before the failing one STAY reserved (not atomic, as its comment says); true when all were
//   reserved. ReleaseStock(items): adds each item's Quantity back to a known product's stock; unknown products are
//   skipped.
// Shapes: *=core
// First try (10e6d05): incomplete, nothing generated: IMF0001 on all three, read as a key-value store ("not a known
//   verb"). The probe stops at CheckStock, the script's first line | WRONG: none (no member generated).
// After this round: unchanged, rightly: a stock count per product id (seeded by the store), compared by CheckStock,
//   decremented by a list of items (keeping the items before a short one reserved) and incremented back: arithmetic on a
//   value no member names, over data no member writes.
#nullable enable

using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnGitHubCopilotDev.IInventoryServiceCase;

/// <summary>
/// Represents an individual item within an order
/// </summary>
public class OrderItem
{
    public required string ProductId { get; set; }
    public int Quantity { get; set; }
    public decimal Price { get; set; }
    public string? ProductName { get; set; }
    public string? Category { get; set; }
}

/// <summary>
/// Interface for inventory management operations
/// </summary>
[InMemoryFake]
public interface IInventoryService
{
    /// <summary>
    /// Check if sufficient stock is available for a product
    /// </summary>
    bool CheckStock(string productId, int quantity);

    /// <summary>
    /// Reserve stock for the items in an order
    /// </summary>
    bool ReserveStock(List<OrderItem> items);

    /// <summary>
    /// Release previously reserved stock
    /// </summary>
    void ReleaseStock(List<OrderItem> items);
}

public static class Smoke
{
    public static Task RunAsync(IInventoryService inventory)
    {
        Check.True(inventory.CheckStock("PHONE-001", 3), "the seeded stock: 3 phones");
        Check.False(inventory.CheckStock("PHONE-001", 4), "not 4");
        Check.False(inventory.CheckStock("TABLET-001", 1), "an unknown product has no stock");

        var order = new List<OrderItem> { new OrderItem { ProductId = "PHONE-001", Quantity = 2 }, new OrderItem { ProductId = "LAPTOP-001", Quantity = 1 } };
        Check.True(inventory.ReserveStock(order), "ReserveStock of items in stock succeeds");
        Check.False(inventory.CheckStock("PHONE-001", 2), "and takes them from the stock (1 phone left)");
        Check.True(inventory.CheckStock("LAPTOP-001", 4), "4 laptops left");

        var tooMany = new List<OrderItem> { new OrderItem { ProductId = "MOUSE-001", Quantity = 5 }, new OrderItem { ProductId = "PHONE-001", Quantity = 2 } };
        Check.False(inventory.ReserveStock(tooMany), "ReserveStock fails when an item is short");
        Check.False(inventory.CheckStock("MOUSE-001", 21), "but the items before it stay reserved (20 mice left: not atomic)");

        inventory.ReleaseStock(order);
        Check.True(inventory.CheckStock("PHONE-001", 3), "ReleaseStock puts the items back");
        inventory.ReleaseStock(new List<OrderItem> { new OrderItem { ProductId = "TABLET-001", Quantity = 1 } });
        Check.False(inventory.CheckStock("TABLET-001", 1), "releasing an unknown product adds nothing");
        return Task.CompletedTask;
    }
}
