// Source: https://github.com/fudiwei/DotNetCore.SKIT.FlurlHttpClient.Wechat
// Commit: 92020d95b5f4
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample98 rule, fixed before any interface was looked at (the whole rule and the walk: ActualChat/IPhoneAuth.cs
//   and docs/generator-rounds.md, "Out-of-sample round h-sample98"). This one: the 3rd pick (the 62nd repository of
//   find_repos("Chat"); the 22nd to 61st have no C# file). Before it in path order: IDistributedLockFactory and
//   IWechatApiClientFactory of the same sample (1 member each, factories).
// Path: samples/SKIT.FlurlHttpClient.Wechat.Api.Sample_Net6/Services/Repositories/IWechatAccessTokenEntityRepository.cs
//   (its one implementation: Services/Repositories/Implements/WechatAccessTokenEntityRepository.cs over
//   GlobalDatabase.cs, an NMemory table; model: Models/WechatAccessTokenEntity.cs; the sample's background service
//   refreshes each app's access token and writes it here)
// Adapted: the model's namespace (Models.WechatAccessTokenEntity becomes this file's WechatAccessTokenEntity). Nullable
//   enabled, as in the source (the sample's csproj).
// Real store: WechatAccessTokenEntityRepository over an NMemory Table<WechatAccessTokenEntity, string> keyed by AppId
//   (db.Tables.Create(e => e.AppId) in GlobalDatabase, not in the entity or the interface). Insert stamps CreateTimestamp
//   and UpdateTimestamp with the current Unix time and inserts (NMemoryException for an AppId already stored). Update
//   stamps UpdateTimestamp and updates the row of the entity's AppId (NMemory's Update by primary key changes nothing,
//   silently, for an AppId not stored). Delete deletes the row of the entity's AppId (nothing, silently, when not
//   stored). Enumerating lists the stored rows.
// Shapes: *=core
// First try (559db242): incomplete: IMF0009 on the interface (WechatAccessTokenEntity has no key: no [Key], no Id or
//   WechatAccessTokenEntityId property) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusal is right: the key is AppId only because GlobalDatabase creates the table
//   with it; the entity has three string properties and nothing in it or in the interface says which identifies a row
//   (an "...Id" property is as often a foreign key). A user states it with Key = "AppId" on [InMemoryFake]; then Delete
//   is refused in turn (IMF0001: a void removal by entity cannot say what it does for a row not stored) until
//   MissingDelete = Ignore states NMemory's answer, and MissingUpdate = Ignore is needed for its silent Update of an
//   AppId not stored (the default throws the not-found error, loud); with the three settings the probe's fake is
//   complete (Insert adds, Update is TryUpdate, Delete removes by the entity's key). The timestamps the implementation
//   writes come from its clock, not from the store.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.SkitWechat.IWechatAccessTokenEntityRepositoryCase;

public class WechatAccessTokenEntity
{
    public string AppId { get; set; } = string.Empty;

    public string AccessToken { get; set; } = string.Empty;

    public long ExpireTimestamp { get; set; }

    public long UpdateTimestamp { get; set; }

    public long CreateTimestamp { get; set; }
}

[InMemoryFake]
public interface IWechatAccessTokenEntityRepository : IEnumerable<WechatAccessTokenEntity>
{
    void Insert(WechatAccessTokenEntity entity);

    void Update(WechatAccessTokenEntity entity);

    void Delete(WechatAccessTokenEntity entity);
}

public static class Smoke
{
    public static Task RunAsync(IWechatAccessTokenEntityRepository tokens)
    {
        Check.Equal(0, tokens.Count(), "a new repository lists no token");

        tokens.Insert(new WechatAccessTokenEntity { AppId = "wx-app-1", AccessToken = "token-1", ExpireTimestamp = 7200 });
        tokens.Insert(new WechatAccessTokenEntity { AppId = "wx-app-2", AccessToken = "token-2", ExpireTimestamp = 7200 });
        Check.Equal(2, tokens.Count(), "Insert stores each app's token");
        Check.Throws<Exception>(
            () => tokens.Insert(new WechatAccessTokenEntity { AppId = "wx-app-1", AccessToken = "token-1b" }),
            "Insert of an AppId already stored throws (NMemory's primary key)");
        Check.Equal("token-1", tokens.Single(t => t.AppId == "wx-app-1").AccessToken, "and keeps the token stored before");

        tokens.Update(new WechatAccessTokenEntity { AppId = "wx-app-1", AccessToken = "token-1c", ExpireTimestamp = 9000 });
        var updated = tokens.Single(t => t.AppId == "wx-app-1");
        Check.Equal("token-1c", updated.AccessToken, "Update writes the row of the entity's AppId");
        Check.Equal(9000L, updated.ExpireTimestamp, "with every property given");

        tokens.Update(new WechatAccessTokenEntity { AppId = "wx-app-9", AccessToken = "token-9" });
        Check.Equal(2, tokens.Count(), "Update of an AppId not stored changes nothing and adds nothing (NMemory)");

        tokens.Delete(new WechatAccessTokenEntity { AppId = "wx-app-2" });
        Check.Equal(1, tokens.Count(), "Delete removes the row of the entity's AppId");
        Check.False(tokens.Any(t => t.AppId == "wx-app-2"), "so it is no longer listed");

        tokens.Delete(new WechatAccessTokenEntity { AppId = "wx-app-2" });
        Check.Equal(1, tokens.Count(), "Delete of an AppId not stored does nothing (NMemory)");
        return Task.CompletedTask;
    }
}
