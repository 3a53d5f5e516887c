using System;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>A block whose key is its hash, computed by a method and held in no property (NBitcoin's <c>Block.GetHash()</c>).</summary>
public sealed class HashedBlock
{
    public string Header { get; set; } = "";

    public int Transactions { get; set; }

    public Guid GetHash() => new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(Header)).AsSpan(0, 16));
}

/// <summary>
/// WalletWasabi's <c>IFileSystemBlockRepository</c>: the save of a block is refused (its key is what <c>GetHash()</c>
/// computes), written here as FileSystemBlockRepository does it (a block already saved is kept); the reads, the removal and
/// the count are generated.
/// </summary>
[InMemoryFake]
public interface IHashedBlockRepository
{
    Task<HashedBlock?> TryGetAsync(Guid id, CancellationToken cancellationToken);

    Task SaveAsync(HashedBlock element, CancellationToken cancellationToken);

    Task RemoveAsync(Guid blockHash, CancellationToken cancellationToken);

    Task<int> CountAsync(CancellationToken cancellationToken);
}

public sealed partial class InMemoryHashedBlockRepository
{
    public async Task SaveAsync(HashedBlock element, CancellationToken cancellationToken)
        => (await Store.CallAsync(nameof(SaveAsync), cancellationToken, element)).SetIfAbsent(element.GetHash(), element);
}
