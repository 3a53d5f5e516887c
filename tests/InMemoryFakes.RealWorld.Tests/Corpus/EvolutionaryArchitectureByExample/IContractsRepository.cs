// Source: https://github.com/evolutionary-architecture/evolutionary-architecture-by-example
// Commit: 04c3f717
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample19 rule, fixed before probing: in these repositories, in this order (dotnetcore/osharp, MrCMS/MrCMS,
//   fluentcms/FluentCMS, aspnetrun/run-aspnetcore, evolutionary-architecture/evolutionary-architecture-by-example,
//   Abblix/Oidc.Server, ITfoxtec/ITfoxtec.Identity.Saml2, TanvirArjel/CleanArchitecture, vkhorikov/DddInAction,
//   dotnet/eShopSupport, sitkoru/Sitko.Core, matthewrenze/clean-architecture-demo, baratgabor/MyWarehouse,
//   Elfocrash/clean-minimal-api), skipping any the tools do not hold or already in the corpus, at the newest stored
//   snapshot (fetch, then git grep for the interface declarations, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already taken does not count), outside paths
//   containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3
//   members (inherited ones count if the base interface is in the same repository) and are not already in the corpus;
//   stop after 10; each transcribed whole. The first five repositories give the 10: osharp IConnectionUserCache,
//   IEntityInfoStore; MrCMS IRepository<T>, IAclRoleRepository (IClearCache, between them, declares 1 member);
//   FluentCMS IApiTokenRepository, IAuditableEntityRepository<TEntity>; run-aspnetcore IRepository<T>,
//   ICategoryRepository; evolutionary-architecture Chapter-2's IContractsRepository, Chapter-4's
//   IBindingContractsRepository (Chapter-3's IContractsRepository is Chapter-2's word for word, in another namespace).
//   This one: the 1st of evolutionary-architecture/evolutionary-architecture-by-example (4 members).
// Path: Chapter-2-modules-separation/Src/Contracts/Fitnet.Contracts.Core/IContractsRepository.cs (model: Contract.cs)
// Adapted: Contract.Prepare and Sign drop their business-rule validation (BusinessRuleValidator and its rules); the
//   data, the private constructor and the private setters are as written.
// Real store: Chapter-2-modules-separation/Src/Contracts/Fitnet.Contracts.Infrastructure/Database/Repositories/
//   ContractsRepository.cs over EF Core (PostgreSQL): GetByIdAsync is DbSet.FindAsync (null when missing; the entity is
//   tracked by the request's DbContext); GetPreviousForCustomerAsync is Contracts.OrderByDescending(PreparedAt)
//   .SingleOrDefaultAsync(CustomerId == customerId): null for none, the contract for one, InvalidOperationException
//   when the customer has two or more (SingleOrDefault, despite the ordering); AddAsync adds and saves (a taken Id
//   fails SaveChanges); CommitAsync is SaveChangesAsync: a change made to a contract read through this repository
//   (Sign) is written.
// Shapes: *=core
// First try (977d604): incomplete: IMF0001 GetPreviousForCustomerAsync ('Previous' unproven), IMF0022 CommitAsync
//   (whether AddAsync waits for it is not said). Generated: GetByIdAsync, AddAsync; the probe passes them and stops at
//   CommitAsync | WRONG: none. The refusal of GetPreviousForCustomerAsync is right: read as "the latest", it would return
//   the newest contract where the real store throws for a customer with two (SingleOrDefault after the ordering).
// After this round: incomplete: IMF0001 GetPreviousForCustomerAsync only; the probe passes CommitAsync.
// Configured: UnitOfWorkWrites = UnitOfWorkWrites.Immediate: ContractsRepository.AddAsync calls SaveChangesAsync itself,
//   and CommitAsync (SaveChangesAsync) writes the changes made to contracts read through the repository.

#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EvolutionaryArchitectureByExample.IContractsRepositoryCase;

public sealed class Contract
{
    private static TimeSpan StandardDuration => TimeSpan.FromDays(365);

    public Guid Id { get; init; }

    public Guid CustomerId { get; init; }

    public DateTimeOffset PreparedAt { get; init; }
    public TimeSpan Duration { get; init; }

    public DateTimeOffset? SignedAt { get; private set; }
    public DateTimeOffset? ExpiringAt { get; private set; }

    public bool IsSigned => SignedAt.HasValue;

    private Contract(Guid id,
        Guid customerId,
        DateTimeOffset preparedAt,
        TimeSpan duration)
    {
        Id = id;
        CustomerId = customerId;
        PreparedAt = preparedAt;
        Duration = duration;
    }

    public static Contract Prepare(Guid customerId, int customerAge, int customerHeight, DateTimeOffset preparedAt, bool? isPreviousContractSigned = null)
    {
        return new(Guid.NewGuid(),
            customerId,
            preparedAt,
            StandardDuration);
    }

    public void Sign(DateTimeOffset signedAt, DateTimeOffset today)
    {
        SignedAt = signedAt;
        ExpiringAt = today.Add(Duration);
    }
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IContractsRepository
{
    Task<Contract?> GetByIdAsync(Guid id, CancellationToken cancellationToken = default);
    Task<Contract?> GetPreviousForCustomerAsync(Guid customerId, CancellationToken cancellationToken = default);
    Task AddAsync(Contract contract, CancellationToken cancellationToken = default);
    Task CommitAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IContractsRepository repository)
    {
        var customer = Guid.NewGuid();
        var now = new DateTimeOffset(2026, 1, 10, 9, 0, 0, TimeSpan.Zero);
        var contract = Contract.Prepare(customer, 30, 180, now);
        await repository.AddAsync(contract);
        Check.Equal(customer, (await repository.GetByIdAsync(contract.Id))?.CustomerId, "GetByIdAsync finds the added contract");
        Check.Null(await repository.GetByIdAsync(Guid.NewGuid()), "GetByIdAsync of a missing id is null");
        await Check.ThrowsAsync<Exception>(() => repository.AddAsync(contract), "AddAsync of a taken Id throws");

        var loaded = await repository.GetByIdAsync(contract.Id) ?? throw new InvalidOperationException("contract vanished");
        loaded.Sign(now.AddDays(1), now.AddDays(1));
        await repository.CommitAsync();
        Check.True((await repository.GetByIdAsync(contract.Id))?.IsSigned == true, "CommitAsync saves the change made to a contract read here");

        Check.Null(await repository.GetPreviousForCustomerAsync(Guid.NewGuid()), "GetPreviousForCustomerAsync of a customer with none is null");
        Check.Equal(contract.Id, (await repository.GetPreviousForCustomerAsync(customer))?.Id, "GetPreviousForCustomerAsync of a customer with one returns it");
        await repository.AddAsync(Contract.Prepare(customer, 30, 180, now.AddDays(400)));
        await Check.ThrowsAsync<InvalidOperationException>(() => repository.GetPreviousForCustomerAsync(customer), "GetPreviousForCustomerAsync of a customer with two throws (SingleOrDefault)");
    }
}
