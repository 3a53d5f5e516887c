using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace InMemoryFakes.Verification.Tests.Queryables;

// ABP's repositories are queries themselves (IReadOnlyRepository<T> : IQueryable<T>, over the DbSet): LINQ and EF Core's
// async operators composed on the fake must answer as they do on the real DbSet (SQLite), including a query composed
// before a write and run after it, which reads the rows of the moment it runs.
public sealed class Track
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Seconds { get; set; }
}

public interface IQueryRepository<TEntity> : IQueryable<TEntity>
    where TEntity : class
{
    void Insert(TEntity entity);
}

[InMemoryFake(typeof(IQueryRepository<Track>))]
public partial class TrackRepository;

/// <summary>The same over a unit of work: queries read tracked entities, and EF Core's AsNoTracking reads copies no save writes.</summary>
public interface ITrackedQueryRepository<TEntity> : IQueryable<TEntity>
    where TEntity : class
{
    void Insert(TEntity entity);

    int SaveChanges();
}

[InMemoryFake(typeof(ITrackedQueryRepository<Track>))]
public partial class TrackedTrackRepository;

public sealed class TrackDbContext(DbContextOptions<TrackDbContext> options) : DbContext(options)
{
    public DbSet<Track> Tracks => Set<Track>();
}

public sealed class RepositoryThatIsAQueryTests : IDisposable
{
    private readonly SqliteConnection _connection = new("DataSource=:memory:");
    private readonly TrackDbContext _db;
    private readonly IQueryRepository<Track> _fake = new TrackRepository();

    public RepositoryThatIsAQueryTests()
    {
        _connection.Open();
        _db = new TrackDbContext(new DbContextOptionsBuilder<TrackDbContext>().UseSqlite(_connection).Options);
        _db.Database.EnsureCreated();
    }

    public void Dispose()
    {
        _db.Dispose();
        _connection.Dispose();
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private void Insert(Track track)
    {
        _fake.Insert(new Track { Id = track.Id, Title = track.Title, Seconds = track.Seconds });
        _db.Tracks.Add(track);
        _db.SaveChanges();
        _db.ChangeTracker.Clear();
    }

    [Fact]
    public async Task Ef_Core_s_async_operators_on_the_repository_answer_as_on_the_DbSet()
    {
        Insert(new Track { Id = 1, Title = "So What", Seconds = 562 });
        Insert(new Track { Id = 2, Title = "Blue in Green", Seconds = 337 });
        Insert(new Track { Id = 3, Title = "All Blues", Seconds = 693 });

        foreach (IQueryable<Track> tracks in new IQueryable<Track>[] { _fake, _db.Tracks })
        {
            Assert.Equal(new[] { 3, 1 }, await tracks.Where(t => t.Seconds > 500).OrderByDescending(t => t.Seconds).Select(t => t.Id).ToListAsync(Token));
            Assert.Equal("Blue in Green", (await tracks.FirstOrDefaultAsync(t => t.Seconds < 400, Token))!.Title);
            Assert.Null(await tracks.FirstOrDefaultAsync(t => t.Seconds > 1000, Token));
            Assert.Equal(2, await tracks.CountAsync(t => t.Title.Contains("Blue"), Token));
            Assert.True(await tracks.AnyAsync(t => t.Id == 3, Token));
            Assert.Equal(3, (await tracks.AsNoTracking().ToListAsync(Token)).Count);
            await Assert.ThrowsAsync<InvalidOperationException>(() => tracks.SingleAsync(t => t.Seconds > 0, Token));
        }
    }

    [Fact]
    public void Under_a_unit_of_work_a_change_to_a_tracked_row_is_saved_and_one_to_an_AsNoTracking_row_is_not_as_on_the_DbSet()
    {
        ITrackedQueryRepository<Track> fake = new TrackedTrackRepository();
        fake.Insert(new Track { Id = 1, Title = "So What", Seconds = 562 });
        Assert.Equal(1, fake.SaveChanges());
        Insert(new Track { Id = 1, Title = "So What", Seconds = 562 });

        fake.AsNoTracking().Single().Title = "untracked";
        _db.Tracks.AsNoTracking().Single().Title = "untracked";
        Assert.Equal(0, _db.SaveChanges());
        Assert.Equal(0, fake.SaveChanges());

        fake.Single().Title = "tracked";
        _db.Tracks.Single().Title = "tracked";
        Assert.Equal(1, _db.SaveChanges());
        Assert.Equal(1, fake.SaveChanges());
        Assert.Equal("tracked", fake.AsNoTracking().Single().Title);
    }

    [Fact]
    public async Task A_query_composed_before_an_insert_reads_the_rows_of_the_moment_it_runs()
    {
        Insert(new Track { Id = 1, Title = "So What", Seconds = 562 });
        var fakeQuery = _fake.Where(t => t.Seconds > 300);
        var realQuery = _db.Tracks.Where(t => t.Seconds > 300);

        Insert(new Track { Id = 2, Title = "Blue in Green", Seconds = 337 });

        Assert.Equal(2, await realQuery.CountAsync(Token));
        Assert.Equal(2, await fakeQuery.CountAsync(Token));
        Assert.Equal(new[] { 1, 2 }, fakeQuery.Select(t => t.Id).ToList());
    }
}
