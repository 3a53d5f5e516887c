using System;
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
