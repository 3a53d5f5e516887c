// Source: https://github.com/microsoft/Windows-appsample-customers-orders-database
// Commit: 247226c93728
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 2nd of microsoft/Windows-appsample-customers-orders-database.
// Path: ContosoRepository/ICustomerRepository.cs (models: ContosoModels/Customer.cs, DbObject.cs)
// Adapted: Customer keeps its properties (its IEquatable<Customer> is left out).
// Real store: ContosoRepository/Sql/SqlCustomerRepository.cs (EF Core): GetAsync() returns every customer;
//   GetAsync(Guid id) the customer with that Id, or null; GetAsync(string search) splits search on spaces and returns
//   the customers whose FirstName, LastName, Email, Phone or Address STARTS WITH any of the words, the ones matching
//   the most words first (a free-text search, not an equality on one property); UpsertAsync(customer) adds the
//   customer when its Id is new, else copies its values onto the stored one, and returns it; DeleteAsync(customerId)
//   deletes the customer and that customer's orders (nothing when absent).
// Shapes: GetAsync=core; UpsertAsync=core; DeleteAsync=core
// First try (2f120b5): incomplete: IMF0001 GetAsync(string search) | WRONG: none (DeleteAsync does not
//   delete the customer's orders, another table the interface does not show)
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

namespace Corpus.ContosoOrders.ICustomerRepositoryCase;

public class DbObject
{
    public Guid Id { get; set; } = Guid.NewGuid();
}

public class Customer : DbObject
{
    public string FirstName { get; set; }
    public string LastName { get; set; }
    public string Company { get; set; }
    public string Email { get; set; }
    public string Phone { get; set; }
    public string Address { get; set; }
}

[InMemoryFake]
public interface ICustomerRepository
{
    Task<IEnumerable<Customer>> GetAsync();
    Task<IEnumerable<Customer>> GetAsync(string search);
    Task<Customer> GetAsync(Guid id);
    Task<Customer> UpsertAsync(Customer customer);
    Task DeleteAsync(Guid customerId);
}

public static class Smoke
{
    public static async Task RunAsync(ICustomerRepository repository)
    {
        var ann = await repository.UpsertAsync(new Customer { FirstName = "Ann", LastName = "Lee", Email = "ann@contoso.com", Address = "1 Main St" });
        await repository.UpsertAsync(new Customer { FirstName = "Bob", LastName = "Annson", Email = "bob@contoso.com", Address = "2 Oak Ave" });
        Check.Equal(2, (await repository.GetAsync()).Count(), "GetAsync() returns every customer");
        Check.Equal("Ann", (await repository.GetAsync(ann.Id))?.FirstName, "GetAsync(id) returns the customer");
        Check.Null(await repository.GetAsync(Guid.NewGuid()), "GetAsync(id) of a missing id is null");
        var found = (await repository.GetAsync("Ann")).ToList();
        Check.Equal(2, found.Count, "GetAsync(search) matches a prefix of the first or last name");
        Check.Equal(1, (await repository.GetAsync("bob@")).Count(), "GetAsync(search) matches a prefix of the email");
        ann.Phone = "555-0100";
        await repository.UpsertAsync(ann);
        Check.Equal("555-0100", (await repository.GetAsync(ann.Id))?.Phone, "UpsertAsync of a stored id updates it");
        await repository.DeleteAsync(ann.Id);
        Check.Null(await repository.GetAsync(ann.Id), "DeleteAsync deletes the customer");
    }
}
