// Source: https://github.com/PiranhaCMS/piranha.core
// Commit: e095c504a63e
// Licence: MIT
// Path: core/Piranha/Repositories/IAliasRepository.cs (model: core/Piranha/Models/Alias.cs)
// Real store: data/Piranha.Data.EF/Repositories/AliasRepository.cs: GetAll(siteId) = the site's aliases, ordered by
//   AliasUrl, then RedirectUrl; GetById / GetByAliasUrl(url, siteId) return null when missing; GetByRedirectUrl(url,
//   siteId) lists the aliases redirecting to url in that site; Save inserts (model.Id, or a new Guid when empty) or
//   updates the alias with that Id; Delete of a missing id does nothing.
// Shapes: GetAll=4; GetByAliasUrl=4; GetByRedirectUrl=4; GetById=core; Save=core; Delete=core
// Configured: DefaultOrder = "AliasUrl, RedirectUrl" (h-wrongclass6): AliasRepository.GetAll is OrderBy(a =>
//   a.AliasUrl).ThenBy(a => a.RedirectUrl) (read at 0cb74c33), an order in the query's body that no signature shows;
//   GetByRedirectUrl, which has no OrderBy, lists in that order too, one of its possible answers.
// After this round (h-wrongclass6): WRONG found reviewing the members the script did not check: GetAll(siteId) listed
//   in insertion order (the script stored one alias per site); right with the setting, and the script now checks the
//   order. Loud, not in the script: GetByAliasUrl of two aliases with one url in a site throws the several-matches
//   error, where the real FirstOrDefault answers one.
// After h-oblivious (session 29): complete as before; GetByAliasUrl, GetById answer null for a missing entity as
//   before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the
//   fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Piranha.IAliasRepositoryCase;

public enum RedirectType
{
    Permanent,
    Temporary,
}

public class Alias
{
    public Guid Id { get; set; }
    public Guid SiteId { get; set; }
    public string AliasUrl { get; set; }
    public string RedirectUrl { get; set; }
    public RedirectType Type { get; set; } = RedirectType.Temporary;
}

[InMemoryFake(DefaultOrder = "AliasUrl, RedirectUrl")]
public interface IAliasRepository
{
    Task<IEnumerable<Alias>> GetAll(Guid siteId);
    Task<Alias> GetById(Guid id);
    Task<Alias> GetByAliasUrl(string url, Guid siteId);
    Task<IEnumerable<Alias>> GetByRedirectUrl(string url, Guid siteId);
    Task Save(Alias model);
    Task Delete(Guid id);
}

public static class Smoke
{
    public static async Task RunAsync(IAliasRepository store)
    {
        var site = Guid.NewGuid();
        var other = Guid.NewGuid();
        var id = Guid.NewGuid();
        await store.Save(new Alias { Id = id, SiteId = site, AliasUrl = "/old", RedirectUrl = "/new" });
        await store.Save(new Alias { Id = Guid.NewGuid(), SiteId = other, AliasUrl = "/old", RedirectUrl = "/elsewhere" });
        Check.Equal("/new", (await store.GetById(id))?.RedirectUrl, "GetById finds the alias");
        Check.Equal(id, (await store.GetByAliasUrl("/old", site))?.Id, "GetByAliasUrl looks in the given site");
        Check.Null(await store.GetByAliasUrl("/missing", site), "GetByAliasUrl of an unknown url returns null");
        Check.Equal(1, (await store.GetAll(site)).Count(), "GetAll(siteId) lists only that site's aliases");
        await store.Save(new Alias { Id = Guid.NewGuid(), SiteId = other, AliasUrl = "/archive", RedirectUrl = "/blog" });
        Check.Equal("/archive,/old", string.Join(",", (await store.GetAll(other)).Select(a => a.AliasUrl)), "GetAll(siteId) orders by AliasUrl (OrderBy(a => a.AliasUrl))");
        Check.Equal(1, (await store.GetByRedirectUrl("/new", site)).Count(), "GetByRedirectUrl finds the aliases pointing there");
        await store.Save(new Alias { Id = id, SiteId = site, AliasUrl = "/old", RedirectUrl = "/newer" });
        Check.Equal("/newer", (await store.GetById(id))?.RedirectUrl, "Save updates the alias with the same Id");
        await store.Delete(id);
        Check.Null(await store.GetById(id), "Delete removes it");
        await store.Delete(id);
    }
}
