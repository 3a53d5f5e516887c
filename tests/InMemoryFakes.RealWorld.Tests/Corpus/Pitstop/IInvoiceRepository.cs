// Source: https://github.com/EdwinVW/pitstop
// Commit: c1991d9818f7
// Licence: Apache-2.0
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
//   This one: the 1st of EdwinVW/pitstop.
// Path: src/InvoiceService/Repositories/IInvoiceRepository.cs (models: src/InvoiceService/Model/Customer.cs,
//   MaintenanceJob.cs, Invoice.cs)
// Adapted: the models' CreateFrom factories (from messages) are left out. The project builds without nullable
//   annotations (#nullable disable).
// Real store: src/InvoiceService/Repositories/SqlServerInvoiceRepository.cs (Dapper on SQL Server; tables Customer
//   keyed by CustomerId, MaintenanceJob keyed by JobId, Invoice keyed by InvoiceId): RegisterCustomerAsync inserts the
//   customer (a stored CustomerId: SqlException, primary key); GetCustomerAsync(customerId) the customer or null;
//   RegisterMaintenanceJobAsync inserts JobId, LicenseNumber, CustomerId, Description with Finished = 0 and
//   InvoiceSent = 0 whatever the job says (StartTime and EndTime NULL; a stored JobId: SqlException);
//   MarkMaintenanceJobAsFinished(jobId, startTime, endTime) sets StartTime, EndTime and Finished = 1 on that job
//   (nothing for an unknown id); GetMaintenanceJobsToBeInvoicedAsync the jobs with Finished = 1 and InvoiceSent = 0;
//   RegisterInvoiceAsync inserts the invoice and sets InvoiceSent = 1 on every job whose id is in its '|'-separated
//   JobIds.
// Shapes: *=1; GetCustomerAsync=core; MarkMaintenanceJobAsFinished=20; GetMaintenanceJobsToBeInvoicedAsync=4;
//   RegisterInvoiceAsync=1,20
// First try (38cb94c): incomplete: IMF0001 RegisterCustomerAsync, RegisterMaintenanceJobAsync, RegisterInvoiceAsync
//   ('Register' is not a known verb), MarkMaintenanceJobAsFinished, GetMaintenanceJobsToBeInvoicedAsync | WRONG: none
//   (GetCustomerAsync generated as the customer of that CustomerId, or null). Registering as an insert would not be
//   enough: RegisterMaintenanceJobAsync resets Finished and InvoiceSent, and RegisterInvoiceAsync also marks its jobs
//   invoiced, which no signature shows.
// After h-oblivious (session 29): still incomplete (other members); GetCustomerAsync answers null for a missing entity
//   as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Pitstop.IInvoiceRepositoryCase;

public class Customer
{
    public string CustomerId { get; set; }
    public string Name { get; set; }
    public string Address { get; set; }
    public string PostalCode { get; set; }
    public string City { get; set; }
}

public class MaintenanceJob
{
    public string JobId { get; set; }
    public string LicenseNumber { get; set; }
    public string CustomerId { get; set; }
    public string Description { get; set; }
    public DateTime? StartTime { get; set; }
    public DateTime? EndTime { get; set; }
    public bool Finished { get; set; }
    public bool InvoiceSent { get; set; }
}

public class Invoice
{
    public string InvoiceId { get; set; }
    public DateTime InvoiceDate { get; set; }
    public string CustomerId { get; set; }
    public decimal Amount { get; set; }
    public string Specification { get; set; }
    public string JobIds { get; set; }
}

[InMemoryFake]
public interface IInvoiceRepository
{
    Task RegisterCustomerAsync(Customer customer);
    Task<Customer> GetCustomerAsync(string customerId);
    Task RegisterMaintenanceJobAsync(MaintenanceJob job);
    Task MarkMaintenanceJobAsFinished(string jobId, DateTime startTime, DateTime endTime);
    Task<IEnumerable<MaintenanceJob>> GetMaintenanceJobsToBeInvoicedAsync();
    Task RegisterInvoiceAsync(Invoice invoice);
}

public static class Smoke
{
    public static async Task RunAsync(IInvoiceRepository repository)
    {
        Check.Null(await repository.GetCustomerAsync("c1"), "GetCustomerAsync of an unknown id is null");
        await repository.RegisterCustomerAsync(new Customer { CustomerId = "c1", Name = "Ada", City = "London" });
        Check.Equal("Ada", Check.NotNull(await repository.GetCustomerAsync("c1"), "GetCustomerAsync finds the registered customer").Name, "GetCustomerAsync returns the stored customer");
        await Check.ThrowsAsync<Exception>(() => repository.RegisterCustomerAsync(new Customer { CustomerId = "c1", Name = "Bob" }), "RegisterCustomerAsync of a stored CustomerId throws (primary key)");
        await repository.RegisterMaintenanceJobAsync(new MaintenanceJob { JobId = "j1", CustomerId = "c1", LicenseNumber = "AB-12", Description = "brakes", Finished = true, InvoiceSent = true });
        Check.Equal(0, (await repository.GetMaintenanceJobsToBeInvoicedAsync()).Count(), "a registered job is not finished (Finished = 0 whatever the job says)");
        await repository.MarkMaintenanceJobAsFinished("j1", new DateTime(2026, 12, 3, 8, 0, 0), new DateTime(2026, 12, 3, 10, 0, 0));
        var due = (await repository.GetMaintenanceJobsToBeInvoicedAsync()).ToList();
        Check.Equal(1, due.Count, "a finished job is to be invoiced");
        Check.Equal(new DateTime(2026, 12, 3, 10, 0, 0), due[0].EndTime, "MarkMaintenanceJobAsFinished stores the end time");
        await repository.RegisterInvoiceAsync(new Invoice { InvoiceId = "i1", CustomerId = "c1", Amount = 50m, JobIds = "j1", InvoiceDate = new DateTime(2026, 12, 3) });
        Check.Equal(0, (await repository.GetMaintenanceJobsToBeInvoicedAsync()).Count(), "RegisterInvoiceAsync marks its jobs as invoiced");
    }
}
