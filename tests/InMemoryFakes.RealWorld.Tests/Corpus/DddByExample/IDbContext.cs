// Source: https://github.com/richardchanjr90-cpu/ddd-by-example
// Commit: 495458f3b451
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample70 rule (the whole rule and the repositories it skipped: Corpus/AQMod/ICustomStorage.cs).
//   This one: the 6th pick (the 44th of find_repos("Ddd"), a loyalty programme app). Before it in path order: the
//   notification contracts under common/ (markers of MediatR notifications, no state).
// Path: src/Loyalty.Core.Contracts/IDbContext.cs (real store: LoyaltyDbContext, an EF Core DbContext,
//   src/Loyalty.Infrastructure.DataAccess/Context/LoyaltyDbContext.cs, through ILoyaltyDbContext)
// Adapted: nothing (EF Core's DatabaseFacade and EntityEntry<T> as they are; the source pins EF Core 3.1). One entity of
//   the model, cut to its key, added for the script. Nullable disabled, as in the source (Loyalty.Core.Contracts.csproj
//   sets none, netstandard2.1).
// Real store: LoyaltyDbContext over SQL Server. Database is EF Core's facade of the database (migrations, transactions);
//   SaveChanges and SaveChangesAsync write every change the context tracks and answer the number of rows written (0 with
//   nothing tracked); Entry(entity) answers the context's tracking entry for the entity (Detached for one it does not
//   track; an entity type outside the model is InvalidOperationException).
// Shapes: SaveChanges=3; SaveChangesAsync=3
// First try (0487eace): incomplete: IMF0001 on all 4 members (Database: no store property; SaveChanges, SaveChangesAsync:
//   Save, then a noun that is no noun of the store; Entry: no known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: an EF Core context reduced to its save and its change
//   tracker's entries, with no entity set to keep, so a save has nothing of the fake's to write.
#nullable disable

using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Corpus.DddByExample.IDbContextCase;

public class Venue
{
    public int Id { get; set; }

    public string Name { get; set; }
}

[InMemoryFake]
public interface IDbContext
{
    DatabaseFacade Database { get; }

    int SaveChanges();

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;
}

public static class Smoke
{
    public static async Task RunAsync(IDbContext context)
    {
        Check.NotNull(context.Database, "the context hands out its database facade");
        Check.Equal(0, context.SaveChanges(), "with nothing tracked SaveChanges writes no row");
        Check.Equal(0, await context.SaveChangesAsync(CancellationToken.None), "nor does SaveChangesAsync");
        Check.Equal(EntityState.Detached, context.Entry(new Venue { Name = "Blue Door" }).State, "a venue the context never saw is Detached");
    }
}
