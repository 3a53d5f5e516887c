// Source: https://github.com/microsoft/winget-cli-restsource
// Commit: b5600ce1f277
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample24 rule, fixed before probing: in these repositories, in this order (microsoft/dev-proxy,
//   microsoft/winget-cli-restsource, Azure/durabletask, microsoft/durabletask-dotnet, microsoft/fluentui-blazor,
//   Azure/bicep, microsoft/sbom-tool, microsoft/OpenAPI.NET, microsoft/Power-Fx, microsoft/FASTER,
//   Azure-Samples/cosmos-db-design-patterns, microsoft/Windows-appsample-customers-orders-database,
//   microsoft/TailwindTraders-Backend, Azure/azure-webjobs-sdk-extensions, microsoft/mcp), skipping any the tools do
//   not hold, that are over fetch's limit, or already in the corpus, at the newest stored snapshot (fetch, then git grep
//   for `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces
//   in ordinal path order (at most 2 per repository; an identical copy of one already in the corpus does not count),
//   outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository); stop after 10; each transcribed whole (up to 50 members).
//   Windows-appsample-customers-orders-database is already in the corpus (Corpus/ContosoOrders, h-sample4): skipped.
//   dev-proxy, durabletask-dotnet (its 2 matches are under test/), fluentui-blazor, sbom-tool, OpenAPI.NET, FASTER,
//   cosmos-db-design-patterns, TailwindTraders-Backend and azure-webjobs-sdk-extensions have no match outside test
//   paths (fluentui-blazor's snapshot lacks 12 large emoji files under src/Assets/FluentUI.Emojis, which git grep cannot
//   read); bicep's ITemplateSpecRepository declares 1 member (so IAuxiliaryFileCache, after it, is bicep's 2nd);
//   Power-Fx's only match, IEnumStore, declares 1; mcp's only match, ISessionStore, declares 2. So the rule picks 5, not
//   10, in order: winget-cli-restsource IApiDataStore; durabletask IFabricOrchestrationServiceInstanceStore,
//   ITrackingStore; bicep IConcurrentCache, IAuxiliaryFileCache.
//   This one: the 1st of microsoft/winget-cli-restsource (22 members).
// Path: src/WinGet.RestSource.Utils/Common/IApiDataStore.cs (real store: src/WinGet.RestSource/Cosmos/CosmosDataStore.cs
//   over Cosmos/CosmosDatabase.cs; models: src/WinGet.RestSource.Utils/Common/ApiDataPage.cs, Models/Schemas/Package.cs,
//   Version.cs, Installer.cs, Locale.cs, PackageManifest.cs, Models/ExtendedSchemas/VersionExtended.cs,
//   Models/Core/ManifestSearchRequest.cs, ManifestSearchResponse.cs)
// Adapted: Package cut to PackageIdentifier; Version to PackageVersion and DefaultLocale; Installer to
//   InstallerIdentifier and Architecture; Locale to PackageLocale and Publisher; PackageManifest to a Package with a
//   list of VersionExtended (a Version with its Installers and Locales; VersionsExtended is a list of them); ApiDataPage
//   to Items, ContinuationToken, RequestCharge; ManifestSearchRequest to Query (a keyword) and MaximumResults;
//   ManifestSearchResponse to PackageIdentifier and PackageName. Nullable disabled, as in the source (the Utils project
//   does not enable it).
// Real store: CosmosDataStore keeps one Cosmos document per package manifest, its id the PackageIdentifier, and the
//   versions, installers and locales nested in it. Count: the number of manifests. AddPackage: a manifest with no
//   versions (a taken id: CosmosDatabaseException, Cosmos' 409). DeletePackage: deletes the document (a missing one:
//   CosmosDatabaseException, 404). UpdatePackage(id, package): reads the document (missing: CosmosDatabaseException),
//   copies the package's values onto it, versions kept. GetPackages(id, token): a page of the packages whose
//   PackageIdentifier equals id (every package when id is blank), at most MaxResultsPerPage, with an encoded
//   continuation token. AddVersion(id, version): adds the version to that document (a taken PackageVersion throws
//   InvalidArgumentException). DeleteVersion: removes it, and deletes the whole package when it was the last version.
//   UpdateVersion: replaces it (missing: InvalidArgumentException). GetVersions(id, v): the version whose PackageVersion
//   is v, every version when v is blank, null token. Installers and Locales: the same, nested in a version (deleting a
//   version's last installer deletes the version). AddPackageManifest / DeletePackageManifest / UpdatePackageManifest /
//   GetPackageManifests: the whole document (GetPackageManifests filters versions, channel and market after the query).
//   SearchPackageManifests: a keyword or exact match over nine match fields (identifier, name, publisher, moniker,
//   command, tag, family name, product code, upgrade code) and inclusions / filters, grouped per package.
// Shapes: *=core
// First try (40352aa): incomplete: IMF0009 "Entity type 'Package' used by IApiDataStore has no key" (its key is
//   PackageIdentifier, the Cosmos document id; no convention names a key …Identifier); no class generated | WRONG: none
//   (nothing generated).
// After this round: unchanged; refusing is right: Key = "PackageIdentifier" would state the key, but Package and
//   PackageManifest are one Cosmos document (AddPackage is read back by GetPackageManifests), versions, installers and
//   locales are nested in it with their own identity and cascading deletes, and SearchPackageManifests is the real
//   store's query: a fake with one table per entity type would split what the real store keeps as one document.

#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WinGetRestSource.IApiDataStoreCase;

public class ApiDataPage<T>
{
    public IList<T> Items { get; set; } = new List<T>();

    public string ContinuationToken { get; set; }

    public double RequestCharge { get; set; }
}

public class Package
{
    public string PackageIdentifier { get; set; }
}

public class Version
{
    public string PackageVersion { get; set; }

    public string DefaultLocale { get; set; }
}

public class Installer
{
    public string InstallerIdentifier { get; set; }

    public string Architecture { get; set; }
}

public class Locale
{
    public string PackageLocale { get; set; }

    public string Publisher { get; set; }
}

public class VersionExtended : Version
{
    public List<Installer> Installers { get; set; }

    public List<Locale> Locales { get; set; }
}

public class PackageManifest : Package
{
    public List<VersionExtended> Versions { get; set; }
}

public class ManifestSearchRequest
{
    public string Query { get; set; }

    public int MaximumResults { get; set; }
}

public class ManifestSearchResponse
{
    public string PackageIdentifier { get; set; }

    public string PackageName { get; set; }
}

[InMemoryFake]
public interface IApiDataStore
{
    Task<int> Count();

    Task AddPackage(Package package);

    Task DeletePackage(string packageIdentifier);

    Task UpdatePackage(string packageIdentifier, Package package);

    Task<ApiDataPage<Package>> GetPackages(string packageIdentifier, string continuationToken = null);

    Task AddVersion(string packageIdentifier, Version version);

    Task DeleteVersion(string packageIdentifier, string packageVersion);

    Task UpdateVersion(string packageIdentifier, string packageVersion, Version version);

    Task<ApiDataPage<Version>> GetVersions(string packageIdentifier, string packageVersion);

    Task AddInstaller(string packageIdentifier, string packageVersion, Installer installer);

    Task DeleteInstaller(string packageIdentifier, string packageVersion, string installerIdentifier);

    Task UpdateInstaller(string packageIdentifier, string packageVersion, string installerIdentifier, Installer installer);

    Task<ApiDataPage<Installer>> GetInstallers(string packageIdentifier, string packageVersion, string installerIdentifier);

    Task AddLocale(string packageIdentifier, string packageVersion, Locale locale);

    Task DeleteLocale(string packageIdentifier, string packageVersion, string packageLocale);

    Task UpdateLocale(string packageIdentifier, string packageVersion, string packageLocale, Locale locale);

    Task<ApiDataPage<Locale>> GetLocales(string packageIdentifier, string packageVersion, string packageLocale);

    Task AddPackageManifest(PackageManifest packageManifest);

    Task DeletePackageManifest(string packageIdentifier);

    Task UpdatePackageManifest(string packageIdentifier, PackageManifest packageManifest);

    Task<ApiDataPage<PackageManifest>> GetPackageManifests(string packageIdentifier, string continuationToken = null, string versionFilter = null, string channelFilter = null, string marketFilter = null);

    Task<ApiDataPage<ManifestSearchResponse>> SearchPackageManifests(ManifestSearchRequest manifestSearchRequest, string continuationToken = null);
}

public static class Smoke
{
    public static async Task RunAsync(IApiDataStore store)
    {
        Check.Equal(0, await store.Count(), "a new store has no package");
        await store.AddPackage(new Package { PackageIdentifier = "Contoso.App" });
        await store.AddPackage(new Package { PackageIdentifier = "Fabrikam.Tool" });
        Check.Equal(2, await store.Count(), "Count counts the packages");

        var one = await store.GetPackages("Contoso.App");
        Check.Equal(1, one.Items.Count, "GetPackages(id) has the package with that identifier");
        Check.Equal("Contoso.App", one.Items[0].PackageIdentifier, "GetPackages(id) returns it");
        Check.Equal(2, (await store.GetPackages(null)).Items.Count, "GetPackages(null) lists every package");

        await store.AddVersion("Contoso.App", new Version { PackageVersion = "1.0", DefaultLocale = "en-US" });
        await store.AddVersion("Contoso.App", new Version { PackageVersion = "2.0", DefaultLocale = "en-US" });
        Check.Equal(2, (await store.GetVersions("Contoso.App", null)).Items.Count, "GetVersions with no version lists every version");
        Check.Equal("1.0", (await store.GetVersions("Contoso.App", "1.0")).Items.Single().PackageVersion, "GetVersions(id, v) has that version");

        await store.AddInstaller("Contoso.App", "1.0", new Installer { InstallerIdentifier = "x64", Architecture = "x64" });
        Check.Equal("x64", (await store.GetInstallers("Contoso.App", "1.0", "x64")).Items.Single().Architecture, "GetInstallers has the added installer");
        await store.AddLocale("Contoso.App", "1.0", new Locale { PackageLocale = "fr-FR", Publisher = "Contoso" });
        Check.Equal("Contoso", (await store.GetLocales("Contoso.App", "1.0", "fr-FR")).Items.Single().Publisher, "GetLocales has the added locale");

        await store.DeleteVersion("Contoso.App", "2.0");
        Check.Equal(1, (await store.GetVersions("Contoso.App", null)).Items.Count, "DeleteVersion removes the version");
        await store.DeleteVersion("Contoso.App", "1.0");
        Check.Equal(0, (await store.GetPackages("Contoso.App")).Items.Count, "deleting the last version deletes the package");

        await store.DeletePackage("Fabrikam.Tool");
        Check.Equal(0, await store.Count(), "DeletePackage removes the package");
    }
}
