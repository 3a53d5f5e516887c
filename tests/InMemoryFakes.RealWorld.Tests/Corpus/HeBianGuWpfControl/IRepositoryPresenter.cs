// Source: https://github.com/HeBianGu/WPF-Control
// Commit: bed9b1a58dd6
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample81 rule, fixed before probing: the repositories find_repos("Wpf") lists, in its order, keeping those
//   with C# files (then find_repos("Desktop") if that list runs out); in each, at its newest stored snapshot (fetch, then
//   git grep, paths sorted ordinally, line order within a file), the first C# interface outside test paths that
//   declares at least 3 members and whose implementation in the same repository keeps state (a database, cache, blob,
//   table, in-memory collection: read as in h-sample70 and h-sample76, the members reading or writing records the
//   implementation holds or hands on to such a store, a settings file or an OS store included); not a corpus source
//   already; a licence that allows transcribing a signature (no licence file: skipped); at most 1 per repository; stop
//   after 5. Skipped, in order: xincheng213618/scgd_general_wpf (a proprietary licence agreement that forbids copying);
//   CodeBambi/Conditioning-Control-Panel---CSharp-WPF (its snapshot's one interface is a private COM IShellLink);
//   arnelatm/WPF-HIS (no snapshot, no licence file); dotnet/wpf (a corpus source already: Corpus/Wpf);
//   dotnet/wpf-test (every C# file is under src/Test); syncfusion-content/wpf-docs (no C#); syncfusion/wpf-demos (its
//   README's licence section grants no right, only waives liability; no licence file). Picks, in order:
//   HeBianGu/WPF-Control IRepositoryPresenter; myd7349/WpfHexEditorControl IIncrementalBuildTracker;
//   Pia-Ai-dev/Pia.Wpf IDeviceKeyService; Evanlau1798/wpf-devtools-mcp IEventLogOperations; PLFJY/neo-bpsys-wpf
//   IGameStopwatchService.
//   This one: the 1st pick (the 8th repository of find_repos("Wpf")). Before it in path order: IPageTabPresenter and
//   ITabPresenter (empty), ITabModulePresenter (2 members), ITrainingAssistantItemPresenter (1), IModulePresenter (1),
//   IModuleViewPagePresenter (0), IPagePresenter (1), ITabPagePresenter (3 view presenters, no records).
// Path: Source/App/H.App.AIDI/Base/RepositoryPresenterBase.cs (the interface and its implementation,
//   RepositoryPresenterBase, the base of every page presenter of the AI labelling app; model: DB/fm_dd_image.cs and
//   DB/fm_dd_file.cs; the repository types from Source/Extensions/H.Extensions.DataBase[.Repository])
// Adapted: fm_dd_image keeps ID (EntityBase<string>), ProjectID, PageID, Name, Url, PixelWidth and PixelHeight; its
//   labels, tags, size and display attributes are dropped. IRepositoryBindable<TEntity> (a view model of 30 commands
//   and settings over IRepositoryBindableBase<TEntity>) is cut to the two members the implementation calls,
//   Repository and RefreshData, and IStringRepository<TEntity> to GetList, Delete and Save. Nullable disabled, as in the
//   source (no <Nullable> in the project or Directory.Build.Props).
// Real store: the app's SQLite database of images, through the IRepositoryBindable<fm_dd_image> registered in the
//   container (AIDIRepositoryBindable). Repository is that bindable (Ioc.GetService, never null once the app has
//   started). RefreshData() reloads the bindable's collection from the database. ClearDatas() deletes, through
//   Repository.Repository, every image whose PageID is the presenter's own ID (IDable.ID: the type's [ID] attribute or
//   a new Guid), then saves. Where(entity) is entity.PageID == ID (a module view page also takes its input page's
//   images); ResultWhere(entity) is false in the base.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 Repository (it returns an interface: the real store's own engine or
//   service), ClearDatas (a removal in a store where no member puts a value in or hands one out), Where and ResultWhere
//   (no known verb); generated: RefreshData(), read as the sliding-expiry touch (Refresh) of the key-value store's single
//   value ("Data" is a noun of every key-value store) | WRONG: RefreshData: the real presenter reloads the app's image
//   collection from its database, where the fake touched an entry that nothing in the interface could put in (a no-op,
//   which no script can tell from a reload, but not the member's meaning).
// After this round: RefreshData is refused too (Sample81Tests; docs/generator.md, key-value refused guesses): a refresh,
//   expiry or time-to-live read in a store whose values no member names acts on the real store's own state, as a
//   removal there does (h-sample70). The other refusals are right: ClearDatas deletes only the images of the
//   presenter's own page (PageID == its ID, which the interface does not carry), Where and ResultWhere are the view's
//   filters, and Repository hands out the app's repository service.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.HeBianGuWpfControl.IRepositoryPresenterCase;

public abstract class EntityBase<TPrimaryKey>
{
    public virtual TPrimaryKey ID { get; set; }
}

public abstract class StringEntityBase : EntityBase<string>
{
}

public class fm_dd_image : StringEntityBase
{
    public string ProjectID { get; set; }
    public string PageID { get; set; }
    public string Name { get; set; }
    public string Url { get; set; }
    public int PixelWidth { get; set; }
    public int PixelHeight { get; set; }
}

public interface IStringRepository<TEntity>
    where TEntity : StringEntityBase
{
    IEnumerable<TEntity> GetList(Expression<Func<TEntity, bool>> predicate);
    Task<int> Delete(TEntity entity);
    Task<int> Save();
}

public interface IRepositoryBindable<TEntity>
    where TEntity : StringEntityBase, new()
{
    IStringRepository<TEntity> Repository { get; }
    void RefreshData(params string[] includes);
}

[InMemoryFake]
public interface IRepositoryPresenter
{
    IRepositoryBindable<fm_dd_image> Repository { get; }
    void RefreshData();

    void ClearDatas();

    bool Where(fm_dd_image entity);

    bool ResultWhere(fm_dd_image entity);
}

public static class Smoke
{
    public static Task RunAsync(IRepositoryPresenter presenter)
    {
        var elsewhere = new fm_dd_image { ID = "img-1", ProjectID = "project-1", PageID = "another-page", Name = "a.png", Url = "c:/a.png" };
        Check.False(presenter.ResultWhere(elsewhere), "ResultWhere is false in the base presenter");
        Check.False(presenter.Where(elsewhere), "Where keeps only the images of the presenter's own page");
        Check.False(presenter.Where(new fm_dd_image { ID = "img-2" }), "an image of no page is not the presenter's");
        Check.NotNull(presenter.Repository, "Repository is the app's image repository");
        presenter.RefreshData();
        presenter.ClearDatas();
        return Task.CompletedTask;
    }
}
