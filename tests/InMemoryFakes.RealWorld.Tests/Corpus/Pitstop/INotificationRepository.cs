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
//   This one: the 2nd of EdwinVW/pitstop.
// Path: src/NotificationService/Repositories/INotificationRepository.cs (models: src/NotificationService/Model/
//   Customer.cs, MaintenanceJob.cs)
// Adapted: the models' CreateFrom factories (from messages) are left out. The project builds without nullable
//   annotations (#nullable disable).
// Real store: src/NotificationService/Repositories/SqlServerNotificationRepository.cs (Dapper on SQL Server; tables
//   Customer keyed by CustomerId, MaintenanceJob keyed by JobId): RegisterCustomerAsync and RegisterMaintenanceJobAsync
//   insert (a stored key: SqlException, primary key); GetCustomerAsync(customerId) the customer or null;
//   GetMaintenanceJobsForTodayAsync(date) the jobs whose StartTime is on date's day (StartTime >= date.Date and <
//   date.AddDays(1).Date); RemoveMaintenanceJobsAsync(jobIds) deletes the jobs with those ids (unknown ids: nothing).
// Shapes: *=1; GetCustomerAsync=core; GetMaintenanceJobsForTodayAsync=4; RemoveMaintenanceJobsAsync=core
// First try (38cb94c): incomplete: IMF0001 RegisterCustomerAsync, RegisterMaintenanceJobAsync ('Register' is not a known
//   verb), GetMaintenanceJobsForTodayAsync and RemoveMaintenanceJobsAsync (planned over Customer, the only stored type a
//   generated member proves: 'date' and 'jobIds' name no Customer property) | WRONG: none (GetCustomerAsync generated as
//   the customer of that CustomerId, or null)
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

namespace Corpus.Pitstop.INotificationRepositoryCase;

public class Customer
{
    public string CustomerId { get; set; }
    public string Name { get; set; }
    public string TelephoneNumber { get; set; }
    public string EmailAddress { get; set; }
}

public class MaintenanceJob
{
    public string JobId { get; set; }
    public string LicenseNumber { get; set; }
    public string CustomerId { get; set; }
    public DateTime StartTime { get; set; }
    public string Description { get; set; }
}

[InMemoryFake]
public interface INotificationRepository
{
    Task RegisterCustomerAsync(Customer customer);
    Task RegisterMaintenanceJobAsync(MaintenanceJob job);
    Task<IEnumerable<MaintenanceJob>> GetMaintenanceJobsForTodayAsync(DateTime date);
    Task<Customer> GetCustomerAsync(string customerId);
    Task RemoveMaintenanceJobsAsync(IEnumerable<string> jobIds);
}

public static class Smoke
{
    public static async Task RunAsync(INotificationRepository repository)
    {
        Check.Null(await repository.GetCustomerAsync("c1"), "GetCustomerAsync of an unknown id is null");
        await repository.RegisterCustomerAsync(new Customer { CustomerId = "c1", Name = "Ada", EmailAddress = "ada@example.com" });
        Check.Equal("Ada", Check.NotNull(await repository.GetCustomerAsync("c1"), "GetCustomerAsync finds the registered customer").Name, "GetCustomerAsync returns the stored customer");
        await Check.ThrowsAsync<Exception>(() => repository.RegisterCustomerAsync(new Customer { CustomerId = "c1", Name = "Bob" }), "RegisterCustomerAsync of a stored CustomerId throws (primary key)");
        await repository.RegisterMaintenanceJobAsync(new MaintenanceJob { JobId = "j1", CustomerId = "c1", LicenseNumber = "AB-12", Description = "brakes", StartTime = new DateTime(2026, 12, 3, 8, 0, 0) });
        await repository.RegisterMaintenanceJobAsync(new MaintenanceJob { JobId = "j2", CustomerId = "c1", LicenseNumber = "AB-12", Description = "tyres", StartTime = new DateTime(2026, 12, 4, 8, 0, 0) });
        var today = (await repository.GetMaintenanceJobsForTodayAsync(new DateTime(2026, 12, 3, 15, 30, 0))).ToList();
        Check.Equal(1, today.Count, "GetMaintenanceJobsForTodayAsync lists the jobs starting on that day only");
        Check.Equal("j1", today[0].JobId, "GetMaintenanceJobsForTodayAsync lists the day's job");
        await repository.RemoveMaintenanceJobsAsync(["j1", "unknown"]);
        Check.Equal(0, (await repository.GetMaintenanceJobsForTodayAsync(new DateTime(2026, 12, 3))).Count(), "RemoveMaintenanceJobsAsync deletes the jobs by id");
        Check.Equal(1, (await repository.GetMaintenanceJobsForTodayAsync(new DateTime(2026, 12, 4))).Count(), "RemoveMaintenanceJobsAsync keeps the other jobs");
    }
}
