// Source: https://github.com/HosssDark/SGIA
// Commit: 1946482 (SGIA/Repository/Interface/IMenuRepository.cs and IRepositoryBase.cs, SGIA/Repository/Repository/
//   RepositoryBase.cs and MenuRepository.cs, SGIA/Domain/Menu.cs, all unchanged at the newest snapshot aec2594);
//   SGIA/Repository/Repository.csproj at aec2594
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample60 rule (in full in Corpus/ConsoleEcom/ICartRepository.cs), fixed before probing: the search tool
//   (corpus code), queries (1) `interface ICartRepository`, (2) `interface ILocationRepository`, (3) `interface
//   IGroupRepository Task`, (4) `interface IInvoiceRepository Task`, (7) `interface IVehicleRepository Task`, (8)
//   `interface IMenuRepository`, (9) `interface IAddressRepository` ((5), (6) and (10) skipped: earlier rounds ran
//   them verbatim); from each the first C# interface declaration with at least 3 members (inherited ones count if the
//   base interface is in the same repository), outside paths containing "test", from a repository not already a
//   corpus source, naming its repository and path; at most 1 per repository; stop after 8. Five picks.
//   This one: query (8), rank 1 (declares none; its base IRepositoryBase<TEntity> 15, and IDisposable).
// Path: SGIA/Repository/Interface/IMenuRepository.cs (base: IRepositoryBase.cs beside it; real store:
//   SGIA/Repository/Repository/MenuRepository.cs : RepositoryBase<Menu> (RepositoryBase.cs beside it), EF Core 2.2
//   over MySQL (Pomelo); model: SGIA/Domain/Menu.cs)
// Adapted: the namespaces shortened into one; Menu cut down to its key and five columns (Tipo, Descricao, Icone,
//   TipoAcesso and Painel left out, and the [Display] attributes). .NET Core 2.2, C# 7.3: no nullable annotations
//   (#nullable disable).
// Real store: MenuRepository, whose every member opens a new Context (EF Core, MySQL) and leaves the last one for
//   Dispose; Menu.MenuId (int, [Key]) is the key, AUTO_INCREMENT: numbered at the save and written back. GetById(Id) =
//   Find, GetAsync(Id) = FindAsync: the menu, or null. GetFirst(Predicate = null) = FirstOrDefault(Predicate), or the
//   first menu when Predicate is null; null for no match. Get(Predicate = null) = Where(Predicate), or every menu;
//   GetAll = every menu; GetList(Predicate) = Where(Predicate) (all three hand out the query itself, run when
//   enumerated). Add = DbSet.Add + SaveChanges, returning the menu given (numbered). AddAll = AddRange + SaveChanges,
//   returning the list given. Attach = DbSet.Update + SaveChanges, returning the menu given: a stored menu is written
//   whole, one whose MenuId is not stored fails the save (DbUpdateConcurrencyException), and MenuId 0 is inserted
//   (Update tracks a menu without a key value as Added). AttachAll = UpdateRange + SaveChanges, the same for each.
//   RemoveById(Id) = Remove(GetById(Id)) + SaveChanges: an id not stored is Remove(null), ArgumentNullException.
//   Remove(Entity) = DbSet.Remove + SaveChanges: a menu not stored fails the save (DbUpdateConcurrencyException).
//   Remove(Predicate) = RemoveRange(GetList(Predicate)) + SaveChanges: every match, nothing for none. RemoveAll(List)
//   marks each Deleted + SaveChanges: one not stored fails the save, and none is removed. Dispose disposes the last
//   Context.
// Shapes: *=core; Dispose=17
// First try (ac6de91): incomplete: Attach, AttachAll (IMF0001: 'Attach' is not a known verb), Remove(Entity) (IMF0001:
//   a removal by entity that returns nothing cannot say what it does for a menu not stored; state MissingDelete),
//   RemoveAll(List) (IMF0001: as a clear, "it must take no parameters") | generated: GetById, GetAsync (null for an id
//   not stored: oblivious), GetFirst (the first match, or the first menu for a null predicate; null for none), Get (the
//   matches, or every menu for null), GetAll, GetList, Add, AddAll (numbered, written back, returning what was given),
//   RemoveById (nothing for an id not stored), Remove(Predicate) (every match), Dispose | WRONG: RemoveById of an id
//   not stored does nothing, where Remove(GetById(Id)) throws ArgumentNullException (silent; not reached: the probe
//   stops at Attach).
// Configured: MissingDelete = MissingDelete.NotFound (RemoveById's Remove(null) and Remove's and RemoveAll's
//   SaveChanges fail for a menu not stored: the not-found error, where the real errors are ArgumentNullException and
//   DbUpdateConcurrencyException).
// After this round: RemoveAll(List<Menu>) generated: a removal verb with All and one collection of the entity type
//   removes the entities given, as AddAll adds them (docs/generator.md, the range removals' row), all or none under
//   MissingDelete = NotFound. Still incomplete, rightly: Attach and AttachAll (Attach is change tracking elsewhere:
//   EF Core's DbSet.Attach writes nothing, FreeSql's tracks for a later diff; here it is DbSet.Update + SaveChanges,
//   which no name says). The probe passes every check before Attach. Still differs: Get, GetAll and GetList hand out a
//   snapshot, where the real ones hand out the query, run again when enumerated.
// After h-oblivious (session 29): still incomplete (other members); GetAsync, GetById, GetFirst answer null for a
//   missing entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one,
//   and stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a
//   missing one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Linq.Expressions;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Sgia.IMenuRepositoryCase;

public class Menu
{
    [Key]
    public int MenuId { get; set; }

    public int? MenuPaiId { get; set; }

    public string Titulo { get; set; }

    public string Link { get; set; }

    public bool Ativo { get; set; }

    public int Ordem { get; set; }
}

public interface IRepositoryBase<TEntity> : IDisposable where TEntity : class
{
    TEntity GetById(int Id);
    Task<TEntity> GetAsync(int Id);
    TEntity GetFirst(Expression<Func<TEntity, bool>> Predicate = null);

    IEnumerable<TEntity> Get(Expression<Func<TEntity, bool>> Predicate = null);
    IEnumerable<TEntity> GetAll();
    IEnumerable<TEntity> GetList(Expression<Func<TEntity, bool>> Predicate);

    TEntity Add(TEntity Entity);
    List<TEntity> AddAll(List<TEntity> List);

    TEntity Attach(TEntity Entity);
    List<TEntity> AttachAll(List<TEntity> List);

    void RemoveById(int Id);
    void Remove(TEntity Entity);
    void Remove(Expression<Func<TEntity, bool>> Predicate);
    void RemoveAll(List<TEntity> List);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IMenuRepository : IRepositoryBase<Menu>, IDisposable
{
}

public static class Smoke
{
    public static async Task RunAsync(IMenuRepository menus)
    {
        var home = menus.Add(new Menu { Titulo = "Início", Link = "/", Ativo = true, Ordem = 1 });
        Check.True(home.MenuId > 0, "Add saves the menu and returns it; MySQL numbers its MenuId, written back");
        var added = menus.AddAll(new List<Menu>
        {
            new Menu { Titulo = "Cadastros", Link = "/cadastros", MenuPaiId = home.MenuId, Ativo = true, Ordem = 2 },
            new Menu { Titulo = "Relatórios", Link = "/relatorios", Ativo = false, Ordem = 3 },
        });
        Check.True(added.Count == 2 && added.All(m => m.MenuId > 0) && added[0].MenuId != added[1].MenuId, "AddAll saves every menu, each numbered, and returns the list");
        Check.Equal(3, menus.GetAll().Count(), "GetAll lists every menu");

        Check.Equal("Início", menus.GetById(home.MenuId).Titulo, "GetById reads one by MenuId");
        Check.Equal("Início", (await menus.GetAsync(home.MenuId)).Titulo, "GetAsync reads one by MenuId");
        Check.Null(menus.GetById(home.MenuId + 100), "GetById of an id not stored is null (Find)");
        Check.Null(await menus.GetAsync(home.MenuId + 100), "GetAsync of an id not stored is null (FindAsync)");

        Check.Equal(2, menus.Get(m => m.Ativo).Count(), "Get(predicate) lists the matches");
        Check.Equal(3, menus.Get().Count(), "Get() with no predicate lists every menu");
        Check.Equal("Relatórios", string.Join(",", menus.GetList(m => !m.Ativo).Select(m => m.Titulo)), "GetList(predicate) lists the matches");
        Check.Equal("Cadastros", menus.GetFirst(m => m.MenuPaiId == home.MenuId).Titulo, "GetFirst(predicate) reads the first match");
        Check.Null(menus.GetFirst(m => m.Ordem > 10), "GetFirst of no match is null (FirstOrDefault)");
        Check.True(menus.GetFirst() != null, "GetFirst() with no predicate reads a menu");

        var renamed = menus.Attach(new Menu { MenuId = home.MenuId, Titulo = "Home", Link = "/", Ativo = true, Ordem = 1 });
        Check.Equal("Home", renamed.Titulo, "Attach returns the menu given");
        Check.Equal("Home", menus.GetById(home.MenuId).Titulo, "Attach writes the stored menu whole (DbSet.Update + SaveChanges)");
        menus.AttachAll(new List<Menu>
        {
            new Menu { MenuId = added[0].MenuId, Titulo = "Registers", Link = "/cadastros", MenuPaiId = home.MenuId, Ativo = true, Ordem = 2 },
            new Menu { MenuId = added[1].MenuId, Titulo = "Reports", Link = "/relatorios", Ativo = true, Ordem = 3 },
        });
        Check.Equal(3, menus.Get(m => m.Ativo).Count(), "AttachAll writes every menu given");
        Check.Throws<Exception>(() => menus.Attach(new Menu { MenuId = home.MenuId + 100, Titulo = "Nowhere" }), "Attach of a MenuId not stored fails the save (DbUpdateConcurrencyException)");
        Check.Equal(3, menus.GetAll().Count(), "and adds nothing");

        menus.RemoveById(added[1].MenuId);
        Check.Null(menus.GetById(added[1].MenuId), "RemoveById removes the menu");
        Check.Throws<Exception>(() => menus.RemoveById(home.MenuId + 100), "RemoveById of an id not stored throws (Remove(null): ArgumentNullException)");
        Check.Throws<Exception>(() => menus.Remove(new Menu { MenuId = home.MenuId + 100, Titulo = "Nowhere" }), "Remove of a menu not stored fails the save (DbUpdateConcurrencyException)");
        Check.Throws<Exception>(() => menus.RemoveAll(new List<Menu> { menus.GetById(home.MenuId), new Menu { MenuId = home.MenuId + 100 } }), "RemoveAll with a menu not stored fails the save");
        Check.Equal(2, menus.GetAll().Count(), "and removes none");

        menus.Remove(m => m.Ordem > 10);
        Check.Equal(2, menus.GetAll().Count(), "Remove(predicate) of no match removes nothing");
        menus.Remove(menus.GetById(added[0].MenuId));
        Check.Null(menus.GetById(added[0].MenuId), "Remove(menu) removes it");
        menus.Add(new Menu { Titulo = "Sair", Link = "/sair", Ativo = true, Ordem = 9 });
        menus.Remove(m => m.Ativo);
        Check.Equal(0, menus.GetAll().Count(), "Remove(predicate) removes every match");
        menus.RemoveAll(new List<Menu>());
        menus.Dispose();
    }
}
