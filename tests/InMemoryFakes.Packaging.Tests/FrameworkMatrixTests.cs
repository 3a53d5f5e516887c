using System;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Packaging.Tests;

/// <summary>
/// The support matrix: each framework's install recipe from README.md, run on the packed packages in a fresh project
/// made by the framework's own template, at the lowest supported version, the version the template makes, and the
/// newest served. Below a floor the recipe must fail with a message that says so (never run no tests). One class per
/// framework so the frameworks run in parallel; the cases of one framework run one after another.
/// </summary>
public static class Expect
{
    /// <summary>The last command (the test run) passed, and the summary counts exactly <paramref name="passed"/> passing tests.</summary>
    public static void Passed(System.Collections.Generic.IReadOnlyList<CommandResult> results, int passed)
    {
        var log = string.Join("\n\n", results);
        var last = results[^1];
        Assert.True(last.ExitCode == 0, "The recipe failed:\n" + log);
        Assert.Matches($@"Passed!\s+-\s+Failed:\s+0,\s+Passed:\s+{passed},", last.Output);
    }

    /// <summary>The last command (<c>dotnet run</c> of an xunit v3 project) passed and ran exactly <paramref name="total"/> tests.</summary>
    public static void XunitRunPassed(System.Collections.Generic.IReadOnlyList<CommandResult> results, int total)
    {
        var last = results[^1];
        Assert.True(last.ExitCode == 0, "The recipe failed:\n" + string.Join("\n\n", results));
        Assert.Matches($@"Total: {total}, Errors: 0, Failed: 0, Skipped: 0, Not Run: 0", last.Output);
    }
}

public sealed class XunitMatrixTests(PackedPackages packages)
{
    [Fact]
    public async Task Readme_recipe_passes_on_the_newest_xunit_v3()
    {
        var results = await new ReadmeRecipe(packages, "xunit").RunAsync("xunit-newest");

        Expect.XunitRunPassed(results, total: 2);
        var added = results.Single(r => r.Command.EndsWith("add package xunit.v3", StringComparison.Ordinal));
        var version = System.Text.RegularExpressions.Regex.Match(added.Output, @"package 'xunit.v3' version '(\d+)\.").Groups[1].Value;
        Assert.True(int.Parse(version, System.Globalization.CultureInfo.InvariantCulture) >= 4, "The newest xunit.v3 was not 4.x or later:\n" + added.Output);
    }

    [Fact]
    public async Task Readme_recipe_passes_on_the_lowest_supported_xunit_v3()
    {
        var recipe = new ReadmeRecipe(packages, "xunit") { PinnedVersions = { ["xunit.v3"] = "3.2.0" } };

        Expect.XunitRunPassed(await recipe.RunAsync("xunit-floor"), total: 2);
    }

    [Fact]
    public async Task An_xunit_v3_below_the_floor_is_a_build_error_that_names_the_floor_not_an_empty_run()
    {
        var recipe = new ReadmeRecipe(packages, "xunit") { PinnedVersions = { ["xunit.v3"] = "2.0.3" } };

        var results = await recipe.RunAsync("xunit-below-floor");

        var last = results[^1];
        Assert.NotEqual(0, last.ExitCode);
        Assert.Contains("IMFXUNIT01", last.Output, StringComparison.Ordinal);
        Assert.Contains("InMemoryFakes.Xunit needs xunit.v3 3.2.0 or later, but this project uses xunit.v3 2.0.3", last.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("TEST EXECUTION SUMMARY", last.Output, StringComparison.Ordinal);
    }
}

public sealed class NUnitMatrixTests(PackedPackages packages)
{
    [Fact]
    public async Task Readme_recipe_passes_on_the_NUnit_the_template_makes()
    {
        var results = await new ReadmeRecipe(packages, "nunit").RunAsync("nunit-template");

        Expect.Passed(results, passed: 2);
    }

    [Fact]
    public async Task Readme_recipe_passes_on_the_lowest_supported_NUnit()
    {
        var recipe = new ReadmeRecipe(packages, "nunit") { ExtraCommandsAfterCd = { "dotnet add package NUnit --version 4.1.0" } };

        Expect.Passed(await recipe.RunAsync("nunit-floor"), passed: 2);
    }

    [Fact]
    public async Task Readme_recipe_passes_on_NUnit_5()
    {
        var recipe = new ReadmeRecipe(packages, "nunit") { ExtraCommandsAfterCd = { "dotnet add package NUnit --version 5.0.0" } };

        Expect.Passed(await recipe.RunAsync("nunit-5"), passed: 2);
    }
}

public sealed class MSTestMatrixTests(PackedPackages packages)
{
    [Fact]
    public async Task Readme_recipe_passes_on_the_MSTest_the_template_makes()
    {
        Expect.Passed(await new ReadmeRecipe(packages, "mstest").RunAsync("mstest-template"), passed: 2);
    }

    [Fact]
    public async Task Readme_recipe_passes_on_the_newest_MSTest_4()
    {
        var recipe = new ReadmeRecipe(packages, "mstest") { ExtraCommandsAfterCd = { "dotnet add package MSTest --version 4.5.2" } };

        Expect.Passed(await recipe.RunAsync("mstest-newest"), passed: 2);
    }
}

public sealed class TUnitMatrixTests(PackedPackages packages)
{
    [Fact]
    public async Task Readme_recipe_passes_on_TUnit()
    {
        var results = await new ReadmeRecipe(packages, "tunit").RunAsync("tunit");

        var last = results[^1];
        Assert.True(last.ExitCode == 0, "The recipe failed:\n" + string.Join("\n\n", results));
        Assert.Matches(@"failed:\s+0\b", last.Output);
        Assert.Matches(@"succeeded:\s+1\b", last.Output);
    }
}
