// Source: https://github.com/lxman/Accounting101
// Commit: d7075097aa4d
// Licence: MIT (an interface signature and its record and enum transcribed for a test)
// Sample: h-sample109 rule (the whole rule and the repositories it skipped: Corpus/CrmSolution/IAccountService.cs).
//   This one: the 3rd pick (the 25th repository of find_repos("Accounting"), after "Crm" and "Erp" ran out at 2).
//   Before it in "Accounting": mate-academy/node_accounting-app-v2 no C#; dasturchione/AccountingBack (C#, no
//   snapshot, no licence file or README in the index): skipped; wp-ever-accounting, Noone9029/Accounting-App,
//   abdallahaiaccounting no C#; dderakhshani/finance-accounting (C#) no licence file: skipped; simple-accounting,
//   lexora, node_accounting-app-with-db, soleproject/accountingapp, survive-accounting-hub, temple-stuart-accounting,
//   Ahmad-J-Bary/accounting-app no C#; Wachira-d/Accounting (C#, no snapshot, no licence file or README in the index):
//   skipped; MohamedElrefae/accounting-system no C#; huuanhuynh/V6AccountingA_2024 (C#) no licence file, its README
//   states none: skipped; full_erp_accounting_engine no C#; mehdijanfeshar/AccountingCoreClaude (C#) no licence file:
//   skipped; mxfactorial, DavidCADanneels/Accounting, NextAccounting508, shaxuzb/accounting no C#; benbaron/
//   NonprofitAccounting no C# at its snapshot (Java) and no licence file; tri-evendi/sai-accounting no C#.
//   Before it in path order (all with fewer than 3 members): Accounting101.Interchange's IExporter<T>, IImporter<T>,
//   IInterchangeRegistry, IOfxNode (2 each); Backend/Accounting101.Ledger.Api's IActorFactory, ICurrentActor,
//   IModuleAuthenticator, IPostingAccountsSource, IFirmContext, IIndexGuard, IMongoClientFactory,
//   IClientDatabaseResolver (1 or 2 each).
// Path: Backend/Accounting101.Ledger.Contracts/IDocumentStore.cs (real store: Backend/Accounting101.Ledger.Api/
//   Documents/ScopedDocumentStore.cs over Backend/Accounting101.Ledger.Mongo/MongoDocumentStore.cs, MongoDB)
// Adapted: the XML comments shortened. Nullable enabled, as in the source (Accounting101.Ledger.Contracts.csproj).
// Real store: ScopedDocumentStore, one module's view of a MongoDB database per client: each call checks the module's
//   access, maps the logical collection to "{prefix}{collection}", and applies the collection's policy from the
//   module's manifest (Plain, Reference, Evidentiary; an undeclared collection throws). PutAsync (plain or reference;
//   evidentiary throws ModuleDocumentException) replaces the document of that id, upserting, Active, version + 1.
//   GetAsync answers null for an id not stored, else its id, lifecycle state, sequence and body (BSON deserialised: a
//   copy). QueryAsync filters by equal tags, hides Inactive/Superseded/Voided unless includeVoided, and with a limit
//   sorts by Sequence (descending by default), skips and takes at most 200. CountAsync counts the same filter.
//   DeleteAsync (plain only, else throws) removes the document (nothing when absent). DeactivateAsync (reference only)
//   sets Inactive, throwing for an id not stored. CreateAsync (evidentiary only) stores a Draft under a new Guid and
//   answers it; UpdateAsync replaces a Draft (throws for another state or an absent id); FinalizeAsync gives a Draft
//   the collection's next sequence number in a transaction and answers it; SupersedeAsync finalizes a new document and
//   marks the old one Superseded; VoidAsync marks it Voided. NextNumberAsync(counterName) increments the module's
//   counter (upserted: 1 first) and answers it.
// Shapes: *=none
// First try (6587633c): incomplete: IMF0001 on all 12, read as a key-value store keyed by clientId (the generic writes:
//   "generic methods are supported only for Get/TryGet/Set/GetOrAdd of a store whose values are object"; Query, Finalize,
//   Supersede, Void, Deactivate and NextNumber: not known verbs; DeleteAsync: "its parameter 'collection' (string) after
//   the key 'clientId' is nothing a key-value store knows"; CountAsync: "Count must take no parameters"; GetAsync: "its
//   values are string, so reading one as any T is a conversion"), each adding that no member proves DocumentResult a
//   row | WRONG: none (nothing generated). The probe stops at PutAsync, its first line.
// After this round: unchanged, and rightly refused: a document is named by client, collection and id; which verbs a
//   collection allows (a Put on an evidentiary one throws), the lifecycle states, the gapless sequence a Finalize takes
//   and the counters are the engine's, from the module's manifest. GetAsync's "its values are string" names no cause of
//   this interface (no member writes a string value; the strings are the tags): left.
// After session 35 (h-refusals35): no refusal offers Kind = StoreKind.EntityRepository any more (the note ended all
//   12): read under that setting none of these members is generated, and a refusal names a setting only where
//   it would generate the member. No outcome changed.
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Accounting101.IDocumentStoreCase;

public enum DocumentLifecycle
{
    Draft,
    Active,
    Finalized,
    Superseded,
    Voided,
    Inactive,
}

public sealed record DocumentResult<T>(Guid Id, DocumentLifecycle State, long? Sequence, T Body);

[InMemoryFake]
public interface IDocumentStore
{
    // Universal
    Task<DocumentResult<T>?> GetAsync<T>(Guid clientId, string collection, Guid id, CancellationToken cancellationToken = default);
    Task<IReadOnlyList<DocumentResult<T>>> QueryAsync<T>(Guid clientId, string collection,
        IReadOnlyDictionary<string, string> tagFilter,
        int? skip = null, int? limit = null, bool descending = true, bool includeVoided = false,
        CancellationToken cancellationToken = default);

    Task<long> CountAsync(Guid clientId, string collection,
        IReadOnlyDictionary<string, string> tagFilter, bool includeVoided = false,
        CancellationToken cancellationToken = default);

    // Plain + reference (reference path is audited)
    Task PutAsync<T>(Guid clientId, string collection, Guid id, T body,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);
    Task DeleteAsync(Guid clientId, string collection, Guid id, CancellationToken cancellationToken = default); // plain only
    Task DeactivateAsync(Guid clientId, string collection, Guid id, CancellationToken cancellationToken = default); // reference only

    // Evidentiary
    Task<Guid> CreateAsync<T>(Guid clientId, string collection, T body,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);
    Task UpdateAsync<T>(Guid clientId, string collection, Guid id, T body,
        IReadOnlyDictionary<string, string> tags, CancellationToken cancellationToken = default);
    Task<long> FinalizeAsync(Guid clientId, string collection, Guid id, CancellationToken cancellationToken = default);
    Task<Guid> SupersedeAsync<T>(Guid clientId, string collection, Guid id, T newBody,
        IReadOnlyDictionary<string, string> newTags, CancellationToken cancellationToken = default);
    Task VoidAsync(Guid clientId, string collection, Guid id, CancellationToken cancellationToken = default);

    // General counter (own {Key}_counters collection)
    Task<long> NextNumberAsync(Guid clientId, string counterName, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IDocumentStore store)
    {
        var client = Guid.Parse("0b6f3a5e-1f4c-4c53-9d0e-5a1e2f3c4d01");
        var id = Guid.Parse("7c9e6679-7425-40de-944b-e07fc1f90ae7");
        var tags = new Dictionary<string, string> { ["kind"] = "memo" };

        await store.PutAsync(client, "notes", id, "first", tags);
        var read = Check.NotNull(await store.GetAsync<string>(client, "notes", id), "a document put is read back");
        Check.Equal("first", read.Body, "with its body");
        Check.Equal(DocumentLifecycle.Active, read.State, "a plain document is Active");
        Check.Null(await store.GetAsync<string>(client, "notes", Guid.NewGuid()), "an id not stored reads as null");
        Check.Equal(1, (await store.QueryAsync<string>(client, "notes", tags)).Count, "the query by its tag finds it");
        Check.Equal(1L, await store.CountAsync(client, "notes", tags), "and counts it");
        await store.PutAsync(client, "notes", id, "second", tags);
        Check.Equal("second", Check.NotNull(await store.GetAsync<string>(client, "notes", id), "still stored").Body, "a second put replaces the body");
        await store.DeleteAsync(client, "notes", id);
        Check.Null(await store.GetAsync<string>(client, "notes", id), "a deleted document reads as null");

        Check.Equal(1L, await store.NextNumberAsync(client, "invoice"), "a new counter starts at 1");
        Check.Equal(2L, await store.NextNumberAsync(client, "invoice"), "and counts up");
    }
}
