using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample116 (session 36), Microsoft's Azure organisation. azure-libraries-for-net's <c>IRedisCache</c> declares
/// <c>IRedisAccessKeys GetKeys()</c> and <c>IRedisAccessKeys Keys { get; }</c>: the cache's primary and secondary access
/// keys, listed through Azure Resource Manager and kept. Read as the store's keys, both were refused with "a list of string
/// must be returned as IReadOnlyList&lt;T&gt;, …", a cause they do not have: they return no collection at all, and changing
/// the collection type would not make them a listing of a fake's keys. A list read whose result is no collection now names
/// the type it returns.
/// </summary>
public class Sample116Tests
{
    private const string Cache = Sources.Usings + """
        #nullable disable
        namespace V;

        public interface IAccessKeys
        {
            string PrimaryKey { get; }
            string SecondaryKey { get; }
        }

        [InMemoryFake]
        public interface ICacheResource
        {
            string Get(string key);
            void Set(string key, string value);
            IAccessKeys GetKeys();
            IAccessKeys Keys { get; }
        }
        """;

    [Fact]
    public void A_keys_read_returning_no_collection_is_refused_naming_the_type_it_returns()
    {
        var run = GeneratorHarness.Run(Cache);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("GetKeys", "it returns V.IAccessKeys, which is no collection"), ("Keys", "it returns V.IAccessKeys, which is no collection"));
        Assert.Equal(
            "'GetKeys' of ICacheResource matches no key-value store convention: it returns V.IAccessKeys, which is no collection, where a list of string is read "
            + "(as IReadOnlyList<T>, IReadOnlyCollection<T>, IList<T>, ICollection<T>, List<T>, IEnumerable<T>, T[] or IAsyncEnumerable<T>): "
            + "which entries a type of its own holds, if any, and how, is the real store's to say. "
            + "Implement it in the partial class InMemoryCacheResource, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetKeys)) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Refusals.Message(run, "GetKeys"));
    }

    [Fact]
    public void A_string_or_a_class_result_is_no_collection_but_a_collection_of_another_kind_keeps_the_collection_message()
    {
        var scalar = GeneratorHarness.Run(Cache.Replace("IAccessKeys GetKeys();", "string GetKeys();", System.StringComparison.Ordinal));
        Assert.Contains("it returns string, which is no collection, where a list of string is read", Refusals.Message(scalar, "GetKeys"), System.StringComparison.Ordinal);

        var task = GeneratorHarness.Run(Cache.Replace("IAccessKeys GetKeys();", "Task<IAccessKeys> GetKeysAsync();", System.StringComparison.Ordinal));
        Assert.Contains("it returns V.IAccessKeys, which is no collection", Refusals.Message(task, "GetKeysAsync"), System.StringComparison.Ordinal);

        // A collection whose element is not the key's type is a list of something else: the old message stands.
        var other = GeneratorHarness.Run(Cache.Replace("IAccessKeys GetKeys();", "List<int> GetKeys();", System.StringComparison.Ordinal));
        Assert.Contains("a list of string must be returned as IReadOnlyList<T>", Refusals.Message(other, "GetKeys"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("which is no collection", Refusals.Message(other, "GetKeys"), System.StringComparison.Ordinal);

        // A list of the keys is generated as before.
        var listed = GeneratorHarness.Run(Refusals.Without(Cache, "    IAccessKeys Keys { get; }\n")
            .Replace("IAccessKeys GetKeys();", "IReadOnlyList<string> GetKeys();", System.StringComparison.Ordinal));
        Refusals.Exactly(listed);
        BehaviourCheck.Run(listed, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICacheResource cache = new InMemoryCacheResource();
                    cache.Set("b", "2");
                    cache.Set("a", "1");
                    Is(2, cache.GetKeys().Count, "every key is listed");
                }
            }
            """);
    }

    [Fact]
    public void An_entity_list_read_returning_a_class_of_its_own_names_it_too()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public class Resource
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
            }

            public class Resources
            {
                public List<Resource> Identity { get; set; } = new();
                public List<Resource> Api { get; set; } = new();
            }

            [InMemoryFake]
            public interface IResourceRepository
            {
                Resource? GetById(int id);
                void Add(Resource resource);
                Resources GetAll();
            }
            """);
        Assertions.NeverFailed(run);
        Refusals.Exactly(run, ("GetAll", "it returns V.Resources, which is no collection, where a list of V.Resource is read"));
    }
}
