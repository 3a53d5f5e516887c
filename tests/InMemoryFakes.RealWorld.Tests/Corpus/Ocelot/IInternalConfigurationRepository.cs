// Source: https://github.com/ThreeMammals/Ocelot
// Commit: 30c2e08e20c0
// Licence: MIT
// Path: src/Configuration/Repository/IInternalConfigurationRepository.cs (model: src/Configuration/IInternalConfiguration.cs,
//   InternalConfiguration.cs)
// Adapted: IInternalConfiguration and its one implementation keep two properties.
// Real store: src/Configuration/Repository/InMemoryInternalConfigurationRepository.cs: ONE value: Get returns null
//   before the first AddOrReplace, then the last value stored (the same reference); AddOrReplace returns string.Empty.
// After h-oblivious2 (session 30): still incomplete (other members); Get answers null for a document never written as
//   before, now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a document
//   never written, and stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the
//   real store answers null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute
//   states it and silences the Info).
// Shapes: *=12; fake=12,15
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Ocelot.IInternalConfigurationRepositoryCase;

public interface IInternalConfiguration
{
    string AdministrationPath { get; }
    string RequestId { get; }
}

public class InternalConfiguration : IInternalConfiguration
{
    public InternalConfiguration(string administrationPath, string requestId)
    {
        AdministrationPath = administrationPath;
        RequestId = requestId;
    }

    public string AdministrationPath { get; }
    public string RequestId { get; }
}

[InMemoryFake]
public interface IInternalConfigurationRepository
{
    IInternalConfiguration Get();
    string AddOrReplace(IInternalConfiguration configuration);
}

public static class Smoke
{
    public static Task RunAsync(IInternalConfigurationRepository store)
    {
        Check.Null(store.Get(), "Get before any AddOrReplace returns null");
        Check.Equal(string.Empty, store.AddOrReplace(new InternalConfiguration("/admin", "RequestId")), "AddOrReplace returns string.Empty");
        Check.Equal("/admin", store.Get()?.AdministrationPath, "Get returns the stored configuration");
        store.AddOrReplace(new InternalConfiguration("/administration", "Rid"));
        Check.Equal("Rid", store.Get()?.RequestId, "AddOrReplace replaces it");
        return Task.CompletedTask;
    }
}
