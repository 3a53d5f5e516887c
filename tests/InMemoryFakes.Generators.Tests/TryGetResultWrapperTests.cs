using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A <c>TryGet</c> of the key alone whose result is a result wrapper (a type built from the value and a found flag,
/// as a <c>Get</c> may return: das-payments-V2's <c>Task&lt;ConditionalValue&lt;T&gt;&gt; TryGet(key)</c>, the shape of
/// Service Fabric's reliable collections) reads as that <c>Get</c> does: the wrapper of the value when the key is there,
/// the wrapper's "no value" otherwise (h-sample99's round: it was "TryGet must be 'bool TryGet(key, out value)'").
/// </summary>
public class TryGetResultWrapperTests
{
    private const string Models = Sources.Usings + """
        #nullable disable
        namespace Cache;

        public struct ConditionalValue<T>
        {
            public ConditionalValue(bool hasValue, T value) { HasValue = hasValue; Value = value; }
            public bool HasValue { get; }
            public T Value { get; }
        }

        public class Learner { public long Uln { get; set; } public string Name { get; set; } }

        """;

    [Fact]
    public void TryGet_returning_a_result_wrapper_reads_the_value_or_the_wrappers_no_value()
    {
        var run = GeneratorHarness.Run(Models + """
            public interface IDataCache<T>
            {
                Task<bool> Contains(string key, CancellationToken cancellationToken = default(CancellationToken));
                Task AddOrReplace(string key, T entity, CancellationToken cancellationToken = default(CancellationToken));
                Task<ConditionalValue<T>> TryGet(string key, CancellationToken cancellationToken = default(CancellationToken));
                ConditionalValue<T> TryGetValue(string key);
                Task Clear(string key, CancellationToken cancellationToken = default(CancellationToken));
            }

            [InMemoryFake(typeof(IDataCache<Learner>))]
            public partial class LearnerCacheFake;
            """);

        Assert.Empty(run.GeneratorDiagnostics.Where(static d => d.Severity >= DiagnosticSeverity.Warning));
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using System;
            using System.Threading;
            using Cache;
            using static Behaviour.Expect;

            namespace Behaviour;

            public static class Checks
            {
                public static void Run()
                {
                    var cache = new LearnerCacheFake();
                    var missing = cache.TryGet("9000000001").GetAwaiter().GetResult();
                    Is(false, missing.HasValue, "TryGet of a key not there has no value");
                    Is(null, missing.Value, "and the value's default");

                    cache.AddOrReplace("9000000001", new Learner { Uln = 9000000001, Name = "Ada" }).GetAwaiter().GetResult();
                    var found = cache.TryGet("9000000001").GetAwaiter().GetResult();
                    Is(true, found.HasValue, "TryGet finds a key stored");
                    Is("Ada", found.Value.Name, "with its value");
                    Is(true, cache.TryGetValue("9000000001").HasValue, "a synchronous TryGet returning the wrapper reads the same");
                    Is(false, cache.TryGet("9000000002").GetAwaiter().GetResult().HasValue, "another key is not found");

                    cache.Clear("9000000001").GetAwaiter().GetResult();
                    Is(false, cache.TryGet("9000000001").GetAwaiter().GetResult().HasValue, "nor a key removed");
                    Throws<ArgumentNullException>(() => cache.TryGetValue(null), "key", "a null key is a clear error");

                    using var cancelled = new CancellationTokenSource();
                    cancelled.Cancel();
                    Throws<OperationCanceledException>(() => cache.TryGet("9000000001", cancelled.Token).GetAwaiter().GetResult(), null, "a cancelled TryGet throws");
                }
            }
            """);
    }

    [Fact]
    public void TryGet_returning_a_wrapper_of_another_type_than_the_values_is_refused()
    {
        var run = GeneratorHarness.Run(Models + """
            [InMemoryFake]
            public interface INameCache
            {
                Task AddOrReplace(string key, string name);
                Task<ConditionalValue<Learner>> TryGet(string key);
                Task Clear(string key);
            }
            """);

        Refusals.Exactly(run, ("TryGet", "its result wraps Cache.Learner, not the store's value type string"));
    }

    [Fact]
    public void TryGet_returning_a_type_without_a_found_flag_stays_refused()
        // Lookup<T> has no bool constructor parameter named like "found": no wrapper, so it is read as a value of
        // another type (oblivious, as a TValue? TryGet(key) is read) and refused.
    {
        var run = GeneratorHarness.Run(Models + """
            public class Lookup<T> { public Lookup(T value, int hits) { Value = value; Hits = hits; } public T Value { get; } public int Hits { get; } }

            [InMemoryFake]
            public interface ILearnerCache
            {
                Task AddOrReplace(string key, Learner learner);
                Task<Lookup<Learner>> TryGet(string key);
                Task Clear(string key);
            }
            """);

        Refusals.Exactly(run, ("TryGet", "its value type Cache.Lookup<Cache.Learner> differs from the store's value type Cache.Learner"));
    }
}
