// Source: https://github.com/Azure-Samples/agent-openai-banking-assistant-csharp
// Commit: 21124cde25c5
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 7th pick (IAgentRouter before it declares 1;
//   3 members).
// Path: app/banking-assistant/Interfaces/IBlobStorage.cs (real store: app/banking-assistant/Proxy/BlobStorageProxy.cs
//   over a BlobServiceClient; callers: Controllers/ContentController.cs, Proxy/DocumentIntelligenceProxy.cs)
// Adapted: the namespace; the usings written out (the project has ImplicitUsings). Nullable enabled, as in the source
//   (banking-assistant.csproj).
// Real store: BlobStorageProxy over one container, named by the configuration's Storage:ContainerName.
//   StoreFileAsync(fileName, content) creates the container if needed and uploads the stream (overwrite: true); any
//   failure is logged and swallowed (a null stream stores nothing and throws nothing). GetFileAsBytesAsync(fileName)
//   downloads the blob's content (DownloadContentAsync): its bytes; a blob not there is RequestFailedException (404).
//   GetFileUri(fileName) answers the blob's URI, https://{account}/{container}/{fileName}, without looking it up.
// Shapes: *=11
// First try (f923f300): incomplete: IMF0001 on GetFileAsBytesAsync ("'GetFileAsBytes' … is its noun File and then
//   'AsBytes', which no convention reads"). Generated: StoreFileAsync (a put of the stream, replacing; a null stream is
//   ArgumentNullException naming content, the fake's rule for bad input, where the real proxy logs it) and GetFileUri
//   (memory://{fileName}, not looked up: the fake's URL for a blob, docs/generator.md, Blob store) | WRONG: none (the
//   probe passes up to GetFileAsBytesAsync).
// After this round: complete. A blob read named As and the form its result has is the read (BlobReadFormSuffixTests,
//   docs/generator.md, Blob store): GetFileAsBytesAsync returning byte[] downloads the bytes, the not-found error for a
//   blob not there (non-nullable result), as Azure's 404. The smoke script passes.
#nullable enable

using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BankingAssistantCsharp.IBlobStorageCase;

[InMemoryFake]
public interface IBlobStorage
{
    public Task<byte[]> GetFileAsBytesAsync(string fileName);
    public Task StoreFileAsync(string fileName, Stream content);

    public Uri GetFileUri(string fileName);
}

public static class Smoke
{
    public static async Task RunAsync(IBlobStorage storage)
    {
        await storage.StoreFileAsync("invoices/2024-03.pdf", new MemoryStream(Encoding.UTF8.GetBytes("%PDF-march")));
        Check.Equal("%PDF-march", Encoding.UTF8.GetString(await storage.GetFileAsBytesAsync("invoices/2024-03.pdf")), "GetFileAsBytesAsync answers the bytes StoreFileAsync uploaded");
        await storage.StoreFileAsync("invoices/2024-03.pdf", new MemoryStream(Encoding.UTF8.GetBytes("%PDF-fixed")));
        Check.Equal("%PDF-fixed", Encoding.UTF8.GetString(await storage.GetFileAsBytesAsync("invoices/2024-03.pdf")), "StoreFileAsync overwrites (Upload overwrite: true)");
        await Check.ThrowsAsync<Exception>(() => storage.GetFileAsBytesAsync("invoices/2024-04.pdf"), "GetFileAsBytesAsync of a blob not there throws (404: RequestFailedException)");

        var uri = storage.GetFileUri("invoices/2024-03.pdf");
        Check.True(uri.OriginalString.EndsWith("/invoices/2024-03.pdf", StringComparison.Ordinal), "GetFileUri answers the blob's URL in the configured container");
        Check.True(storage.GetFileUri("missing.pdf").OriginalString.EndsWith("/missing.pdf", StringComparison.Ordinal), "for a blob not there too (it only builds the URL)");
    }
}
