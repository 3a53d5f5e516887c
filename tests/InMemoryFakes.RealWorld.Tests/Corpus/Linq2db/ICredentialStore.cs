// Source: https://github.com/linq2db/linq2db
// Commit: 7727630832
// Licence: MIT
// Sample: h-sample10 rule, fixed before probing: in these repositories, in this order (HangfireIO/Hangfire,
//   Jackett/Jackett, duplicati/duplicati, files-community/Files, dnnsoftware/Dnn.Platform, VirtoCommerce/vc-platform,
//   ChilliCream/graphql-platform, dapr/dotnet-sdk, SteeltoeOSS/Steeltoe, ErsatzTV/ErsatzTV, Lidarr/Lidarr,
//   ShareX/ShareX, OData/AspNetCoreOData, linq2db/linq2db, JasperFx/marten), skipping any the tools do not hold or
//   already in the corpus, at the newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first
//   interfaces in ordinal path order (at most 2 per repository; an identical copy of one already taken does not
//   count), outside paths containing "test" (any case), whose name ends in Repository, Store, Storage or Cache, that
//   declare at least 3 members (inherited ones count if the base interface is in the same repository) and are not
//   already in the corpus; stop after 12. Dnn.Platform (792 MB) and graphql-platform (992 MB) are over fetch's
//   500 MB limit: skipped, unprobed. Hangfire, Jackett, Files, Steeltoe and ShareX have no such interface; dapr's
//   IInterpretedMachineStore, vc-platform's IPlatformMemoryCache (1 member; its base IMemoryCache is not in the
//   repository) and IRequestScopedCache, and Lidarr's IArtistStatisticsRepository declare 2 or fewer; Lidarr's
//   IAutoTaggingRepository declares nothing beyond IBasicRepository<T>, a member-for-member copy of the corpus's
//   Sonarr IBasicRepository: not counted. The 12: duplicati ITokenFamilyStore; vc-platform IRepository and
//   IPushNotificationStorage; ErsatzTV IHlsInitSegmentCache and IEmbySecretStore; Lidarr IUserRepository and
//   IBlocklistRepository; AspNetCoreOData IAlternateKeyRepository; linq2db ICredentialStore and IMemoryCache; marten
//   IThingStore and IOtherStore (both only IDocumentStore, dozens of members: not transcribed, a gap to close).
//   This one: the 1st of linq2db/linq2db.
// Path: Source/LinqToDB.CLI/CommandLine/Commands/Credentials/ICredentialStore.cs (model: CredentialProfile.cs)
// Adapted: none. Nullable enabled, as in the source (Directory.Build.props).
// Real store: Source/LinqToDB.CLI/CommandLine/Commands/Credentials/WindowsCredentialStore.cs (the Windows credential
//   manager, generic credentials; on another OS every member answers false with an error): TryStore(profile, user,
//   password) writes the target "linq2db/" + profile (creates or replaces) and answers true; TryRead(target) reads an
//   EXACT target (so "linq2db/" + profile, not the profile name), false with an error naming it when missing;
//   TryList every linq2db profile as (Name without the prefix, User), ordered by name ignoring case, no diagnostics;
//   TryGetCount how many; TryRemove(profile) true, removed = whether it existed (a missing one is no error);
//   TryClear removes every linq2db profile and gives their count. Target names are case-insensitive (Windows
//   credential manager). The Try pattern: a false answer is an error of the platform, not a miss (except TryRead).
// Shapes: *=core
// First try (5b09e8f): incomplete: IMF0001 every member (the Try pattern with several out values and an error out, a
//   read by a target name that is not the key the write takes) | WRONG: none. Refused honestly.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Linq2db.ICredentialStoreCase;

public sealed record CredentialProfile(string Name, string User);

[InMemoryFake]
public interface ICredentialStore
{
    bool TryRead(string target, out string? user, out string? password, out string? error);
    bool TryStore(string profile, string user, string password, out string? error);
    bool TryList(out IReadOnlyList<CredentialProfile> profiles, out IReadOnlyList<string> diagnostics, out string? error);
    bool TryGetCount(out int count, out string? error);
    bool TryRemove(string profile, out bool removed, out string? error);
    bool TryClear(out int removedCount, out string? error);
}

public static class Smoke
{
    public static Task RunAsync(ICredentialStore store)
    {
        Check.True(store.TryStore("dev", "sa", "pw", out var error), "TryStore answers true");
        Check.Null(error, "with no error");
        Check.True(store.TryRead("linq2db/dev", out var user, out var password, out error), "TryRead of the prefixed target finds the profile");
        Check.Equal("sa", user, "TryRead gives the user");
        Check.Equal("pw", password, "and the password");
        Check.False(store.TryRead("missing", out _, out _, out error), "TryRead of a missing target answers false");
        Check.NotNull(error, "with an error");
        store.TryStore("Beta", "u2", "p2", out _);
        Check.True(store.TryList(out var profiles, out _, out _), "TryList answers true");
        Check.Equal("Beta:u2,dev:sa", string.Join(",", profiles.Select(p => p.Name + ":" + p.User)), "TryList gives every profile without the prefix, by name ignoring case");
        Check.True(store.TryGetCount(out var count, out _), "TryGetCount answers true");
        Check.Equal(2, count, "TryGetCount counts the profiles");
        Check.True(store.TryRemove("dev", out var removed, out _), "TryRemove answers true");
        Check.True(removed, "removed says the profile existed");
        Check.True(store.TryRemove("dev", out removed, out _), "TryRemove of a missing profile answers true");
        Check.False(removed, "and removed is false");
        Check.True(store.TryClear(out var removedCount, out _), "TryClear answers true");
        Check.Equal(1, removedCount, "TryClear counts what it removed");
        return Task.CompletedTask;
    }
}
