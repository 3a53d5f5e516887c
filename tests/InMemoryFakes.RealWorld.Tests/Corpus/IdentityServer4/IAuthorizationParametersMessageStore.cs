// Source: https://github.com/IdentityServer/IdentityServer4
// Commit: 5e40bd18fbf0
// Licence: Apache-2.0
// Path: src/IdentityServer4/src/Stores/IAuthorizationParametersMessageStore.cs (model: src/IdentityServer4/src/Models/Messages/Message.cs)
// Adapted: Message<TModel> keeps its constructor and the properties the script uses.
// Real store: src/IdentityServer4/src/Stores/Default/DistributedCacheAuthorizationParametersMessageStore.cs:
//   WriteAsync stores the message in the cache under a new random key and returns the key; ReadAsync returns null for
//   an unknown id; DeleteAsync removes it.
// After h-oblivious2 (session 30): complete as before; ReadAsync answers null for a missing key as before, now with
//   IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers null for one,
//   as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
// Shapes: *=13
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.IdentityServer4.IAuthorizationParametersMessageStoreCase;

public class Message<TModel>
{
    public Message() { }

    public Message(TModel data, DateTime now)
    {
        Created = now.Ticks;
        Data = data;
    }

    public long Created { get; set; }
    public TModel Data { get; set; }
}

[InMemoryFake]
public interface IAuthorizationParametersMessageStore
{
    Task<string> WriteAsync(Message<IDictionary<string, string[]>> message);
    Task<Message<IDictionary<string, string[]>>> ReadAsync(string id);
    Task DeleteAsync(string id);
}

public static class Smoke
{
    public static async Task RunAsync(IAuthorizationParametersMessageStore store)
    {
        var parameters = new Dictionary<string, string[]> { ["client_id"] = ["web"] };
        var id = await store.WriteAsync(new Message<IDictionary<string, string[]>>(parameters, DateTime.UtcNow));
        Check.True(!string.IsNullOrEmpty(id), "WriteAsync returns a new id");
        Check.Equal("web", (await store.ReadAsync(id))?.Data["client_id"][0], "ReadAsync returns the message written under the id");
        Check.Null(await store.ReadAsync("unknown"), "ReadAsync of an unknown id returns null");
        await store.DeleteAsync(id);
        Check.Null(await store.ReadAsync(id), "DeleteAsync removes the message");
    }
}
