using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample88 (session 31), an out-of-sample round on projects named for the language (find_repos("CSharp")).
/// Hazelcast's <c>IAtomicLong</c> had its steps refused as unknown verbs (<c>IncrementAndGetAsync</c>: "'AndGet' is no noun
/// of this store") and its <c>CompareAndSetAsync(comparand, value)</c> as no <c>TryUpdate(key, newValue, comparisonValue)</c>,
/// and its <c>GetAsync()</c> threw the not-found error before any write where a new atomic long is 0. The steps are
/// java.util.concurrent.atomic's names, which Hazelcast, Redisson and Ignite keep: <c>…AndGet</c> hands out the value after
/// the step, <c>GetAnd…</c> the value before it, and a value never written is 0.
/// </summary>
public class Sample88Tests
{
    [Fact]
    public void The_steps_of_an_atomic_long_are_generated_over_the_single_value_and_a_new_one_is_0()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IAtomicLong
            {
                Task<long> AddAndGetAsync(long value);
                Task<bool> CompareAndSetAsync(long comparand, long value);
                Task<long> DecrementAndGetAsync();
                Task<long> GetAndDecrementAsync();
                Task<long> GetAsync();
                Task<long> GetAndAddAsync(long value);
                Task<long> GetAndSetAsync(long value);
                Task<long> IncrementAndGetAsync();
                Task<long> GetAndIncrementAsync();
                Task SetAsync(long value);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAtomicLong counter = new InMemoryAtomicLong();
                    Is(0L, counter.GetAsync().GetAwaiter().GetResult(), "a new atomic long is 0");
                    Is(false, counter.CompareAndSetAsync(5, 7).GetAwaiter().GetResult(), "CompareAndSet of a value never written compares with 0");
                    Is(1L, counter.IncrementAndGetAsync().GetAwaiter().GetResult(), "IncrementAndGet hands out the new value");
                    Is(1L, counter.GetAndIncrementAsync().GetAwaiter().GetResult(), "GetAndIncrement hands out the old value");
                    Is(12L, counter.AddAndGetAsync(10).GetAwaiter().GetResult(), "AddAndGet adds the delta");
                    Is(12L, counter.GetAndAddAsync(-2).GetAwaiter().GetResult(), "GetAndAdd hands out the value before the delta");
                    Is(9L, counter.DecrementAndGetAsync().GetAwaiter().GetResult(), "DecrementAndGet");
                    Is(9L, counter.GetAndDecrementAsync().GetAwaiter().GetResult(), "GetAndDecrement hands out 9");
                    Is(8L, counter.GetAsync().GetAwaiter().GetResult(), "and leaves 8");
                    Is(8L, counter.GetAndSetAsync(100).GetAwaiter().GetResult(), "GetAndSet hands out the old value");
                    Is(100L, counter.GetAsync().GetAwaiter().GetResult(), "and writes the new one");
                    Is(false, counter.CompareAndSetAsync(5, 7).GetAwaiter().GetResult(), "CompareAndSet with another comparand writes nothing");
                    Is(100L, counter.GetAsync().GetAwaiter().GetResult(), "so the value stays");
                    Is(true, counter.CompareAndSetAsync(100, 7).GetAwaiter().GetResult(), "CompareAndSet with the current value writes");
                    Is(7L, counter.GetAsync().GetAwaiter().GetResult(), "the value given");

                    counter.SetAsync(long.MaxValue).GetAwaiter().GetResult();
                    Throws<OverflowException>(() => counter.IncrementAndGetAsync().GetAwaiter().GetResult(), null, "a step past long's range");
                    Throws<OverflowException>(() => counter.GetAndAddAsync(1).GetAwaiter().GetResult(), null, "a GetAndAdd past long's range");
                    Is(long.MaxValue, counter.GetAsync().GetAwaiter().GetResult(), "leaves the value as it was");

                    IAtomicLong fresh = new InMemoryAtomicLong();
                    Is(true, fresh.CompareAndSetAsync(0, 5).GetAwaiter().GetResult(), "a value never written is 0, so CompareAndSet(0, …) writes");
                    Is(5L, fresh.GetAsync().GetAwaiter().GetResult(), "the value given");
                    IAtomicLong swapped = new InMemoryAtomicLong();
                    Is(0L, swapped.GetAndSetAsync(3).GetAwaiter().GetResult(), "GetAndSet of a value never written hands out 0");
                    Is(3L, swapped.GetAsync().GetAwaiter().GetResult(), "and writes");
                }
            }
            """);
    }

    [Fact]
    public void Keyed_steps_over_int_values_take_the_key_first_and_count_a_missing_key_as_0()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface ICounters
            {
                int Get(string name);
                int GetAndAdd(string name, int delta);
                int IncrementAndGet(string name);
                bool CompareAndSet(string name, int expect, int update);
                int GetAndSet(string name, int newValue);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    ICounters counters = new InMemoryCounters();
                    Is(0, counters.Get("hits"), "a counter never written is 0");
                    Is(0, counters.GetAndAdd("hits", 5), "GetAndAdd of a missing key hands out 0");
                    Is(6, counters.IncrementAndGet("hits"), "and the step goes on from the delta");
                    Is(0, counters.Get("misses"), "each key counts on its own");
                    Is(false, counters.CompareAndSet("hits", 5, 9), "expect is compared with the value, update written");
                    Is(true, counters.CompareAndSet("hits", 6, 9), "whatever the order of the names");
                    Is(9, counters.GetAndSet("hits", 1), "GetAndSet hands out the old value");
                    Is(1, counters.Get("hits"), "and writes");
                    counters.GetAndSet("top", int.MaxValue);
                    Throws<OverflowException>(() => counters.IncrementAndGet("top"), null, "a step past int's range");
                    Is(int.MaxValue, counters.Get("top"), "leaves the value as it was");
                }
            }
            """);
    }

    [Fact]
    public void A_step_whose_meaning_the_signature_does_not_fix_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake]
            public interface IAtomicCounter
            {
                long Get();
                long IncrementAndGet();
                bool CompareAndSet(long a, long b);
                int AddAndGet(long delta);
                long GetAndAdd(long delta, long max);
            }

            [InMemoryFake]
            public interface INameSlot
            {
                string? Get();
                void Set(string value);
                string GetAndSet(string value);
            }
            """);

        Refusals.Exactly(
            run,
            ("CompareAndSet", "neither of its parameter names alone says which is the expected value"),
            ("AddAndGet", "'AddAndGet' is a step of an atomic number: it must return the new value (long)"),
            ("GetAndAdd", "'GetAndAdd' is a step of an atomic number: it must take the delta (long)"),
            ("GetAndSet", "'GetAndSet' is not a known verb"));
        Assertions.NeverFailed(run);
    }

    [Fact]
    public void A_stated_MissingKeyReads_keeps_its_meaning_and_a_CompareAndSet_beside_no_step_keeps_the_TryUpdate_reading()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake(MissingKeyReads = MissingKeyRead.NotFound)]
            public interface IStrictAtomic
            {
                long Get();
                long IncrementAndGet();
            }

            [InMemoryFake]
            public interface IVersions
            {
                long? Get(string key);
                void Set(string key, long value);
                bool CompareAndSet(string key, long expected, long value);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IStrictAtomic strict = new InMemoryStrictAtomic();
                    Throws<KeyNotFoundException>(() => strict.Get(), null, "MissingKeyReads = NotFound keeps the not-found error for a value never written");
                    Is(1L, strict.IncrementAndGet(), "while the step starts it at 0");
                    Is(1L, strict.Get(), "and the read finds it then");

                    IVersions versions = new InMemoryVersions();
                    Is(false, versions.CompareAndSet("a", 0, 5), "beside no step of an atomic number a missing key is no 0: TryUpdate's false");
                    Is(null, versions.Get("a"), "and nothing is written");
                    versions.Set("a", 3);
                    Is(true, versions.CompareAndSet("a", 3, 5), "the expected value by its name");
                    Is(5L, versions.Get("a"), "the new value written");
                }
            }
            """);
    }
}
