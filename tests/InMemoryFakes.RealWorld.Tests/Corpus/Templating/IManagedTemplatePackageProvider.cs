// Source: https://github.com/dotnet/templating
// Commit: 4c17ee53e
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample73 rule, fixed before probing (h-sample50's, continued, otherwise unchanged): the repositories owned
//   by dotnet in the order of h-sample50's continuation list (the dotnet/ repositories below 1331 file versions that
//   find_repos("dotnet/<letter>") lists for a-p and r-x, merged, file versions highest first), from the first after
//   ResXResourceManager (h-sample50's 6th pick); for each, at its newest stored snapshot (fetch, then `git grep -n -E
//   "interface I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first
//   interface outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the
//   base interface is in the same repository) and holds state (something a caller puts in through the interface, kept
//   by an implementation in the same repository; a …Provider that only computes or hands out what it was built with is
//   skipped, and so is a [ComImport] or binding definition implemented outside the repository); at most 1 per
//   repository; not already a corpus source; stop after 6.
//   In order: spark none (1 member); maui-samples already a source; machinelearning-samples no match; pinvoke none
//   (IAssemblyCache, a [ComImport] of Windows' fusion.dll); docs-desktop.ja-jp, linker, vscode-dotnet-runtime no C#
//   code; sign none (IContainerProvider's 5 compute; the others 1-3, computing or handing out); tye, Docker.DotNet no
//   match; templating gives IManagedTemplatePackageProvider (before it ISdkInfoProvider and IWorkloadsInfoProvider,
//   computing); apireviews no C#; dotnet-console-games, docs-desktop, csharplang, docs-tools, xharness, apisof.net,
//   cli-lab, WatsonWebserver, Nerdbank.GitVersioning no match; macios none (binding definitions of Apple's classes);
//   buildtools, cli, standard no C#; crank gives IJobRepository; aspire-samples already a source;
//   AspNetCore.Docs.fr-fr, EntityFramework.Docs.it-it no C#; nuget-trends, HttpRepl none (1-2 members); then 40 more
//   with no match, no C# code, or none (1-2 members, computing, events) until dnceng gives ITokenStore (before it
//   ITokenRevocationProvider 2); then 50 more likewise (dnceng-shared's token providers hand out tokens fetched from
//   GitHub and Azure DevOps; ILMerge's IAssemblyCache is a [ComImport]) until runtime-assets gives
//   IGenericParameterProvider (before it IScopeProvider, IVariableDefinitionProvider, IAnnotationProvider 1 each,
//   ICustomAttributeProvider 2); the rest of the list (windows-desktop … vblang.ja-jp) has no match or no C# code, and
//   arcade-skills has no snapshot. The list ends with 4 picks (the walk is written out in docs/generator.md,
//   "Out-of-sample round h-sample73"). No interface of these repositories was in the corpus.
//   This one: the 1st pick (templating; its 3rd match in path order, 4 members and 3 inherited from
//   ITemplatePackageProvider, in the same repository).
// Path: src/Microsoft.TemplateEngine.Abstractions/TemplatePackage/IManagedTemplatePackageProvider.cs (base:
//   ITemplatePackageProvider.cs; model: TemplatePackage/ITemplatePackage.cs, IManagedTemplatePackage.cs,
//   ITemplatePackageProviderFactory.cs, IIdentifiedComponent.cs, Installer/InstallRequest.cs, UpdateRequest.cs,
//   InstallerOperationResult.cs, InstallResult.cs, UninstallResult.cs, UpdateResult.cs, CheckUpdateResult.cs,
//   InstallerErrorCode.cs, VulnerabilityInfo.cs; real store: src/Microsoft.TemplateEngine.Edge/BuiltInManagedProvider/
//   GlobalSettingsTemplatePackageProvider.cs, the one the template engine's TemplatePackageManager uses for
//   `dotnet new install`)
// Adapted: the namespace; ITemplatePackageProvider transcribed beside it. ITemplatePackageProviderFactory cut down to
//   its Id and DisplayName (CreateProvider, which takes the engine's settings, left out); IManagedTemplatePackage to its
//   scalar properties, ManagedProvider and GetDetails (Installer, an IInstaller, left out); the results keep their
//   properties and factory methods (UpdateResult.FromInstallResult left out). XML comments dropped. Nullable: the
//   Abstractions project's context is `annotations` (annotations on, warnings off), kept as `#nullable enable
//   annotations`.
// Real store: GlobalSettingsTemplatePackageProvider keeps the installed packages in packages.json under the global
//   settings directory, and hands each install, update and uninstall to an installer (Folder or NuGet, chosen by
//   CanInstallAsync) that copies or downloads the package. GetAllTemplatePackagesAsync answers the recorded packages
//   (deserialized by their installer). InstallAsync(requests) throws ArgumentNullException for null, answers an empty
//   list for none, ArgumentException for two requests of one identifier and installer name, and for each request a
//   result: a failure (UnsupportedRequest) when no installer or more than one can install it, AlreadyInstalled for the
//   same version, else the installer's result, recording the package (an older version is uninstalled first).
//   UninstallAsync(packages) asks each package's installer and forgets the packages it uninstalled. UpdateAsync skips
//   requests for the version already installed and installs the others over them. GetLatestVersionsAsync asks the
//   installers (NuGet feeds) and records the metadata they answer. TemplatePackagesChanged fires when packages.json
//   changes; Factory is the factory that made it; Id is its factory's.
// Shapes: *=none
// First try (0487eace): incomplete, nothing generated: IMF0009 on the interface (UpdateRequest, the element of
//   UpdateAsync's requests, has no key; the message adds that when no property identifies a stored UpdateRequest no
//   key fits and the interface is written by hand) | WRONG: none (the probe has no class to run).
// After this round: unchanged, and the refusal is right: nothing here stores what it is given. The provider records
//   the packages that installers make from the requests (a NuGet download, a folder mounted), with versions, metadata
//   and failures (UnsupportedRequest, AlreadyInstalled) the installers decide, and no signature describes any of it.
//   The diagnostic's cause was a little off (it asked for a key of UpdateRequest, which nothing stores; a request is no
//   entity). Since h-leftover3 (session 29) IMF0009 adds that no member reads an UpdateRequest back: UpdateAsync takes
//   them and answers UpdateResult, so UpdateRequest is a request the provider acts on, and a key would not make it a row.
#nullable enable annotations

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Templating.IManagedTemplatePackageProviderCase;

public interface IIdentifiedComponent
{
    Guid Id { get; }
}

public interface ITemplatePackageProviderFactory : IIdentifiedComponent
{
    string DisplayName { get; }
}

public interface ITemplatePackage
{
    DateTime LastChangeTime { get; }

    string MountPointUri { get; }

    ITemplatePackageProvider Provider { get; }
}

public interface IManagedTemplatePackage : ITemplatePackage
{
    string DisplayName { get; }

    string Identifier { get; }

    IManagedTemplatePackageProvider ManagedProvider { get; }

    string? Version { get; }

    bool IsLocalPackage { get; }

    IReadOnlyDictionary<string, string> GetDetails();
}

public enum InstallerErrorCode
{
    Success = 0,
    PackageNotFound = 1,
    InvalidSource = 2,
    DownloadFailed = 3,
    UnsupportedRequest = 4,
    GenericError = 5,
    AlreadyInstalled = 6,
    UpdateUninstallFailed = 7,
    InvalidPackage = 8,
    VulnerablePackage = 9
}

public readonly record struct VulnerabilityInfo(int Severity, IReadOnlyList<string> AdvisoryUris);

public sealed class InstallRequest
{
    public InstallRequest(string identifier, string? version = null, string? installerName = null, Dictionary<string, string>? details = null, bool force = false)
    {
        if (string.IsNullOrWhiteSpace(identifier))
        {
            throw new ArgumentException("identifier cannot be null or empty", nameof(identifier));
        }
        PackageIdentifier = identifier;
        Version = version;
        InstallerName = installerName;
        Force = force;
        Details = details ?? new Dictionary<string, string>();
    }

    public string DisplayName => string.IsNullOrWhiteSpace(Version) ? PackageIdentifier : $"{PackageIdentifier}@{Version}";

    public string? InstallerName { get; private set; }

    public string PackageIdentifier { get; }

    public string? Version { get; }

    public Dictionary<string, string> Details { get; private set; }

    public bool Force { get; }

    public override string ToString() => DisplayName;
}

public sealed class UpdateRequest
{
    public UpdateRequest(IManagedTemplatePackage templatePackage, string targetVersion)
    {
        TemplatePackage = templatePackage ?? throw new ArgumentNullException(nameof(templatePackage));
        if (string.IsNullOrWhiteSpace(targetVersion))
        {
            throw new ArgumentException("Version cannot be null or empty", nameof(targetVersion));
        }
        Version = targetVersion;
    }

    public IManagedTemplatePackage TemplatePackage { get; }

    public string Version { get; }
}

public abstract class InstallerOperationResult
{
    protected InstallerOperationResult(InstallerErrorCode error, string? errorMessage, IManagedTemplatePackage? templatePackage = null)
    {
        Error = error;
        ErrorMessage = errorMessage;
        TemplatePackage = templatePackage;
    }

    protected InstallerOperationResult(IManagedTemplatePackage managedTemplatePackage)
    {
        Error = InstallerErrorCode.Success;
        TemplatePackage = managedTemplatePackage;
    }

    public InstallerErrorCode Error { get; }

    public string? ErrorMessage { get; }

    public virtual IManagedTemplatePackage? TemplatePackage { get; }

    public bool Success => Error == InstallerErrorCode.Success;
}

public sealed class InstallResult : InstallerOperationResult
{
    private InstallResult(InstallRequest request, IManagedTemplatePackage templatePackage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        : base(templatePackage)
    {
        InstallRequest = request;
        Vulnerabilities = vulnerabilities;
    }

    private InstallResult(InstallRequest request, InstallerErrorCode error, string errorMessage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
         : base(error, errorMessage)
    {
        InstallRequest = request;
        Vulnerabilities = vulnerabilities;
    }

    public InstallRequest InstallRequest { get; private set; }

    public IReadOnlyList<VulnerabilityInfo> Vulnerabilities { get; private set; }

    public static InstallResult CreateSuccess(InstallRequest request, IManagedTemplatePackage templatePackage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        => new InstallResult(request, templatePackage, vulnerabilities);

    public static InstallResult CreateFailure(InstallRequest request, InstallerErrorCode error, string localizedFailureMessage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        => new InstallResult(request, error, localizedFailureMessage, vulnerabilities);
}

public sealed class UninstallResult : InstallerOperationResult
{
    private UninstallResult(IManagedTemplatePackage templatePackage)
        : base(templatePackage)
    {
        TemplatePackage = templatePackage;
    }

    private UninstallResult(InstallerErrorCode error, string errorMessage, IManagedTemplatePackage templatePackage)
         : base(error, errorMessage, templatePackage)
    {
        TemplatePackage = templatePackage;
    }

    public override IManagedTemplatePackage TemplatePackage { get; }

    public static UninstallResult CreateSuccess(IManagedTemplatePackage templatePackage) => new UninstallResult(templatePackage);

    public static UninstallResult CreateFailure(IManagedTemplatePackage templatePackage, InstallerErrorCode error, string localizedFailureMessage)
        => new UninstallResult(error, localizedFailureMessage, templatePackage);
}

public sealed class UpdateResult : InstallerOperationResult
{
    private UpdateResult(UpdateRequest request, IManagedTemplatePackage templatePackage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        : base(templatePackage)
    {
        UpdateRequest = request;
        Vulnerabilities = vulnerabilities;
    }

    private UpdateResult(UpdateRequest request, InstallerErrorCode error, string errorMessage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
         : base(error, errorMessage)
    {
        UpdateRequest = request;
        Vulnerabilities = vulnerabilities;
    }

    public UpdateRequest UpdateRequest { get; private set; }

    public IReadOnlyList<VulnerabilityInfo> Vulnerabilities { get; private set; }

    public static UpdateResult CreateSuccess(UpdateRequest request, IManagedTemplatePackage templatePackage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        => new UpdateResult(request, templatePackage, vulnerabilities);

    public static UpdateResult CreateFailure(UpdateRequest request, InstallerErrorCode error, string localizedFailureMessage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        => new UpdateResult(request, error, localizedFailureMessage, vulnerabilities);
}

public sealed class CheckUpdateResult : InstallerOperationResult
{
    private CheckUpdateResult(string? latestVersion, bool isLatest, IManagedTemplatePackage templatePackage)
        : base(templatePackage)
    {
        TemplatePackage = templatePackage;
        LatestVersion = latestVersion;
        IsLatestVersion = isLatest;
        Vulnerabilities = [];
    }

    private CheckUpdateResult(InstallerErrorCode error, string errorMessage, IManagedTemplatePackage templatePackage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
         : base(error, errorMessage, templatePackage)
    {
        TemplatePackage = templatePackage;
        Vulnerabilities = vulnerabilities;
    }

    public string? LatestVersion { get; private set; }

    public bool IsLatestVersion { get; private set; }

    public IReadOnlyList<VulnerabilityInfo> Vulnerabilities { get; private set; }

    public override IManagedTemplatePackage TemplatePackage { get; }

    public static CheckUpdateResult CreateSuccess(IManagedTemplatePackage templatePackage, string? version, bool isLatest)
        => new CheckUpdateResult(version, isLatest, templatePackage);

    public static CheckUpdateResult CreateFailure(IManagedTemplatePackage templatePackage, InstallerErrorCode error, string localizedFailureMessage, IReadOnlyList<VulnerabilityInfo> vulnerabilities)
        => new CheckUpdateResult(error, localizedFailureMessage, templatePackage, vulnerabilities);
}

public interface ITemplatePackageProvider
{
    event Action? TemplatePackagesChanged;

    ITemplatePackageProviderFactory Factory { get; }

    Task<IReadOnlyList<ITemplatePackage>> GetAllTemplatePackagesAsync(CancellationToken cancellationToken);
}

[InMemoryFake]
public interface IManagedTemplatePackageProvider : ITemplatePackageProvider
{
    Task<IReadOnlyList<CheckUpdateResult>> GetLatestVersionsAsync(IEnumerable<IManagedTemplatePackage> templatePackages, CancellationToken cancellationToken);

    Task<IReadOnlyList<UpdateResult>> UpdateAsync(IEnumerable<UpdateRequest> updateRequests, CancellationToken cancellationToken);

    Task<IReadOnlyList<UninstallResult>> UninstallAsync(IEnumerable<IManagedTemplatePackage> templatePackages, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstallResult>> InstallAsync(IEnumerable<InstallRequest> installRequests, CancellationToken cancellationToken);
}

public static class Smoke
{
    public static async Task RunAsync(IManagedTemplatePackageProvider provider)
    {
        Check.Equal(0, (await provider.GetAllTemplatePackagesAsync(CancellationToken.None)).Count, "a provider over a new settings directory has no package");
        Check.Equal(0, (await provider.InstallAsync(Array.Empty<InstallRequest>(), CancellationToken.None)).Count, "installing nothing answers no result");
        Check.Equal(0, (await provider.UninstallAsync(Array.Empty<IManagedTemplatePackage>(), CancellationToken.None)).Count, "uninstalling nothing answers no result");
        await Check.ThrowsAsync<ArgumentNullException>(() => provider.InstallAsync(null!, CancellationToken.None), "InstallAsync(null) throws ArgumentNullException");
        await Check.ThrowsAsync<ArgumentException>(
            () => provider.InstallAsync(new[] { new InstallRequest("Contoso.Templates", "1.0.0", "NuGet"), new InstallRequest("contoso.templates", "2.0.0", "NuGet") }, CancellationToken.None),
            "two requests of one identifier and installer throw ArgumentException");
        Check.Equal(0, (await provider.GetAllTemplatePackagesAsync(CancellationToken.None)).Count, "and nothing was installed");
    }
}
