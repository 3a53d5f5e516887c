using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

public sealed class TableRow
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public byte[] Version { get; set; } = [];
}

/// <summary>CommunityToolkit.Datasync's shape: a void delete by key with an optional expected version, 404 for a missing id.</summary>
[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface ITableRows
{
    ValueTask CreateAsync(TableRow row, CancellationToken cancellationToken = default);

    ValueTask<TableRow?> FindAsync(string id, CancellationToken cancellationToken = default);

    ValueTask ReplaceAsync(TableRow row, byte[]? version = null, CancellationToken cancellationToken = default);

    ValueTask DeleteAsync(string id, byte[]? version = null, CancellationToken cancellationToken = default);

    void Remove(TableRow row);

    bool RemoveById(string id);
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface ILenientTableRows
{
    void Add(TableRow row);

    TableRow? Find(string id);

    void Replace(TableRow row, byte[]? version = null);

    Task DeleteAsync(string id, byte[]? version = null);
}

public sealed class RowMissing(string message) : Exception(message);

/// <summary>A result type with a static success value and no failure (Identity's <c>IdentityResult.Success</c> without <c>Failed</c>).</summary>
public sealed class RowResult
{
    public static RowResult Success { get; } = new();
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IResultTableRows
{
    void Add(TableRow row);

    RowResult Delete(string id);

    RowResult Remove(TableRow row);
}

[InMemoryFake(typeof(ITableRows), MissingDelete = MissingDelete.NotFound, NotFoundException = typeof(RowMissing))]
public partial class MappedTableRows;

/// <summary>
/// <c>MissingDelete</c> states what a removal of one entity returning nothing does when the entity is not stored, which the
/// signature cannot: <c>NotFound</c> throws the not-found error (the configured type when set) with the store unchanged,
/// <c>Ignore</c> does nothing; either lets the removal take an expected concurrency token. Removals returning bool say it
/// themselves.
/// </summary>
public sealed class MissingDeleteTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NotFound_makes_a_void_delete_of_a_missing_key_the_not_found_error_and_keeps_the_others()
    {
        ITableRows rows = new InMemoryTableRows();
        await rows.CreateAsync(new TableRow { Id = "a", Title = "one" }, None);

        var error = await Assert.ThrowsAsync<NotFoundException>(async () => await rows.DeleteAsync("missing", cancellationToken: None));
        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, Fakes.Of(rows).Count);

        await rows.DeleteAsync("a", cancellationToken: None);
        Assert.Null(await rows.FindAsync("a", None));
        await Assert.ThrowsAsync<NotFoundException>(async () => await rows.DeleteAsync("a", cancellationToken: None));
    }

    [Fact]
    public async Task NotFound_with_an_expected_version_checks_the_token_of_a_stored_entity_and_throws_not_found_for_a_missing_one()
    {
        ITableRows rows = new InMemoryTableRows();
        await rows.CreateAsync(new TableRow { Id = "a", Title = "one" }, None);
        await rows.ReplaceAsync(new TableRow { Id = "a", Title = "two" }, cancellationToken: None);
        var current = (await rows.FindAsync("a", None))!.Version;

        await Assert.ThrowsAsync<ConcurrencyConflictException>(async () => await rows.DeleteAsync("a", [1, 2, 3], None));
        Assert.Equal("two", (await rows.FindAsync("a", None))!.Title);
        await Assert.ThrowsAsync<NotFoundException>(async () => await rows.DeleteAsync("b", current, None));

        await rows.DeleteAsync("a", current, None);
        Assert.Equal(0, Fakes.Of(rows).Count);
    }

    [Fact]
    public async Task NotFound_applies_to_a_void_removal_of_an_entity_but_not_to_one_that_returns_bool()
    {
        ITableRows rows = new InMemoryTableRows();
        await rows.CreateAsync(new TableRow { Id = "a", Title = "one" }, None);

        Assert.Throws<NotFoundException>(() => rows.Remove(new TableRow { Id = "b" }));
        Assert.False(rows.RemoveById("b"));
        Assert.Equal(1, Fakes.Of(rows).Count);

        rows.Remove(new TableRow { Id = "a" });
        Assert.Equal(0, Fakes.Of(rows).Count);
    }

    [Fact]
    public async Task The_configured_not_found_exception_is_thrown_for_a_missing_delete()
    {
        ITableRows rows = new MappedTableRows();

        await Assert.ThrowsAsync<RowMissing>(async () => await rows.DeleteAsync("x", cancellationToken: None));
        Assert.Throws<RowMissing>(() => rows.Remove(new TableRow { Id = "x" }));
    }

    [Fact]
    public async Task Ignore_lets_a_void_delete_take_an_expected_version_and_a_missing_entity_is_nothing()
    {
        ILenientTableRows rows = new InMemoryLenientTableRows();
        rows.Add(new TableRow { Id = "a", Title = "one" });
        rows.Replace(new TableRow { Id = "a", Title = "two" });
        var current = rows.Find("a")!.Version;

        await rows.DeleteAsync("missing", [1]);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => rows.DeleteAsync("a", [1, 2, 3]));
        Assert.NotNull(rows.Find("a"));

        await rows.DeleteAsync("a", current);
        Assert.Null(rows.Find("a"));
    }

    [Fact]
    public void NotFound_applies_to_a_removal_returning_a_success_value_that_cannot_say_failure()
    {
        IResultTableRows rows = new InMemoryResultTableRows();
        rows.Add(new TableRow { Id = "a" });
        rows.Add(new TableRow { Id = "b" });

        Assert.Throws<NotFoundException>(() => rows.Delete("x"));
        Assert.Throws<NotFoundException>(() => rows.Remove(new TableRow { Id = "x" }));
        Assert.Equal(2, Fakes.Of(rows).Count);

        Assert.Same(RowResult.Success, rows.Delete("a"));
        Assert.Same(RowResult.Success, rows.Remove(new TableRow { Id = "b" }));
        Assert.Equal(0, Fakes.Of(rows).Count);
    }
}
