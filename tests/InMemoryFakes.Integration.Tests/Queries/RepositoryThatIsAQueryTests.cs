using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

public sealed class Album
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Year { get; set; }
}

/// <summary>ABP's shape: the repository is itself a query of its entities (IReadOnlyRepository&lt;T&gt; : IQueryable&lt;T&gt;).</summary>
public interface IQueryableAlbums<TEntity> : IQueryable<TEntity>
{
    Task<TEntity> InsertAsync(TEntity entity, CancellationToken cancellationToken = default);

    Task<TEntity?> FindAsync(int id, CancellationToken cancellationToken = default);
}

[InMemoryFake]
public interface IAlbumRepository : IQueryableAlbums<Album>
{
}

/// <summary>The same over a unit of work: a query reads the tracked entities, so a change waits for the save.</summary>
[InMemoryFake]
public interface ITrackedAlbumRepository : IQueryable<Album>
{
    void Add(Album album);

    Album? Find(int id);

    int SaveChanges();
}

/// <summary>A query that declares itself async-enumerable too (its GetAsyncEnumerator is inherited, so generated).</summary>
[InMemoryFake]
public interface IAsyncQueryableAlbums : IQueryable<Album>, IAsyncEnumerable<Album>
{
    void Add(Album album);
}

/// <summary>A repository that is only a sequence of its entities.</summary>
[InMemoryFake]
public interface IEnumerableAlbums : IEnumerable<Album>
{
    void Add(Album album);
}

/// <summary>
/// A repository that IS a query (shape 9 of issue 10: an interface inheriting <c>IQueryable&lt;T&gt;</c>): LINQ composed on the
/// fake runs as LINQ to objects over the entities read when the query runs, as a query over EF Core's DbSet does.
/// </summary>
public class RepositoryThatIsAQueryTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Linq_on_the_repository_filters_orders_and_projects_its_entities()
    {
        IAlbumRepository albums = new InMemoryAlbumRepository();
        await albums.InsertAsync(new Album { Id = 1, Title = "Kind of Blue", Year = 1959 }, None);
        await albums.InsertAsync(new Album { Id = 2, Title = "Blue Train", Year = 1957 }, None);
        await albums.InsertAsync(new Album { Id = 3, Title = "Giant Steps", Year = 1960 }, None);

        var titles = albums.Where(a => a.Title.Contains("Blue")).OrderBy(a => a.Year).Select(a => a.Title).ToList();

        Assert.Equal(new[] { "Blue Train", "Kind of Blue" }, titles);
        Assert.Equal(3, albums.Count());
        Assert.Equal(1960, albums.Max(a => a.Year));
        Assert.Equal(typeof(Album), albums.ElementType);
        Assert.Equal(new[] { 1, 2, 3 }, albums.AsEnumerable().Select(a => a.Id));
    }

    [Fact]
    public async Task A_query_reads_the_entities_of_the_moment_it_runs_not_of_the_moment_it_was_composed()
    {
        IAlbumRepository albums = new InMemoryAlbumRepository();
        await albums.InsertAsync(new Album { Id = 1, Title = "Kind of Blue", Year = 1959 }, None);
        var late = albums.Where(a => a.Year >= 1959);

        await albums.InsertAsync(new Album { Id = 2, Title = "Giant Steps", Year = 1960 }, None);

        Assert.Equal(new[] { 1, 2 }, late.Select(a => a.Id).ToList());
        Assert.Equal(2, late.Count());
    }

    [Fact]
    public async Task Entities_a_query_returns_are_copies_a_change_to_them_does_not_reach_the_store()
    {
        IAlbumRepository albums = new InMemoryAlbumRepository();
        await albums.InsertAsync(new Album { Id = 1, Title = "Kind of Blue", Year = 1959 }, None);

        albums.Single(a => a.Id == 1).Title = "changed";

        Assert.Equal("Kind of Blue", (await albums.FindAsync(1, None))!.Title);
    }

    [Fact]
    public void Under_a_unit_of_work_a_query_reads_the_tracked_entities_and_the_save_writes_a_change_made_to_them()
    {
        ITrackedAlbumRepository albums = new InMemoryTrackedAlbumRepository();
        albums.Add(new Album { Id = 1, Title = "Kind of Blue", Year = 1959 });
        Assert.Empty(albums);
        Assert.Equal(1, albums.SaveChanges());

        albums.First(a => a.Id == 1).Year = 1960;

        // One change written: the entity the query returned was tracked, as EF Core's DbSet query returns.
        Assert.Equal(1, albums.SaveChanges());
        Assert.Equal(1960, albums.Single().Year);
    }

    [Fact]
    public async Task An_inherited_GetAsyncEnumerator_streams_the_entities_of_the_moment_it_runs()
    {
        IAsyncQueryableAlbums albums = new InMemoryAsyncQueryableAlbums();
        albums.Add(new Album { Id = 1, Title = "a" });
        var titles = new List<string>();

        albums.Add(new Album { Id = 2, Title = "b" });
        await foreach (var album in albums)
        {
            titles.Add(album.Title);
        }

        Assert.Equal(new[] { "a", "b" }, titles);
        Assert.Equal(2, albums.Count(a => a.Id > 0));
    }

    [Fact]
    public void A_repository_that_is_a_sequence_enumerates_its_entities()
    {
        IEnumerableAlbums albums = new InMemoryEnumerableAlbums();
        albums.Add(new Album { Id = 2, Title = "b" });
        albums.Add(new Album { Id = 1, Title = "a" });

        Assert.Equal(new[] { 2, 1 }, albums.Select(a => a.Id));
    }
}
