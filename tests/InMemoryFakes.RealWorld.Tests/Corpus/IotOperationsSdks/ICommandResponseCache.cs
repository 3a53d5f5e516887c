// Source: https://github.com/Azure/iot-operations-sdks
// Commit: febffe036163
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample57 rule, fixed before probing (the whole walk is in Corpus/AzureSdkTools/IBlobCodeFileRepository.cs):
//   the Azure/ repositories in find_repos("Azure/") order (then find_repos("Azure/azure-") past its 100), mostly C# at
//   the newest stored snapshot and not a corpus source; in each, the first match of `git grep -n -E "interface
//   I\w*(Repository|Store|Storage|Cache|StateProvider|Persistence|DataAccess|Dao)\b" -- '*.cs'` in ordinal path order,
//   outside paths containing "test", "sample" or "generated", that declares at least 3 members and whose implementation
//   keeps state; at most 1 per repository; stop after 6. This one: the 4th pick (iot-operations-sdks, 1,945 .cs of
//   2,970 source files; its first and only match, 4 members).
// Path: dotnet/src/Azure.Iot.Operations.Protocol/RPC/ICommandResponseCache.cs (real store: CommandResponseCache.cs
//   beside it; model: Models/MqttApplicationMessage.cs)
// Adapted: the namespaces (one for all); internal made public (the corpus compiles each file as a library).
//   MqttApplicationMessage cut down to its constructor's topic, CorrelationData and Payload. Nullable enabled, as in
//   the source.
// Real store: CommandResponseCache, a Dictionary keyed by (topic, correlationData) compared by value, with a
//   TaskCompletionSource per entry and a background expiry loop. StoreAsync before StartAsync (or after StopAsync)
//   throws AkriMqttException (StateInvalid). RetrieveAsync(commandName, topic, correlationData, ...) answers the
//   pending or completed response Task of an entry with that (topic, correlationData), else registers a new pending
//   entry and answers null (the caller then executes the command). StoreAsync(commandName, topic, correlationData,
//   requestPayload, responseMessage, isIdempotent, commandExpirationTime, executionDuration) completes that entry's
//   Task with responseMessage (nothing when no RetrieveAsync registered it), removes it at once when
//   commandExpirationTime has passed, else keeps it until then (evicting idempotent ones by cost and benefit beyond
//   10,000 entries or 10 MB). StartAsync/StopAsync start and stop the expiry loop (a second call does nothing).
// First try (e5da2c2): incomplete, nothing generated: IMF0001 on all four, read as a blob store: StoreAsync ("parameter
//   'topic' is not a content type ..."), RetrieveAsync ("its parameter 'topic' has no meaning for a blob store"),
//   StartAsync and StopAsync ("not a known verb"). The probe stops at StoreAsync, the script's first line | WRONG: none
//   (no member generated).
// After this round: unchanged, and rightly refused: a retrieve that registers a pending request and answers null, a
//   Task completed by a later store, responses kept until the command's expiry time and a store that throws before
//   StartAsync are the cache's own protocol. The blob-store reading of the messages (a "Cache" of a byte payload) sent
//   the user the wrong way; since session 25 (h-msgs) each of them ends by saying the interface reads as a blob store only
//   because its members carry bytes (no stream, upload or download) and that Kind = StoreKind.KeyValue reads it as a
//   key-value store (RefusalReadingTests); the refusals stay right under either kind.
#nullable enable

using System;
using System.Buffers;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IotOperationsSdks.ICommandResponseCacheCase;

public class MqttApplicationMessage(string topic)
{
    public byte[]? CorrelationData { get; set; }

    public ReadOnlySequence<byte> Payload { get; set; } = ReadOnlySequence<byte>.Empty;

    public string Topic { get; set; } = topic;
}

[InMemoryFake]
public interface ICommandResponseCache
{
    Task StoreAsync(string commandName, string topic, byte[] correlationData, ReadOnlySequence<byte> requestPayload, MqttApplicationMessage responseMessage, bool isIdempotent, DateTime commandExpirationTime, TimeSpan executionDuration);

    Task<Task<MqttApplicationMessage>?> RetrieveAsync(string commandName, string topic, byte[] correlationData, ReadOnlySequence<byte> requestPayload, bool isCacheable, bool canReuseAcrossInvokers);

    Task StartAsync();

    Task StopAsync();
}

public static class Smoke
{
    public static async Task RunAsync(ICommandResponseCache cache)
    {
        var request = new ReadOnlySequence<byte>(new byte[] { 1, 2, 3 });
        var response = new MqttApplicationMessage("clients/invoker/response") { Payload = new ReadOnlySequence<byte>(new byte[] { 42 }) };
        var expiry = DateTime.UtcNow.AddMinutes(5);
        await Check.ThrowsAsync<Exception>(() => cache.StoreAsync("increment", "clients/invoker/response", new byte[] { 7 }, request, response, false, expiry, TimeSpan.FromMilliseconds(5)), "StoreAsync before StartAsync throws (AkriMqttException, StateInvalid)");

        await cache.StartAsync();
        Check.Null(await cache.RetrieveAsync("increment", "clients/invoker/response", new byte[] { 7 }, request, false, false), "the first RetrieveAsync of a correlation id answers null and registers it");
        var pending = Check.NotNull(await cache.RetrieveAsync("increment", "clients/invoker/response", new byte[] { 7 }, request, false, false), "a duplicate request gets the pending response");
        Check.False(pending.IsCompleted, "not completed before StoreAsync");
        await cache.StoreAsync("increment", "clients/invoker/response", new byte[] { 7 }, request, response, false, expiry, TimeSpan.FromMilliseconds(5));
        Check.True(pending.IsCompleted, "StoreAsync completes it");
        Check.Equal(response, await pending, "with the response stored");
        var again = Check.NotNull(await cache.RetrieveAsync("increment", "clients/invoker/response", new byte[] { 7 }, request, false, false), "a later duplicate gets the stored response");
        Check.Equal(response, await again, "the same one");

        await cache.StoreAsync("increment", "clients/invoker/response", new byte[] { 8 }, request, response, false, expiry, TimeSpan.FromMilliseconds(5));
        Check.Null(await cache.RetrieveAsync("increment", "clients/invoker/response", new byte[] { 8 }, request, false, false), "StoreAsync of a correlation id no RetrieveAsync registered keeps nothing");

        Check.Null(await cache.RetrieveAsync("increment", "clients/invoker/response", new byte[] { 9 }, request, false, false), "a new correlation id is registered");
        await cache.StoreAsync("increment", "clients/invoker/response", new byte[] { 9 }, request, response, false, DateTime.UtcNow.AddMinutes(-1), TimeSpan.FromMilliseconds(5));
        Check.Null(await cache.RetrieveAsync("increment", "clients/invoker/response", new byte[] { 9 }, request, false, false), "a response whose command has expired is not kept");

        await cache.StopAsync();
        await Check.ThrowsAsync<Exception>(() => cache.StoreAsync("increment", "clients/invoker/response", new byte[] { 10 }, request, response, false, expiry, TimeSpan.FromMilliseconds(5)), "StoreAsync after StopAsync throws");
    }
}
