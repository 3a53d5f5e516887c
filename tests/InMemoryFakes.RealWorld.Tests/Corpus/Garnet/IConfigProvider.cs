// Source: https://github.com/microsoft/garnet
// Commit: e508a41620f1
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample45 rule, fixed before probing (Corpus/TypeAgent/IConversationCache.cs has it in full: the repositories
//   find_repos("microsoft/") lists, in that order, with C# code and not a corpus source; first
//   *Repository/Repo/Store/Storage/Cache/Provider interface in ordinal path order with >= 3 members that holds state,
//   outside paths containing "test", 1 per repository, stop after 6). This one: the 5th pick (garnet). Before it in
//   path order: libs/common/StreamProvider.cs's IStreamProvider (2 members). IConfigProvider is mostly a serializer, but
//   its DefaultOptions { get; set; } keeps what ConfigProviderFactory sets and TrySerializeOptions(skipDefaultOptions:
//   true) reads back, so it holds state.
// Path: libs/host/Configuration/ConfigProviders.cs (real stores: GarnetConfigProvider (garnet.conf, JSON) and
//   RedisConfigProvider (redis.conf, import only) in the same file; model: libs/host/Configuration/Options.cs;
//   IStreamProvider: libs/common/StreamProvider.cs)
// Adapted: the namespace (one for all). Options with two of its properties; IStreamProvider as declared; ILogger (from
//   Microsoft.Extensions.Logging, which the corpus does not reference) an empty interface of the same name, passed as
//   null as the callers may. Nullable disabled, as in the source.
// Real store: GarnetConfigProvider (the garnet.conf one; one instance per process). DefaultOptions: null until set (the
//   factory sets it, possibly to null), then the options set. TrySerializeOptions(options, skipDefaultOptions, logger,
//   out value): System.Text.Json, indented, enums as strings; with skipDefaultOptions only the properties that differ
//   from DefaultOptions; true with the JSON. TryDeserializeOptions(value, logger, out options): a new Options populated
//   from the JSON; false on a JsonException (logged). TryDeserializeOptions(options, value, logger): the same, into the
//   options given. TryExportOptions(path, streamProvider, options, logger): serializes (not skipping defaults) and
//   writes the ASCII bytes to streamProvider.Write(path, ...); true. TryImportOptions(path, streamProvider, options,
//   logger): reads streamProvider.Read(path) to its end and populates the options from it; false when it is not JSON.
// Shapes: *=core
// First try (e557a11): incomplete, no member generated: IMF0001 on all six: DefaultOptions ("properties with a setter
//   are not supported"), TrySerializeOptions and TryDeserializeOptions(value, logger, out options) ("ref, in and out
//   parameters are not supported"), TryImportOptions, TryExportOptions and TryDeserializeOptions(options, value, logger)
//   ("not a known verb"). The probe stops at DefaultOptions, the script's first line | WRONG: none (no member
//   generated). The refusals of the five serializer members are right: JSON and a stream provider's file are the
//   store's own.
// After this round: unchanged (all six refused; DefaultOptions is a read-write property, as in
//   TestFx/IPlatformServiceProvider.cs).
#nullable disable

using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Garnet.IConfigProviderCase;

public class Options
{
    public int Port { get; set; }

    public string Address { get; set; }
}

public interface ILogger
{
}

public interface IStreamProvider
{
    Stream Read(string path);

    void Write(string path, byte[] data);
}

[InMemoryFake]
internal interface IConfigProvider
{
    Options DefaultOptions { get; set; }

    bool TryImportOptions(string path, IStreamProvider streamProvider, Options options, ILogger logger);

    bool TryExportOptions(string path, IStreamProvider streamProvider, Options options, ILogger logger);

    bool TrySerializeOptions(Options options, bool skipDefaultOptions, ILogger logger, out string value);

    bool TryDeserializeOptions(string value, ILogger logger, out Options options);

    bool TryDeserializeOptions(Options options, string value, ILogger logger);
}

public static class Smoke
{
    // The interface is internal, as in the source, so the harness's public entry point takes the fake as object.
    public static Task RunAsync(object fake) => RunCoreAsync((IConfigProvider)fake);

    private sealed class Files : IStreamProvider
    {
        public readonly Dictionary<string, byte[]> Written = new();

        public Stream Read(string path) => new MemoryStream(Written[path]);

        public void Write(string path, byte[] data) => Written[path] = data;
    }

    private static Task RunCoreAsync(IConfigProvider provider)
    {
        Check.Null(provider.DefaultOptions, "DefaultOptions is null until set");
        var defaults = new Options { Port = 6379, Address = "127.0.0.1" };
        provider.DefaultOptions = defaults;
        Check.True(ReferenceEquals(defaults, provider.DefaultOptions), "DefaultOptions reads the options set");

        var options = new Options { Port = 7000, Address = "127.0.0.1" };
        Check.True(provider.TrySerializeOptions(options, false, null, out var json), "TrySerializeOptions succeeds");
        Check.True(json.Contains("7000"), "with the options' values in its JSON");
        Check.True(provider.TryDeserializeOptions(json, null, out var read), "TryDeserializeOptions reads it back");
        Check.Equal(7000, read.Port, "the port");
        Check.Equal("127.0.0.1", read.Address, "and the address");
        Check.False(provider.TryDeserializeOptions("not json", null, out _), "text that is not JSON is false");

        var files = new Files();
        Check.True(provider.TryExportOptions("garnet.conf", files, options, null), "TryExportOptions writes the file");
        Check.True(files.Written.ContainsKey("garnet.conf"), "through the stream provider, at the path given");
        var imported = new Options();
        Check.True(provider.TryImportOptions("garnet.conf", files, imported, null), "TryImportOptions reads it back");
        Check.Equal(7000, imported.Port, "into the options given");
        return Task.CompletedTask;
    }
}
