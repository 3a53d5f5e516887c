using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// An entity keyed only by its <c>Id</c>'s name whose interface reads one entity and removes one by other parameters, one
/// of which names no property (CoreWCF's <c>GetContext(contextId, generation)</c> / <c>RemoveContext(contextId,
/// generation)</c>): the store's identity is those parameters, so the writes that take the entity are refused instead of
/// deciding by <c>Id</c> (h-sample31's round found <c>AddContext</c> storing a second token of a registered context).
/// </summary>
public class UnprovenIdentityTests
{
    private const string Token = Sources.Usings + """
        namespace Tokens;

        public class ContextToken
        {
            public string Id { get; set; } = "";
            public Guid ContextId { get; set; }
            public Guid? KeyGeneration { get; set; }
        }

        """;

    private static string[] Refused(GeneratorRun run)
        => run.GeneratorDiagnostics.Where(static d => d.Id == "IMF0001").Select(static d => d.GetMessage(CultureInfo.InvariantCulture).Split('\'')[1]).Order(StringComparer.Ordinal).ToArray();

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Writes_of_the_entity_are_refused_when_a_read_and_a_removal_identify_it_by_a_parameter_that_names_no_property()
    {
        var run = GeneratorHarness.Run(Token + """
            [InMemoryFake]
            public interface IContextTokenCache
            {
                void AddContext(ContextToken token);
                bool TryAddContext(ContextToken token);
                ContextToken? GetContext(Guid contextId, Guid? generation);
                void RemoveContext(Guid contextId, Guid? generation);
                void RemoveAllContexts(Guid contextId);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "AddContext", "GetContext", "RemoveContext", "TryAddContext" }, Refused(run));
        Assert.Equal(
            "'AddContext' of IContextTokenCache matches no entity repository convention: 'GetContext' and 'RemoveContext' read one ContextToken and remove one by (contextId, generation),"
            + " so the store identifies a ContextToken by those, not by its Id (a key by name only, which neither takes); 'generation' names no property of ContextToken,"
            + " and which stored ContextToken this write adds beside, replaces or refuses is not said. Name each of those parameters after the property it is and the two members after ContextToken"
            + " (they then identify a ContextToken on every write) or mark the identifying properties [Key]. Implement it in the partial class InMemoryContextTokenCache, where its Store property reaches the fake's table in one line:"
            + " Store.Call(nameof(AddContext), token) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddContext"));
    }

    [Fact]
    public void Writes_are_refused_when_the_pair_names_properties_but_its_noun_proves_no_identity()
    {
        var run = GeneratorHarness.Run(Token + """
            [InMemoryFake]
            public interface IContextTokenCache
            {
                void AddContext(ContextToken token);
                ContextToken? GetContext(Guid contextId, Guid? keyGeneration);
                void RemoveContext(Guid contextId, Guid? keyGeneration);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "AddContext" }, Refused(run));
        Assert.Equal(
            "'AddContext' of IContextTokenCache matches no entity repository convention: 'GetContext' and 'RemoveContext' read one ContextToken and remove one by (contextId, keyGeneration),"
            + " so the store identifies a ContextToken by those, not by its Id (a key by name only, which neither takes); their noun 'Context' is neither ContextToken nor the store's subject,"
            + " so the fake does not take those properties for an identity (docs/generator.md, Keys the interface proves), and which stored ContextToken this write adds beside, replaces or refuses is not said."
            + " Name the two members after ContextToken (they then identify a ContextToken on every write) or mark the identifying properties [Key]. Implement it in the partial class InMemoryContextTokenCache,"
            + " where its Store property reaches the fake's table in one line: Store.Call(nameof(AddContext), token) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            Message(run, "AddContext"));
    }

    [Fact]
    public void Updates_upserts_and_removals_by_entity_are_refused_too_while_the_removal_by_a_property_still_generates()
    {
        var run = GeneratorHarness.Run(Token + """
            [InMemoryFake]
            public interface IContextTokenCache
            {
                void Update(ContextToken token);
                void Upsert(ContextToken token);
                void AddRange(IEnumerable<ContextToken> tokens);
                bool Delete(ContextToken token);
                ContextToken? GetContext(Guid contextId, Guid? generation);
                void RemoveContext(Guid contextId, Guid? generation);
                void RemoveAllContexts(Guid contextId);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.Equal(new[] { "AddRange", "Delete", "GetContext", "RemoveContext", "Update", "Upsert" }, Refused(run));
    }

    [Fact]
    public void A_pair_that_takes_the_key_keeps_the_key_as_the_identity()
    {
        // chat-copilot's FindByIdAsync(id, partition) / DeleteAsync(id, partition): the key is among the parameters.
        var run = GeneratorHarness.Run(Token + """
            [InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]
            public interface IContextTokenCache
            {
                void Add(ContextToken token);
                ContextToken? Get(string id, Guid partition);
                void Remove(string id, Guid partition);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.DoesNotContain("Add", Refused(run));
    }

    [Fact]
    public void A_read_and_a_removal_by_a_predicate_are_no_identity()
    {
        // ABP's IRepository: GetAsync(predicate) and DeleteAsync(predicate) are queries, not an identity.
        var run = GeneratorHarness.Run(Token + """
            [InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]
            public interface IContextTokenCache
            {
                void Add(ContextToken token);
                ContextToken? Get(System.Linq.Expressions.Expression<Func<ContextToken, bool>> predicate);
                void Delete(System.Linq.Expressions.Expression<Func<ContextToken, bool>> predicate);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.DoesNotContain("Add", Refused(run));
    }

    [Fact]
    public void A_key_declared_with_an_attribute_is_not_overruled_by_the_pair()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Tokens;

            public class ContextToken
            {
                [System.ComponentModel.DataAnnotations.Key]
                public string Id { get; set; } = "";
                public Guid ContextId { get; set; }
            }

            [InMemoryFake(TakenKeyAdds = TakenKeyAdd.Throw)]
            public interface IContextTokenCache
            {
                void AddContext(ContextToken token);
                ContextToken? GetContext(Guid contextId, Guid? generation);
                void RemoveContext(Guid contextId, Guid? generation);
            }
            """);

        Assertions.NeverFailed(run);
        Assert.DoesNotContain("AddContext", Refused(run));
    }

    [Fact]
    public void With_the_parameters_named_after_the_properties_an_add_of_a_taken_pair_is_the_duplicate_key_error_and_the_store_is_unchanged()
    {
        ISessionTokenCache cache = new InMemorySessionTokenCache();
        cache.AddToken(new SessionToken { Id = "t1", SessionId = "s1", Generation = 1, Owner = "alice" });
        cache.AddToken(new SessionToken { Id = "t2", SessionId = "s1", Generation = 2, Owner = "bob" });

        Assert.Throws<DuplicateKeyException>(() => cache.AddToken(new SessionToken { Id = "t3", SessionId = "s1", Generation = 1, Owner = "carol" }));

        Assert.Equal("alice", cache.GetSessionToken("s1", 1)?.Owner);
        Assert.Equal("bob", cache.GetSessionToken("s1", 2)?.Owner);
        cache.RemoveSessionToken("s1", 1);
        Assert.Null(cache.GetSessionToken("s1", 1));
        cache.AddToken(new SessionToken { Id = "t3", SessionId = "s1", Generation = 1, Owner = "carol" });
        Assert.Equal("carol", cache.GetSessionToken("s1", 1)?.Owner);
    }
}
