using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>ConcurrencyStamp</c> (ASP.NET Core Identity's name) is a concurrency token: checked and changed on every update; a
/// write that returns a result with a failure reports a stale copy in the result, as Identity's EF Core stores do.
/// </summary>
public class ConcurrencyStampTests
{
    private static CancellationToken None => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UpdateAsync_changes_the_ConcurrencyStamp_on_the_callers_object_and_in_the_store()
    {
        IStampedAccountStore store = new InMemoryStampedAccountStore();
        var account = new StampedAccount { Name = "a" };
        await store.CreateAsync(account, None);
        var before = account.ConcurrencyStamp;

        account.Name = "b";
        Assert.True((await store.UpdateAsync(account, None)).Succeeded);

        Assert.NotEqual(before, account.ConcurrencyStamp);
        var stored = await store.FindByIdAsync(account.Id, None);
        Assert.Equal(account.ConcurrencyStamp, stored?.ConcurrencyStamp);
        Assert.Equal("b", stored?.Name);
        account.Name = "c";
        Assert.True((await store.UpdateAsync(account, None)).Succeeded);
    }

    [Fact]
    public async Task UpdateAsync_and_DeleteAsync_of_a_stale_copy_return_the_failed_result_and_change_nothing()
    {
        IStampedAccountStore store = new InMemoryStampedAccountStore();
        var account = new StampedAccount { Name = "a" };
        await store.CreateAsync(account, None);
        var stale = await store.FindByIdAsync(account.Id, None);
        account.Name = "saved first";
        await store.UpdateAsync(account, None);

        stale!.Name = "stale";
        var staleStamp = stale.ConcurrencyStamp;
        Assert.False((await store.UpdateAsync(stale, None)).Succeeded);
        Assert.False((await store.DeleteAsync(stale, None)).Succeeded);

        Assert.Equal(staleStamp, stale.ConcurrencyStamp);
        Assert.Equal("saved first", (await store.FindByIdAsync(account.Id, None))?.Name);
        Assert.True((await store.DeleteAsync(account, None)).Succeeded);
        Assert.Null(await store.FindByIdAsync(account.Id, None));
    }

    [Fact]
    public void Update_returning_the_entity_throws_the_conflict_error_for_a_stale_ConcurrencyStamp()
    {
        IStampedAccountRepository repository = new InMemoryStampedAccountRepository();
        var account = repository.Add(new StampedAccount { Name = "a" });
        var stale = repository.Find(account.Id)!;
        repository.Update(account);

        Assert.Throws<ConcurrencyConflictException>(() => repository.Update(stale));
    }

    [Fact]
    public async Task With_immediate_unit_of_work_writes_a_stale_copy_fails_in_the_result()
    {
        var backend = new InMemoryBackend();
        IStampedAccountImmediateStore store = new InMemoryStampedAccountImmediateStore(backend);
        var account = new StampedAccount { Name = "a" };
        await store.CreateAsync(account, None);
        var stale = new StampedAccount { Id = account.Id, Name = "stale", ConcurrencyStamp = account.ConcurrencyStamp };
        Assert.True((await store.UpdateAsync(account, None)).Succeeded);

        Assert.False((await store.UpdateAsync(stale, None)).Succeeded);
        Assert.False((await store.DeleteAsync(stale, None)).Succeeded);
        Assert.Equal("a", (await new InMemoryStampedAccountImmediateStore(backend).FindByIdAsync(account.Id, None))?.Name);
    }

    [Fact]
    public async Task With_deferred_unit_of_work_writes_a_stale_copy_is_the_conflict_error_when_saved()
    {
        var backend = new InMemoryBackend();
        IStampedAccountDeferredStore first = new InMemoryStampedAccountDeferredStore(backend);
        var account = new StampedAccount { Name = "a" };
        await first.CreateAsync(account, None);
        await first.SaveChangesAsync(None);
        var stale = new StampedAccount { Id = account.Id, Name = "stale", ConcurrencyStamp = account.ConcurrencyStamp };
        account.Name = "saved first";
        await first.UpdateAsync(account, None);
        await first.SaveChangesAsync(None);

        IStampedAccountDeferredStore second = new InMemoryStampedAccountDeferredStore(backend);
        Assert.True((await second.UpdateAsync(stale, None)).Succeeded);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.SaveChangesAsync(None));
        Assert.Equal("saved first", (await new InMemoryStampedAccountDeferredStore(backend).FindByIdAsync(account.Id, None))?.Name);
    }
}
