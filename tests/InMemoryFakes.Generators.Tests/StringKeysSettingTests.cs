using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// <c>StringKeys = OrdinalIgnoreCase</c> on [InMemoryFake]: string keys compare ignoring case, which no signature can say
/// (git config names); <c>Keys</c> lists the casing first written. Elsewhere the setting is IMF0010.
/// </summary>
public class StringKeysSettingTests
{
    [Fact]
    public void A_key_value_store_finds_replaces_and_removes_under_any_casing_and_lists_the_first_casing()
    {
        ICaseInsensitiveConfig config = new InMemoryCaseInsensitiveConfig();
        config.SetValue("core.autoCRLF", "true");
        config.SetValue("Core.AutoCrlf", "false");

        Assert.Equal("false", config.GetValue("CORE.AUTOCRLF"));
        Assert.Equal(new[] { "core.autoCRLF" }, config.Keys);
        Assert.True(config.Remove("core.autocrlf"));
        Assert.Null(config.GetValue("core.autoCRLF"));
        Assert.Empty(config.Keys);
    }

    [Fact]
    public void Options_passed_to_the_constructor_override_the_setting()
    {
        ICaseInsensitiveConfig config = new InMemoryCaseInsensitiveConfig(new InMemoryFakeOptions { StringKeyComparer = StringComparer.Ordinal });
        config.SetValue("user.name", "Ada");

        Assert.Null(config.GetValue("User.Name"));
        Assert.Equal("Ada", config.GetValue("user.name"));
    }

    [Fact]
    public async Task An_entity_repository_finds_and_deletes_its_string_key_under_any_casing_and_refuses_a_second_casing()
    {
        ICaseInsensitiveAccounts accounts = new InMemoryCaseInsensitiveAccounts();
        await accounts.AddAsync(new CaseAccount { Id = "Ada", Owner = "Lovelace" });

        Assert.Equal("Lovelace", (await accounts.GetAsync("ADA"))?.Owner);
        await Assert.ThrowsAsync<DuplicateKeyException>(() => accounts.AddAsync(new CaseAccount { Id = "ada", Owner = "Other" }));
        Assert.True(await accounts.DeleteAsync("aDA"));
        Assert.Null(await accounts.GetAsync("Ada"));
    }

    [Fact]
    public void Derived_queries_on_the_key_find_what_the_key_lookup_finds_under_any_casing()
    {
        ICaseInsensitiveAccountQueries accounts = new InMemoryCaseInsensitiveAccountQueries();
        accounts.Add(new CaseAccount { Id = "Ada", Owner = "Lovelace" });
        accounts.Add(new CaseAccount { Id = "Bob", Owner = "Hope" });

        Assert.Equal("Lovelace", accounts.Get("ADA")?.Owner);
        Assert.Equal("Lovelace", accounts.FindByIdAndOwner("ada", "Lovelace")?.Owner);
        Assert.Null(accounts.FindByIdAndOwner("ada", "lovelace")); // Owner is no key: by its characters
        Assert.Equal(2, accounts.CountByIdIn(new[] { "ADA", "bob", "carl" }));
        Assert.Equal(1, accounts.CountByIdNot("aDa"));
        Assert.Equal(1, accounts.DeleteByIdIn(new[] { "BOB" }));
        Assert.Null(accounts.Get("Bob"));
    }

    [Fact]
    public void Options_that_make_the_keys_ordinal_make_the_key_queries_ordinal_too()
    {
        ICaseInsensitiveAccountQueries accounts = new InMemoryCaseInsensitiveAccountQueries(new InMemoryFakeOptions { StringKeyComparer = StringComparer.Ordinal });
        accounts.Add(new CaseAccount { Id = "Ada", Owner = "Lovelace" });

        Assert.Null(accounts.Get("ada"));
        Assert.Null(accounts.FindByIdAndOwner("ada", "Lovelace"));
        Assert.Equal(0, accounts.CountByIdIn(new[] { "ADA" }));
        Assert.Equal(1, accounts.CountByIdNot("ada"));
        Assert.Equal("Lovelace", accounts.FindByIdAndOwner("Ada", "Lovelace")?.Owner);
    }

    [Fact]
    public void A_key_comparer_a_query_cannot_follow_fails_the_query_and_not_the_lookup()
    {
        ICaseInsensitiveAccountQueries accounts = new InMemoryCaseInsensitiveAccountQueries(new InMemoryFakeOptions { StringKeyComparer = StringComparer.InvariantCultureIgnoreCase });
        accounts.Add(new CaseAccount { Id = "Ada", Owner = "Lovelace" });

        Assert.Equal("Lovelace", accounts.Get("ADA")?.Owner);
        var error = Assert.Throws<NotSupportedException>(() => accounts.FindByIdAndOwner("ada", "Lovelace"));
        Assert.Contains("StringComparer.Ordinal or StringComparer.OrdinalIgnoreCase", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, accounts.CountByIdIn(new[] { "ADA" })); // a set of keys compares with the comparer itself
    }

    [Fact]
    public void On_a_repository_of_several_string_keyed_types_every_table_finds_its_keys_under_any_casing()
    {
        ICaseInsensitiveDirectory directory = new InMemoryCaseInsensitiveDirectory();
        directory.AddAccount(new CaseAccount { Id = "Ada", Owner = "Lovelace" });
        directory.AddTeam(new CaseTeam { Id = "Core", Name = "Runtime" });

        Assert.Equal("Lovelace", directory.GetAccount("ADA")?.Owner);
        Assert.Equal("Runtime", directory.GetTeam("core")?.Name);
        Assert.Throws<DuplicateKeyException>(() => directory.AddTeam(new CaseTeam { Id = "CORE" }));
    }

    [Fact]
    public void A_unique_string_property_beside_the_key_is_IMF0010_naming_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;
            public sealed class Member { public string Id { get; set; } = ""; [Unique] public string Email { get; set; } = ""; }
            [InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
            public interface IMembers { Member? Get(string id); void Add(Member member); Member? FindByEmail(string email); }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("[InMemoryFake] on 'IMembers': StringKeys: it makes the key Member.Id compare ignoring case (its lookups and every query comparing it), and Member.Email is unique text that it does not cover: "
            + "those compare by their characters (InMemoryFakeOptions.Semantics), where a case-insensitive collation would compare them ignoring case too. Drop the setting and state both per instance: "
            + "new InMemoryFakeOptions { StringKeyComparer = StringComparer.OrdinalIgnoreCase, Semantics = new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { [\"Email\"] = StringComparison.OrdinalIgnoreCase } } } (or Ordinal)",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_query_comparing_part_of_the_key_is_IMF0010_unless_its_name_says_IgnoreCase()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;
            public sealed class Member { public string Id { get; set; } = ""; public string Name { get; set; } = ""; }
            [InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
            public interface IMembers { Member? Get(string id); void Add(Member member); int CountByIdStartingWith(string prefix); int CountByIdStartingWithIgnoreCase(string prefix); int CountByNameStartingWith(string prefix); }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("[InMemoryFake] on 'IMembers': StringKeys: it says when two keys are equal, and CountByIdStartingWith compares the key Id by StartingWith, which it does not cover (it would compare by the characters); "
            + "add IgnoreCase to its name to compare ignoring case, or drop the setting and pass InMemoryFakeOptions.StringKeyComparer per instance",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_key_value_store_s_removal_by_prefix_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;
            [InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
            public interface ICache { string? Get(string key); void Set(string key, string value); int RemoveByPrefix(string prefix); }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("[InMemoryFake] on 'ICache': StringKeys: it says when two keys are equal, and RemoveByPrefix removes the keys that start with a prefix, which it does not cover (the prefix compares by its characters); "
            + "drop the setting and pass InMemoryFakeOptions.StringKeyComparer per instance, or write the member",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void On_a_repository_of_several_entity_types_without_a_string_key_it_is_IMF0010_naming_their_keys()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;
            public sealed class Post { public int Id { get; set; } }
            public sealed class Comment { public Guid Id { get; set; } }
            [InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)]
            public interface IBlog { Post? GetPost(int id); void AddPost(Post post); Comment? GetComment(Guid id); void AddComment(Comment comment); }
            """);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", diagnostic.Id);
        Assert.Equal("[InMemoryFake] on 'IBlog': StringKeys: it says how string keys compare, and the keys of IBlog's tables are Comment: System.Guid, Post: int",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Without_the_setting_keys_compare_ordinally()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;
            [InMemoryFake(StringKeys = StringKeyComparison.Ordinal)]
            public interface ICache { string? Get(string key); void Set(string key, string value); }
            """);
        Assertions.Clean(run);
    }

    [Theory]
    [InlineData("public interface ICache { string? Get(int key); void Set(int key, string value); }", "are int")]
    [InlineData("public interface IFiles { Task<byte[]?> ReadAsync(string path); Task WriteAsync(string path, byte[] content); Task<bool> DeleteAsync(string path); }", "is a blob store")]
    [InlineData("public sealed class Row { public int Id { get; set; } } public interface IRows { Row? Find(int id); void Add(Row row); }", "the key of Row are int")]
    public void On_keys_that_are_not_strings_or_a_store_it_does_not_apply_to_it_is_IMF0010(string declaration, string message)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Keys;\n" + declaration.Replace("public interface", "[InMemoryFake(StringKeys = StringKeyComparison.OrdinalIgnoreCase)] public interface", StringComparison.Ordinal));
        Assertions.GeneratorReported(run, "IMF0010");
        Assert.Contains(message, run.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_enum_does_not_have_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Keys;
            [InMemoryFake(StringKeys = (StringKeyComparison)7)]
            public interface ICache { string? Get(string key); void Set(string key, string value); }
            """);
        Assertions.GeneratorReported(run, "IMF0010");
    }
}
