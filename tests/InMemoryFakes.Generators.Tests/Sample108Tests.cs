using System;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample108 (session 34), SignalR codebases. azure-signalr-bench's <c>IBlob</c> declares <c>Task DeleteAsync(path)</c>
/// beside <c>Task&lt;bool&gt; DeleteIfExistsAsync(path)</c>, Azure's own pair: <c>DeleteAsync</c> of a blob that is not there
/// throws <c>RequestFailedException</c> (404), where the fake's removal returning nothing did nothing, silently. The sibling
/// proves the plain removal is the strict one, so it is now the not-found error for a missing blob (docs/generator.md,
/// blob store). A removal with no such sibling keeps the session-22 default (nothing for a missing blob).
/// azure-signalr's <c>IClientConnectionManager</c> declares <c>bool TryAddClientConnection(ClientConnectionContext connection)</c>
/// beside <c>TryGetClientConnection(string connectionId, out ClientConnectionContext connection)</c>: the value carries the
/// key the reads take (<c>ConnectionId</c>), where the refusal said "the store makes up the key"; it now names the property.
/// </summary>
public class Sample108Tests
{
    private const string Blob = Sources.Usings + """
        namespace V;

        [InMemoryFake]
        public interface IBlob
        {
            Task UploadAsync(string path, Stream source, IDictionary<string, string>? metadata = null, CancellationToken cancellationToken = default);
            Task DownloadAsync(string path, Stream destination, CancellationToken cancellationToken = default);
            Task DeleteAsync(string path, CancellationToken cancellationToken = default);
            Task<bool> DeleteIfExistsAsync(string path, CancellationToken cancellationToken = default);
            Task<bool> ExistsAsync(string path, CancellationToken cancellationToken = default);
        }

        [InMemoryFake]
        public interface IFiles
        {
            void Put(string name, byte[] content);
            bool Exists(string name);
            void Remove(string name);
            bool RemoveFileIfPresent(string name);
        }

        [InMemoryFake]
        public interface IPlainFiles
        {
            void Put(string name, byte[] content);
            bool Exists(string name);
            void Delete(string name);
        }
        """;

    [Fact]
    public void A_removal_returning_nothing_beside_a_DeleteIfExists_is_the_not_found_error_for_a_missing_blob()
    {
        var run = GeneratorHarness.Run(Blob);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IBlob blob = new InMemoryBlob();
                    blob.UploadAsync("runs/1.json", new MemoryStream(new byte[] { 1, 2 })).GetAwaiter().GetResult();
                    blob.DeleteAsync("runs/1.json").GetAwaiter().GetResult();
                    Is(false, blob.ExistsAsync("runs/1.json").GetAwaiter().GetResult(), "DeleteAsync removes a stored blob");
                    Throws<KeyNotFoundException>(() => blob.DeleteAsync("runs/1.json").GetAwaiter().GetResult(), null, "DeleteAsync of a blob not there is the not-found error, as Azure's 404");
                    Is(false, blob.DeleteIfExistsAsync("runs/1.json").GetAwaiter().GetResult(), "DeleteIfExistsAsync answers false for it");
                    blob.UploadAsync("runs/2.json", new MemoryStream(new byte[] { 3 })).GetAwaiter().GetResult();
                    Throws<KeyNotFoundException>(() => blob.DeleteAsync("runs/1.json").GetAwaiter().GetResult(), null, "a miss changes nothing");
                    Is(true, blob.ExistsAsync("runs/2.json").GetAwaiter().GetResult(), "the other blob is still there");

                    IFiles files = new InMemoryFiles();
                    Throws<KeyNotFoundException>(() => files.Remove("a.txt"), null, "a synchronous Remove beside RemoveFileIfPresent is strict too");
                    Is(false, files.RemoveFileIfPresent("a.txt"), "and its sibling answers false");

                    IPlainFiles plain = new InMemoryPlainFiles();
                    plain.Delete("a.txt");
                    Is(false, plain.Exists("a.txt"), "a removal with no IfExists sibling still does nothing for a missing blob");
                }
            }
            """);
    }

    [Fact]
    public void A_bool_add_of_a_value_whose_property_the_reads_take_is_refused_naming_that_property_not_a_made_up_key()
    {
        // Nullable disabled, as azure-signalr's source: under annotations, an out parameter declared not null is refused for
        // what a miss hands out (h-sample110).
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable disable
            namespace V;

            public class ClientConnectionContext
            {
                public ClientConnectionContext(string connectionId) { ConnectionId = connectionId; }

                public string ConnectionId { get; }
            }

            [InMemoryFake]
            public interface IClientConnectionManager
            {
                bool TryAddClientConnection(ClientConnectionContext connection);

                bool TryRemoveClientConnection(string connectionId, out ClientConnectionContext connection);

                bool TryGetClientConnection(string connectionId, out ClientConnectionContext connection);
            }
            """);
        Refusals.Exactly(run, ("TryAddClientConnection", "it takes no key: its value's property 'ConnectionId', which '"));
        var message = Refusals.Message(run, "TryAddClientConnection");
        Assert.Contains("' looks up by ('connectionId'), may be its key, but a key-value store reads no key out of a value; mark 'ConnectionId' [Key] for an entity repository", message, StringComparison.Ordinal);
        Assert.DoesNotContain("makes up the key", message, StringComparison.Ordinal);
    }
}
