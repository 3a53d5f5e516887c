// Source: https://github.com/Azure-Samples/azure-search-openai-demo-csharp
// Commit: 83cbc7752379
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample63 rule (Corpus/CognitiveServicesSpeechSdk/IStorageConnector.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 5th pick (azure-search-openai-demo-csharp;
//   in path order IPdfViewer and ITextToSpeechPreferencesListener (UI), IComputerVisionService (a remote vision API),
//   then this one, 4 members: its implementation writes the search index and corpus blobs and reads them back, the
//   index's names and a blob's existence).
// Path: app/shared/Shared/Services/IEmbedService.cs (real store: Shared/Services/AzureSearchEmbedService.cs, the one
//   PrepareDocs and the EmbedFunctions register by default; Milvus, Pinecone and Qdrant services beside it)
// Adapted: none (no namespace in the source; the file's namespace added); XML comments dropped. Nullable enabled, as in
//   the source (Shared.csproj).
// Real store: AzureSearchEmbedService over Azure AI Search, Document Intelligence, Azure OpenAI and a corpus blob
//   container. EnsureSearchIndexAsync(name): creates the index unless an index of that name exists.
//   CreateSearchIndexAsync(name): creates the index (its fields, vector and semantic configuration).
//   EmbedPDFBlobAsync(stream, blobName): ensures the index, extracts the pages with Document Intelligence (an
//   unreadable document throws, rethrown after logging), uploads each page's text as a corpus blob, splits sections,
//   embeds them with OpenAI and indexes them; true. EmbedImageBlobAsync(stream, url, name): InvalidOperationException
//   unless built with image embeddings and a vision service (off by default); else vectorizes the image URL and indexes
//   it; true.
// Shapes: *=none
// First try (71d37bc): incomplete, nothing generated: IMF0001 on all four, read as a blob store: EmbedPDFBlobAsync,
//   EmbedImageBlobAsync, CreateSearchIndexAsync, EnsureSearchIndexAsync ("not a known verb") | WRONG: none (no member
//   generated).
// After this round: unchanged, and rightly refused: an ingestion pipeline whose state (index documents, embeddings,
//   page blobs) comes out of three remote services; what Embed stores is computed by them, and nothing in the interface
//   reads it.
#nullable enable

using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AzureSearchOpenAiDemoCsharp.IEmbedServiceCase;

[InMemoryFake]
public interface IEmbedService
{
    Task<bool> EmbedPDFBlobAsync(
        Stream blobStream,
        string blobName);

    Task<bool> EmbedImageBlobAsync(
        Stream imageStream,
        string imageUrl,
        string imageName,
        CancellationToken ct = default);

    Task CreateSearchIndexAsync(string searchIndexName, CancellationToken ct = default);

    Task EnsureSearchIndexAsync(string searchIndexName, CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IEmbedService service)
    {
        await service.EnsureSearchIndexAsync("gptkbindex");
        await service.EnsureSearchIndexAsync("gptkbindex");
        using var notAPdf = new MemoryStream(Encoding.UTF8.GetBytes("not a pdf"));
        await Check.ThrowsAsync<Exception>(() => service.EmbedPDFBlobAsync(notAPdf, "notes.pdf"), "EmbedPDFBlobAsync of a stream Document Intelligence cannot read throws (rethrown after logging)");
        using var image = new MemoryStream(new byte[] { 0x89, 0x50, 0x4E, 0x47 });
        await Check.ThrowsAsync<InvalidOperationException>(() => service.EmbedImageBlobAsync(image, "https://account.blob.core.windows.net/content/a.png", "a.png"), "EmbedImageBlobAsync without the vision service (includeImageEmbeddingsField false, the default) throws InvalidOperationException");
    }
}
