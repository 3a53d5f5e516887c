// Source: https://github.com/ThreeMammals/Ocelot
// Commit: 30c2e08e20c0
// Licence: MIT
// Path: src/Configuration/Repository/IFileConfigurationRepository.cs (model: src/Configuration/File/FileConfiguration.cs)
// Adapted: FileConfiguration keeps two of its properties (it is the whole ocelot.json document).
// Real store: src/Configuration/Repository/DiskFileConfigurationRepository.cs: ONE document (ocelot.json): Set/SetAsync
//   serialise it over the file, Get/GetAsync read it back (a copy: a later change to the object is not stored).
// After h-oblivious2 (session 30): complete as before; Get, GetAsync answer null for a document never written as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a document
//   never written, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the
//   real store reads ocelot.json, which Ocelot needs to start, so a read before any write is not said by the source (a
//   missing file would throw from the file system); the fake's null for a document never written is the guess the Info
//   names.
// Shapes: *=12
#nullable disable

using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ocelot.IFileConfigurationRepositoryCase;

public class FileRoute
{
    public string UpstreamPathTemplate { get; set; }
    public string DownstreamPathTemplate { get; set; }
}

public class FileConfiguration
{
    public List<FileRoute> Routes { get; set; } = new();
    public string BaseUrl { get; set; }
}

[InMemoryFake]
public interface IFileConfigurationRepository
{
    FileConfiguration Get();
    Task<FileConfiguration> GetAsync(CancellationToken cancellationToken = default);
    void Set(FileConfiguration configuration);
    Task SetAsync(FileConfiguration configuration, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IFileConfigurationRepository store)
    {
        var configuration = new FileConfiguration { BaseUrl = "https://gateway", Routes = { new FileRoute { UpstreamPathTemplate = "/orders" } } };
        store.Set(configuration);
        configuration.BaseUrl = "changed after Set";
        Check.Equal("https://gateway", store.Get()?.BaseUrl, "Get returns the document as Set wrote it");
        await store.SetAsync(new FileConfiguration { BaseUrl = "https://second" });
        var read = await store.GetAsync();
        Check.Equal("https://second", read?.BaseUrl, "SetAsync replaces the whole document");
        Check.Equal(0, read?.Routes.Count, "the replaced document's routes are gone");
    }
}
