using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests;

// Seed 002: a session store (get/set/delete) whose updates are serialised, so no write is lost.
public sealed class Session
{
    public int UserId { get; set; }

    public string Username { get; set; } = "";

    public int Visits { get; set; }
}

[InMemoryFake]
public interface ISessionStore
{
    Task<Session?> GetAsync(string key);

    Task SetAsync(string key, Session value);

    Task DeleteAsync(string key);
}

public class SessionStoreSeedTests
{
    [Fact]
    public async Task Create_get_and_delete_a_session()
    {
        ISessionStore store = new InMemorySessionStore();

        await store.SetAsync("session123", new Session { UserId = 1, Username = "Alice" });
        var session = await store.GetAsync("session123");

        Assert.NotNull(session);
        Assert.Equal(1, session.UserId);
        Assert.Equal("Alice", session.Username);

        await store.DeleteAsync("session123");
        Assert.Null(await store.GetAsync("session123"));
    }

    [Fact]
    public async Task A_returned_session_is_a_copy_until_it_is_set_again()
    {
        ISessionStore store = new InMemorySessionStore();
        await store.SetAsync("s", new Session { Username = "Alice" });

        var session = await store.GetAsync("s");
        session!.Username = "Mallory";

        Assert.Equal("Alice", (await store.GetAsync("s"))!.Username);
        await store.SetAsync("s", session);
        Assert.Equal("Mallory", (await store.GetAsync("s"))!.Username);
    }

    [Fact]
    public async Task Concurrent_updates_under_the_key_lock_lose_no_write()
    {
        ISessionStore store = new InMemorySessionStore();
        await store.SetAsync("session123", new Session { UserId = 1 });
        var fake = Fakes.Of(store);

        await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(async () =>
        {
            await using var held = await fake.LockAsync("session123", TestContext.Current.CancellationToken);
            var session = await store.GetAsync("session123");
            session!.Visits++;
            await store.SetAsync("session123", session);
        })));

        Assert.Equal(200, (await store.GetAsync("session123"))!.Visits);
    }

    [Fact]
    public async Task Updates_of_different_sessions_do_not_wait_for_each_other()
    {
        ISessionStore store = new InMemorySessionStore();
        var fake = Fakes.Of(store);

        await using var first = await fake.LockAsync("a", TestContext.Current.CancellationToken);
        var second = fake.LockAsync("b", TestContext.Current.CancellationToken);

        Assert.True(second.IsCompleted);
        await (await second).DisposeAsync();
    }
}
