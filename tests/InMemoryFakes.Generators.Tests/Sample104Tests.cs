using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample104 (session 33), Blazor applications. bxjg1987/testblazorauto's <c>IDataDictionaryAppService</c> (an ABP
/// application service over a tree of dictionary nodes) takes ABP's <c>EntityDto&lt;long&gt;</c> in <c>GetAsync</c> and
/// <c>DeleteAsync</c>: an object whose one property is the key. Both were refused, rightly (the service maps rows to DTOs,
/// checks permissions and deletes a node's whole subtree), but the message said the object was no filter object "when every
/// public property of it names one of the entity's", which its one property does. The message now says what the object
/// is (the key inside an object, an application service's signature) and what to do; an object whose properties all name
/// the entity's but cannot be left unset says that instead of the rule it seemed to meet.
/// </summary>
public class Sample104Tests
{
    private const string Nodes = Sources.Usings + """
        namespace V;

        public class EntityDto<TPrimaryKey>
        {
            public TPrimaryKey Id { get; set; } = default!;
        }

        public class DictionaryNode
        {
            public long Id { get; set; }
            public string DisplayName { get; set; } = "";
            public long? ParentId { get; set; }
            public bool IsActive { get; set; }
        }

        public class NodeQuery
        {
            public string? DisplayName { get; set; }
            public bool IsActive { get; set; }
        }

        public class NodeFilter
        {
            public string? DisplayName { get; set; }
            public bool? IsActive { get; set; }
        }

        [InMemoryFake]
        public interface IDictionaryNodeStore
        {
            Task AddAsync(DictionaryNode node);
            Task<DictionaryNode?> GetAsync(EntityDto<long> input);
            Task DeleteAsync(EntityDto<long> input);
            Task<List<DictionaryNode>> GetAllAsync(NodeQuery query);
            Task<List<DictionaryNode>> FindAllAsync(NodeFilter filter);
        }
        """;

    [Fact]
    public void An_object_that_is_no_filter_is_refused_saying_what_it_is()
    {
        var run = GeneratorHarness.Run(Nodes);
        Refusals.Exactly(
            run,
            ("GetAsync", "parameter 'input' names neither the key (Id) nor a property of DictionaryNode: it is an object of type EntityDto<long> holding only the key (Id), as ABP's EntityDto<TKey> does, and a key inside an object is not read as the key: a member taking one is an application service's (DTOs in and out, permissions checked), whose work on that row, and on rows beside it, is its own code; fake the repository the service calls, take the key itself (long id) in a store's member, or write the member"),
            ("DeleteAsync", "parameter 'input' names neither the key (Id) nor a property of DictionaryNode: it is an object of type EntityDto<long> holding only the key (Id), as ABP's EntityDto<TKey> does"),
            ("GetAllAsync", "parameter 'query' names neither the key (Id) nor a property of DictionaryNode, and as an object of type NodeQuery it is no value of a property to compare, nor a filter object (whose properties each name one of DictionaryNode's and can be left unset, null): the filter NodeQuery's property IsActive is a bool, which cannot be left unset; make it nullable; write the member"));
    }
}
