// Source: https://github.com/MarimerLLC/csla
// Commit: d15c9287
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample27 rule, fixed before probing: in these repositories, in this order (Eventuous/eventuous,
//   MarimerLLC/csla, App-vNext/Polly, JustArchiNET/ArchiSteamFarm, JosefNemec/Playnite, dnnsoftware/Dnn.Platform,
//   SparkDevNetwork/Rock, SteeltoeOSS/Steeltoe, MetacoSA/NBitcoin, chocolatey/choco, cake-build/cake, ShareX/ShareX,
//   NLog/NLog, AvaloniaUI/Avalonia), skipping any the tools do not hold, that are over fetch's limit, or already in the
//   corpus, at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache)\b` in *.cs, paths sorted ordinally): the first interfaces in
//   ordinal path order (at most 2 per repository; an identical copy of one already in the corpus does not count),
//   outside paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base
//   interface is in the same repository); stop after 10; each transcribed whole (up to 50 members).
//   Dnn.Platform (792 MB) and Rock (1,301 MB) are over fetch's 500 MB limit: skipped. Polly, ArchiSteamFarm,
//   Playnite, Steeltoe, choco, ShareX, NLog and Avalonia have no such interface. Eventuous's two IDefineStore (1 member
//   each) and ICheckpointStore (2), csla's IDataPortalCache (1), NBitcoin's IKeyRepository, IBlockRepository (1 each)
//   and ITransactionRepository (2), and cake's only one, IToolRepository (2), declare fewer than 3. So the rule picks 3,
//   not 10, in order: Eventuous IEventStore; csla ISessionStore; NBitcoin IColoredTransactionRepository.
//   This one: the 1st of MarimerLLC/csla (3 members).
// Path: Source/Csla/State/ISessionStore.cs (real store: Source/Csla.AspNetCore/Blazor/State/InMemorySessionStore.cs;
//   Session: Source/Csla/State/Session.cs)
// Adapted: XML comments dropped; Session cut down from MobileDictionary<string, object?> to a Dictionary<string,
//   object?> with its LastTouched and Touch (the PropertyChanged event dropped). Nullable enabled
//   (Source/Directory.Build.props enables it).
// Real store: InMemorySessionStore, a ConcurrentDictionary<string, Session> (the only one in the repository).
//   GetSessionAsync: the session stored under the key, null when none; a null key throws ArgumentNullException.
//   AddOrUpdateSessionAsync: stores the session under the key, replacing any; a null key or session throws
//   ArgumentNullException. The store keeps the caller's Session object itself (no copy), so a change the caller makes
//   to it is what the next GetSessionAsync returns. PurgeExpiredSessionsAsync(expiration): a negative expiration
//   throws ArgumentOutOfRangeException; removes every session whose LastTouched (Unix seconds, set by the session
//   itself) is older than now - expiration.
// Shapes: *=core
// First try (793377b): incomplete: IMF0001 on PurgeExpiredSessionsAsync ("'PurgeExpiredSessions' is not a known
//   verb": which sessions expire is the Session's own LastTouched, which no signature names); generated:
//   GetSessionAsync (null when missing, ArgumentNullException for a null key), AddOrUpdateSessionAsync (replaces;
//   ArgumentNullException for a null key or session) | WRONG: none. IMF0020 (warning): Session, a Dictionary, is
//   stored by reference, as the real store keeps the caller's object.
// After this round: unchanged (the refusal is right).
// Still wrong: none found (the smoke script passes GetSessionAsync and AddOrUpdateSessionAsync, then stops at
//   PurgeExpiredSessionsAsync, refused).

#nullable enable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Csla.ISessionStoreCase;

public class Session : Dictionary<string, object?>
{
    public long LastTouched { get; private set; } = DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    public void Touch() => LastTouched = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
}

[InMemoryFake]
public interface ISessionStore
{
    ValueTask<Session?> GetSessionAsync(string key);

    ValueTask AddOrUpdateSessionAsync(string key, Session session);

    ValueTask PurgeExpiredSessionsAsync(TimeSpan expiration);
}

public static class Smoke
{
    public static async Task RunAsync(ISessionStore store)
    {
        Check.Null(await store.GetSessionAsync("user-1"), "GetSessionAsync of an unknown key is null");

        var session = new Session { ["cart"] = 3 };
        await store.AddOrUpdateSessionAsync("user-1", session);
        var read = Check.NotNull(await store.GetSessionAsync("user-1"), "AddOrUpdateSessionAsync stores the session");
        Check.Equal((object?)3, read["cart"], "with its values");

        var replacement = new Session { ["cart"] = 5 };
        await store.AddOrUpdateSessionAsync("user-1", replacement);
        Check.Equal((object?)5, (await store.GetSessionAsync("user-1"))!["cart"], "AddOrUpdateSessionAsync replaces the session of a key");

        await Check.ThrowsAsync<ArgumentNullException>(async () => await store.GetSessionAsync(null!), "GetSessionAsync(null) throws ArgumentNullException");
        await Check.ThrowsAsync<ArgumentNullException>(async () => await store.AddOrUpdateSessionAsync("user-2", null!), "AddOrUpdateSessionAsync with a null session throws ArgumentNullException");

        await Check.ThrowsAsync<ArgumentOutOfRangeException>(async () => await store.PurgeExpiredSessionsAsync(TimeSpan.FromSeconds(-1)), "a negative expiration throws ArgumentOutOfRangeException");
        await store.PurgeExpiredSessionsAsync(TimeSpan.FromDays(1));
        Check.NotNull(await store.GetSessionAsync("user-1"), "PurgeExpiredSessionsAsync keeps a session touched within the expiration");
    }
}
