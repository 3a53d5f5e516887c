using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Members of real interfaces whose generated reading did something else than the real store (the corpus's
/// "Generated members that do something else than the real store"), now refused unless a setting states them: an add to
/// a cache of an entry already cached (OpenIddict's caches replace it, the fake threw the duplicate-key error).
/// </summary>
public class SmokeRound2Tests
{
    private const string Apps = Sources.Usings + """
        namespace Apps;

        public class Application
        {
            public string Id { get; set; } = "";
            public string ClientId { get; set; } = "";
            public string DisplayName { get; set; } = "";
        }

        """;

    private const string CheckPrelude = """
        #nullable enable
        using System;
        using System.Linq;
        using System.Threading.Tasks;
        using Apps;

        using static Behaviour.Expect;

        namespace Behaviour;

        public static class Checks
        {

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    private const string CacheMembers = """
        {
            ValueTask AddAsync(Application application, CancellationToken cancellationToken);
            ValueTask<Application?> FindByIdAsync(string identifier, CancellationToken cancellationToken);
        }
        """;

    [Fact]
    public void An_add_to_a_cache_is_refused_without_TakenKeyAdds_and_the_message_names_the_three_readings()
    {
        var run = GeneratorHarness.Run(Apps + "[InMemoryFake]\npublic interface IApplicationCache\n" + CacheMembers);

        var refused = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", refused.Id);
        Assert.Contains("an add to a cache ('IApplicationCache') of an entry already cached: whether it replaces the entry (OpenIddict's application and authorization caches, LazyCache's IAppCache.Add), keeps the first (System.Runtime.Caching's ObjectCache.Add) or throws (CoreWCF's SecurityContextTokenCache.AddContext: InvalidOperationException) is the cache's own, where a repository's add throws the duplicate-key error. State it on [InMemoryFake]: TakenKeyAdds = TakenKeyAdd.Replace (an upsert), TakenKeyAdd.Skip (the first kept) or TakenKeyAdd.Throw (the error)", Message(run, "AddAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_add_outside_a_cache_keeps_the_duplicate_key_error()
    {
        var run = GeneratorHarness.Run(Apps + "[InMemoryFake]\npublic interface IApplicationStore\n" + CacheMembers);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    IApplicationStore store = new InMemoryApplicationStore();
                    store.AddAsync(new Application { Id = "1", DisplayName = "a" }, default).AsTask().Wait();
                    Throws<AggregateException>(() => store.AddAsync(new Application { Id = "1", DisplayName = "b" }, default).AsTask().Wait(), null, "a taken key is the duplicate-key error");
                    Is("a", store.FindByIdAsync("1", default).AsTask().Result?.DisplayName, "the first stays");
                }
            }
            """);
    }

    [Fact]
    public void Under_TakenKeyAdds_Skip_a_cache_add_keeps_the_entry_already_cached()
    {
        var run = GeneratorHarness.Run(Apps + "[InMemoryFake(TakenKeyAdds = TakenKeyAdd.Skip)]\npublic interface IApplicationCache\n" + CacheMembers);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, CheckPrelude + """
                public static void Run()
                {
                    IApplicationCache cache = new InMemoryApplicationCache();
                    cache.AddAsync(new Application { Id = "1", DisplayName = "a" }, default).AsTask().Wait();
                    cache.AddAsync(new Application { Id = "1", DisplayName = "b" }, default).AsTask().Wait();
                    Is("a", cache.FindByIdAsync("1", default).AsTask().Result?.DisplayName, "the second add of a cached id keeps the first, and throws nothing");
                }
            }
            """);
    }
}
