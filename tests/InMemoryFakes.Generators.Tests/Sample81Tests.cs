using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample81 (session 29), an out-of-sample round on community WPF applications. HeBianGu's <c>IRepositoryPresenter</c>
/// had <c>void RefreshData()</c> generated as the sliding-expiry touch of a key-value store's single value, in a store whose
/// other members are all refused, so nothing could ever put that value in; the real presenter reloads the app's image
/// collection from its database. A refresh, an expiry or a time-to-live read in a store whose values no member names is
/// refused for the reason a removal there is (h-sample70, <see cref="Sample70Tests"/>): it acts on the real store's own state.
/// </summary>
public class Sample81Tests
{
    private const string Cause = "puts a value in or hands one out (no Set, Add, Get, TryGet, GetAll…) or reads what the store holds (Keys, Exists, Count), so nothing says what the store holds: a refresh, expiry or time-to-live read of its entries acts on the real store's own state";

    [Fact]
    public void A_refresh_expiry_or_time_to_live_read_in_a_store_whose_values_no_member_names_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IPresenter
            {
                void RefreshData();
                bool Where(string pageId);
            }

            [InMemoryFake]
            public interface ISessionToucher
            {
                void Refresh(string key);
                Task TouchAsync(string key);
                void Expire(string key, TimeSpan ttl);
                TimeSpan? GetTimeToLive(string key);
            }
            """);

        Refusals.Exactly(
            run,
            ("RefreshData", "no member of IPresenter " + Cause),
            ("Where", "'Where' is not a known verb"),
            ("Refresh", "no member of ISessionToucher " + Cause),
            ("TouchAsync", "no member of ISessionToucher " + Cause),
            ("Expire", "no member of ISessionToucher " + Cause),
            ("GetTimeToLive", "no member of ISessionToucher " + Cause));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_refresh_beside_a_write_of_the_values_stays_generated_and_renews_the_sliding_expiry()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ISessionCache
            {
                string? Get(string key);
                void Set(string key, string value, TimeSpan slidingExpiration);
                void Refresh(string key);
            }

            [InMemoryFake]
            public interface IObjectSessions
            {
                void Set(string key, object value, TimeSpan slidingExpiration);
                void Refresh(string key);
                TimeSpan? GetTimeToLive(string key);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var clock = new ManualClock();
                    ISessionCache cache = new InMemorySessionCache(clock);
                    cache.Set("s", "cart", TimeSpan.FromMinutes(10));
                    clock.Advance(TimeSpan.FromMinutes(6));
                    cache.Refresh("s");
                    clock.Advance(TimeSpan.FromMinutes(6));
                    Is("cart", cache.Get("s"), "Refresh renews the sliding window");
                    clock.Advance(TimeSpan.FromMinutes(11));
                    Is(null, cache.Get("s"), "and the entry ends a window after the last touch");

                    IObjectSessions sessions = new InMemoryObjectSessions(clock);
                    sessions.Set("t", 42, TimeSpan.FromMinutes(10));
                    clock.Advance(TimeSpan.FromMinutes(4));
                    sessions.Refresh("t");
                    Is(TimeSpan.FromMinutes(10), sessions.GetTimeToLive("t"), "a refresh of object values beside their write renews the window");
                    Is(null, sessions.GetTimeToLive("missing"), "a key never set has no time to live");
                }
            }
            """);
    }
}
