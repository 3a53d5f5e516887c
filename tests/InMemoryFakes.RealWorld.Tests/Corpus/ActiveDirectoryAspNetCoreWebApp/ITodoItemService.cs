// Source: https://github.com/Azure-Samples/active-directory-aspnetcore-webapp-openidconnect-v2
// Commit: 2224dc438fb6
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample51 rule (Corpus/CognitiveServicesSpeechSdk/IClientService.cs has it in full, with the repositories
//   skipped and why), fixed before probing. This one: the 2nd pick (active-directory-aspnetcore-webapp-openidconnect-v2;
//   its first such interface in path order, 2-WebApp-graph-user/2-3-Multi-Tenant/Services/IMSGraphService.cs, declares
//   1 member; this one 5).
// Path: 2-WebApp-graph-user/2-3-Multi-Tenant/Services/ITodoItemService.cs (real store: Services/TodoItemService.cs over
//   DAL/SampleDbContext.cs (EF Core, SQL Server); model: Models/TodoItem.cs; caller: Controllers/TodoListController.cs)
// Adapted: the namespaces (one for all). TodoItem keeps its properties and attributes (DisplayName dropped). Nullable
//   disabled, as in the source (the csproj does not enable it).
// Real store: TodoItemService over SampleDbContext.TodoItems (Id an identity column). The user's tenant and object id
//   are Microsoft.Identity.Web's user.GetTenantId() and user.GetObjectId() (the "tid"/"oid" claims, or their long
//   schemas.microsoft.com forms). Create(text, user): a new row {Text = text, UserName = user.Identity.Name,
//   AssignedTo = the user's object id, TenantId = the user's tenant}, saved (the database numbers Id) and returned.
//   List(showAll, user): the rows of the user's tenant; with showAll false only those AssignedTo the user.
//   Get(id, user): SingleOrDefault of the row with that Id, the user's tenant and AssignedTo the user: the row, or null
//   (missing, or someone else's). Edit(todoItem, user): unless exactly one row has todoItem.Id, the user's tenant and
//   AssignedTo the user, InvalidOperationException; else Update(todoItem) (every column written as given) and saved;
//   returns todoItem. Delete(id, user): the same ownership check (InvalidOperationException for a missing row or
//   someone else's), then the row removed.
// Shapes: *=core
// First try (30887e9): incomplete, nothing generated: IMF0001 on all five. Create ("its parameter 'text' (string) is
//   not the key (int)"), Get and Delete ("its parameter 'user' (ClaimsPrincipal) after the key 'id' is nothing a
//   key-value store knows"), List ("GetAll must take no parameters"), Edit ("not a known verb"): read as a key-value
//   store of TodoItem by int. The probe stops at Create, the script's first line | WRONG: none (no member generated).
// After this round: unchanged, all five refused, rightly: every member acts for the ClaimsPrincipal given (the rows of
//   its tenant, or those assigned to it, read from claims no signature names), Create makes the row from the text and
//   that user, and Edit and Delete throw InvalidOperationException for a row the user does not own; a key-value store
//   of TodoItem by int would ignore the user.
// After session 35 (h-refusals35): no refusal offers Kind = StoreKind.EntityRepository any more (the note ended all
//   5): read under that setting none of these members is generated, and a refusal names a setting only where
//   it would generate the member. No outcome changed.
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.ComponentModel.DataAnnotations.Schema;
using System.Linq;
using System.Security.Claims;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ActiveDirectoryAspNetCoreWebApp.ITodoItemServiceCase;

public class TodoItem
{
    [Key]
    [DatabaseGenerated(DatabaseGeneratedOption.Identity)]
    public int Id { get; set; }

    [Required]
    public string Text { get; set; }

    [Required]
    public string UserName { get; set; }

    [Required]
    public string AssignedTo { get; set; }

    [Required]
    public string TenantId { get; set; }
}

[InMemoryFake]
public interface ITodoItemService
{
    Task<TodoItem> Create(string text, ClaimsPrincipal user);
    Task<IEnumerable<TodoItem>> List(bool showAll, ClaimsPrincipal user);
    Task<TodoItem> Get(int id, ClaimsPrincipal user);
    Task Delete(int id, ClaimsPrincipal user);
    Task<TodoItem> Edit(TodoItem todoItem, ClaimsPrincipal user);
}

public static class Smoke
{
    private static ClaimsPrincipal User(string name, string tenantId, string objectId)
        => new(new ClaimsIdentity(
            [new Claim(ClaimTypes.Name, name), new Claim("tid", tenantId), new Claim("oid", objectId)],
            "test"));

    public static async Task RunAsync(ITodoItemService service)
    {
        var alice = User("alice@contoso.com", "tenant-1", "oid-alice");
        var bob = User("bob@contoso.com", "tenant-1", "oid-bob");
        var carol = User("carol@fabrikam.com", "tenant-2", "oid-carol");

        var milk = await service.Create("Buy milk", alice);
        Check.True(milk.Id != 0, "Create saves a new row and returns it with the Id the database made");
        Check.Equal("alice@contoso.com", milk.UserName, "UserName is the user's name");
        Check.Equal("oid-alice", milk.AssignedTo, "AssignedTo is the user's object id");
        Check.Equal("tenant-1", milk.TenantId, "TenantId is the user's tenant");
        var walk = await service.Create("Walk the dog", bob);
        Check.True(walk.Id != milk.Id, "a new Id for each row");
        await service.Create("Plan offsite", carol);

        Check.Equal(1, (await service.List(false, alice)).Count(), "List(false) returns only the user's own items");
        Check.Equal(2, (await service.List(true, alice)).Count(), "List(true) returns every item of the user's tenant");
        Check.Equal(1, (await service.List(true, carol)).Count(), "and none of another tenant's");

        Check.Equal("Buy milk", Check.NotNull(await service.Get(milk.Id, alice), "Get finds the user's own item").Text, "by its Id");
        Check.Null(await service.Get(walk.Id, alice), "Get of someone else's item is null");
        Check.Null(await service.Get(milk.Id + walk.Id + 100, alice), "Get of an Id not stored is null");

        milk.Text = "Buy oat milk";
        var edited = await service.Edit(milk, alice);
        Check.Equal("Buy oat milk", edited.Text, "Edit returns the item");
        Check.Equal("Buy oat milk", (await service.Get(milk.Id, alice)).Text, "and writes it");
        walk.Text = "Hijacked";
        await Check.ThrowsAsync<InvalidOperationException>(() => service.Edit(walk, alice), "Edit of someone else's item throws InvalidOperationException");
        Check.Equal("Walk the dog", (await service.Get(walk.Id, bob)).Text, "and writes nothing");

        await Check.ThrowsAsync<InvalidOperationException>(() => service.Delete(walk.Id, alice), "Delete of someone else's item throws InvalidOperationException");
        Check.NotNull(await service.Get(walk.Id, bob), "and removes nothing");
        await service.Delete(milk.Id, alice);
        Check.Null(await service.Get(milk.Id, alice), "Delete removes the user's own item");
        await Check.ThrowsAsync<InvalidOperationException>(() => service.Delete(milk.Id, alice), "Delete of an item not stored throws InvalidOperationException (the ownership check finds no row)");
    }
}
