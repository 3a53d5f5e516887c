using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// Two shapes of h-sample60's round (session 25). A parameterless save named for the entity (<c>SaveAddress()</c>) beside
/// the repository's own <c>Save()</c> saves the pending changes as that save does (bahramsh45/BestRecruitment's
/// <c>IAddressRepository</c>, both <c>SaveChanges</c>; before, "it must take one Address parameter"); alone it stays
/// refused. <c>RemoveAll(List&lt;T&gt;)</c> and <c>DeleteAll(IEnumerable&lt;T&gt;)</c> remove the entities given, as
/// <c>AddAll(list)</c> adds them (HosssDark/SGIA's <c>IRepositoryBase&lt;T&gt;</c>; before, a clear that "must take no
/// parameters"), under the same <c>MissingDelete</c> rule as any removal of several.
/// </summary>
public class EntityNamedSaveAndRemoveAllTests
{
    private const string Prelude = Sources.Usings + """
        using System.Linq;
        using V;

        """ + Refusals.CheckOpening;

    private const string Addresses = Sources.Usings + """
        using System.Linq;
        #nullable disable
        namespace V;

        public class Address
        {
            public int Id { get; set; }
            public string City { get; set; }
        }

        """;

    [Fact]
    public void A_save_named_for_the_entity_beside_the_own_save_saves_the_pending_writes()
    {
        var run = GeneratorHarness.Run(Addresses + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IAddressRepository
            {
                IQueryable<Address> GetAll();
                Address GetAddress(int AddressId);
                void AddAddress(Address candidate);
                void EditAddress(Address candidate);
                void Delete(Address entity);
                void Save();
                void SaveAddress();
                Task SaveAddressesAsync(CancellationToken ct = default);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var addresses = new InMemoryAddressRepository();
                    var home = new Address { City = "Vancouver" };
                    addresses.AddAddress(home);
                    Is(0, addresses.GetAll().Count(), "AddAddress waits for a save");
                    addresses.SaveAddress();
                    Is(1, addresses.GetAll().Count(), "SaveAddress saves the pending add");
                    Is(true, home.Id > 0, "and numbers the address, written back");

                    var read = addresses.GetAddress(home.Id);
                    read.City = "Burnaby";
                    addresses.EditAddress(read);
                    addresses.SaveAddressesAsync().GetAwaiter().GetResult();
                    Is("Burnaby", addresses.GetAddress(home.Id).City, "SaveAddressesAsync saves it");

                    addresses.Delete(addresses.GetAddress(home.Id));
                    addresses.Save();
                    Is(0, addresses.GetAll().Count(), "the own Save still saves");

                    addresses.EditAddress(new Address { Id = 99, City = "Nowhere" });
                    Throws<ConcurrencyConflictException>(() => addresses.SaveAddress(), null, "SaveAddress checks what it saves as Save does: an edit of an address not stored fails");
                    Is(0, addresses.GetAll().Count(), "and writes nothing");
                }
            }
            """);
    }

    [Fact]
    public void A_save_named_for_the_entity_is_refused_alone_or_when_it_takes_something_or_names_another_noun()
    {
        var alone = GeneratorHarness.Run(Addresses + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IAddressRepository
            {
                Address GetAddress(int AddressId);
                void AddAddress(Address candidate);
                void SaveAddress();
            }
            """);
        Refusals.Exactly(alone, ("SaveAddress", "it must take one Address parameter"));

        var other = GeneratorHarness.Run(Addresses + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
            public interface IAddressRepository
            {
                Address GetAddress(int AddressId);
                void AddAddress(Address candidate);
                void Save();
                void SaveCandidate();
                void SaveAddressLog(string note);
            }
            """);
        Refusals.Exactly(other, ("SaveCandidate", "SaveCandidate"), ("SaveAddressLog", "SaveAddressLog"));
    }

    private const string Menus = Sources.Usings + """
        using System.Linq;
        #nullable disable
        namespace V;

        public class Menu
        {
            [System.ComponentModel.DataAnnotations.Key]
            public int MenuId { get; set; }
            public string Titulo { get; set; }
        }

        """;

    [Fact]
    public void RemoveAll_of_a_list_of_entities_removes_those_given_and_follows_MissingDelete()
    {
        var run = GeneratorHarness.Run(Menus + """
            [InMemoryFake(MissingKeyReads = MissingKeyRead.Default, MissingDelete = MissingDelete.NotFound)]
            public interface IMenuRepository
            {
                IEnumerable<Menu> GetAll();
                Menu GetById(int Id);
                List<Menu> AddAll(List<Menu> List);
                void RemoveAll(List<Menu> List);
            }
            """);

        Assertions.Clean(run);
        BehaviourCheck.Run(run, Prelude + """
                public static void Run()
                {
                    var menus = new InMemoryMenuRepository();
                    var added = menus.AddAll(new List<Menu> { new Menu { Titulo = "a" }, new Menu { Titulo = "b" }, new Menu { Titulo = "c" } });
                    menus.RemoveAll(new List<Menu> { added[0], added[1] });
                    Is("c", string.Join(",", menus.GetAll().Select(m => m.Titulo)), "RemoveAll removes the menus given, not every menu");
                    Throws<NotFoundException>(() => menus.RemoveAll(new List<Menu> { added[2], new Menu { MenuId = 99 } }), null, "under NotFound a menu not stored is the not-found error");
                    Is(1, menus.GetAll().Count(), "and none is removed");
                    Throws<ArgumentNullException>(() => menus.RemoveAll(null), "List", "a null list names the argument");
                    menus.RemoveAll(new List<Menu>());
                    Is(1, menus.GetAll().Count(), "an empty list removes nothing");
                }
            }
            """);
    }

    [Fact]
    public void DeleteAll_of_entities_under_Ignore_skips_missing_ones_and_unstated_is_refused_while_a_bare_RemoveAll_still_clears()
    {
        var ignore = GeneratorHarness.Run(Menus + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IMenuRepository
            {
                IEnumerable<Menu> GetAll();
                Menu Add(Menu menu);
                Task DeleteAllAsync(IEnumerable<Menu> menus, CancellationToken ct = default);
                void RemoveAll();
            }
            """);

        Assertions.Clean(ignore);
        BehaviourCheck.Run(ignore, Prelude + """
                public static void Run()
                {
                    var menus = new InMemoryMenuRepository();
                    var a = menus.Add(new Menu { Titulo = "a" });
                    var b = menus.Add(new Menu { Titulo = "b" });
                    menus.Add(new Menu { Titulo = "c" });
                    menus.DeleteAllAsync(new[] { a, new Menu { MenuId = 99 } }).GetAwaiter().GetResult();
                    Is("b,c", string.Join(",", menus.GetAll().Select(m => m.Titulo)), "DeleteAllAsync removes the menus given and skips one not stored");
                    menus.RemoveAll();
                    Is(0, menus.GetAll().Count(), "RemoveAll() with no parameters still removes every menu");
                }
            }
            """);

        var unstated = GeneratorHarness.Run(Menus + """
            [InMemoryFake]
            public interface IMenuRepository
            {
                IEnumerable<Menu> GetAll();
                Menu Add(Menu menu);
                void RemoveAll(List<Menu> List);
            }
            """);
        Refusals.Exactly(unstated, ("RemoveAll", "MissingDelete"));
    }
}
