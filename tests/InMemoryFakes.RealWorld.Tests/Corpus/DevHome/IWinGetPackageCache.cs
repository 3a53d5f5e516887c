// Source: https://github.com/microsoft/devhome
// Commit: d52734ce0e33 (the interface last changed in 982f03f27ced)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 3rd pick (devhome; before it in path order, HyperVExtension's IArchiveProvider, 1 member that
//   extracts an archive; this one 4 members).
// Path: services/DevHome.Services.WindowsPackageManager/Contracts/IWinGetPackageCache.cs (real store:
//   Services/WinGetPackageCache.cs; models: Models/WinGetPackageUri.cs, Models/WinGetPackageUriOptions.cs,
//   Models/WinGetPackageUriParameters.cs, Contracts/IWinGetPackage.cs, Models/WinGetPackage.cs; the callers:
//   Services/WinGetCatalogConnector.cs and Services/Operations/WinGetGetPackageOperation.cs)
// Adapted: the namespaces (one for all); the XML comments dropped; internal made public. WinGetPackageUri with its
//   catalog name, package id and options, ToString(parameters), Equals and GetHashCode as declared, its parsing
//   constructors and TryCreate dropped; WinGetPackageUriOptions with its version only; IWinGetPackage cut down to Id,
//   CatalogName, Name, InstalledVersion, IsInstalled and GetUri, WinGetPackage (its one implementation) likewise, over
//   plain values instead of a COM CatalogPackage. Nullable disabled, as in the source (the project does not enable it).
// Real store: WinGetPackageCache, a Dictionary<string, IWinGetPackage> under a lock, keyed by
//   packageUri.ToString(WinGetPackageUriParameters.None): "x-ms-winget://<catalog>/<package id>", the options (the
//   version) left out, so URIs that differ only in version share an entry, and two URI objects of the same catalog and id
//   are one key (WinGetPackageUri's own Equals compares the version too). TryGetPackage(uri, out package) answers true
//   and the package, or false and null. TryAddPackage(uri, package) adds when the key is free (true) and keeps the
//   first package otherwise (false; Dictionary.TryAdd). GetPackages(uris, out notFound) answers the packages found, in
//   the order of the URIs given, and the URIs not found. Clear() empties it.
// Shapes: *=18; TryGetPackage=19; TryAddPackage=19; GetPackages=18; Clear=12
// First try (f923f300): incomplete: IMF0001 on GetPackages (an out parameter, the URIs not found); TryGetPackage,
//   TryAddPackage and Clear generated | WRONG: TryGetPackage and TryAddPackage key by WinGetPackageUri's own Equals, which
//   compares the version too, where the real cache keys by the URI's string without options: a versioned URI of a cached
//   package is found (and not added again) there, missed (and added) by the fake; the probe fails there.
// After this round: unchanged. GetPackages is rightly refused (its out list of the URIs not found is no convention).
//   The two generated members do what a dictionary keyed by the URI does; that this cache keys by a projection of it
//   (ToString(WinGetPackageUriParameters.None)) is its own code, in no signature, and no setting states a key projection:
//   left to the lead (docs/generator-rounds.md "Out-of-sample round h-sample64").
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DevHome.IWinGetPackageCacheCase;

[Flags]
public enum WinGetPackageUriParameters
{
    None = 0,
    Version = 1 << 0,
    All = Version,
}

public sealed class WinGetPackageUriOptions
{
    public WinGetPackageUriOptions(string version = null)
    {
        Version = version;
    }

    public string Version { get; }

    public bool VersionSpecified => !string.IsNullOrWhiteSpace(Version);

    public string ToString(WinGetPackageUriParameters includeParameters)
    {
        return includeParameters.HasFlag(WinGetPackageUriParameters.Version) && VersionSpecified ? $"?version={Uri.EscapeDataString(Version)}" : string.Empty;
    }

    public bool Equals(WinGetPackageUriOptions options, WinGetPackageUriParameters includeParameters)
    {
        if (options == null)
        {
            return false;
        }

        if (includeParameters.HasFlag(WinGetPackageUriParameters.Version) && Version != options.Version)
        {
            return false;
        }

        return true;
    }

    public override string ToString() => ToString(WinGetPackageUriParameters.All);

    public override bool Equals(object obj) => Equals(obj as WinGetPackageUriOptions, WinGetPackageUriParameters.All);

    public override int GetHashCode() => ToString().GetHashCode();
}

public sealed class WinGetPackageUri
{
    private const string Scheme = "x-ms-winget";

    public WinGetPackageUri(string catalogName, string packageId, WinGetPackageUriOptions options = null)
    {
        CatalogName = catalogName;
        PackageId = packageId;
        Options = options ?? new();
    }

    public string CatalogName { get; private set; }

    public string PackageId { get; private set; }

    public WinGetPackageUriOptions Options { get; private set; }

    public string ToString(WinGetPackageUriParameters includeParameters)
    {
        return $"{Scheme}://{CatalogName}/{PackageId}{Options.ToString(includeParameters)}";
    }

    public bool Equals(WinGetPackageUri packageUri, WinGetPackageUriParameters includeParameters)
    {
        if (packageUri == null)
        {
            return false;
        }

        return CatalogName == packageUri.CatalogName &&
            PackageId == packageUri.PackageId &&
            Options.Equals(packageUri.Options, includeParameters);
    }

    public override bool Equals(object obj) => Equals(obj as WinGetPackageUri, WinGetPackageUriParameters.All);

    public override string ToString() => ToString(WinGetPackageUriParameters.All);

    public override int GetHashCode() => ToString().GetHashCode();
}

public interface IWinGetPackage
{
    public string Id { get; }

    public string CatalogName { get; }

    public string Name { get; }

    public string InstalledVersion { get; }

    public bool IsInstalled { get; }

    public WinGetPackageUri GetUri(string installVersion = null);
}

public sealed class WinGetPackage : IWinGetPackage
{
    public WinGetPackage(string catalogName, string id, string name, string installedVersion = null)
    {
        CatalogName = catalogName;
        Id = id;
        Name = name;
        InstalledVersion = installedVersion;
    }

    public string Id { get; }

    public string CatalogName { get; }

    public string Name { get; }

    public string InstalledVersion { get; }

    public bool IsInstalled => InstalledVersion != null;

    public WinGetPackageUri GetUri(string installVersion = null) => new(CatalogName, Id, new(installVersion));
}

[InMemoryFake]
public interface IWinGetPackageCache
{
    public IList<IWinGetPackage> GetPackages(IEnumerable<WinGetPackageUri> packageUris, out IEnumerable<WinGetPackageUri> packageUrisNotFound);

    public bool TryGetPackage(WinGetPackageUri packageUri, out IWinGetPackage package);

    public bool TryAddPackage(WinGetPackageUri packageUri, IWinGetPackage package);

    public void Clear();
}

public static class Smoke
{
    public static Task RunAsync(IWinGetPackageCache cache)
    {
        var codeUri = new WinGetPackageUri("winget", "Microsoft.VisualStudioCode");
        Check.False(cache.TryGetPackage(codeUri, out var none), "TryGetPackage of a package never cached is false");
        Check.Null(none, "and gives null");

        var code = new WinGetPackage("winget", "Microsoft.VisualStudioCode", "Visual Studio Code");
        Check.True(cache.TryAddPackage(codeUri, code), "TryAddPackage of a free URI is true");
        Check.True(cache.TryGetPackage(codeUri, out var found), "TryGetPackage finds it");
        Check.True(ReferenceEquals(code, found), "the package added");

        var other = new WinGetPackage("winget", "Microsoft.VisualStudioCode", "Code (again)");
        Check.False(cache.TryAddPackage(codeUri, other), "TryAddPackage of a cached URI is false");
        cache.TryGetPackage(codeUri, out found);
        Check.Equal("Visual Studio Code", found?.Name, "and keeps the first package");

        Check.True(cache.TryGetPackage(new WinGetPackageUri("winget", "Microsoft.VisualStudioCode"), out found), "another URI object of the same catalog and id is the same key");
        Check.True(cache.TryGetPackage(new WinGetPackageUri("winget", "Microsoft.VisualStudioCode", new WinGetPackageUriOptions("1.90.0")), out found), "and so is one that names a version: the key leaves the version out");
        Check.False(cache.TryAddPackage(new WinGetPackageUri("winget", "Microsoft.VisualStudioCode", new WinGetPackageUriOptions("1.90.0")), other), "so a versioned URI of a cached package is no new entry");

        var gitUri = new WinGetPackageUri("winget", "Git.Git");
        var msstoreCodeUri = new WinGetPackageUri("msstore", "Microsoft.VisualStudioCode");
        var git = new WinGetPackage("winget", "Git.Git", "Git");
        Check.True(cache.TryAddPackage(gitUri, git), "another package is added");
        var packages = cache.GetPackages(new[] { msstoreCodeUri, gitUri, codeUri }, out var notFound);
        Check.Equal("Git,Visual Studio Code", string.Join(",", packages.Select(p => p.Name)), "GetPackages answers the packages found, in the order asked");
        Check.Equal("x-ms-winget://msstore/Microsoft.VisualStudioCode", string.Join(",", notFound.Select(u => u.ToString())), "and the URIs not found (another catalog is another key)");

        cache.Clear();
        Check.False(cache.TryGetPackage(codeUri, out _), "Clear empties the cache");
        Check.False(cache.TryGetPackage(gitUri, out _), "of every package");
        Check.True(cache.TryAddPackage(codeUri, other), "and a URI is free again after it");
        return Task.CompletedTask;
    }
}
