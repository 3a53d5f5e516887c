// Source: https://github.com/zkSNACKs/WalletWasabi
// Commit: 432c55a91
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample30 rule, fixed before probing: in these repositories, in this order (dnnsoftware/Dnn.Platform,
//   OrchardCMS/Orchard, dotnetcore/WTM, files-community/Files, Jackett/Jackett, zkSNACKs/WalletWasabi, veler/DevToys,
//   microsoft/PowerToys, Kareadita/Kavita (skipped: in the corpus), ShareX/ShareX, OpenCover/opencover, dotnet/docfx,
//   Azure/azure-functions-durable-extension, microsoft/vscode-dotnettools (if held)), skipping any the tools do not hold
//   or that are over fetch's limit, and every interface already in the corpus (grep Corpus/ for its name and source
//   path), at the newest stored snapshot (fetch, then git grep -n -E "interface I\w*(Repository|Repo|Store|Storage|
//   Cache)\b" in *.cs, paths sorted ordinally): the first interfaces in ordinal path order not yet in the corpus (at most
//   2 per repository; an identical copy of one already in the corpus does not count), outside paths containing "test"
//   (any case), that declare at least 3 members (inherited ones count if the base interface is in the same
//   repository); stop after 8; each transcribed whole (up to 50 members).
//   Dnn.Platform (792 MB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. WTM, Files, Jackett, DevToys,
//   ShareX, opencover, docfx and azure-functions-durable-extension have no such interface; vscode-dotnettools holds no
//   .cs file. Orchard (1.x, not OrchardCore, whose interfaces are Corpus/OrchardCore's) has 9: the first two by path,
//   IAliasStorage (Orchard.Alias) and IObjectStore (Orchard.Layouts), are taken, neither in the corpus (Corpus/Lean's
//   IObjectStore is another interface). WalletWasabi's ITransactionStore (1 member), IIndexStore (1) and
//   ICoinJoinIdStore (2) declare fewer than 3. So the rule picks 3, not 8, in order: Orchard IAliasStorage, IObjectStore;
//   WalletWasabi IFileSystemBlockRepository.
//   This one: the only one of zkSNACKs/WalletWasabi with at least 3 members (4).
// Path: WalletWasabi/Wallets/IFileSystemBlockRepository.cs (real store: FileSystemBlockRepository.cs beside it, made in
//   WalletWasabi.Daemon/Global.cs over the network's "Blocks" folder and held by WalletWasabi/Stores/BitcoinStore.cs;
//   models: NBitcoin's Block, BlockHeader, Transaction and uint256, from the NBitcoin package)
// Adapted: XML comments dropped. NBitcoin's types cut down: uint256 to a value-equal wrapper of its hex string; Block to
//   its Header and Transactions (made with a header, as ConsensusFactory.CreateBlock does) and GetHash() (the header's
//   hash); BlockHeader to HashPrevBlock, BlockTime and Nonce, its GetHash() a SHA-256 of them (NBitcoin's is the double
//   SHA-256 of the 80 serialized header bytes); Transaction to LockTime. Nullable enabled, as in the source
//   (Directory.Build.props).
// Real store: FileSystemBlockRepository: one file per block in its folder, named by the block's hash (block.GetHash(),
//   a computed value: Block has no property holding it), holding the serialized block. SaveAsync(element): writes the
//   file when none of that hash exists; an existing one is kept as it is (no error). TryGetAsync(id): the block
//   deserialized from the file named id (a new instance each read), null when there is none (a corrupt file is
//   deleted and reads as null). RemoveAsync(blockHash): deletes the file when it exists; a missing one does nothing
//   (any error is logged, not thrown). CountAsync: how many files the folder holds. At construction it prunes the
//   least recently read files beyond 300 MB (and empties the folder on RegTest). Every member takes the folder's
//   AsyncLock (Nito.AsyncEx), which takes a free lock even when the token is already cancelled.
// Shapes: *=core
// First try (97de67d): incomplete: IMF0001 SaveAsync ("it takes no key, but other members do; a write that makes up
//   a key must return it": a cause it does not have, the key is the block's own hash, which Block computes with
//   GetHash() and holds in no property); generated: TryGetAsync (null when missing), RemoveAsync (a missing hash does
//   nothing), CountAsync, a key-value store of blocks by uint256 | WRONG: none reached (the probe stops at SaveAsync,
//   after TryGetAsync and CountAsync pass). A cancelled token is OperationCanceledException in the fake, where the real
//   store's free AsyncLock ignores it (and its TryGetAsync then fails the read and deletes the block's file): no
//   signature says a store ignores a cancelled token; the script passes CancellationToken.None.
// After this round: still incomplete, and the refusal is right (the key is what Block.GetHash() computes; a fake calls
//   no method of a value, and IMF0009's "name a property" would not fit); its message now names the cause: "its value's
//   method 'GetHash()' returns the key's type (…uint256), so the key may be computed from the value …; write it with one
//   line on Store (Store.Set(element.GetHash(), element), or SetIfAbsent when the real store keeps what it has)".
// Still wrong: none found (TryGetAsync and CountAsync pass; RemoveAsync is not reached).
#nullable enable

using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.WalletWasabi.IFileSystemBlockRepositoryCase;

public sealed class uint256 : IEquatable<uint256>
{
    private readonly string _hex;

    public uint256(string hex) => _hex = hex.ToLowerInvariant();

    public static uint256 Zero { get; } = new(new string('0', 64));

    public bool Equals(uint256? other) => other is not null && other._hex == _hex;

    public override bool Equals(object? obj) => Equals(obj as uint256);

    public override int GetHashCode() => _hex.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => _hex;
}

public class Transaction
{
    public uint LockTime { get; set; }
}

public class BlockHeader
{
    public uint256 HashPrevBlock { get; set; } = uint256.Zero;

    public DateTimeOffset BlockTime { get; set; }

    public uint Nonce { get; set; }

    public uint256 GetHash()
        => new(Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(HashPrevBlock + "|" + BlockTime.ToUnixTimeSeconds() + "|" + Nonce))));
}

public class Block
{
    private readonly BlockHeader _header;

    public Block(BlockHeader blockHeader) => _header = blockHeader;

    public BlockHeader Header => _header;

    public List<Transaction> Transactions { get; set; } = new();

    public uint256 GetHash() => _header.GetHash();
}

[InMemoryFake]
public interface IFileSystemBlockRepository
{
    Task<Block?> TryGetAsync(uint256 id, CancellationToken cancellationToken);

    Task SaveAsync(Block element, CancellationToken cancellationToken);

    Task RemoveAsync(uint256 blockHash, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}

public static class Smoke
{
    private static Block NewBlock(uint256 previous, uint nonce, int transactions)
    {
        var block = new Block(new BlockHeader { HashPrevBlock = previous, BlockTime = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000 + nonce), Nonce = nonce });
        for (var i = 0; i < transactions; i++)
        {
            block.Transactions.Add(new Transaction { LockTime = (uint)i });
        }

        return block;
    }

    public static async Task RunAsync(IFileSystemBlockRepository repository)
    {
        var none = CancellationToken.None;
        var first = NewBlock(uint256.Zero, 1, 2);
        Check.Null(await repository.TryGetAsync(first.GetHash(), none), "TryGetAsync of a block never saved is null");
        Check.Equal(0, await repository.CountAsync(none), "CountAsync of an empty folder is 0");

        await repository.SaveAsync(first, none);
        var read = Check.NotNull(await repository.TryGetAsync(first.GetHash(), none), "TryGetAsync reads the saved block by its hash");
        Check.Equal(first.GetHash(), read.GetHash(), "the same block");
        Check.Equal(2, read.Transactions.Count, "with its transactions");
        Check.Equal(1, await repository.CountAsync(none), "CountAsync counts it");

        var second = NewBlock(first.GetHash(), 2, 1);
        await repository.SaveAsync(second, none);
        await repository.SaveAsync(first, none);
        Check.Equal(2, await repository.CountAsync(none), "SaveAsync of a block already saved keeps one file of it");

        await repository.RemoveAsync(first.GetHash(), none);
        Check.Null(await repository.TryGetAsync(first.GetHash(), none), "RemoveAsync deletes the block");
        Check.Equal(1, await repository.CountAsync(none), "and CountAsync no longer counts it");
        await repository.RemoveAsync(first.GetHash(), none);
        Check.Equal(1, (await repository.TryGetAsync(second.GetHash(), none))?.Transactions.Count, "RemoveAsync of a missing block does nothing");
    }
}
