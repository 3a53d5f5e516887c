using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.RealWorld;

// Shapes of issue 10 as real repositories write them, each through a generated fake with no hand-written member.

public sealed class Grant
{
    public int Id { get; set; }

    public string UserId { get; set; } = "";

    public string SubjectId { get; set; } = "";

    public string ClientId { get; set; } = "";

    public string Status { get; set; } = "new";

    public DateTimeOffset? LastSeen { get; set; }
}

public sealed class OperationResult
{
    private OperationResult(bool succeeded) => Succeeded = succeeded;

    public static OperationResult Success { get; } = new(true);

    public bool Succeeded { get; }

    public static OperationResult Failed(params string[] errors) => new(false);
}

[InMemoryFake]
public interface IGrantStore : IDisposable
{
    // 1. A verb and a noun that is not the entity's name; the parameter says it is the entity.
    Task StoreUserGrantAsync(Grant grant);

    // 4. Lookups by parameters that are properties, not the key.
    Task<Grant?> GetAsync(string userId);

    Task<Grant?> GetByIdAsync(int id, string userId);

    Task<Grant?> GetUserGrantAsync(string subjectId, string clientId);

    Task<IReadOnlyList<Grant>> GetGrantsAsync(string subjectId);

    Task RemoveUserGrantAsync(string subjectId, string clientId);

    // 7. Replace is an update; counts of affected rows.
    Task<int> ReplaceAsync(Grant grant);

    Task<int> DeleteAsync(int id);

    // 8. Optional flags the fake cannot act on are ignored.
    Task<Grant?> FindAsync(int id, bool includeDetails = true, CancellationToken cancellationToken = default);

    // 14. A static success value, and a failure for a missing entity.
    Task<OperationResult> UpdateAsync(Grant grant);

    // 19. Synonyms.
    Task PersistAsync(Grant grant);

    Task<bool> AnyAsync(int id);

    // 20. One field of the stored row found by key.
    Task UpdateStatusAsync(int id, string status);

    Task<bool> SetLastSeenAsync(int id, DateTimeOffset lastSeen);
}

public class EntityShapeTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Shape01_a_verb_with_a_noun_that_is_not_the_entity_name_writes_the_entity()
    {
        using var grants = new InMemoryGrantStore();
        await grants.StoreUserGrantAsync(new Grant { UserId = "u1" });

        Assert.Equal("u1", (await grants.FindAsync(1, cancellationToken: TestContext.Current.CancellationToken))!.UserId);
    }

    [Fact]
    public async Task Shape04_a_parameter_named_after_a_property_compares_that_property_not_the_key()
    {
        using var grants = new InMemoryGrantStore();
        await grants.StoreUserGrantAsync(new Grant { UserId = "u1", SubjectId = "s", ClientId = "c1" });
        await grants.StoreUserGrantAsync(new Grant { UserId = "u2", SubjectId = "s", ClientId = "c2" });

        Assert.Equal(2, (await grants.GetAsync("u2"))!.Id);
        Assert.Null(await grants.GetAsync("2"));
        Assert.Equal(1, (await grants.GetByIdAsync(1, "u1"))!.Id);
        Assert.Null(await grants.GetByIdAsync(1, "u2"));
        Assert.Equal(2, (await grants.GetUserGrantAsync("s", "c2"))!.Id);
        Assert.Equal(2, (await grants.GetGrantsAsync("s")).Count);

        await grants.RemoveUserGrantAsync("s", "c1");
        Assert.Null(await grants.GetUserGrantAsync("s", "c1"));
        Assert.NotNull(await grants.GetUserGrantAsync("s", "c2"));
    }

    [Fact]
    public async Task Shape07_replace_updates_and_counts_report_affected_rows()
    {
        using var grants = new InMemoryGrantStore();
        await grants.StoreUserGrantAsync(new Grant { UserId = "u1" });

        Assert.Equal(1, await grants.ReplaceAsync(new Grant { Id = 1, UserId = "u9" }));
        Assert.Equal("u9", (await grants.FindAsync(1, cancellationToken: TestContext.Current.CancellationToken))!.UserId);
        Assert.Equal(0, await grants.ReplaceAsync(new Grant { Id = 7 }));
        Assert.Equal(1, await grants.DeleteAsync(1));
        Assert.Equal(0, await grants.DeleteAsync(1));
    }

    [Fact]
    public async Task Shape08_optional_flags_are_ignored()
    {
        using var grants = new InMemoryGrantStore();
        await grants.StoreUserGrantAsync(new Grant { UserId = "u1" });

        Assert.NotNull(await grants.FindAsync(1, includeDetails: false, None));
    }

    [Fact]
    public async Task Shape14_a_static_success_value_and_a_failure_for_a_missing_entity()
    {
        using var grants = new InMemoryGrantStore();
        await grants.StoreUserGrantAsync(new Grant { UserId = "u1" });

        Assert.True((await grants.UpdateAsync(new Grant { Id = 1, UserId = "u2" })).Succeeded);
        Assert.False((await grants.UpdateAsync(new Grant { Id = 5 })).Succeeded);
        Assert.Equal("u2", (await grants.FindAsync(1, cancellationToken: TestContext.Current.CancellationToken))!.UserId);
    }

    [Fact]
    public async Task Shape17_dispose_does_nothing()
    {
        var grants = new InMemoryGrantStore();
        await grants.StoreUserGrantAsync(new Grant());
        grants.Dispose();

        Assert.True(await grants.AnyAsync(1));
    }

    [Fact]
    public async Task Shape19_persist_upserts_and_any_tests_a_key()
    {
        using var grants = new InMemoryGrantStore();
        await grants.PersistAsync(new Grant { UserId = "u1" });
        await grants.PersistAsync(new Grant { Id = 1, UserId = "u2" });

        Assert.Equal("u2", (await grants.FindAsync(1, cancellationToken: TestContext.Current.CancellationToken))!.UserId);
        Assert.True(await grants.AnyAsync(1));
        Assert.False(await grants.AnyAsync(2));
    }

    [Fact]
    public async Task Shape20_one_field_of_the_stored_row_is_set_by_key()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 12, 1, 0, 0, 0, TimeSpan.Zero));
        using var grants = new InMemoryGrantStore(clock);
        await grants.StoreUserGrantAsync(new Grant { UserId = "u1" });

        await grants.UpdateStatusAsync(1, "active");
        Assert.True(await grants.SetLastSeenAsync(1, clock.GetUtcNow()));
        Assert.False(await grants.SetLastSeenAsync(2, clock.GetUtcNow()));
        await Assert.ThrowsAsync<NotFoundException>(() => grants.UpdateStatusAsync(2, "x"));

        var stored = (await grants.FindAsync(1, cancellationToken: TestContext.Current.CancellationToken))!;
        Assert.Equal("active", stored.Status);
        Assert.Equal(clock.GetUtcNow(), stored.LastSeen);
        Assert.Equal("u1", stored.UserId);
    }
}
