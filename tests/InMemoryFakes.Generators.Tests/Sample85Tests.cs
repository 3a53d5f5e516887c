using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample85 (session 30), an out-of-sample round on community library applications. Nano.Library's <c>IRepository</c>
/// is one repository over every entity type: <c>GetAsync&lt;TEntity&gt;(string key) where TEntity : class,
/// IEntityIdentity&lt;string&gt;</c> reads TEntity's own table by its Id. Read as a store of object values (every other member
/// was refused), it was generated as a read of one string-to-object table shared by every type, a value of another type
/// under the key throwing. A generic member of a store of object values whose type parameter is constrained to an entity
/// with a key of its own (a property marked [Key], Id, or a constraint's name plus Id) is now refused; an unconstrained
/// type parameter, or one constrained to a type without a key, is read as before.
/// </summary>
public class Sample85Tests
{
    private const string Prelude = Refusals.CheckPreludeForV;

    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_generic_read_whose_type_parameter_is_an_entity_with_its_own_key_is_refused()
    {
        var run = Run("""
            namespace V;

            public interface IEntityIdentity<TIdentity>
            {
                TIdentity Id { get; set; }
            }

            [InMemoryFake]
            public interface IRepository
            {
                Task<TEntity?> GetAsync<TEntity>(string key) where TEntity : class, IEntityIdentity<string>;
                Task DeleteAsync(string key);
            }

            public interface ILease
            {
                string LeaseId { get; }
            }

            public interface IStamped
            {
                [System.ComponentModel.DataAnnotations.Key]
                string Stamp { get; }
            }

            [InMemoryFake]
            public interface ILeaseBag
            {
                T? Get<T>(string key) where T : class, ILease;
                bool TryGet<T>(string key, out T? value) where T : class, IStamped;
                void Set(string key, object value);
            }
            """);

        Refusals.Exactly(
            run,
            ("GetAsync", "its type parameter 'TEntity' is constrained to IEntityIdentity<string>, an entity with a key of its own (Id), so the key it takes may be that entity's key in a table of each type"),
            ("Get", "its type parameter 'T' is constrained to ILease, an entity with a key of its own (LeaseId)"),
            ("TryGet", "its type parameter 'T' is constrained to IStamped, an entity with a key of its own (Stamp)"));
    }

    [Fact]
    public void A_generic_read_of_an_unconstrained_type_or_one_without_a_key_still_reads_the_value_stored_under_the_key()
    {
        var run = Run("""
            namespace V;

            public interface ICacheable
            {
                string Label { get; }
            }

            public sealed class Note : ICacheable
            {
                public string Label { get; set; } = "";
            }

            [InMemoryFake]
            public interface IObjectCache
            {
                T? Get<T>(string key) where T : class, ICacheable;
                void Set(string key, object value);
            }

            [InMemoryFake]
            public interface IPlainCache
            {
                T? Get<T>(string key) where T : class;
                void Set(string key, object value);
            }
            """);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    IObjectCache cache = new InMemoryObjectCache();
                    Is(null, cache.Get<Note>("a"), "Get of a key not stored is null");
                    cache.Set("a", new Note { Label = "first" });
                    Is("first", cache.Get<Note>("a")?.Label, "Get<T> of a type without a key reads the value stored under the key");
                    IPlainCache plain = new InMemoryPlainCache();
                    plain.Set("b", "text");
                    Is("text", plain.Get<string>("b"), "and so does Get<T> of an unconstrained T");
                }
            }
            """);
    }
}
