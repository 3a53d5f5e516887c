using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample82 (session 30), an out-of-sample round on community blog and CMS applications. Probed beside its picks, a
/// Redis-style cache wrapper's <c>Task&lt;IEnumerable&lt;Session?&gt;&gt; GetManyAsync(IEnumerable&lt;string&gt; keys)</c>
/// was generated as the values found, missing keys left out, where StackExchange.Redis's <c>StringGet</c> of many keys
/// (MGET) answers one value per key asked, nil in place, and a wrapper hands that on (notcomd/NotBlog's
/// <c>CacheMemory&lt;TMemory&gt;.GetManyAsync</c>). A list by keys whose elements are declared nullable is refused, as a
/// dictionary of nullable values by keys has been since session 17: the signature does not say which of the two it is.
/// </summary>
public class Sample82Tests
{
    private const string Cause = "so a missing key may stand in it as null, one element per key asked in the order asked";

    [Fact]
    public void A_batch_read_by_keys_whose_list_elements_are_declared_nullable_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Session
            {
                public string Id { get; set; } = "";
            }

            [InMemoryFake]
            public interface ISessionCache
            {
                Task<Session?> GetAsync(string key);
                Task SetAsync(string key, Session value, TimeSpan? expiry = null);
                Task<IEnumerable<Session?>> GetManyAsync(IEnumerable<string> keys);
            }

            [InMemoryFake]
            public interface IValues
            {
                byte[]? Get(string key);
                void Set(string key, byte[] value);
                IReadOnlyList<byte[]?> ReadMany(IReadOnlyList<string> keys);
            }

            [InMemoryFake]
            public interface ICounters
            {
                long? Get(string key);
                void Set(string key, long value);
                long?[] GetAll(string[] keys);
            }

            [InMemoryFake]
            public interface ITypedCache<T>
                where T : class
            {
                Task<T?> GetAsync(string key);
                Task SetAsync(string key, T value);
                Task<IReadOnlyList<T?>> ReadManyAsync(IEnumerable<string> keys);
            }
            """);

        Refusals.Exactly(
            run,
            ("GetManyAsync", "its list's elements are declared nullable (V.Session?), " + Cause),
            ("ReadMany", "its list's elements are declared nullable (byte[]?), " + Cause),
            ("GetAll", "its list's elements are declared nullable (long?), " + Cause),
            ("ReadManyAsync", "its list's elements are declared nullable (T?), " + Cause));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_batch_read_by_keys_whose_list_elements_are_not_declared_nullable_stays_the_values_found()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Session
            {
                public string Id { get; set; } = "";
            }

            [InMemoryFake]
            public interface ISessionCache
            {
                Task<Session?> GetAsync(string key);
                Task SetAsync(string key, Session value, TimeSpan? expiry = null);
                Task<IEnumerable<Session>> GetManyAsync(IEnumerable<string> keys);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ISessionCache cache = new InMemorySessionCache();
                    cache.SetAsync("a", new Session { Id = "a" }).GetAwaiter().GetResult();
                    cache.SetAsync("b", new Session { Id = "b" }).GetAwaiter().GetResult();
                    var found = new List<Session>(cache.GetManyAsync(new[] { "b", "missing", "a" }).GetAwaiter().GetResult());
                    Is(2, found.Count, "a list of elements not declared nullable holds the values found");
                    Is("b", found[0].Id, "in the order asked");
                    Is("a", found[1].Id, "the missing key left out");
                }
            }
            """);
    }
}
