using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace InMemoryFakes.RealWorld.Tests;

/// <summary>Package versions are written once, in Directory.Packages.props, so two projects cannot drift apart.</summary>
public class ProjectFileTests
{
    /// <summary>A version attribute (<c>Version="[10.4.2]"</c>, <c>VersionOverride="5.0.0"</c>) or a package folder path (<c>microsoft.orleans.core/10.4.2/lib</c>) with a literal version.</summary>
    private static readonly Regex LiteralVersion = new(@"Version(Override)?=""\[?\d|/\d+\.\d+\.\d+[^/""]*/lib/", RegexOptions.CultureInvariant);

    [Fact]
    public void No_test_project_file_writes_a_package_version_of_its_own()
    {
        var root = RealWorldCorpusTests.RepositoryRoot() ?? throw new InvalidOperationException("InMemoryFakes.sln not found above " + AppContext.BaseDirectory);
        var projects = Directory.EnumerateFiles(Path.Combine(root, "tests"), "*.csproj", SearchOption.AllDirectories)
            .Where(static p => !p.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !p.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToArray();

        Assert.Contains(projects, static p => p.EndsWith("InMemoryFakes.RealWorld.Tests.csproj", StringComparison.Ordinal));
        var literal = projects
            .SelectMany(static p => File.ReadLines(p).Select((line, i) => (Path: p, Line: i + 1, Text: line.Trim())))
            .Where(static l => !l.Text.StartsWith("<!--", StringComparison.Ordinal) && LiteralVersion.IsMatch(l.Text))
            .Select(l => Path.GetRelativePath(root, l.Path) + ":" + l.Line + ": " + l.Text)
            .ToArray();
        Assert.True(literal.Length == 0, "Versions belong in Directory.Packages.props (a property there when a PackageDownload or a package path needs one):\n" + string.Join("\n", literal));
    }
}
