// Source: https://github.com/microsoft/kernel-memory
// Commit: 94b69d340d6b
// Licence: MIT
// Path: src/Core/Embeddings/Cache/IEmbeddingCache.cs (CachedEmbedding.cs, EmbeddingCacheKey.cs;
//   src/Core/Config/Enums/CacheModes.cs)
// Real store: src/Core/Embeddings/Cache/SqliteEmbeddingCache.cs: a SQLite table whose primary key is the key's
//   (Provider, Model, VectorDimensions, IsNormalized, TextHash) — two EmbeddingCacheKey objects made from the same text are
//   the same entry; StoreAsync upserts the vector, the token count and the time of the write (skipped when Mode is
//   ReadOnly); TryGetAsync returns them, or null when missing or when Mode is WriteOnly. Mode is a constructor argument.
// Shapes: *=core; Mode=core; StoreAsync=13
// First try (bb0aa1c): incomplete: IMF0001 TryGetAsync, StoreAsync (EmbeddingCacheKey compares by reference), Mode |
//   WRONG: none
#nullable enable

using System;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.KernelMemory.IEmbeddingCacheCase;

public enum CacheModes
{
    ReadWrite,
    ReadOnly,
    WriteOnly
}

public sealed class CachedEmbedding
{
    public required float[] Vector { get; init; }
    public int? TokenCount { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
}

public sealed class EmbeddingCacheKey
{
    public required string Provider { get; init; }
    public required string Model { get; init; }
    public required int VectorDimensions { get; init; }
    public required bool IsNormalized { get; init; }
    public required int TextLength { get; init; }
    public required string TextHash { get; init; }

    public static EmbeddingCacheKey Create(string provider, string model, int vectorDimensions, bool isNormalized, string? text)
    {
        ArgumentNullException.ThrowIfNull(provider, nameof(provider));
        ArgumentNullException.ThrowIfNull(model, nameof(model));
        ArgumentOutOfRangeException.ThrowIfLessThan(vectorDimensions, 1, nameof(vectorDimensions));
        text ??= string.Empty;
        return new EmbeddingCacheKey
        {
            Provider = provider,
            Model = model,
            VectorDimensions = vectorDimensions,
            IsNormalized = isNormalized,
            TextLength = text.Length,
            TextHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
        };
    }

    public string ToCompositeKey()
        => $"{this.Provider}|{this.Model}|{this.VectorDimensions}|{this.IsNormalized}|{this.TextLength}|{this.TextHash}";
}

[InMemoryFake]
public interface IEmbeddingCache
{
    CacheModes Mode { get; }

    Task<CachedEmbedding?> TryGetAsync(EmbeddingCacheKey key, CancellationToken ct = default);

    Task StoreAsync(EmbeddingCacheKey key, float[] vector, int? tokenCount, CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IEmbeddingCache cache)
    {
        await cache.StoreAsync(EmbeddingCacheKey.Create("openai", "ada", 3, true, "hello"), [0.1f, 0.2f, 0.3f], 2);
        var hit = await cache.TryGetAsync(EmbeddingCacheKey.Create("openai", "ada", 3, true, "hello"));
        Check.Equal(0.2f, hit?.Vector[1] ?? 0f, "a key made again from the same text finds the stored vector");
        Check.Equal(2, hit?.TokenCount ?? 0, "the token count is stored with it");
        Check.Null(await cache.TryGetAsync(EmbeddingCacheKey.Create("openai", "ada", 3, true, "other")), "another text misses");
        await cache.StoreAsync(EmbeddingCacheKey.Create("openai", "ada", 3, true, "hello"), [0.4f, 0.5f, 0.6f], null);
        var replaced = await cache.TryGetAsync(EmbeddingCacheKey.Create("openai", "ada", 3, true, "hello"));
        Check.Equal(0.5f, replaced?.Vector[1] ?? 0f, "StoreAsync of the same key replaces the vector");
        Check.Null(replaced?.TokenCount, "and the token count");
    }
}
