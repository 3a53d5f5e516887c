using System;
using System.Runtime.InteropServices;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// A ReadOnlyMemory<T> or Memory<T> of immutable elements is a window on a buffer its caller may still write to (neo's
// StorageItem.Value bytes, Semantic Kernel's embeddings): the store keeps the values, a new array of them, as a
// database column holds the bytes, and hands out new arrays again.

public sealed class Embedding
{
    public int Id { get; set; }

    public ReadOnlyMemory<float> Vector { get; set; }

    public Memory<byte> Payload { get; set; }
}

[InMemoryFake]
public interface IEmbeddings
{
    void Add(Embedding embedding);

    Embedding? Find(int id);
}

public class MemoryCopyTests
{
    [Fact]
    public void A_read_only_memory_is_stored_as_its_values_not_as_the_callers_buffer()
    {
        IEmbeddings embeddings = new InMemoryEmbeddings();
        var vector = new[] { 1f, 2f, 3f };
        var payload = new byte[] { 7, 8 };
        embeddings.Add(new Embedding { Id = 1, Vector = vector, Payload = payload });
        vector[0] = 99f;
        payload[0] = 0;

        var stored = embeddings.Find(1)!;
        Assert.Equal([1f, 2f, 3f], stored.Vector.ToArray());
        Assert.Equal([7, 8], stored.Payload.ToArray());
    }

    [Fact]
    public void A_memory_a_read_returned_is_not_the_stores_buffer()
    {
        IEmbeddings embeddings = new InMemoryEmbeddings();
        embeddings.Add(new Embedding { Id = 1, Vector = new[] { 1f, 2f }, Payload = new byte[] { 5 } });

        var first = embeddings.Find(1)!;
        first.Payload.Span[0] = 6;
        Assert.True(MemoryMarshal.TryGetArray(first.Vector, out var segment));
        segment.Array![segment.Offset] = 42f;

        var second = embeddings.Find(1)!;
        Assert.Equal([5], second.Payload.ToArray());
        Assert.Equal([1f, 2f], second.Vector.ToArray());
    }
}
