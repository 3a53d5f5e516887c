// Source: https://github.com/LATOKEN/lachain
// Commit: 0a0ddf9ac280
// Licence: Apache-2.0 (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample111 rule, fixed before any interface was looked at (/work/prompts/out/h-sample111-rule.md): the
//   repositories find_repos("Token") lists, in its order, keeping those with C# files (find_files(repo, ext="cs")
//   with rows; then find_repos("Session"), then find_repos("Auth"), when a list ran out before 3 picks); a
//   repository with no licence file of its own (or a licence its README states for the whole repository) is
//   skipped, as are proprietary ones; in each, at its newest stored snapshot (fetch, then git grep for interface
//   declarations in *.cs, paths sorted ordinally; the file index's path order where no snapshot could be had), the
//   first interface whose path says neither test, sample nor generated, with at least 3 members and an
//   implementation in the same repository that keeps state (a database, cache, blob, table, file, in-memory
//   collection; itself or through the store it writes, as crm-solution's service through its EF Core repositories
//   in h-sample109); not a corpus source already; at most 1 per repository; stop after 3. The walk,
//   find_repos("Token") (100 listed): 96 list no .cs file (JavaScript, TypeScript, Python, Go, Rust, Solidity and
//   Java token projects); DFKHelper/token-goat (MIT) has one, tests/fixtures/language_adapter_symbols/Sample.cs, a
//   test fixture (no snapshot could be had); LATOKEN/lachain (Apache-2.0, the 34th) gives this IBlockProducer;
//   gyorgysh/tokenstat (the 42nd) has a Windows app in C# but its LICENSE and README say "source-available, not open
//   source" (proprietary): skipped; tokenidp/tokenidp (MIT, the 74th; no snapshot could be had, the file index's
//   path order) gives IPowerBIService (Corpus/TokenIdp/IPowerBIService.cs). The list ran out with 2 picks, so
//   find_repos("Session") (99 listed): livesession/xyd (MIT, the 6th) has C# only under
//   crates/xyd_opensdk_dotnet/__fixtures__/ (generated SDK output) and declares no interface; TianLin0509/
//   claude-session-hub (the 9th) has one script, scripts/desktop-icon-layout.cs, with no interface; sessionliang/os
//   (the 11th, a 2016 copy of SiteServer's BaiRong CMS) has no licence file and no README: skipped; MikeWills/
//   VeSessionManager (MIT, the 54th) gives IDiscordEventClient (Corpus/VeSessionManager/IDiscordEventClient.cs): 3,
//   stop. The other 50 repositories walked list no .cs file. None of the three is a corpus source already.
//   This one: the 1st pick (the 34th repository listed). It is the first interface of the snapshot in path order
//   (src/Lachain.Consensus/IBlockProducer.cs; audit, dist and wasm hold no C#, test is skipped by the rule).
// Path: src/Lachain.Consensus/IBlockProducer.cs (real store: src/Lachain.Core/Consensus/BlockProducer.cs, over the
//   node's TransactionPool (an in-memory queue backed by RocksDB) and BlockManager (the chain in RocksDB);
//   models: src/Lachain.Proto/block.proto, transaction.proto, multisig.proto, default.proto)
// Adapted: the protobuf messages cut to plain classes with the fields named (UInt256, Signature and ECDSAPublicKey
//   to their one buffer; Transaction to From and Nonce; MultiSig to Quorum). Nullable enabled, as in the source
//   (Lachain.Consensus.csproj).
// Real store: BlockProducer, the validator's step between consensus and the chain. GetTransactionsToPropose(era)
//   throws ArgumentException for a negative era and otherwise answers at most ceil(TargetTransactionsPerBlock / N)
//   receipts peeked from the transaction pool (left in it; none when the block of that era is already persisted).
//   CreateHeader(index, receipts, nonce, out taken): when the chain's height is already index or more, answers null
//   and an empty taken; otherwise drops receipts whose hash does not match, orders the rest, adds the staking
//   contract's system transaction at the cycle's boundaries, throws InvalidOperationException unless index is the
//   height + 1, emulates the block on the state (nothing committed), answers the header (index, merkle root of the
//   transactions kept, nonce, the latest block's hash, the emulated state hash) and the receipts kept in taken.
//   ProduceBlock(receipts, header, multiSig) does nothing when the block at header.Index is already there, throws
//   InvalidOperationException unless header.Index is the height + 1, and otherwise executes the block and commits it
//   and its transactions to the chain (an execution error is logged, not thrown).
// Shapes: *=none
// First try (fa08f2db): incomplete: IMF0001 on all 3, read as a key-value store: CreateHeader ("its parameter
//   'receiptsTaken' is passed out: ref and out parameters are not supported"), GetTransactionsToPropose
//   ("'TransactionsToPropose' after it is no noun of this store (its values' type IReadOnlyCollection<TransactionReceipt>,
//   …)"), ProduceBlock ("not a known verb") | WRONG: none (nothing generated). The values' type the second message names
//   is CreateHeader's receipts parameter, read as a value written under the index (Create, and Header from BlockHeader),
//   by a member itself refused.
// After this round: unchanged, rightly: proposing receipts from the pool, emulating a block on the chain's state and
//   committing it are the node's, and no signature states them. The probe stops at GetTransactionsToPropose, its first
//   line.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Lachain.IBlockProducerCase;

public sealed class UInt256
{
    public byte[] Buffer { get; set; } = Array.Empty<byte>();
}

public sealed class Signature
{
    public byte[] Buffer { get; set; } = Array.Empty<byte>();
}

public sealed class Transaction
{
    public byte[] From { get; set; } = Array.Empty<byte>();

    public ulong Nonce { get; set; }
}

public sealed class TransactionReceipt
{
    public Transaction Transaction { get; set; } = new();

    public UInt256 Hash { get; set; } = new();

    public Signature Signature { get; set; } = new();

    public ulong Block { get; set; }

    public ulong IndexInBlock { get; set; }
}

public sealed class BlockHeader
{
    public ulong Index { get; set; }

    public UInt256 PrevBlockHash { get; set; } = new();

    public UInt256 MerkleRoot { get; set; } = new();

    public UInt256 StateHash { get; set; } = new();

    public ulong Nonce { get; set; }
}

public sealed class MultiSig
{
    public uint Quorum { get; set; }
}

[InMemoryFake]
public interface IBlockProducer
{
    IEnumerable<TransactionReceipt> GetTransactionsToPropose(long era);

    BlockHeader? CreateHeader(
        ulong index, IReadOnlyCollection<TransactionReceipt> receipts, ulong nonce, out TransactionReceipt[] receiptsTaken
    );

    void ProduceBlock(IEnumerable<TransactionReceipt> receipts, BlockHeader header, MultiSig multiSig);
}

public static class Smoke
{
    // A fresh node: the genesis block is block 0, the pool is empty.
    public static Task RunAsync(IBlockProducer producer)
    {
        Check.Equal(0, producer.GetTransactionsToPropose(1).Count(), "an empty pool proposes nothing");
        Check.Throws<ArgumentException>(() => producer.GetTransactionsToPropose(-1), "a negative era is refused");

        Check.Null(producer.CreateHeader(0, Array.Empty<TransactionReceipt>(), 0, out var none), "block 0 is already produced: no header");
        Check.Equal(0, none.Length, "and nothing taken");

        var header = Check.NotNull(producer.CreateHeader(1, Array.Empty<TransactionReceipt>(), 7, out var taken), "the next block gets a header");
        Check.Equal(1UL, header.Index, "for the index asked");
        Check.Equal(7UL, header.Nonce, "with the nonce given");
        Check.Equal(0, taken.Length, "an empty block takes no receipt");
        Check.Throws<InvalidOperationException>(() => producer.CreateHeader(3, Array.Empty<TransactionReceipt>(), 0, out _), "a header is made only for the next block");

        producer.ProduceBlock(Array.Empty<TransactionReceipt>(), header, new MultiSig { Quorum = 1 });
        Check.Null(producer.CreateHeader(1, Array.Empty<TransactionReceipt>(), 7, out _), "once produced, block 1 gets no header again");
        producer.ProduceBlock(Array.Empty<TransactionReceipt>(), header, new MultiSig { Quorum = 1 });
        Check.Throws<InvalidOperationException>(
            () => producer.ProduceBlock(Array.Empty<TransactionReceipt>(), new BlockHeader { Index = 5 }, new MultiSig()),
            "a block that is not the next one is refused");
        return Task.CompletedTask;
    }
}
