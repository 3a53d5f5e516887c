using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>Single()/SingleOrDefault() without parameters: LINQ's over the table, refused where the result cannot hold it.</summary>
public class SingleEntityTests
{
    private const string Config = Sources.Usings + """
        namespace Settings;

        public class Config
        {
            public int Id { get; set; }
            public string Value { get; set; } = "";
        }

        """;

    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void Single_and_SingleOrDefault_of_the_entity_generate_and_compile()
    {
        var run = GeneratorHarness.Run(Config + """
            [InMemoryFake]
            public interface IConfigRepository
            {
                Config Insert(Config model);
                Config Single();
                Task<Config?> SingleOrDefaultAsync();
            }
            """);

        Assertions.Clean(run);
    }

    [Fact]
    public void SingleOrDefault_declared_non_nullable_or_returning_another_type_is_refused()
    {
        var run = GeneratorHarness.Run(Config + """
            [InMemoryFake]
            public interface IConfigRepository
            {
                Config Insert(Config model);
                Config SingleOrDefault();
                string Single();
            }
            """);

        Assert.Equal(new[] { "IMF0001", "IMF0001" }, run.GeneratorDiagnostics.Select(static d => d.Id).ToArray());
        Assert.Contains("SingleOrDefault returns null when nothing is stored, and it is declared to return a non-nullable Config; declare Config?", Message(run, "SingleOrDefault"), StringComparison.Ordinal);
        Assert.Contains("'Single' without parameters must return the entity (Config)", Message(run, "Single"), StringComparison.Ordinal);
    }
}
