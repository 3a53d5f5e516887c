#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace InMemoryFakes.Integration.Tests.KeyValueShapes;

// Blob reads declared where nullable annotations are off: `Stream` may mean "null when missing" or "the not-found
// error", so only a name or a setting says which (docs/generator.md, blob stores).

/// <summary>Names that say a missing blob reads as null (ABP's GetOrNullAsync style).</summary>
[InMemoryFake]
public interface IObliviousNamedBlobs
{
    Task SaveAsync(string name, Stream content, Dictionary<string, string> metadata = null);

    Task<Stream> GetOrNullAsync(string name);

    Task<byte[]> GetAllBytesOrNullAsync(string name);
}

/// <summary>The setting that says a missing blob is the real store's error (Rebus's Read throws ArgumentException).</summary>
[InMemoryFake(NotFoundException = typeof(ArgumentException))]
public interface IObliviousThrowingBlobs
{
    Task Save(string id, Stream source, Dictionary<string, string> metadata = null);

    Task<Stream> Read(string id);

    Task<Dictionary<string, string>> ReadMetadata(string id);
}
