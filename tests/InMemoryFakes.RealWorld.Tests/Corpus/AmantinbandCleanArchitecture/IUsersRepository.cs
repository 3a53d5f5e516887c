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
//   This one: the 2nd of amantinband/clean-architecture.
// Path: src/CleanArchitecture.Application/Common/Interfaces/IUsersRepository.cs (models: src/CleanArchitecture.Domain/
//   Users/User.cs, Subscriptions/Subscription.cs, Common/Entity.cs)
// Adapted: User keeps its names, email and Subscription (the calendar, reminder-id lists and domain methods are left
//   out but CancelSubscription's effect); SubscriptionType is cut to its name. Nullable enabled, as the project builds.
// Real store: src/CleanArchitecture.Infrastructure/Users/Persistence/UsersRepository.cs over EF Core (AppDbContext,
//   SQLite; Subscription is an owned entity of User), each write saved at once: AddAsync = AddAsync + SaveChanges (a
//   stored Id throws); GetByIdAsync = FindAsync, null when missing; GetBySubscriptionIdAsync the first user whose
//   Subscription.Id equals it, or null; UpdateAsync = Update + SaveChanges (a missing user:
//   DbUpdateConcurrencyException); RemoveAsync = Remove + SaveChanges (a missing one: DbUpdateConcurrencyException).
// Shapes: *=core; RemoveAsync=7; UpdateAsync=7; GetBySubscriptionIdAsync=4
// First try (38cb94c): complete | WRONG: RemoveAsync of a user that is not stored did nothing, where the real store throws
//   DbUpdateConcurrencyException (EF Core's Remove + SaveChanges of a missing row: a void removal of a missing entity does
//   nothing in the fake unless MissingDelete says otherwise); GetBySubscriptionIdAsync generated as the first user whose
//   Subscription.Id equals it, as the real query
// Configured: MissingDelete = MissingDelete.NotFound, NotFoundException = typeof(DbUpdateConcurrencyException): the real
//   RemoveAsync and UpdateAsync of a user that is not stored fail the save with EF Core's DbUpdateConcurrencyException
//   (0 rows affected), which a removal that returns nothing cannot say (docs/generator.md, attribute settings);
//   DuplicateKeyException = typeof(DbUpdateException): AddAsync of a stored Id fails the save with EF Core's
//   DbUpdateException (SQLite's unique constraint, from a request's fresh context), which the interface does not name.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;

namespace Corpus.AmantinbandCleanArchitecture.IUsersRepositoryCase;

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

public class Subscription : Entity
{
    public string SubscriptionType { get; } = null!;

    public Subscription(string subscriptionType, Guid? id = null)
        : base(id ?? Guid.NewGuid())
    {
        SubscriptionType = subscriptionType;
    }

    public static readonly Subscription Canceled = new("Canceled", Guid.Empty);

    private Subscription()
    {
    }
}

public class User : Entity
{
    public Subscription Subscription { get; private set; } = null!;

    public string Email { get; } = null!;

    public string FirstName { get; } = null!;

    public string LastName { get; } = null!;

    public User(Guid id, string firstName, string lastName, string email, Subscription subscription)
        : base(id)
    {
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        Subscription = subscription;
    }

    public void CancelSubscription() => Subscription = Subscription.Canceled;

    private User()
    {
    }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound, NotFoundException = typeof(DbUpdateConcurrencyException), DuplicateKeyException = typeof(DbUpdateException))]
public interface IUsersRepository
{
    Task AddAsync(User user, CancellationToken cancellationToken);
    Task<User?> GetByIdAsync(Guid userId, CancellationToken cancellationToken);
    Task<User?> GetBySubscriptionIdAsync(Guid subscriptionId, CancellationToken cancellationToken);
    Task RemoveAsync(User user, CancellationToken cancellationToken);
    Task UpdateAsync(User user, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IUsersRepository repository)
    {
        var ct = CancellationToken.None;
        var subscription = new Subscription("Pro");
        var user = new User(Guid.NewGuid(), "Ada", "Lovelace", "ada@example.com", subscription);
        Check.Null(await repository.GetByIdAsync(user.Id, ct), "GetByIdAsync of an unknown id is null");
        await repository.AddAsync(user, ct);
        Check.Equal("Ada", Check.NotNull(await repository.GetByIdAsync(user.Id, ct), "GetByIdAsync finds the added user").FirstName, "GetByIdAsync returns the stored user");
        await Check.ThrowsAsync<DbUpdateException>(() => repository.AddAsync(new User(user.Id, "Bob", "B", "bob@example.com", new Subscription("Free")), ct), "AddAsync of a stored Id throws (DbUpdateException)");
        Check.Equal(user.Id, Check.NotNull(await repository.GetBySubscriptionIdAsync(subscription.Id, ct), "GetBySubscriptionIdAsync finds the user by its subscription's Id").Id, "GetBySubscriptionIdAsync returns that user");
        Check.Null(await repository.GetBySubscriptionIdAsync(Guid.NewGuid(), ct), "GetBySubscriptionIdAsync of an unknown subscription is null");
        var loaded = Check.NotNull(await repository.GetByIdAsync(user.Id, ct), "GetByIdAsync before the update");
        loaded.CancelSubscription();
        await repository.UpdateAsync(loaded, ct);
        Check.Null(await repository.GetBySubscriptionIdAsync(subscription.Id, ct), "after UpdateAsync the old subscription no longer finds the user");
        var ghost = new User(Guid.NewGuid(), "Eve", "E", "eve@example.com", new Subscription("Pro"));
        await Check.ThrowsAsync<DbUpdateConcurrencyException>(() => repository.UpdateAsync(ghost, ct), "UpdateAsync of a missing user throws (DbUpdateConcurrencyException)");
        Check.Null(await repository.GetByIdAsync(ghost.Id, ct), "a failed UpdateAsync stores nothing");
        await repository.RemoveAsync(loaded, ct);
        Check.Null(await repository.GetByIdAsync(user.Id, ct), "RemoveAsync removes the user");
        await Check.ThrowsAsync<DbUpdateConcurrencyException>(() => repository.RemoveAsync(loaded, ct), "RemoveAsync of a missing user throws (DbUpdateConcurrencyException)");
    }
}
