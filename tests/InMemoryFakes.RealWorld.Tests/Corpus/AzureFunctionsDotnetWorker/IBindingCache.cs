// Source: https://github.com/Azure/azure-functions-dotnet-worker
// Commit: fb113332
// Licence: MIT (an interface signature and a model transcribed for a test)
// Sample: h-sample14 rule, fixed before probing: in these repositories, in this order
//   (AzureAD/microsoft-authentication-extensions-for-dotnet, AzureAD/azure-activedirectory-identitymodel-extensions-for-dotnet,
//   dotnet/AspNetCore.Docs.Samples, dotnet/samples, microsoft/ApplicationInsights-dotnet, Azure/azure-functions-dotnet-worker,
//   Azure-Samples/active-directory-aspnetcore-webapp-openidconnect-v2, microsoft/Windows-appsample-rssreader,
//   microsoft/DurableFunctionsMonitor, microsoft/durabletask-mssql, dotnet/tye, microsoft/BikeSharing360_MobileApps,
//   microsoft/fhir-codegen, microsoft/ApplicationInspector), skipping any the tools do not hold or already in the corpus,
//   at the newest stored snapshot (fetch, then git grep of C# interface declarations, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 3 per repository; an identical copy of one already taken does not count),
//   outside paths containing "test" (any case), whose name ends in Repository, Repo, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12; each transcribed whole (nothing cut). Every repository is held. The list ends
//   at 2: identitymodel's ITokenReplayCache declares 2 members; AspNetCore.Docs.Samples' 3.x ITodoRepository is an
//   identical copy of the 2.x one, its ICache interfaces declare 1 member and its IDocumentRepository interfaces 1;
//   microsoft-authentication-extensions-for-dotnet (ICacheAccessor: the name ends in Accessor), dotnet/samples
//   (IDemoStoreType, IStorageManager: other endings), ApplicationInsights-dotnet,
//   active-directory-aspnetcore-webapp-openidconnect-v2, Windows-appsample-rssreader, DurableFunctionsMonitor (a
//   TypeScript ITypedLocalStorage only), durabletask-mssql, tye, BikeSharing360_MobileApps, fhir-codegen (IFhirCacheClient:
//   ends in Client) and ApplicationInspector have none. The two: AspNetCore.Docs.Samples ITodoRepository;
//   azure-functions-dotnet-worker IBindingCache<T>.
//   This one: the 1st of Azure/azure-functions-dotnet-worker.
// Path: src/DotNetWorker.Core/Context/IBindingCache.cs (model: src/DotNetWorker.Core/Converters/Converter/ConversionResult.cs)
// Adapted: the interface is internal in the worker; public here (the smoke script's RunAsync is public). ConversionResult
//   keeps Status, Value, Error, Unhandled() and Success(value) (Failed left out); ConversionStatus as in the worker.
//   Nullable enabled (build/Common.props). Closed over ConversionResult, as the worker registers it
//   (TryAddScoped<IBindingCache<ConversionResult>, DefaultBindingCache<ConversionResult>>).
// Real store: src/DotNetWorker.Core/Context/DefaultBindingCache.cs, a ConcurrentDictionary<string, T>: the indexer's
//   getter is the dictionary's (a missing key: KeyNotFoundException; null: ArgumentNullException), its setter an
//   upsert; TryGetValue (null key: ArgumentNullException "key") true and the value, or false and default; TryAdd (null
//   key: ArgumentNullException "key") adds and returns true, or returns false and keeps the value stored.
// Shapes: *=10
// First try (acd8f01): incomplete: IMF0020 (values of System.Exception? (ConversionResult.Error) and object? (Value) are
//   stored by reference: types the compiler cannot copy) | WRONG: none seen. After this round: complete with the setting
//   below; the smoke script passes (the indexer getter's not-found error is a KeyNotFoundException, as the dictionary's;
//   TryGetValue gives default on a miss; TryAdd keeps the value stored; null keys are ArgumentNullException).
// Configured: CopyMode = CopyMode.Reference: DefaultBindingCache stores the value as given in a ConcurrentDictionary<string,
//   T> and hands the same back (ConversionResult is a readonly struct, copied; its Value and Error objects shared), so
//   by reference is what the real store does.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureFunctionsDotnetWorker.IBindingCacheCase;

public enum ConversionStatus
{
    Unhandled,
    Succeeded,
    Failed,
}

public readonly struct ConversionResult
{
    private static readonly ConversionResult _unhandledConversionResult = new(status: ConversionStatus.Unhandled);

    private ConversionResult(ConversionStatus status, object? value = null, Exception? error = null)
    {
        Status = status;
        Value = value;
        Error = error;
    }

    public ConversionStatus Status { get; }

    public object? Value { get; }

    public Exception? Error { get; }

    public static ConversionResult Unhandled() => _unhandledConversionResult;

    public static ConversionResult Success(object? value) => new(status: ConversionStatus.Succeeded, value: value);
}

public interface IBindingCache<T>
{
    T this[string key] { get; set; }

    bool TryGetValue(string key, out T? value);

    bool TryAdd(string key, T value);
}

[InMemoryFake(typeof(IBindingCache<ConversionResult>), CopyMode = CopyMode.Reference)]
public partial class ConversionResultBindingCacheFake;

public static class Smoke
{
    public static Task RunAsync(IBindingCache<ConversionResult> cache)
    {
        Check.True(cache.TryAdd("input", ConversionResult.Success(42)), "TryAdd of a new key returns true");
        Check.False(cache.TryAdd("input", ConversionResult.Success(7)), "TryAdd of a taken key returns false");
        Check.Equal(42, cache["input"].Value, "TryAdd keeps the value stored");
        Check.True(cache.TryGetValue("input", out var found), "TryGetValue finds the key");
        Check.Equal(ConversionStatus.Succeeded, found.Status, "TryGetValue gives the value");
        Check.False(cache.TryGetValue("other", out var missing), "TryGetValue of a missing key returns false");
        Check.Equal(ConversionStatus.Unhandled, missing.Status, "TryGetValue gives default on a miss");
        Check.Throws<KeyNotFoundException>(() => _ = cache["other"], "the getter of a missing key throws KeyNotFoundException");
        cache["input"] = ConversionResult.Unhandled();
        Check.Equal(ConversionStatus.Unhandled, cache["input"].Status, "the setter overwrites");
        cache["other"] = ConversionResult.Success("x");
        Check.Equal("x", cache["other"].Value, "the setter adds a new key");
        Check.Throws<ArgumentNullException>(() => cache.TryGetValue(null!, out _), "TryGetValue(null) throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => cache.TryAdd(null!, ConversionResult.Unhandled()), "TryAdd(null) throws ArgumentNullException");
        Check.Throws<ArgumentNullException>(() => _ = cache[null!], "the getter of null throws ArgumentNullException");
        return Task.CompletedTask;
    }
}
