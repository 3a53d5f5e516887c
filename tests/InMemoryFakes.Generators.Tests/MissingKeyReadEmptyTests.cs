using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>MissingKeyReads = MissingKeyRead.Empty</c> (h-sample67): a key-value store's read of a <c>string</c> value declared not
/// null answers <c>string.Empty</c> for a missing key, as both stores of FingerBeats4Code/MesaMagica's <c>IRedisService</c>
/// do (<c>value.HasValue ? value.ToString() : string.Empty</c>, and a dictionary's <c>string.Empty</c>). Unstated, such a
/// read is the not-found error, and <c>Default</c> answers null; neither is what those stores answer.
/// </summary>
public class MissingKeyReadEmptyTests
{
    private const string RedisService = Sources.Usings + """
        #nullable enable
        namespace V;

        [InMemoryFake(ATTRIBUTE)]
        public interface IRedisService
        {
            Task<string> GetAsync(string key);
            Task SetAsync(string key, string value, TimeSpan? expiry = null);
            Task RemoveAsync(string key);
        }
        """;

    [Fact]
    public void A_string_read_declared_not_null_answers_empty_for_a_missing_key()
    {
        var run = GeneratorHarness.Run(RedisService.Replace("ATTRIBUTE", "MissingKeyReads = MissingKeyRead.Empty", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRedisService redis = new InMemoryRedisService();
                    Is("", redis.GetAsync("session:1").Result, "a key never written: string.Empty");
                    redis.SetAsync("session:1", "{\"table\":7}").Wait();
                    Is("{\"table\":7}", redis.GetAsync("session:1").Result, "the string stored");
                    redis.SetAsync("session:1", "").Wait();
                    Is("", redis.GetAsync("session:1").Result, "an empty string stored reads as itself");
                    redis.RemoveAsync("session:1").Wait();
                    Is("", redis.GetAsync("session:1").Result, "a removed key: string.Empty");
                    Throws<ArgumentNullException>(() => redis.GetAsync(null!).GetAwaiter().GetResult(), "key", "a null key is still refused");
                }
            }
            """);
    }

    [Fact]
    public void Unstated_the_same_read_is_the_not_found_error()
    {
        var run = GeneratorHarness.Run(RedisService.Replace("(ATTRIBUTE)", "", StringComparison.Ordinal));
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IRedisService redis = new InMemoryRedisService();
                    Throws<InMemoryFakes.NotFoundException>(() => redis.GetAsync("session:1").GetAwaiter().GetResult(), null, "Task<string> says never null");
                }
            }
            """);
    }

    [Fact]
    public void Reads_of_other_types_keep_the_not_found_error_and_a_store_without_a_string_read_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake(MissingKeyReads = MissingKeyRead.Empty)]
            public interface IScores
            {
                int Get(string key);
                void Set(string key, int value);
            }
            """);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("MissingKeyReads = MissingKeyRead.Empty: it says a read of a string value declared not null (Task<string> GetAsync(key)) gives string.Empty for a missing key, and no member of IScores is one", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void On_an_entity_repository_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.UserEntity + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Empty)]
            public interface IUsers
            {
                User Add(User user);
                User Get(int id);
            }
            """);
        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("MissingKeyReads = MissingKeyRead.Empty: it says a key-value store's read of a string value gives string.Empty for a missing key, and IUsers is an entity repository", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
