using System;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Shared and isolated backends.</summary>
public class BackendTests
{
    [Fact]
    public void Two_fakes_on_one_backend_share_an_entity_table()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var writer = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUserWriter"));
        var reader = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUserReader"));
        var written = writer.EntityTable("User", Support.UserModel());
        var read = reader.EntityTable("User", Support.UserModel());

        var ann = written.Add(new User { Name = "Ann" });

        Assert.Same(written, read);
        Assert.Equal("Ann", read.Get(ann.Id).Name);
        Assert.Equal(1, reader.Count);
        Assert.False(writer.IsIsolated);
        Assert.False(reader.IsIsolated);
        Assert.Same(backend, ((IInMemoryFake)reader).Backend);
    }

    [Fact]
    public void Two_fakes_without_a_backend_are_isolated()
    {
        var a = new FakeCore(null, new FakeDefaults("IUsers"));
        var b = new FakeCore(null, new FakeDefaults("IUsers"));
        var usersA = a.EntityTable("User", Support.UserModel());
        var usersB = b.EntityTable("User", Support.UserModel());

        usersA.Add(new User { Name = "Ann" });

        Assert.NotSame(usersA, usersB);
        Assert.Equal(0, b.Count);
        Assert.Null(usersB.Find(1));
        Assert.Equal(1, usersB.Add(new User { Name = "Bob" }).Id);
        Assert.True(a.IsIsolated);
        Assert.NotSame(a.Backend, b.Backend);
    }

    [Fact]
    public void A_shared_backend_hands_out_one_key_sequence_per_table()
    {
        var backend = new InMemoryBackend();
        var a = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IA")).EntityTable("User", Support.UserModel());
        var b = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IB")).EntityTable("User", Support.UserModel());

        Assert.Equal(1, a.Add(new User()).Id);
        Assert.Equal(2, b.Add(new User()).Id);
        Assert.Equal(3, a.Add(new User()).Id);
    }

    [Fact]
    public void Backend_Clear_of_T_clears_only_the_tables_storing_T()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var core = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IStore"));
        var users = core.EntityTable("User", Support.UserModel());
        var points = core.EntityTable("Point", new EntityModel<int, Point>(p => p.X));
        var cache = core.KeyValueTable<string, string>("cache");
        users.Add(new User { Name = "Ann" });
        points.Add(new Point(1, 1));
        cache.Set("k", "v");

        backend.Clear<User>();

        Assert.Equal(0, users.Count);
        Assert.Equal(1, points.Count);
        Assert.Equal(1, cache.Count);
        Assert.Equal(2, backend.Count);

#pragma warning disable CA2263 // the non-generic overload is the one under test here
        backend.Clear(typeof(string));
#pragma warning restore CA2263
        Assert.Equal(0, cache.Count);
        Assert.Equal(1, points.Count);
    }

    [Fact]
    public void Backend_Clear_clears_every_table_but_keeps_key_sequences()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var a = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IA"));
        var b = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IB"));
        var users = a.EntityTable("User", Support.UserModel());
        users.Add(new User { Name = "Ann" });
        b.KeyValueTable<string, string>("cache").Set("k", "v");
        b.BlobTable("files").PutText("f", "x");
        Assert.Equal(3, backend.Count);

        backend.Clear();

        Assert.Equal(0, backend.Count);
        Assert.Equal(0, a.Count);
        Assert.Equal(0, b.Count);
        Assert.Equal(3, backend.Tables.Count);
        Assert.Equal(2, users.Add(new User()).Id);
    }

    [Fact]
    public void Fakes_on_a_backend_use_its_clock_unless_their_options_name_another()
    {
        var backendClock = new ManualClock();
        var ownClock = new ManualClock(ManualClock.DefaultStartUtc.AddDays(1));
        var backend = new InMemoryBackend(backendClock);

        var onBackendClock = new FakeCore(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IA"));
        var onOwnClock = new FakeCore(new InMemoryFakeOptions { Backend = backend, TimeProvider = ownClock }, new FakeDefaults("IB"));

        Assert.Same(backendClock, onBackendClock.Clock);
        Assert.Same(ownClock, onOwnClock.Clock);
    }

    [Fact]
    public void GetOrAddTable_returns_the_same_table_for_a_name_and_creates_it_once()
    {
        var backend = new InMemoryBackend();
        var created = 0;
        KeyValueTable<string, int> Create()
        {
            created++;
            return new KeyValueTable<string, int>(new TableOptions("t"));
        }

        var first = backend.GetOrAddTable("t", Create);
        var second = backend.GetOrAddTable("t", Create);

        Assert.Same(first, second);
        Assert.Equal(1, created);
        Assert.Single(backend.Tables);
    }

    [Fact]
    public void Backend_rejects_a_null_clock_and_an_empty_table_name()
    {
        Assert.Throws<ArgumentNullException>("clock", () => new InMemoryBackend(null!));
        var backend = new InMemoryBackend();
        Assert.Throws<ArgumentException>("name", () => backend.GetOrAddTable(string.Empty, () => new KeyValueTable<string, int>(new TableOptions("t"))));
        Assert.DoesNotContain(backend.Tables, t => t.Name == "t");
    }
}
