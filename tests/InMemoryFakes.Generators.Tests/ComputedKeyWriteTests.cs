using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A keyless write of a value whose type computes a value of the key's type with a method (WalletWasabi's
/// <c>SaveAsync(Block element)</c> beside <c>TryGetAsync(uint256 id)</c>, the key being <c>Block.GetHash()</c>) is refused
/// naming the method; before h-sample30's round the message said "a write that makes up a key must return it", a cause such
/// a write does not have.
/// </summary>
public class ComputedKeyWriteTests
{
    private static string Message(GeneratorRun run, string member)
        => run.GeneratorDiagnostics.Single(d => d.GetMessage(CultureInfo.InvariantCulture).StartsWith("'" + member + "'", StringComparison.Ordinal)).GetMessage(CultureInfo.InvariantCulture);

    private const string Blocks = """
        #nullable enable
        using System;
        using System.Threading;
        using System.Threading.Tasks;
        using InMemoryFakes;

        namespace Wallets;

        public sealed class uint256 : IEquatable<uint256>
        {
            private readonly string _hex;
            public uint256(string hex) => _hex = hex;
            public bool Equals(uint256? other) => other is not null && other._hex == _hex;
            public override bool Equals(object? obj) => Equals(obj as uint256);
            public override int GetHashCode() => _hex.GetHashCode(StringComparison.Ordinal);
            public override string ToString() => _hex;
        }

        public class BlockHeader
        {
            public uint Nonce { get; set; }
            public uint256 GetHash() => new(Nonce.ToString("x8"));
        }

        """;

    [Fact]
    public void A_keyless_write_of_a_value_that_computes_its_key_names_the_method()
    {
        var run = GeneratorHarness.Run(Blocks + """
            public class Block
            {
                public Block(BlockHeader header) => Header = header;
                public BlockHeader Header { get; }
                public uint256 GetHash() => Header.GetHash();
                public override string ToString() => GetHash().ToString();
            }

            [InMemoryFake]
            public interface IFileSystemBlockRepository
            {
                Task<Block?> TryGetAsync(uint256 id, CancellationToken cancellationToken);
                Task SaveAsync(Block element, CancellationToken cancellationToken);
                Task RemoveAsync(uint256 blockHash, CancellationToken cancellationToken);
                Task<int> CountAsync(CancellationToken cancellationToken);
            }
            """);

        Assert.Equal("IMF0001", Assert.Single(run.GeneratorDiagnostics, static d => d.Severity != Microsoft.CodeAnalysis.DiagnosticSeverity.Info).Id);
        Assert.StartsWith("'SaveAsync' of IFileSystemBlockRepository matches no key-value store convention: it takes no key: its value's method 'GetHash()' returns "
            + "the key's type (Wallets.uint256), so the key may be computed from the value, but a key-value store reads no key out of a value and a fake calls none "
            + "of its methods (an entity's key is a property); write it with one line on Store (Store.Set(element.GetHash(), element), or SetIfAbsent when the "
            + "real store keeps what it has). Implement it in the partial class InMemoryFileSystemBlockRepository", Message(run, "SaveAsync"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyless_write_of_a_value_with_no_such_method_keeps_the_message_of_a_made_up_key()
    {
        var run = GeneratorHarness.Run(Blocks + """
            public class Block
            {
                public uint Nonce { get; set; }
                public string Describe() => Nonce.ToString("x8");
                public override string ToString() => Describe();
            }

            [InMemoryFake]
            public interface IBlockRepository
            {
                Task<Block?> TryGetAsync(uint256 id, CancellationToken cancellationToken);
                Task SaveAsync(Block element, CancellationToken cancellationToken);
                Task RemoveAsync(uint256 blockHash, CancellationToken cancellationToken);
                Task<int> CountAsync(CancellationToken cancellationToken);
            }
            """);

        var message = Message(run, "SaveAsync");
        Assert.True(message.StartsWith("'SaveAsync' of IBlockRepository matches no key-value store convention: it takes no key, but other members do; a write that makes up a "
            + "key must return it.", StringComparison.Ordinal), message);
    }

    [Fact]
    public void A_keyless_write_of_a_string_in_a_store_of_strings_names_no_method_of_string()
    {
        // Jellyfin's IHlsInitSegmentCache, bitplatform's IBitBesqlStorage: string.Trim() returns a string, and is no key.
        var run = GeneratorHarness.Run("""
            #nullable enable
            using InMemoryFakes;

            namespace Segments;

            [InMemoryFake]
            public interface ISegmentCache
            {
                string? Get(string key);
                void AddSegment(string segment);
            }
            """);

        var message = Message(run, "AddSegment");
        Assert.True(message.StartsWith("'AddSegment' of ISegmentCache matches no key-value store convention: it takes no key, but other members do; a write that "
            + "makes up a key must return it.", StringComparison.Ordinal), message);
    }

    [Fact]
    public async Task The_save_written_by_hand_keys_by_the_hash_and_the_generated_members_read_remove_and_count_it()
    {
        IHashedBlockRepository repository = new InMemoryHashedBlockRepository();
        var none = CancellationToken.None;
        var block = new HashedBlock { Header = "h1", Transactions = 2 };

        Assert.Null(await repository.TryGetAsync(block.GetHash(), none));
        await repository.SaveAsync(block, none);
        await repository.SaveAsync(new HashedBlock { Header = "h1", Transactions = 5 }, none);
        Assert.Equal(2, (await repository.TryGetAsync(block.GetHash(), none))?.Transactions);
        Assert.Equal(1, await repository.CountAsync(none));

        await repository.RemoveAsync(block.GetHash(), none);
        await repository.RemoveAsync(block.GetHash(), none);
        Assert.Null(await repository.TryGetAsync(block.GetHash(), none));
        Assert.Equal(0, await repository.CountAsync(none));
    }
}
