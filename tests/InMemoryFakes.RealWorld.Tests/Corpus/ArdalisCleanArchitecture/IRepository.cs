// Source: https://github.com/ardalis/CleanArchitecture
// Commit: 4f80d58ddb3e
// Licence: MIT
// Path: src/Clean.Architecture.Infrastructure/Data/EfRepository.cs implements IRepository<T> of Ardalis.SharedKernel
//   (IRepository<T> : IRepositoryBase<T> where T : class, IAggregateRoot); entity: src/Clean.Architecture.Core/
//   ContributorAggregate/Contributor.cs, ContributorId.cs (a Vogen int value object), ContributorName.cs
// Adapted: Ardalis.Specification 9.3.1; ContributorId/ContributorName are record structs standing in for the Vogen
//   value objects; EntityBase<T, TId> keeps its Id. Nullable enabled, as in the source.
// Real store: EfRepository<T> = Ardalis.Specification.EntityFrameworkCore RepositoryBase<T> on AppDbContext (SQLite):
//   AddAsync adds and saves (the database assigns the int Id); GetByIdAsync -> FindAsync (null when missing);
//   UpdateAsync/DeleteAsync save at once and return the number of rows (SaveChangesAsync); ListAsync/CountAsync/
//   FirstOrDefaultAsync evaluate the specification.
// Shapes: *=2; GetByIdAsync=5; ListAsync=2,5; FirstOrDefaultAsync=2,5; SingleOrDefaultAsync=2,5; SaveChangesAsync=3; UpdateAsync=7; UpdateRangeAsync=7; DeleteAsync=7; AddAsync=core; AddRangeAsync=core
// After this round (h-wrongclass4): DeleteRangeAsync(entities) is RemoveRange + SaveChangesAsync, which throws
//   DbUpdateConcurrencyException and removes none when one contributor is not stored; the fake skipped the missing one,
//   removed the others and answered their count (silently wrong; no smoke script called it). Now all or nothing with
//   the not-found error, as DeleteAsync(entity); the smoke script removes a range with a missing contributor.
#nullable enable

using System;
using System.Threading.Tasks;
using Ardalis.Specification;
using InMemoryFakes;

namespace Corpus.ArdalisCleanArchitecture.IRepositoryCase;

public interface IAggregateRoot
{
}

public readonly record struct ContributorId(int Value);

public readonly record struct ContributorName(string Value);

public abstract class EntityBase<T, TId>
    where T : EntityBase<T, TId>
    where TId : struct, System.IEquatable<TId>
{
    public TId Id { get; set; }
}

public class Contributor(ContributorName name) : EntityBase<Contributor, ContributorId>, IAggregateRoot
{
    public ContributorName Name { get; private set; } = name;

    public Contributor UpdateName(ContributorName newName)
    {
        Name = newName;
        return this;
    }
}

public interface IRepository<T> : IRepositoryBase<T> where T : class, IAggregateRoot
{
}

[InMemoryFake(typeof(IRepository<Contributor>))]
public partial class ContributorRepositoryFake;

public sealed class ContributorByNameSpec : Specification<Contributor>
{
    public ContributorByNameSpec(string name) => Query.Where(c => c.Name.Value == name);
}

public static class Smoke
{
    public static async Task RunAsync(IRepository<Contributor> store)
    {
        var ardalis = await store.AddAsync(new Contributor(new ContributorName("Ardalis")));
        Check.True(ardalis.Id.Value > 0, "AddAsync saves and the database assigns a positive Id");
        Check.Equal("Ardalis", (await store.GetByIdAsync(ardalis.Id))?.Name.Value, "GetByIdAsync finds the contributor by its ContributorId");
        Check.Null(await store.GetByIdAsync(new ContributorId(ardalis.Id.Value + 1000)), "GetByIdAsync of a missing id returns null");
        var loaded = await store.GetByIdAsync(ardalis.Id);
        loaded!.UpdateName(new ContributorName("Steve"));
        Check.Equal(1, await store.UpdateAsync(loaded), "UpdateAsync saves and returns the number of rows written");
        Check.Equal(1, await store.CountAsync(new ContributorByNameSpec("Steve")), "the renamed contributor matches the specification");
        var julie = await store.AddAsync(new Contributor(new ContributorName("Julie")));
        await Check.ThrowsAsync<Exception>(() => store.DeleteRangeAsync(new[] { julie, new Contributor(new ContributorName("Nobody")) { Id = new ContributorId(julie.Id.Value + 1000) } }),
            "DeleteRangeAsync of a range with a contributor that is not stored fails the save (DbUpdateConcurrencyException)");
        Check.Equal(2, (await store.ListAsync()).Count, "and removes none of the range");
        Check.Equal(1, await store.DeleteRangeAsync(new[] { julie }), "DeleteRangeAsync saves and returns the number of rows deleted");
        Check.Equal(1, await store.DeleteAsync(loaded), "DeleteAsync saves and returns the number of rows deleted");
        Check.Equal(0, (await store.ListAsync()).Count, "the contributor is gone");
    }
}
