// Source: https://github.com/CodeMazeBlog/CodeMazeGuides
// Commit: 79fe6ef961ee
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample82 rule, fixed before probing: the repositories find_repos("Blog") lists, in its order, keeping those
//   with C# files (then find_repos("Cms") when that list runs out); in each, at its newest stored snapshot (fetch, then
//   git grep, paths sorted ordinally, line order within a file; read as h-sample81 wrote it), the first C# interface
//   outside test paths that declares at least 3 members and whose implementation in the same repository keeps state (a
//   database, cache, blob, table, in-memory collection: the members read or write records the implementation holds or
//   hands on to such a store); not a corpus source already; a licence that allows transcribing a signature (no licence
//   file: skipped); at most 1 per repository; stop after 5. The two readings taken from h-sample81 (the newest
//   snapshot, and no licence file: skipped) were written into the note after guesant/blog and notcomd/NotBlog had been
//   looked at; they decide those two skips (and, later, pumpkin-cms's) and no pick. Of the 100 repositories
//   find_repos("Blog") lists, five hold C#: CodeMazeBlog/CodeMazeGuides (picked); guesant/blog (its newest snapshot is
//   a 2020 Eleventy site with no C#; the C# the index lists comes from other crawled commits);
//   luisllatas90/blogPersonal (over fetch's limit; the index's 12 C# files are WebForms code-behind with no interface);
//   notcomd/NotBlog (no snapshot, no licence file; its ICacheMemory<TMemory> was read before the licence was checked,
//   and is skipped as h-sample81 skipped unlicensed repositories); yaochangyu/sample.dotblog (picked).
//   find_repos("Cms") then, in its order: cms-sw/cmssw (no C#), umbraco/Umbraco-CMS (a corpus source already),
//   ustaxcourt/ef-cms, payloadcms/payload, dotCMS/core (no C#), OrchardCMS/OrchardCore (a corpus source), joomla,
//   craftcms/cms, hubzero, concretecms, statamic (no C#), siteserver/cms (picked), decocms/studio,
//   matthias-bernouy/CMS, cms-sw/cmssw-cfipython (no C#), OrchardCMS/Orchard (a corpus source), percussion and
//   intersoftdatalabs-in percussioncms, alkacon/opencms-core, SveltyCMS, FeatherCMS, imCodePartnerAB/imcms, ACP3/cms,
//   firecmsco/firecms, CMS-Enterprise/mint-app, buildlucid/lucid-cms, cmss13, michael-hampton/cms-api,
//   CMSgov/beneficiary-fhir-data, ahlinist/cmssw, alineacms/alinea (no C#), cofoundry-cms/cofoundry (a corpus source),
//   tinacms (no C#), MrCMS/MrCMS (a corpus source), unacms/una, forkcms (no C#), Orckestra/C1-CMS-Foundation (picked),
//   baserproject/basercms, CMS-Enterprise/easi-app, brandocms/brando (no C#), Makubex816/pumpkin-cms (no snapshot, no
//   licence file), gentics/cms-oss, youpolonia/cms, webjetcms (no C#), devbridge/BetterCMS (picked: the 5th, the rule
//   stops). Picks, in order: CodeMazeGuides ICmCourseService; sample.dotblog ICacheProvider; siteserver/cms IDatabase;
//   C1-CMS-Foundation ISiteMapPlugin; BetterCMS IModuleManager. This one: the 1st pick (the 7th repository of
//   find_repos("Blog")). Before it in path order: BackgroundServiceExecuteAsyncAndStartAsync's IStockPriceRepository (2
//   members) and IStockPriceService (an HTTP API), DistCaching's IDataRepository<TEntity> (2),
//   HowToCallSignalRAspDotNet's IRandomizerClient (a SignalR client).
// Path: aspnetcore-features/HybridCachingDotNet/HybridCachingDotNet/Services/ICmCourseService.cs (implementation:
//   Services/CmCourseService.cs; model: Models/CmCourse.cs)
// Adapted: nothing: CmCourse is transcribed whole (Id, required Name, required Category). Nullable enabled, as in the
//   project.
// Real store: CmCourseService over HybridCache (Microsoft.Extensions.Caching.Hybrid, the in-process L1 alone: the
//   sample registers no IDistributedCache) in front of a static List<CmCourse> seeded with courses 1, 2 and 3.
//   GetCourseAsync(id) is GetOrCreateAsync("course-{id}") whose factory waits a second and takes the FIRST course of
//   that Id in the list (null when none; HybridCache caches the null too), kept 30 minutes with the tag "course".
//   PostCourseAsync(course) appends the course to the list (no duplicate check: a second course of an Id is appended
//   after the first) and sets "course-{Id}" to it for 30 minutes, tagged "cat-{Category}". InvalidateByCourseIdAsync(id)
//   removes "course-{id}" from the cache only: the list keeps the course, so the next GetCourseAsync reloads the first
//   course of that Id. InvalidateByCategoryAsync(tag) is RemoveByTagAsync("cat-{tag}"): the posted courses of that
//   category drop out of the cache, and the list keeps them too.
// Shapes: *=none
// First try (93199585): incomplete: IMF0001 PostCourseAsync ('PostCourse' is not a known verb),
//   InvalidateByCourseIdAsync and InvalidateByCategoryAsync (not known verbs); generated: GetCourseAsync (the course
//   stored under its Id, null when none) | WRONG: none (GetCourseAsync is the read by key the real service makes; the
//   fake starts empty where the real list holds three seeded courses, which is data, not a meaning).
// After this round: unchanged, and the refusals are right. Post appends and overwrites the cache, so a second course of
//   an Id reads as the new one until its entry is invalidated and as the first one after: neither Add (duplicate
//   error) nor Upsert (the new one for good) says that. The two invalidations drop cache entries in front of a list
//   that keeps every course: a read after them finds the course again, where a removal would lose it.

using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CodeMazeGuides.ICmCourseServiceCase;

public class CmCourse
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string Category { get; set; }
}

[InMemoryFake]
public interface ICmCourseService
{
    Task<CmCourse?> GetCourseAsync(int id, CancellationToken cancellationToken = default);
    Task PostCourseAsync(CmCourse course, CancellationToken cancellationToken = default);
    Task InvalidateByCourseIdAsync(int id, CancellationToken cancellationToken = default);
    Task InvalidateByCategoryAsync(string tag, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(ICmCourseService service)
    {
        Check.Null(await service.GetCourseAsync(99), "GetCourseAsync of an Id the list does not hold is null");
        await service.PostCourseAsync(new CmCourse { Id = 10, Name = "Blazor", Category = "Frontend" });
        Check.Equal("Blazor", (await service.GetCourseAsync(10))?.Name, "a posted course is read back by its Id");
        await service.InvalidateByCourseIdAsync(10);
        Check.Equal("Blazor", (await service.GetCourseAsync(10))?.Name, "after InvalidateByCourseIdAsync the course is reloaded from the list");
        await service.PostCourseAsync(new CmCourse { Id = 10, Name = "Blazor 2", Category = "Frontend" });
        Check.Equal("Blazor 2", (await service.GetCourseAsync(10))?.Name, "a second course of an Id is the cached one");
        await service.InvalidateByCategoryAsync("Frontend");
        Check.Equal("Blazor", (await service.GetCourseAsync(10))?.Name, "after its category is invalidated the read reloads the FIRST course of that Id");
        Check.Null(await service.GetCourseAsync(99), "and the null cached for 99 is still null");
    }
}
