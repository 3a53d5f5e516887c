// Source: https://github.com/ErsatzTV/ErsatzTV
// Commit: 2c02561f1
// Licence: Zlib (an interface signature and minimal models transcribed for a test)
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
//   This one: the 2nd of ErsatzTV/ErsatzTV.
// Path: ErsatzTV.Core/Interfaces/Emby/IEmbySecretStore.cs (base: Interfaces/MediaSources/IRemoteMediaSourceSecretStore.cs;
//   models: Emby/EmbySecrets.cs, MediaSources/RemoteMediaSourceSecrets.cs)
// Adapted: LanguageExt's Unit is a local empty struct. ErsatzTV.Core builds with <Nullable>disable</Nullable>.
// Real store: ErsatzTV.Infrastructure/Emby/EmbySecretStore.cs (one JSON file, emby-secrets.json, which EmbyService
//   writes as "{}" at startup when missing): ReadSecrets deserializes the file (a new EmbySecrets when it holds null),
//   so it returns a copy of what was last saved, or empty secrets (Address and ApiKey null) at first; SaveSecrets
//   writes the serialized secrets (replacing the previous ones, null saves "null" which reads back as empty secrets);
//   DeleteAll saves new EmbySecrets(). One value, no key.
// Shapes: *=core
// First try (5b09e8f): incomplete: IMF0009 (EmbySecrets has no key: no fake is generated) | WRONG: none. One value with
//   no key (a settings file): the conventions have no single-value store yet, refused honestly.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ErsatzTV.IEmbySecretStoreCase;

public readonly struct Unit
{
}

public class RemoteMediaSourceSecrets
{
    public string Address { get; set; }
    public string ApiKey { get; set; }
}

public class EmbySecrets : RemoteMediaSourceSecrets
{
}

public interface IRemoteMediaSourceSecretStore<TSecrets>
{
    Task<Unit> DeleteAll();
    Task<TSecrets> ReadSecrets();
    Task<Unit> SaveSecrets(TSecrets secrets);
}

[InMemoryFake]
public interface IEmbySecretStore : IRemoteMediaSourceSecretStore<EmbySecrets>
{
}

public static class Smoke
{
    public static async Task RunAsync(IEmbySecretStore store)
    {
        var empty = await store.ReadSecrets();
        Check.NotNull(empty, "ReadSecrets returns secrets at first");
        Check.Null(empty.ApiKey, "with no ApiKey");
        await store.SaveSecrets(new EmbySecrets { Address = "http://emby", ApiKey = "k1" });
        var read = await store.ReadSecrets();
        Check.Equal("k1", read.ApiKey, "ReadSecrets returns what SaveSecrets wrote");
        read.ApiKey = "changed";
        Check.Equal("k1", (await store.ReadSecrets()).ApiKey, "ReadSecrets returns a copy");
        await store.SaveSecrets(new EmbySecrets { Address = "http://emby2" });
        Check.Null((await store.ReadSecrets()).ApiKey, "SaveSecrets replaces every value");
        await store.DeleteAll();
        var cleared = await store.ReadSecrets();
        Check.Null(cleared.Address, "DeleteAll leaves empty secrets");
    }
}
