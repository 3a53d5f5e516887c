using System;
using System.Linq;
using System.Linq.Expressions;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Queries;

public sealed class Track
{
    public int Id { get; set; }

    public string Title { get; set; } = "";

    public int Plays { get; set; }
}

/// <summary>nopCommerce's and the starter templates' shape: members returning a queryable of the entities (a missing row's delete throws, as EF Core's Remove + SaveChanges).</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ITrackRepository
{
    IQueryable<Track> Table { get; }

    IQueryable<Track> FindBy(Expression<Func<Track, bool>> predicate);

    void Insert(Track track);

    void Update(Track track);

    void Delete(Track track);
}

/// <summary>The same over a unit of work: a query reads the tracked entities, so a change waits for the save.</summary>
[InMemoryFake]
public interface ITrackedTrackRepository
{
    IQueryable<Track> Query();

    void Add(Track track);

    int SaveChanges();
}

/// <summary>
/// A member returning a queryable (shape 9 of issue 10) is a deferred query, as a query over EF Core's <c>DbSet</c> is: it
/// reads the rows of the moment it runs, not of the moment the member was called (since session 41; before, a snapshot
/// taken at the call, so a query held in a field, or composed before a write and run after it, read stale rows).
/// </summary>
public class QueryableMemberTests
{
    [Fact]
    public void A_query_composed_before_a_write_reads_the_rows_of_the_moment_it_runs()
    {
        ITrackRepository tracks = new InMemoryTrackRepository();
        tracks.Insert(new Track { Id = 1, Title = "So What", Plays = 10 });

        var popular = tracks.Table.Where(t => t.Plays >= 10);
        var found = tracks.FindBy(t => t.Title.StartsWith("Bl", StringComparison.Ordinal));
        Assert.Equal(new[] { 1 }, popular.Select(t => t.Id).ToList());
        Assert.Empty(found.ToList());

        tracks.Insert(new Track { Id = 2, Title = "Blue in Green", Plays = 12 });
        tracks.Update(new Track { Id = 1, Title = "So What", Plays = 3 });

        // EF Core runs the composed query when it is enumerated: the insert and the update are in it.
        Assert.Equal(new[] { 2 }, popular.Select(t => t.Id).ToList());
        Assert.Equal(new[] { 2 }, found.Select(t => t.Id).ToList());

        tracks.Delete(new Track { Id = 2, Title = "Blue in Green", Plays = 12 });
        Assert.Empty(popular.ToList());
        Assert.Equal(new[] { 1 }, tracks.Table.Select(t => t.Id).ToList());
    }

    [Fact]
    public void A_queryable_held_in_a_field_keeps_reading_the_table()
    {
        ITrackRepository tracks = new InMemoryTrackRepository();
        var table = tracks.Table;

        for (var i = 1; i <= 3; i++)
        {
            tracks.Insert(new Track { Id = i, Title = "T" + i, Plays = i });
            Assert.Equal(i, table.Count());
        }

        Assert.Equal(6, table.Sum(t => t.Plays));
    }

    [Fact]
    public void Rows_read_through_a_query_are_copies_a_change_to_which_is_not_stored()
    {
        ITrackRepository tracks = new InMemoryTrackRepository();
        tracks.Insert(new Track { Id = 1, Title = "So What", Plays = 10 });

        tracks.Table.Single().Plays = 99;

        Assert.Equal(10, tracks.Table.Single().Plays);
    }

    [Fact]
    public void Under_a_unit_of_work_a_query_held_before_the_save_reads_the_saved_rows_and_tracks_them()
    {
        ITrackedTrackRepository tracks = new InMemoryTrackedTrackRepository();
        var query = tracks.Query().Where(t => t.Plays > 0);

        tracks.Add(new Track { Id = 1, Title = "So What", Plays = 1 });
        Assert.Empty(query);
        Assert.Equal(1, tracks.SaveChanges());
        Assert.Equal(1, query.Count());

        // The row the query returned is tracked, as EF Core's DbSet query returns it: the save writes its change.
        query.Single().Plays = 5;
        Assert.Equal(1, tracks.SaveChanges());
        Assert.Equal(5, tracks.Query().Single().Plays);
    }
}
