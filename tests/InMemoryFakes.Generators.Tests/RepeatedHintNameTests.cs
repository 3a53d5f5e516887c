using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover2 (session 28): two targets whose generated files would share a hint name made Roslyn fail the generator
/// (CS8785, "two generated files with the same hint name"): the same interface declared in two files that both compile
/// (an <c>#if</c> branch in each, or a file linked in from another project). The compiler already reports the duplicate
/// type (CS0101); the generator must not fail on top of it. A repeated name is suffixed in pipeline order
/// (Pipeline/HintNames.cs).
/// </summary>
public class RepeatedHintNameTests
{
    private const string Store = """
        namespace V
        {
            [InMemoryFake]
            public interface IKeyStore
            {
                string? Get(string key);
                void Set(string key, string value);
            }
        }

        """;

    [Fact]
    public void The_same_interface_declared_in_two_files_gets_two_generated_files_and_no_generator_failure()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Store, Sources.Usings + "#if !NEVER\n" + Store + "#endif\n");

        Assertions.NeverFailed(run);
        Assert.Null(run.Driver.GetRunResult().Results.Single().Exception);
        Assert.Equal(
            new[] { "V.IKeyStore.2.InMemoryFake.g.cs", "V.IKeyStore.InMemoryFake.g.cs" },
            run.Sources.Keys.Where(static k => k.EndsWith(".InMemoryFake.g.cs", StringComparison.Ordinal)).OrderBy(static k => k, StringComparer.Ordinal));
        Assert.Contains(run.CompilationDiagnostics, static d => d.Id == "CS0101");
    }

    [Fact]
    public void The_names_are_the_same_on_every_run()
    {
        var first = GeneratorHarness.Run(Sources.Usings + Store, Sources.Usings + Store);
        var second = GeneratorHarness.Run(Sources.Usings + Store, Sources.Usings + Store);

        Assert.Equal(first.Sources.Keys.OrderBy(static k => k, StringComparer.Ordinal), second.Sources.Keys.OrderBy(static k => k, StringComparer.Ordinal));
        Assert.Equal(first.Sources.Values.OrderBy(static v => v, StringComparer.Ordinal), second.Sources.Values.OrderBy(static v => v, StringComparer.Ordinal));
    }

    [Fact]
    public void Types_whose_hint_names_meet_only_after_sanitising_or_by_case_both_get_working_fakes()
    {
        // Repo_1 and Repo<T> both sanitise to "Repo_1"; ICounters and Icounters differ only in case, which Roslyn's hint names ignore.
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            [InMemoryFake] public interface Repo_1 { string? Get(string key); void Set(string key, string value); }
            [InMemoryFake] public interface Repo<T> { T? Get(string key); void Set(string key, T value); }
            [InMemoryFake] public interface ICounters { long? Get(string key); void Set(string key, long value); }
            [InMemoryFake] public interface Icounters { int? Get(string key); void Set(string key, int value); }
            """);

        Assertions.Clean(run);
        Assert.Equal(4, run.Sources.Keys.Count(static k => k.EndsWith(".InMemoryFake.g.cs", StringComparison.Ordinal)));
        Assert.Contains("V.Repo_1.2.InMemoryFake.g.cs", run.Sources.Keys);
        Assert.Contains("V.Icounters.2.InMemoryFake.g.cs", run.Sources.Keys);
    }
}
