using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Keys of two parts in a key-value store (a container and a name): the pair is the key only when the interface proves
/// it, and what stores do differently (a null part, whether an empty container exists) is refused with IMF0001.
/// </summary>
public class KeyPairTests
{
    private const string Header = Sources.Usings + "namespace Pairs;\n";

    private const string NullPartProblem = "its key has two parts ('service', 'account'), but 'account' may be null (declared string? or in a context without nullable annotations), "
        + "and stores differ on what a null part means (Git Credential Manager's Get(service, null) returns the service's first credential): declare both parts as non-nullable string";

    /// <summary>The IMF0001 messages of a run, by member, in member order.</summary>
    private static string[] Refusals(string source)
    {
        var run = GeneratorHarness.Run(Header + source);
        Assertions.NeverFailed(run);
        Assert.All(run.GeneratorDiagnostics.Where(d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info), d => Assert.Equal("IMF0001", d.Id));
        return run.GeneratorDiagnostics.Where(d => d.Id == "IMF0001")
            .Select(d => d.GetMessage(CultureInfo.InvariantCulture))
            .Select(m => m[..m.IndexOf(". Implement it", StringComparison.Ordinal)])
            .ToArray();
    }

    [Fact]
    public void A_pair_every_keyed_member_takes_is_the_key()
    {
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string? Get(string service, string account); void Set(string service, string account, string value); bool Remove(string service, string account); void DeleteService(string service); }");
        Assertions.Clean(run);
        Assert.Contains(run.Sources.Values, s => s.Contains("RegionKeys.In(service, account", StringComparison.Ordinal));
        Assert.Contains(run.Sources.Values, s => s.Contains(".RemoveRegion(", StringComparison.Ordinal));
    }

    [Fact]
    public void A_part_declared_nullable_is_refused_on_every_member_that_takes_the_pair()
        => Assert.Equal(
            new[]
            {
                "'Get' of IStore matches no key-value store convention: " + NullPartProblem,
                "'Set' of IStore matches no key-value store convention: " + NullPartProblem,
            },
            Refusals("[InMemoryFake] public interface IStore { string? Get(string service, string? account); void Set(string service, string? account, string value); }"));

    [Fact]
    public void A_pair_without_nullable_annotations_is_refused()
        => Assert.Equal(
            new[]
            {
                "'Get' of IStore matches no key-value store convention: " + NullPartProblem.Replace("'account' may", "'service' may", StringComparison.Ordinal),
                "'Set' of IStore matches no key-value store convention: " + NullPartProblem.Replace("'account' may", "'service' may", StringComparison.Ordinal),
            },
            Refusals("#nullable disable\n[InMemoryFake] public interface IStore { string Get(string service, string account); void Set(string service, string account, string value); }\n#nullable restore"));

    [Fact]
    public void Whether_a_container_exists_is_refused()
        => Assert.Equal(
            new[]
            {
                "'Exists' of IStore matches no key-value store convention: its key has two parts ('service' and a name), and it takes only 'service': "
                + "only a removal of the whole service has a proven meaning; whether a service exists or which names it holds depends on the store (an empty one may exist)",
            },
            Refusals("[InMemoryFake] public interface IStore { string? Get(string service, string account); void Set(string service, string account, string value); bool Exists(string service); }"));

    [Fact]
    public void A_list_of_names_alone_is_refused_because_it_would_merge_containers()
        => Assert.Equal(
            new[]
            {
                "'Keys' of IStore matches no key-value store convention: the store's entries are named by 'service' and a name, so a list of names alone would merge entries of different service values",
            },
            Refusals("[InMemoryFake] public interface IStore { string? Get(string service, string account); void Set(string service, string account, string value); System.Collections.Generic.IReadOnlyList<string> Keys { get; } }"));

    [Fact]
    public void A_write_of_a_string_value_without_a_read_of_the_pair_is_no_pair()
    {
        // Set(key, string value) beside Get(key, string defaultValue): the second string is no name, so no pair.
        var run = GeneratorHarness.Run(Header + "[InMemoryFake] public interface IStore { string Get(string key); void Set(string key, string value); bool Remove(string key); }");
        Assertions.Clean(run);
        Assert.DoesNotContain(run.Sources.Values, s => s.Contains("RegionKeys", StringComparison.Ordinal));
    }
}
