using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample70 (session 28), two silent guesses of community domain-driven-design codebases. baranacikgoz's
/// <c>IBackgroundJobs</c> (Hangfire behind it) had <c>bool Delete(string jobId)</c> generated as the removal of an entry of a
/// table that nothing fills (its enqueues and schedules are refused), where Hangfire moves the job to its Deleted state, in
/// which it stays (Requeue finds it again, a second Delete answers true); DDDToolkit's <c>IDDDBuilder.Clear()</c> cleared that
/// same empty table, where the real builder empties the service collection its <c>Services</c> property hands out. A removal
/// in a store whose values no member names (no member puts a value in or hands one out) is refused.
/// </summary>
public class Sample70Tests
{
    private const string Cause = "puts a value in or hands one out (no Set, Add, Get, TryGet, GetAll…) or reads what the store holds (Keys, Exists, Count), so nothing says what the store holds";

    [Fact]
    public void A_removal_in_a_store_whose_values_no_member_names_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            using System.Linq.Expressions;

            namespace V;

            [InMemoryFake]
            public interface IBackgroundJobs
            {
                string Enqueue(Expression<Action> methodCall);
                bool Delete(string jobId);
                bool Requeue(string jobId);
            }

            [InMemoryFake]
            public interface IBuilder
            {
                void Build(object target);
                void Clear();
            }
            """);

        Refusals.Exactly(
            run,
            ("Enqueue", "'Enqueue' is not a known verb"),
            ("Delete", "no member of IBackgroundJobs " + Cause),
            ("Requeue", "'Requeue' is not a known verb"),
            ("Build", "'Build' is not a known verb"),
            ("Clear", "no member of IBuilder " + Cause));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_removal_beside_a_write_a_read_or_a_key_check_of_object_values_stays_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IBag
            {
                void Set(string key, object value);
                bool Delete(string key);
                void Clear();
            }

            [InMemoryFake]
            public interface ISeededBag
            {
                object? Get(string key);
                bool Remove(string key);
            }

            [InMemoryFake]
            public interface IRevokedIds
            {
                bool Exists(string id);
                bool Remove(string id);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBag bag = new InMemoryBag();
                    bag.Set("a", 1);
                    bag.Set("b", "two");
                    Is(true, bag.Delete("a"), "Delete removes what Set put in");
                    Is(false, bag.Delete("a"), "and answers false once it is gone");
                    bag.Clear();
                    Is(false, bag.Delete("b"), "Clear removed the rest");
                }
            }
            """);
    }
}
