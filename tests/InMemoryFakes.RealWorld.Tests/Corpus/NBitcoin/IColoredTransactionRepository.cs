// Source: https://github.com/MetacoSA/NBitcoin
// Commit: 9d248304
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample27 rule, fixed before probing: in these repositories, in this order (Eventuous/eventuous,
//   MarimerLLC/csla, App-vNext/Polly, JustArchiNET/ArchiSteamFarm, JosefNemec/Playnite, dnnsoftware/Dnn.Platform,
//   SparkDevNetwork/Rock, SteeltoeOSS/Steeltoe, MetacoSA/NBitcoin, chocolatey/choco, cake-build/cake, ShareX/ShareX,
//   NLog/NLog, AvaloniaUI/Avalonia), skipping any the tools do not hold, that are over fetch's limit, or already in the
//   corpus, at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already in the corpus does not count),
//   outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository); stop after 10; each transcribed whole (up to 50 members).
//   Dnn.Platform (792 MB) and Rock (1,301 MB) are over fetch's 500 MB limit: skipped. Polly, ArchiSteamFarm,
//   Playnite, Steeltoe, choco, ShareX, NLog and Avalonia have no such interface. Eventuous's two IDefineStore (1 member
//   each) and ICheckpointStore (2), csla's IDataPortalCache (1), NBitcoin's IKeyRepository, IBlockRepository (1 each)
//   and ITransactionRepository (2), and cake's only one, IToolRepository (2), declare fewer than 3. So the rule picks 3,
//   not 10, in order: Eventuous IEventStore; csla ISessionStore; NBitcoin IColoredTransactionRepository.
//   This one: the 1st of MetacoSA/NBitcoin (3 members: the Transactions property, GetAsync, PutAsync).
// Path: NBitcoin/OpenAsset/IColoredTransactionRepository.cs (real store: NBitcoin/OpenAsset/
//   NoSqlColoredTransactionRepository.cs over NBitcoin/InMemoryNoSqlRepository.cs and NoSqlRepository.cs;
//   ITransactionRepository: NBitcoin/ITransactionRepository.cs, NoSqlTransactionRepository.cs; models:
//   NBitcoin/OpenAsset/ColoredTransaction.cs, NBitcoin/uint256.cs, NBitcoin/Transaction.cs)
// Adapted: XML comments and the extension classes dropped; uint256 cut down to a value-equal wrapper of its hex string;
//   ColoredTransaction to its Inputs, Issuances and Transfers lists (the Marker and the serialization dropped),
//   ColoredEntry to Index and a Quantity (for its AssetMoney); Transaction to Version and LockTime. Nullable disabled,
//   as in the source (NBitcoin.csproj does not enable it; only some files opt in).
// Real store: NoSqlColoredTransactionRepository (the default: over an InMemoryNoSqlRepository, a Dictionary<string,
//   byte[]>; CachedColoredTransactionRepository and NoDuplicateColoredTransactionRepository wrap another one).
//   GetAsync(txId): the colored transaction stored under "ctx-" + txId, deserialized anew (a copy: changing what it
//   returns changes nothing stored), null (default) when none. PutAsync(txId, tx): serializes tx under that id,
//   replacing any; PutAsync(txId, null) removes the entry (NoSqlRepository.PutAsync writes null bytes, which
//   InMemoryNoSqlRepository.PutBytesBatch removes). Transactions: the ITransactionRepository given to the constructor
//   (by default a NoSqlTransactionRepository over its own InMemoryNoSqlRepository: GetAsync/PutAsync of Transaction by
//   txId, same rules), never null.
// Shapes: *=core
// First try (793377b): incomplete: IMF0001 on Transactions ("it returns ITransactionRepository, an interface: the
//   real store's own engine or service, which a fake does not have": a cause it does not have, it is another
//   repository); generated: GetAsync (a copy, null when missing: an oblivious result counts as nullable), PutAsync
//   (stores a copy, replacing) | WRONG: none silent. PutAsync(txId, null) throws ArgumentNullException("tx") where the
//   real store removes the entry (NoSqlRepository writes null bytes, which InMemoryNoSqlRepository removes): loud, and
//   no signature says it (the parameter is oblivious, and stores differ: csla's InMemorySessionStore throws).
// After this round: still incomplete; Transactions' message now names its real cause: "it returns
//   ITransactionRepository, another store's interface (a repository, store or cache): which instance the real store
//   holds, and whether it shares this store's entries, is set where the real store is made, not by this interface".
// Still wrong: PutAsync(txId, null) is ArgumentNullException, not a removal (above); the smoke script stops there.
// After h-oblivious2 (session 30): still incomplete (other members); GetAsync answers null for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).

#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.NBitcoin.IColoredTransactionRepositoryCase;

public class uint256 : IEquatable<uint256>
{
    private readonly string _hex;

    public uint256(string hex) => _hex = hex.ToLowerInvariant();

    public static uint256 Parse(string hex) => new(hex);

    public bool Equals(uint256 other) => other is not null && other._hex == _hex;

    public override bool Equals(object obj) => Equals(obj as uint256);

    public override int GetHashCode() => _hex.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => _hex;
}

public class Transaction
{
    public uint Version { get; set; } = 1;
    public uint LockTime { get; set; }
}

public class ColoredEntry
{
    public uint Index { get; set; }
    public long Quantity { get; set; }
}

public class ColoredTransaction
{
    public List<ColoredEntry> Inputs { get; set; } = new List<ColoredEntry>();
    public List<ColoredEntry> Issuances { get; set; } = new List<ColoredEntry>();
    public List<ColoredEntry> Transfers { get; set; } = new List<ColoredEntry>();
}

public interface ITransactionRepository
{
    Task<Transaction> GetAsync(uint256 txId);
    Task PutAsync(uint256 txId, Transaction tx);
}

[InMemoryFake]
public interface IColoredTransactionRepository
{
    ITransactionRepository Transactions
    {
        get;
    }
    Task<ColoredTransaction> GetAsync(uint256 txId);
    Task PutAsync(uint256 txId, ColoredTransaction tx);
}

public static class Smoke
{
    public static async Task RunAsync(IColoredTransactionRepository store)
    {
        var id = uint256.Parse("0a1b");
        Check.Null(await store.GetAsync(id), "GetAsync of an unknown id is null");

        var colored = new ColoredTransaction();
        colored.Issuances.Add(new ColoredEntry { Index = 0, Quantity = 100 });
        await store.PutAsync(id, colored);
        var read = Check.NotNull(await store.GetAsync(uint256.Parse("0A1B")), "PutAsync stores the colored transaction under its id");
        Check.Equal(100L, read.Issuances[0].Quantity, "with its entries");

        var replacement = new ColoredTransaction();
        replacement.Transfers.Add(new ColoredEntry { Index = 1, Quantity = 40 });
        await store.PutAsync(id, replacement);
        Check.Equal(0, (await store.GetAsync(id)).Issuances.Count, "PutAsync replaces the entry of an id");

        await store.PutAsync(id, null);
        Check.Null(await store.GetAsync(id), "PutAsync(id, null) removes the entry");

        var transactions = Check.NotNull(store.Transactions, "Transactions is a transaction repository");
        var txId = uint256.Parse("ff");
        Check.Null(await transactions.GetAsync(txId), "its GetAsync of an unknown id is null");
        await transactions.PutAsync(txId, new Transaction { LockTime = 7 });
        Check.Equal(7u, (await transactions.GetAsync(txId)).LockTime, "its PutAsync stores a transaction");
    }
}
