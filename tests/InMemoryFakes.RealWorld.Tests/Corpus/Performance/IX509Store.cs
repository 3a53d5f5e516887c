// Source: https://github.com/dotnet/performance
// Commit: 7f0bad3b2
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample50 rule, fixed before probing (h-sample46's, continued): the repositories in the order
//   find_repos("dotnet/") lists them (owner dotnet only: akkadotnet/…, json-api-dotnet/… and the like skipped), from
//   the first after arcade-services (h-sample46's 6th pick), keeping those with C# code at their newest stored snapshot
//   and not already a corpus source; for each, at that snapshot (fetch, then `git grep -n -E "interface
//   I\w*(Repository|Repo|Store|Storage|Cache|Provider)\b" -- '*.cs'`, paths sorted ordinally), the first interface
//   outside paths containing "test" (any case) that declares at least 3 members (inherited ones count if the base
//   interface is in the same repository) and holds state (something a caller puts in through the interface; a
//   …Provider that only computes, or hands out what it was built with, is skipped); at most 1 per repository; stop
//   after 6. A snapshot over fetch's 500 MiB limit is skipped (h-sample42). find_repos("dotnet/") lists 100 rows by
//   file versions and ends at dotnet/core (1331) with 5 picks; the list was continued in the same order (file
//   versions, highest first) with the dotnet/ repositories below 1331 that find_repos("dotnet/<letter>") lists for
//   a-p and r-x (y, z, q and digits not queried).
//   In order: iot none (IMotorPinProvider 1 member); arcade gives IStorage (its first match); SqlClient no match;
//   interactive none (IAuthorizationProvider, 3 members that hand out the token it was built with: skipped); wcf
//   already a source; corert gives IRootingServiceProvider (before it IEntityHandleProvider,
//   IMetadataStringDecoderProvider and ICompilationRootProvider, 1 member each); reactive none (IAsyncIListProvider<T>,
//   3 members that compute ToArray/ToList/Count of a query, and IAsyncQueryProvider, 3 that build and run queries:
//   computing; the others 1); corefxlab no match; command-line-api none (IShellProvider, 4 members that describe a
//   shell and compute its completion script: computing; ISuggestionStore 1); ClangSharp no match;
//   aspnet-api-versioning none (1-2 members each); diagnostics none (IRuntimeProvider 1); MQTTnet none (1-2 each);
//   dotnet-monitor already a source; Open-XML-SDK none (INameProvider 1); dotnet-api-docs (1.9 GB) over the limit;
//   maui-labs has no snapshot; vscode-csharp no match; AspNetCore.Docs.pl-pl no C# code; roslyn-analyzers no match;
//   Scaffolding none (1-2 each); performance gives IX509Store (before it ILocalCertStore 2); upgrade-assistant, Comet,
//   samples no match; runtimelab (0.95 GB) over the limit; try no match; EntityFramework.Docs's only match is under
//   samples/core/Testing (a "test" path); android-samples, TorchSharp no match; docker-tools none (1 each); infer none
//   (1 each; IGenericArgumentProvider's IComparable is not the repository's); Kerberos.NET gives ITicketCache;
//   MobileBlazorBindings gives ITokenCache (before it IRemoteAuthenticationPathsProvider 1, IAccessTokenProvider 2);
//   dotnet-docker none (2 and 1); dotnet/dotnet (2.0 GB) over the limit; eShop already a source; skills no match;
//   coreclr's snapshot has no C# code; core no match. Continued below 1331: docs-maui no match; docs-desktop.it-it no
//   C# code; LLVMSharp no match; systemweb-adapters none (ILockedSessionCache 2); docs-aspire no match;
//   ResXResourceManager gives IErrorListProvider, the 6th. No interface of these repositories was in the corpus.
//   This one: the 3rd pick (performance; the first in path order with at least 3 members, 4, that holds state: the
//   certificates of a store).
// Path: src/tools/CertHelper/IX509Store.cs (real store: TestableX509Store in the same file, over
//   System.Security.Cryptography.X509Certificates.X509Store; caller: ILocalCertStore.cs's X509LocalCertStore)
// Adapted: the namespace; the usings cut down to those used. Nothing else: the types are the runtime's. Nullable
//   enabled, as in CertHelper (string? Name).
// Real store: TestableX509Store opens X509Store(StoreName.My, StoreLocation.CurrentUser, flags) in its constructor and
//   keeps it. Certificates is the store's Certificates: a new X509Certificate2Collection snapshot on each read (adding
//   to the collection read does not add to the store); Name is the store's name, "My"; Location is CurrentUser;
//   GetX509Store() hands out the one X509Store it opened (X509LocalCertStore.Rotate calls RemoveRange and AddRange on
//   it, and the next Certificates read lists the change).
// First try (30887e9): incomplete: IMF0001 on Certificates, Name and Location (properties of a key-value store
//   that are no Count/Keys/Values/settings object; Name: a name the real store is configured with); GetX509Store()
//   generated as the read of a single-value store (the table's one value, under the key "value"), with IMF0020 (an
//   X509Store is kept by reference). The probe stops at Name, the script's first line | WRONG: GetX509Store() reads a
//   value no member of the interface writes: on a new fake it throws the not-found error, where TestableX509Store
//   hands out the store it opened in its constructor (not reached by the probe).
// After this round: GetX509Store() is refused too (IMF0001): a read without a key in a store of one value that no
//   member writes answers what the real store was built with, and the message names Store.Set("value", …) and
//   Store.Get("value"). All four refused; the probe still stops at Name. Incomplete, nothing wrong generated.
#nullable enable

using System;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Performance.IX509StoreCase;

[InMemoryFake]
public interface IX509Store
{
    X509Certificate2Collection Certificates { get; }
    string? Name { get; }
    StoreLocation Location { get; }
    X509Store GetX509Store();
}

public static class Smoke
{
    public static Task RunAsync(IX509Store store)
    {
        Check.Equal("My", store.Name, "Name is the store's name: TestableX509Store opens CurrentUser\\My");
        Check.Equal(StoreLocation.CurrentUser, store.Location, "Location is CurrentUser");

        var read = Check.NotNull(store.Certificates, "Certificates is a collection");
        var count = read.Count;
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=perf-lab", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        read.Add(certificate);
        Check.Equal(count, store.Certificates.Count, "a certificate added to the collection read is not added to the store (each read is a snapshot)");

        var opened = store.GetX509Store();
        Check.True(ReferenceEquals(opened, store.GetX509Store()), "GetX509Store hands out the one store it opened");
        Check.Equal("My", opened.Name, "the CurrentUser\\My store");
        return Task.CompletedTask;
    }
}
