using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>An entity with ASP.NET Core Identity's concurrency token: a string stamp, changed on every save.</summary>
public class StampedAccount
{
    public string Id { get; set; } = Guid.NewGuid().ToString();

    public string? Name { get; set; }

    public string? ConcurrencyStamp { get; set; } = Guid.NewGuid().ToString();
}

/// <summary>A result that reports failures instead of throwing, as Identity's <c>IdentityResult</c> does.</summary>
public sealed class StoreResult
{
    private StoreResult(bool succeeded, IReadOnlyList<string> errors)
    {
        Succeeded = succeeded;
        Errors = errors;
    }

    public static StoreResult Success { get; } = new(true, []);

    public bool Succeeded { get; }

    public IReadOnlyList<string> Errors { get; }

    public static StoreResult Failed(params string[] errors) => new(false, errors);
}

/// <summary>An Identity-style store: writes return a result; update and delete of a stale copy fail in the result.</summary>
[InMemoryFake]
public interface IStampedAccountStore
{
    Task<StoreResult> CreateAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StoreResult> UpdateAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StoreResult> DeleteAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StampedAccount?> FindByIdAsync(string id, CancellationToken cancellationToken);
}

/// <summary>The same entity behind a store whose update returns the entity: a stale copy is the conflict error.</summary>
[InMemoryFake]
public interface IStampedAccountRepository
{
    StampedAccount Add(StampedAccount account);

    StampedAccount Update(StampedAccount account);

    StampedAccount? Find(string id);
}

/// <summary>The Identity-style store with a unit of work whose writes save at once: a stale copy fails in the result too.</summary>
[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IStampedAccountImmediateStore
{
    Task<StoreResult> CreateAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StoreResult> UpdateAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StoreResult> DeleteAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StampedAccount?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

/// <summary>The same with deferred writes: the token is checked when saved, as EF Core's SaveChanges does.</summary>
[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface IStampedAccountDeferredStore
{
    Task<StoreResult> CreateAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StoreResult> UpdateAsync(StampedAccount account, CancellationToken cancellationToken);

    Task<StampedAccount?> FindByIdAsync(string id, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
