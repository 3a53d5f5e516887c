using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Xunit;

namespace InMemoryFakes.Packaging.Tests;

/// <summary>What is inside each packed package: metadata, README, docs, symbols and dependencies.</summary>
public sealed class PackageContentTests(PackedPackages packages)
{
    private static readonly Guid EmbeddedSourceKind = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Fact]
    public void Every_package_carries_readme_license_description_tags_and_xml_docs()
    {
        foreach (var id in PackedPackages.PackageIds)
        {
            using var zip = ZipFile.OpenRead(packages.PathOf(id));
            var entries = zip.Entries.Select(e => e.FullName).ToArray();
            var nuspec = ReadNuspec(zip);
            string Meta(string name) => nuspec.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value ?? "";

            Assert.Contains("README.md", entries);
            Assert.Equal("README.md", Meta("readme"));
            Assert.Equal("MIT", Meta("license"));
            Assert.False(string.IsNullOrWhiteSpace(Meta("description")), id + " has no description");
            Assert.False(string.IsNullOrWhiteSpace(Meta("tags")), id + " has no tags");
            foreach (var tfm in new[] { "net8.0", "net10.0" })
            {
                Assert.Contains($"lib/{tfm}/{id}.dll", entries);
                Assert.Contains($"lib/{tfm}/{id}.xml", entries);
            }
        }
    }

    [Fact]
    public void The_package_readme_is_its_own_and_every_link_in_it_works_outside_the_repository()
    {
        foreach (var id in PackedPackages.PackageIds)
        {
            using var zip = ZipFile.OpenRead(packages.PathOf(id));
            using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
            var readme = reader.ReadToEnd();

            Assert.Equal(File.ReadAllText(Path.Combine(packages.RepositoryRoot, "src", "PackageReadme.md")), readme);
            var links = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToArray();
            Assert.NotEmpty(links);
            Assert.All(links, link => Assert.StartsWith("https://", link, StringComparison.Ordinal));
            Assert.DoesNotContain("samples/", readme, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_runtime_package_carries_the_generator_as_an_analyzer()
    {
        using var zip = ZipFile.OpenRead(packages.PathOf("InMemoryFakes"));
        var entries = zip.Entries.Select(e => e.FullName).ToArray();

        Assert.Contains("analyzers/dotnet/cs/InMemoryFakes.Generators.dll", entries);
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.EndsWith("InMemoryFakes.Generators.dll", StringComparison.Ordinal));
    }

    [Fact]
    public void Fixture_and_DI_packages_pass_the_generator_on_so_one_package_is_enough()
    {
        foreach (var id in PackedPackages.PackageIds.Where(i => i != "InMemoryFakes"))
        {
            using var zip = ZipFile.OpenRead(packages.PathOf(id));
            var runtime = ReadNuspec(zip).Descendants().Where(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "InMemoryFakes").ToArray();

            Assert.NotEmpty(runtime);
            Assert.All(runtime, d => Assert.DoesNotContain("Analyzers", (string?)d.Attribute("exclude") ?? "", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void The_xunit_floor_check_uses_the_xunit_version_the_package_depends_on()
    {
        using var zip = ZipFile.OpenRead(packages.PathOf("InMemoryFakes.Xunit"));
        var dependency = ReadNuspec(zip).Descendants().First(e => e.Name.LocalName == "dependency" && (string?)e.Attribute("id") == "xunit.v3.extensibility.core");
        using var targets = new StreamReader(zip.GetEntry("buildTransitive/InMemoryFakes.Xunit.targets")!.Open());
        var floor = Regex.Match(targets.ReadToEnd(), "<InMemoryFakesXunitFloor>(.*?)</InMemoryFakesXunitFloor>").Groups[1].Value;

        Assert.Equal((string?)dependency.Attribute("version"), floor);
    }

    [Fact]
    public void On_net8_the_DI_package_depends_on_the_8x_abstractions_and_on_net10_on_the_10x_ones()
    {
        using var zip = ZipFile.OpenRead(packages.PathOf("InMemoryFakes.DependencyInjection"));
        var groups = ReadNuspec(zip).Descendants().Where(e => e.Name.LocalName == "group").ToDictionary(g => (string)g.Attribute("targetFramework")!);
        string AbstractionsIn(string tfm) => (string)groups[tfm].Elements().Single(e => (string?)e.Attribute("id") == "Microsoft.Extensions.DependencyInjection.Abstractions").Attribute("version")!;

        Assert.StartsWith("8.", AbstractionsIn("net8.0"), StringComparison.Ordinal);
        Assert.StartsWith("10.", AbstractionsIn("net10.0"), StringComparison.Ordinal);
    }

    /// <summary>
    /// Stepping from generated code into the runtime needs the runtime's pdb, its document paths and its sources. Every
    /// assembly of every package embeds a portable pdb whose documents are mapped to /_/ (deterministic: no machine path)
    /// and whose sources are embedded, so a debugger shows the runtime's code with nothing but the package.
    /// </summary>
    [Fact]
    public void Every_assembly_embeds_its_pdb_with_mapped_paths_and_its_sources()
    {
        var checkedAssemblies = 0;
        foreach (var id in PackedPackages.PackageIds)
        {
            using var zip = ZipFile.OpenRead(packages.PathOf(id));
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".dll", StringComparison.Ordinal)))
            {
                using var stream = new MemoryStream();
                using (var source = entry.Open())
                {
                    source.CopyTo(stream);
                }

                stream.Position = 0;
                using var pe = new PEReader(stream);
                var embedded = pe.ReadDebugDirectory().Where(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).ToArray();
                Assert.True(embedded.Length == 1, $"{id}: {entry.FullName} has no embedded pdb");
                using var pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(embedded[0]);
                var pdb = pdbProvider.GetMetadataReader();
                var documents = pdb.Documents.Select(h => (Handle: h, Name: pdb.GetString(pdb.GetDocument(h).Name))).Where(d => d.Name.EndsWith(".cs", StringComparison.Ordinal)).ToArray();

                // Our sources are under /_/src/; a file a package injects into the compilation (TUnit.Core does) is under
                // its own mapped root /_1/. Either way no machine path is left.
                Assert.Contains(documents, d => d.Name.StartsWith("/_/src/", StringComparison.Ordinal));
                Assert.All(documents, d => Assert.Matches(@"^/_\d*/", d.Name));
                Assert.DoesNotContain(documents, d => d.Name.Contains(packages.Root, StringComparison.Ordinal));
                var withSource = pdb.CustomDebugInformation.Select(pdb.GetCustomDebugInformation)
                    .Where(c => pdb.GetGuid(c.Kind) == EmbeddedSourceKind && c.Parent.Kind == HandleKind.Document)
                    .Select(c => (DocumentHandle)c.Parent).ToHashSet();
                Assert.All(documents.Where(d => d.Name.StartsWith("/_/src/", StringComparison.Ordinal) && !d.Name.Contains("/obj/", StringComparison.Ordinal)), d => Assert.Contains(d.Handle, withSource));
                checkedAssemblies++;
            }
        }

        // 6 packages × 2 target frameworks, plus the generator.
        Assert.Equal(13, checkedAssemblies);
    }

    [Fact]
    public void The_runtimes_pdb_lets_a_debugger_find_the_code_generated_fakes_call()
    {
        using var zip = ZipFile.OpenRead(packages.PathOf("InMemoryFakes"));
        using var stream = new MemoryStream();
        using (var source = zip.GetEntry("lib/net10.0/InMemoryFakes.dll")!.Open())
        {
            source.CopyTo(stream);
        }

        stream.Position = 0;
        using var pe = new PEReader(stream);
        using var pdbProvider = pe.ReadEmbeddedPortablePdbDebugDirectoryData(pe.ReadDebugDirectory().Single(d => d.Type == DebugDirectoryEntryType.EmbeddedPortablePdb));
        var pdb = pdbProvider.GetMetadataReader();
        var names = pdb.Documents.Select(h => pdb.GetString(pdb.GetDocument(h).Name)).ToHashSet();

        // FakeCore is what every generated member calls first; its sequence points must be there to step into.
        var fakeCore = names.Single(n => n.EndsWith("/FakeCore.cs", StringComparison.Ordinal));
        Assert.Equal("/_/src/Runtime/InMemoryFakes/Hooks/FakeCore.cs", fakeCore);
        var document = pdb.Documents.Single(h => pdb.GetString(pdb.GetDocument(h).Name) == fakeCore);
        var stepPoints = pdb.MethodDebugInformation.Select(pdb.GetMethodDebugInformation)
            .Where(m => m.Document == document)
            .SelectMany(m => m.GetSequencePoints())
            .Count(p => !p.IsHidden);
        Assert.True(stepPoints > 50, $"only {stepPoints} sequence points in FakeCore.cs");
    }

    private static XDocument ReadNuspec(ZipArchive zip)
    {
        using var stream = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
        return XDocument.Load(stream);
    }
}
