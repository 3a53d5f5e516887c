using System;
using System.ComponentModel.DataAnnotations;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Verification.Engines;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace InMemoryFakes.Verification.Tests.DbContexts;

// An entity with two [ConcurrencyCheck] properties the application sets: EF Core puts both in the WHERE of an update and a
// delete (with the values the context read), so a stale value in either one fails the save.
public class Ticket
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    [ConcurrencyCheck]
    public string Status { get; set; } = "open";

    [ConcurrencyCheck]
    public int Revision { get; set; }
}

[InMemoryFake]
public interface ITicketDbContext
{
    DbSet<Ticket> Tickets { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}

public sealed class TicketDbContext(DbContextOptions<TicketDbContext> options) : DbContext(options), ITicketDbContext
{
    public DbSet<Ticket> Tickets => Set<Ticket>();
}

/// <summary>
/// Several concurrency tokens (session 34): the same script against the generated fake and against EF Core on SQLite and on
/// PostgreSQL (a throwaway cluster, as the contract tests start one): a save whose entity was read with a value of either
/// token that the store no longer holds fails, and writes nothing; a token the handler sets on the entity it read is saved.
/// Before, the fake compared the first token only, and the save of a stale second one overwrote the row.
/// </summary>
public sealed class TwoTokenTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_fake_fails_a_save_whose_entity_is_stale_in_either_token()
    {
        var backend = new InMemoryBackend();
        await Script(() => new InMemoryTicketDbContext(backend), typeof(ConcurrencyConflictException));
    }

    [Fact]
    public async Task EF_Core_on_SQLite_fails_a_save_whose_entity_is_stale_in_either_token()
    {
        using var connection = new SqliteConnection("DataSource=:memory:");
        connection.Open();
        TicketDbContext New() => new(new DbContextOptionsBuilder<TicketDbContext>().UseSqlite(connection).Options);
        await using (var created = New())
        {
            await created.Database.EnsureCreatedAsync(Token);
        }

        await Script(New, typeof(DbUpdateConcurrencyException));
    }

    [Fact]
    public async Task EF_Core_on_PostgreSQL_fails_a_save_whose_entity_is_stale_in_either_token()
    {
        PostgresCluster cluster;
        try
        {
            cluster = await PostgresCluster.StartAsync(Token);
        }
        catch (EngineUnavailableException error) when (!string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Skip(error.Message);
            throw;
        }

        await using (cluster)
        {
            var connectionString = cluster.ConnectionStringFor("tickets");
            TicketDbContext New() => new(new DbContextOptionsBuilder<TicketDbContext>().UseNpgsql(connectionString).Options);
            await using (var created = New())
            {
                await created.Database.EnsureCreatedAsync(Token);
            }

            await Script(New, typeof(DbUpdateConcurrencyException));
        }
    }

    private static async Task Script(Func<ITicketDbContext> newContext, Type conflict)
    {
        var seed = newContext();
        var ticket = new Ticket { Title = "a", Status = "open", Revision = 1 };
        seed.Tickets.Add(ticket);
        Assert.Equal(1, await seed.SaveChangesAsync(Token));
        var id = ticket.Id;

        // A handler changes both tokens on the entity it read: the WHERE has the values it read, so the save passes, and the
        // values it set are stored as set.
        var handler = newContext();
        var read = await handler.Tickets.SingleAsync(t => t.Id == id, Token);
        read.Status = "closed";
        read.Revision = 2;
        Assert.Equal(1, await handler.SaveChangesAsync(Token));
        Assert.Equal(("a", "closed", 2), await Row(newContext(), id));

        // Only the status moves after this context read the row: its save fails and writes nothing.
        var mine = newContext();
        var mineRead = await mine.Tickets.SingleAsync(t => t.Id == id, Token);
        var theirs = newContext();
        (await theirs.Tickets.SingleAsync(t => t.Id == id, Token)).Status = "held";
        Assert.Equal(1, await theirs.SaveChangesAsync(Token));
        mineRead.Title = "mine";
        Assert.IsType(conflict, await Assert.ThrowsAnyAsync<Exception>(() => mine.SaveChangesAsync(Token)));
        Assert.Equal(("a", "held", 2), await Row(newContext(), id));

        // Only the revision moves: the same.
        mine = newContext();
        mineRead = await mine.Tickets.SingleAsync(t => t.Id == id, Token);
        theirs = newContext();
        (await theirs.Tickets.SingleAsync(t => t.Id == id, Token)).Revision = 3;
        Assert.Equal(1, await theirs.SaveChangesAsync(Token));
        mineRead.Title = "mine";
        Assert.IsType(conflict, await Assert.ThrowsAnyAsync<Exception>(() => mine.SaveChangesAsync(Token)));
        Assert.Equal(("a", "held", 3), await Row(newContext(), id));

        // A removal of a row read before the status moved fails too, and removes nothing.
        mine = newContext();
        mineRead = await mine.Tickets.SingleAsync(t => t.Id == id, Token);
        theirs = newContext();
        (await theirs.Tickets.SingleAsync(t => t.Id == id, Token)).Status = "open";
        Assert.Equal(1, await theirs.SaveChangesAsync(Token));
        mine.Tickets.Remove(mineRead);
        Assert.IsType(conflict, await Assert.ThrowsAnyAsync<Exception>(() => mine.SaveChangesAsync(Token)));
        Assert.Equal(("a", "open", 3), await Row(newContext(), id));

        // An update of a detached entity compares the values it carries: stale in one token, it fails; as stored, it passes.
        var detached = newContext();
        detached.Tickets.Update(new Ticket { Id = id, Title = "b", Status = "closed", Revision = 3 });
        Assert.IsType(conflict, await Assert.ThrowsAnyAsync<Exception>(() => detached.SaveChangesAsync(Token)));
        detached = newContext();
        detached.Tickets.Update(new Ticket { Id = id, Title = "b", Status = "open", Revision = 3 });
        Assert.Equal(1, await detached.SaveChangesAsync(Token));
        Assert.Equal(("b", "open", 3), await Row(newContext(), id));
    }

    private static async Task<(string Title, string Status, int Revision)> Row(ITicketDbContext db, int id)
    {
        var row = await db.Tickets.AsNoTracking().SingleAsync(t => t.Id == id, Token);
        return (row.Title, row.Status, row.Revision);
    }
}
