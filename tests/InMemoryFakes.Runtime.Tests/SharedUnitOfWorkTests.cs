using System;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>
/// <see cref="SharedUnitOfWork"/>: the fakes of one scope (repositories and a saves-only <c>IUnitOfWork</c> over one
/// <c>DbContext</c>) track their tables in one change tracker, saved as one all-or-nothing step (docs/runtime.md#unit-of-work).
/// </summary>
public class SharedUnitOfWorkTests
{
    private static FakeCore Core(string name, SharedUnitOfWork? shared, InMemoryBackend? backend = null)
        => new(new InMemoryFakeOptions { TimeProvider = new ManualClock(), SharedUnitOfWork = shared, Backend = backend }, new FakeDefaults(name));

    private static EntitySession<int, User> Users(FakeCore core, string table, bool uniqueEmail = false, bool token = false, string? savedBy = "IUnitOfWork.SaveChangesAsync")
        => core.UnitOfWork(UnitOfWorkWrites.Deferred, savedBy).Track(core.EntityTable(table, Model(token, uniqueEmail)));

    // With the comparison the generator emits beside a copy, so an entity read and not changed is not written.
    private static EntityModel<int, User> Model(bool token = false, bool uniqueEmail = false)
        => Support.UserModel(token, uniqueEmail, sameState: static (a, b) => a.Id == b.Id && a.Name == b.Name && a.Email == b.Email && a.Version == b.Version);

    // What a table stores, by value (User has no Equals of its own).
    private static string Stored(EntityTable<int, User> table)
        => string.Join("; ", table.Values().Select(static u => u.Id + " " + u.Name + " " + u.Email + " v" + u.Version));

    [Fact]
    public void Two_tables_of_two_fakes_wait_in_one_tracker_and_one_save_writes_both()
    {
        var shared = new SharedUnitOfWork();
        var customers = Users(Core("ICustomerRepository", shared), "Customer");
        var suppliers = Users(Core("ISupplierRepository", shared), "Supplier");

        customers.Add(new User { Name = "ada" });
        suppliers.Add(new User { Name = "bob" });

        Assert.True(shared.HasChanges);
        Assert.Equal(0, customers.Table.Count); // nothing is stored before the save
        Assert.Equal(0, suppliers.Table.Count);
        Assert.Equal(2, shared.SaveChanges());
        Assert.Equal("ada", Assert.Single(customers.Table.Values()).Name);
        Assert.Equal("bob", Assert.Single(suppliers.Table.Values()).Name);
        Assert.False(shared.HasChanges);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_unique_value_taken_in_either_table_writes_neither(bool failInFirst)
    {
        var shared = new SharedUnitOfWork();
        var first = Users(Core("IFirst", shared), "First", uniqueEmail: failInFirst);
        var second = Users(Core("ISecond", shared), "Second", uniqueEmail: !failInFirst);
        var failing = failInFirst ? first : second;
        failing.Table.Add(new User { Id = 1, Name = "taken", Email = "a@x" });
        var before = (Stored(first.Table), Stored(second.Table));

        first.Add(new User { Name = "ada", Email = "a@x" });
        second.Add(new User { Name = "bob", Email = "a@x" });

        Assert.Throws<DuplicateKeyException>(() => shared.SaveChanges());
        Assert.Equal(before, (Stored(first.Table), Stored(second.Table)));
        Assert.True(shared.HasChanges); // every change stays tracked, to fix and save again
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_concurrency_conflict_in_either_table_writes_neither(bool failInFirst)
    {
        var backend = new InMemoryBackend(new ManualClock());
        var shared = new SharedUnitOfWork();
        var first = Users(Core("IFirst", shared, backend), "First", token: true);
        var second = Users(Core("ISecond", shared, backend), "Second", token: true);
        first.Table.Add(new User { Id = 1, Name = "ada", Version = 1 });
        second.Table.Add(new User { Id = 1, Name = "bob", Version = 1 });
        var a = first.Get(1);
        var b = second.Get(1);
        a.Name = "ada 2";
        b.Name = "bob 2";

        // Another scope (another DbContext) changes the row one of them read.
        var otherScope = new SharedUnitOfWork();
        var other = Users(Core("IOther", otherScope, backend), failInFirst ? "First" : "Second", token: true);
        other.Get(1).Name = "theirs";
        Assert.Equal(1, otherScope.SaveChanges());
        var before = (Stored(first.Table), Stored(second.Table));

        Assert.Throws<ConcurrencyConflictException>(() => shared.SaveChanges());
        Assert.Equal(before, (Stored(first.Table), Stored(second.Table)));
    }

    [Fact]
    public void Reset_clear_and_restore_of_one_fake_discard_what_every_fake_of_the_scope_tracks()
    {
        var shared = new SharedUnitOfWork();
        var core = Core("ICustomerRepository", shared);
        var customers = Users(core, "Customer");
        var suppliers = Users(Core("ISupplierRepository", shared), "Supplier");
        var snapshot = core.Snapshot();

        suppliers.Add(new User { Name = "bob" });
        core.Reset();
        Assert.False(shared.HasChanges);

        suppliers.Add(new User { Name = "bob" });
        core.Clear();
        Assert.False(shared.HasChanges);

        suppliers.Add(new User { Name = "bob" });
        core.Restore(snapshot);
        Assert.False(shared.HasChanges);
        Assert.Equal(0, shared.SaveChanges());
        Assert.Equal(0, suppliers.Table.Count + customers.Table.Count);
    }

    [Fact]
    public void Writes_that_wait_for_another_interfaces_save_without_a_shared_tracker_are_refused_store_unchanged()
    {
        var core = Core("IPartnerRepository", shared: null);
        var partners = Users(core, "Partner");
        partners.Table.Add(new User { Id = 1, Name = "ada" });
        var before = Stored(partners.Table);

        var error = Assert.Throws<InvalidOperationException>(() => partners.Add(new User { Name = "bob" }));
        Assert.Equal(
            "IPartnerRepository: its writes wait for IUnitOfWork.SaveChangesAsync, a save on another interface, and this fake was built without a SharedUnitOfWork, "
            + "so nothing could ever save them; nothing was tracked or stored. Build it and the fake of that interface with one "
            + "new InMemoryFakeOptions { SharedUnitOfWork = new SharedUnitOfWork() } (the container's scoped registration does it per scope), "
            + "or set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)] when each write is stored at once (docs/runtime.md#unit-of-work).",
            error.Message);
        Assert.Throws<InvalidOperationException>(() => partners.Update(new User { Id = 1, Name = "changed" }));
        Assert.Throws<InvalidOperationException>(() => partners.Remove(1));
        Assert.Throws<InvalidOperationException>(() => partners.RemoveWhere(static _ => true));
        Assert.Equal("ada", partners.Get(1).Name); // reads still work
        Assert.False(core.UnitOfWork().HasChanges);
        Assert.Equal(before, Stored(partners.Table));
    }

    [Fact]
    public void A_fake_that_saves_its_own_writes_keeps_its_own_tracker_without_a_shared_one()
    {
        var core = Core("IPartners", shared: null);
        var partners = Users(core, "Partner", savedBy: null);
        partners.Add(new User { Name = "ada" });
        Assert.False(core.UnitOfWork().IsShared);
        Assert.Equal(1, core.UnitOfWork().SaveChanges());
    }

    [Fact]
    public void A_saves_only_unit_of_work_without_a_shared_tracker_has_nothing_it_could_save_and_says_so()
    {
        var core = Core("IUnitOfWork", shared: null);
        var error = Assert.Throws<InvalidOperationException>(() => core.SharedUnitOfWork("IUnitOfWork.SaveChangesAsync"));
        Assert.StartsWith("IUnitOfWork.SaveChangesAsync saves what the repositories of its scope track, and IUnitOfWork was built without a SharedUnitOfWork", error.Message, StringComparison.Ordinal);

        var shared = new SharedUnitOfWork();
        Assert.Same(shared, Core("IUnitOfWork", shared).SharedUnitOfWork("IUnitOfWork.SaveChangesAsync"));
    }

    [Fact]
    public void An_immediate_fake_in_the_scope_stores_at_once_and_the_shared_save_writes_back_what_it_read_and_changed()
    {
        var shared = new SharedUnitOfWork();
        var core = Core("IRepositoryBase", shared);
        var users = core.UnitOfWork(UnitOfWorkWrites.Immediate).Track(core.EntityTable("User", Model()));
        var added = users.Add(new User { Name = "ada" });
        Assert.Equal(1, users.Table.Count); // stored at once
        added.Name = "ada 2";
        Assert.Equal(1, shared.SaveChanges()); // the scope's save writes the change to the tracked entity
        Assert.Equal("ada 2", Assert.Single(users.Table.Values()).Name);
    }
}
