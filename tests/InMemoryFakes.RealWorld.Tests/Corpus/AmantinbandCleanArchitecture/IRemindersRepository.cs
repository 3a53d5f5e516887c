// Source: https://github.com/amantinband/clean-architecture
// Commit: 582281115489
// Licence: MIT
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
//   This one: the 1st of amantinband/clean-architecture.
// Path: src/CleanArchitecture.Application/Common/Interfaces/IRemindersRepository.cs (model:
//   src/CleanArchitecture.Domain/Reminders/Reminder.cs, Common/Entity.cs)
// Adapted: the domain events list of Entity and ErrorOr's result on Dismiss are left out (Dismiss returns bool). Nullable
//   enabled, as the project builds.
// Real store: src/CleanArchitecture.Infrastructure/Reminders/Persistence/RemindersRepository.cs over EF Core (AppDbContext,
//   SQLite), each write saved at once: AddAsync = AddAsync + SaveChanges (a stored Id: DbUpdateException, or
//   InvalidOperationException when the context tracks it); GetByIdAsync = FindAsync (EF Core takes the trailing
//   CancellationToken out of the key values), null when missing; ListBySubscriptionIdAsync the reminders whose
//   SubscriptionId equals it (no tracking, the table's order); UpdateAsync = Update + SaveChanges (a missing reminder:
//   DbUpdateConcurrencyException, nothing stored); RemoveAsync = Remove + SaveChanges (a missing one:
//   DbUpdateConcurrencyException); RemoveRangeAsync passes the list and the token to RemoveRange(params object[]), so
//   EF Core is given a List<Reminder> as an entity and throws InvalidOperationException (the entity type was not found)
//   for any list; nothing in the repository calls it.
// Shapes: *=core; RemoveAsync=7; UpdateAsync=7; ListBySubscriptionIdAsync=4
// First try (38cb94c): complete | WRONG: RemoveAsync of a reminder that is not stored did nothing, where the real store
//   throws DbUpdateConcurrencyException (EF Core's Remove + SaveChanges of a missing row: a void removal of a missing
//   entity does nothing in the fake unless MissingDelete says otherwise); RemoveRangeAsync removes the reminders, where
//   the real one throws InvalidOperationException for any list (its bug, below)
// Configured: MissingDelete = MissingDelete.NotFound, NotFoundException = typeof(DbUpdateConcurrencyException): the real
//   RemoveAsync and UpdateAsync of a reminder that is not stored fail the save with EF Core's DbUpdateConcurrencyException
//   (0 rows affected), which a removal that returns nothing cannot say (docs/generator.md, attribute settings);
//   DuplicateKeyException = typeof(DbUpdateException): AddAsync of a stored Id fails the save with EF Core's
//   DbUpdateException (SQLite's unique constraint, from a request's fresh context), which the interface does not name.
// Still wrong: RemoveRangeAsync removes the listed reminders, where the real one passes the list and the token to
//   DbContext.RemoveRange(params object[]) and EF Core throws InvalidOperationException (List<Reminder> is no entity
//   type) for any list: a bug of the real store that no signature can say; nothing in the repository calls it and the
//   smoke script does not either.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;

namespace Corpus.AmantinbandCleanArchitecture.IRemindersRepositoryCase;

public abstract class Entity
{
    public Guid Id { get; private init; }

    protected Entity(Guid id)
    {
        Id = id;
    }

    protected Entity()
    {
    }
}

public class Reminder : Entity
{
    public Guid UserId { get; }

    public Guid SubscriptionId { get; }

    public DateTime DateTime { get; }

    public string Text { get; } = null!;

    public bool IsDismissed { get; private set; }

    public Reminder(Guid userId, Guid subscriptionId, string text, DateTime dateTime, Guid? id = null)
        : base(id ?? Guid.NewGuid())
    {
        UserId = userId;
        SubscriptionId = subscriptionId;
        Text = text;
        DateTime = dateTime;
    }

    public bool Dismiss()
    {
        if (IsDismissed)
        {
            return false;
        }

        IsDismissed = true;
        return true;
    }

    private Reminder()
    {
    }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound, NotFoundException = typeof(DbUpdateConcurrencyException), DuplicateKeyException = typeof(DbUpdateException))]
public interface IRemindersRepository
{
    Task AddAsync(Reminder reminder, CancellationToken cancellationToken);
    Task<Reminder?> GetByIdAsync(Guid reminderId, CancellationToken cancellationToken);
    Task<List<Reminder>> ListBySubscriptionIdAsync(Guid subscriptionId, CancellationToken cancellationToken);
    Task RemoveAsync(Reminder reminder, CancellationToken cancellationToken);
    Task RemoveRangeAsync(List<Reminder> reminders, CancellationToken cancellationToken);
    Task UpdateAsync(Reminder reminder, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IRemindersRepository repository)
    {
        var ct = CancellationToken.None;
        var subscription = Guid.NewGuid();
        var reminder = new Reminder(Guid.NewGuid(), subscription, "call mum", new DateTime(2026, 12, 3, 9, 0, 0, DateTimeKind.Utc));
        Check.Null(await repository.GetByIdAsync(reminder.Id, ct), "GetByIdAsync of an unknown id is null");
        await repository.AddAsync(reminder, ct);
        Check.Equal("call mum", Check.NotNull(await repository.GetByIdAsync(reminder.Id, ct), "GetByIdAsync finds the added reminder").Text, "GetByIdAsync returns the stored text");
        await Check.ThrowsAsync<DbUpdateException>(() => repository.AddAsync(new Reminder(Guid.NewGuid(), subscription, "again", reminder.DateTime, reminder.Id), ct), "AddAsync of a stored Id throws (DbUpdateException)");
        await repository.AddAsync(new Reminder(Guid.NewGuid(), Guid.NewGuid(), "other", reminder.DateTime), ct);
        Check.Equal(1, (await repository.ListBySubscriptionIdAsync(subscription, ct)).Count, "ListBySubscriptionIdAsync lists that subscription's reminders only");
        var loaded = Check.NotNull(await repository.GetByIdAsync(reminder.Id, ct), "GetByIdAsync before the update");
        loaded.Dismiss();
        await repository.UpdateAsync(loaded, ct);
        Check.True(Check.NotNull(await repository.GetByIdAsync(reminder.Id, ct), "GetByIdAsync after the update").IsDismissed, "UpdateAsync stores IsDismissed");
        await Check.ThrowsAsync<DbUpdateConcurrencyException>(() => repository.UpdateAsync(new Reminder(Guid.NewGuid(), subscription, "ghost", reminder.DateTime), ct), "UpdateAsync of a missing reminder throws (DbUpdateConcurrencyException)");
        Check.Equal(1, (await repository.ListBySubscriptionIdAsync(subscription, ct)).Count, "a failed UpdateAsync stores nothing");
        await repository.RemoveAsync(loaded, ct);
        Check.Null(await repository.GetByIdAsync(reminder.Id, ct), "RemoveAsync removes the reminder");
        await Check.ThrowsAsync<DbUpdateConcurrencyException>(() => repository.RemoveAsync(loaded, ct), "RemoveAsync of a missing reminder throws (DbUpdateConcurrencyException)");
    }
}
