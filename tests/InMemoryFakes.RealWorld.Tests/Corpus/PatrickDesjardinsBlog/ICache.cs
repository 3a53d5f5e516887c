// Source: https://patrickdesjardins.com/blog/using-redis-in-asp-net-in-an-enterprise-system
// Licence: none stated (an interface signature transcribed for a test)
// Sample: h-everyday8 rule, fixed before any search (the rule and the whole walk are in
//   Corpus/DotnetBookVercel/IRepository.cs): the search tool over "pages" then "docs", nine queries in a fixed order;
//   in result order, each page whose excerpt shows a whole C# storage interface (at least 3 members) and names what backs
//   it, one per page, none h-everyday7 took or already in the corpus; stop after 16 (it gives 7).
//   This one: pick 2 (6 members).
// Path: "Using Redis in Asp.Net in an Enterprise System" (2015): the ICache interface over Redis (StackExchange.Redis)
// Adapted: UserProfile stands for the classes the page caches through Set<T>. Nullable disabled (2015).
// Real store: Redis through StackExchange.Redis, as the page describes it: SetString(key, value, expiry) is a StringSet
//   with the expiry (none when null); Set<T> serializes the object (JSON) and sets it; GetString reads the string (null
//   for a key not set), Get<T> deserializes it (null when not set); Delete(key) is a KeyDelete (a key not set: nothing);
//   FlushAll flushes the databases (every key gone). The two writes share one key space: GetString of a key Set<T> wrote
//   answers the JSON text.
// Shapes: *=cache
// First try (71d37bc): incomplete: IMF0001 GetString ("it reads string values, but 'Set' writes values of any type (T
//   objectToCache) ... a Redis store answers the JSON it serialized the object to"). SetString, Set<T> (expiry as a time
//   to live), Get<T> (null when missing), Delete and FlushAll generated | WRONG: none.
// After this round: unchanged, and the refusal is right: what GetString answers for a key Set<T> wrote is Redis' JSON,
//   which no signature shows. A difference no script reaches: the fake keeps the object Set<T> is given, so a change to
//   it after the call shows in Get<T>, where Redis keeps the JSON (as Corpus/Esquio/ILocalStorage.cs records).
// After h-oblivious2 (session 30): still incomplete (other members); Get answers default for a missing key as before,
//   now with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   default for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and
//   silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PatrickDesjardinsBlog.ICacheCase;

public class UserProfile
{
    public string Name { get; set; }

    public int Age { get; set; }
}

[InMemoryFake]
public interface ICache
{
    void SetString(string key, string objectToCache, TimeSpan? expiry = null);

    void Set<T>(string key, T objectToCache, TimeSpan? expiry = null) where T : class;

    string GetString(string key);

    T Get<T>(string key) where T : class;

    void Delete(string key);

    void FlushAll();
}

public static class Smoke
{
    public static Task RunAsync(ICache cache)
    {
        cache.SetString("greeting", "hello");
        Check.Equal("hello", cache.GetString("greeting"), "GetString reads what SetString wrote (StringGet)");
        Check.Null(cache.GetString("missing"), "GetString of a key not set is null (a Redis nil)");
        cache.SetString("greeting", "hi", TimeSpan.FromMinutes(5));
        Check.Equal("hi", cache.GetString("greeting"), "SetString overwrites (StringSet)");

        cache.Set("user:1", new UserProfile { Name = "Ada", Age = 36 });
        var profile = cache.Get<UserProfile>("user:1");
        Check.Equal("Ada", profile.Name, "Get<T> reads the object Set<T> wrote");
        Check.Equal(36, profile.Age, "all of it");
        Check.Null(cache.Get<UserProfile>("user:2"), "Get<T> of a key not set is null");

        cache.Delete("greeting");
        Check.Null(cache.GetString("greeting"), "Delete removes the key (KeyDelete)");
        cache.Delete("greeting");
        Check.Equal("Ada", cache.Get<UserProfile>("user:1").Name, "Delete of a key not set does nothing, and leaves the others");

        cache.FlushAll();
        Check.Null(cache.Get<UserProfile>("user:1"), "FlushAll removes every key");
        return Task.CompletedTask;
    }
}
