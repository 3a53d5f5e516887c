// Source: https://github.com/rebus-org/Rebus
// Commit: 30f9db9b35ed
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st of rebus-org/Rebus.
// Path: Rebus/DataBus/IDataBusStorage.cs
// Real store: Rebus/DataBus/InMem/InMemDataBusStorage.cs over InMemDataStore.cs (the file-system store does the same
//   on disk): Save(id, source, metadata) copies the stream and stores the bytes under id with a copy of the metadata
//   plus Rebus's own entries (Rbs2DataBusSaveTime, Rbs2DataBusLength), replacing an earlier attachment of that id;
//   Read(id) returns a new stream over the bytes (and records Rbs2DataBusReadTime in the metadata); ReadMetadata(id)
//   returns a copy of the metadata; Read and ReadMetadata of a missing id throw ArgumentException ("Could not find data
//   with ID …").
// Configured: NotFoundException = typeof(ArgumentException): Read and ReadMetadata of a missing id throw ArgumentException,
//   which the interface (nullable-oblivious, so Stream may mean null) cannot say; without the setting both reads are refused
//   (IMF0001) rather than returning null (docs/generator.md, blob stores).
// Still wrong: ReadMetadata returns the metadata Save was given, without the entries the real store adds itself
//   (Rbs2DataBusSaveTime, Rbs2DataBusLength, and Rbs2DataBusReadTime after a Read); no signature says a store adds its own
// Shapes: *=11
// First try (2f120b5): incomplete: IMF0001 ReadMetadata | WRONG: Read of a missing id returns null (the
//   oblivious Stream counts as nullable, docs/generator.md "Return shapes"); the real store throws ArgumentException.
//   Save keeps the metadata it is given (without Rebus's own SaveTime/Length entries)
#nullable disable

using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Rebus.IDataBusStorageCase;

[InMemoryFake(NotFoundException = typeof(ArgumentException))]
public interface IDataBusStorage
{
    Task Save(string id, Stream source, Dictionary<string, string> metadata = null);
    Task<Stream> Read(string id);
    Task<Dictionary<string, string>> ReadMetadata(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IDataBusStorage storage)
    {
        await storage.Save("att-1", new MemoryStream(new byte[] { 1, 2, 3 }), new Dictionary<string, string> { ["owner"] = "ann" });
        using (var read = await storage.Read("att-1"))
        {
            var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            Check.Equal(3, copy.ToArray().Length, "Read returns the saved bytes");
        }

        var metadata = await storage.ReadMetadata("att-1");
        Check.Equal("ann", metadata["owner"], "ReadMetadata returns the saved metadata");
        await storage.Save("att-1", new MemoryStream(new byte[] { 9 }));
        using (var read = await storage.Read("att-1"))
        {
            var copy = new MemoryStream();
            await read.CopyToAsync(copy);
            Check.Equal(1, copy.ToArray().Length, "Save of a stored id replaces the attachment");
        }

        await Check.ThrowsAsync<ArgumentException>(() => storage.Read("missing"), "Read of a missing id throws ArgumentException");
    }
}
