using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample61 (session 25): Broadcast-Development-Kit's Cosmos DB repository names its members after a stand-in for the
/// entity, <c>Item</c>: <c>GetItemAsync(id)</c>, <c>AddItemAsync(item)</c> and <c>DeleteItemAsync(id)</c> were generated,
/// but <c>GetItemsCountAsync(spec)</c> was read as a list (its leading Get) and refused for its <c>int</c> result, and
/// <c>UpdateItemAsync(id, item)</c> was "not a known verb" where <c>UpdateAsync(id, item)</c> is the update by key. Both
/// rules are general: a count named <c>Get{Entities}Count</c> with the entity's noun or a stand-in (<c>Item</c>,
/// <c>Entity</c>, <c>Record</c>, <c>Row</c>, <c>Document</c>), and the update by key with a stand-in noun.
/// </summary>
public class EntityStandInNounTests
{
    private const string Spec = """
        using System.Linq.Expressions;
        namespace V;
        public class Call { public string Id { get; set; } = ""; public string MeetingId { get; set; } = ""; public bool Active { get; set; } }
        public interface ISpecification<T>
        {
            Expression<Func<T, bool>>? Criteria { get; }
        }
        public class ActiveCalls : ISpecification<Call>
        {
            public Expression<Func<Call, bool>>? Criteria => c => c.Active;
        }

        """;

    [Fact]
    public void Get_with_the_entity_or_a_stand_in_then_Count_counts_a_specifications_matches()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Spec + """
            [InMemoryFake]
            public interface ICallRepository
            {
                Task AddItemAsync(Call item);
                Task<int> GetItemsCountAsync(ISpecification<Call> specification);
                Task<int> GetCountAsync(ISpecification<Call> specification);
                long GetTotalCallsLongCount(ISpecification<Call> specification);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICallRepository calls = new InMemoryCallRepository();
                    Is(0, calls.GetItemsCountAsync(new ActiveCalls()).GetAwaiter().GetResult(), "nothing stored");
                    calls.AddItemAsync(new Call { Id = "c1", Active = true }).GetAwaiter().GetResult();
                    calls.AddItemAsync(new Call { Id = "c2", Active = false }).GetAwaiter().GetResult();
                    calls.AddItemAsync(new Call { Id = "c3", Active = true }).GetAwaiter().GetResult();
                    Is(2, calls.GetItemsCountAsync(new ActiveCalls()).GetAwaiter().GetResult(), "the matches of the specification, not every row");
                    Is(2, calls.GetCountAsync(new ActiveCalls()).GetAwaiter().GetResult(), "GetCount alone");
                    Is(2L, calls.GetTotalCallsLongCount(new ActiveCalls()), "GetTotal with the entity's plural, LongCount");
                    Throws<ArgumentNullException>(() => calls.GetItemsCountAsync(null!).GetAwaiter().GetResult(), "specification", "a null specification");
                }
            }
            """);
    }

    [Fact]
    public void Another_word_before_Count_may_filter_and_stays_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Spec + """
            [InMemoryFake]
            public interface ICallRepository
            {
                Task AddItemAsync(Call item);
                Task<int> GetActiveCountAsync(ISpecification<Call> specification);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0001 GetActiveCountAsync" }, Refusals.Listed(run));
    }

    [Fact]
    public void UpdateItem_given_the_key_and_the_entity_is_the_update_by_key()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Spec + """
            [InMemoryFake]
            public interface ICallRepository
            {
                Task AddItemAsync(Call item);
                Task<Call?> GetItemAsync(string id);
                Task UpdateItemAsync(string id, Call item);
                void UpdateRecord(string id, Call call);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICallRepository calls = new InMemoryCallRepository();
                    calls.AddItemAsync(new Call { Id = "c1", MeetingId = "m1" }).GetAwaiter().GetResult();
                    calls.UpdateItemAsync("c1", new Call { Id = "c1", MeetingId = "m2" }).GetAwaiter().GetResult();
                    Is("m2", calls.GetItemAsync("c1").GetAwaiter().GetResult()?.MeetingId, "the stored call replaced");
                    calls.UpdateRecord("c1", new Call { Id = "c1", MeetingId = "m3" });
                    Is("m3", calls.GetItemAsync("c1").GetAwaiter().GetResult()?.MeetingId, "Record stands for the entity too");
                    Throws<NotFoundException>(() => calls.UpdateItemAsync("c9", new Call { Id = "c9" }).GetAwaiter().GetResult(), null, "a missing call: the not-found error, as UpdateAsync(id, entity)");
                    Is(null, calls.GetItemAsync("c9").GetAwaiter().GetResult(), "and nothing stored");
                    Throws<ArgumentException>(() => calls.UpdateItemAsync("c1", new Call { Id = "c2", MeetingId = "x" }).GetAwaiter().GetResult(), "item", "a call of another key");
                    Is("m3", calls.GetItemAsync("c1").GetAwaiter().GetResult()?.MeetingId, "store unchanged");
                }
            }
            """);
    }

    [Fact]
    public void Another_word_after_Update_given_the_key_and_the_entity_stays_refused()
    {
        // UpdateStatus(id, call) may set one field; only a word that stands for the entity reads as the whole update.
        var run = GeneratorHarness.Run(Sources.Usings + Spec + """
            [InMemoryFake]
            public interface ICallRepository
            {
                Task AddItemAsync(Call item);
                Task UpdateStatusAsync(string id, Call item);
            }
            """);
        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "IMF0001 UpdateStatusAsync" }, Refusals.Listed(run));
    }
}
