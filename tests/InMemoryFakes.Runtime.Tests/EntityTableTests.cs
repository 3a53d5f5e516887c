using System;
using System.Collections.Generic;
using System.Linq;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Entity tables: database-like keys, generated keys, all-or-nothing batches, concurrency tokens, unique constraints, error mapping.</summary>
public class EntityTableTests
{
    private static List<(int Id, string Name, string? Email, int Version)> Rows(EntityTable<int, User> users)
        => users.Values().Select(u => (u.Id, u.Name, u.Email, u.Version)).ToList();

    [Fact]
    public void Add_of_a_duplicate_key_throws_DuplicateKeyException_and_leaves_the_store_unchanged()
    {
        var users = Support.Users();
        users.Add(new User { Id = 1, Name = "Ann" });
        var before = Rows(users);
        var info = users.Inspect();

        var ex = Assert.Throws<DuplicateKeyException>(() => users.Add(new User { Id = 1, Name = "Impostor" }));

        Assert.Contains("users", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'1'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Key);
        Assert.Null(ex.Constraint);
        Assert.Equal(before, Rows(users));
        Assert.Equal(info, users.Inspect());
    }

    [Fact]
    public void Update_of_a_missing_entity_throws_NotFoundException_naming_store_and_key()
    {
        var users = Support.Users();
        users.Add(new User { Name = "Ann" });
        var before = Rows(users);

        var ex = Assert.Throws<NotFoundException>(() => users.Update(new User { Id = 42, Name = "Ghost" }));

        Assert.IsAssignableFrom<KeyNotFoundException>(ex);
        Assert.Contains("users", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'42'", ex.Message, StringComparison.Ordinal);
        Assert.Equal("users", ex.StoreName);
        Assert.Equal(42, ex.Key);
        Assert.Equal(before, Rows(users));
    }

    [Fact]
    public void Get_of_a_missing_key_throws_NotFoundException_and_Find_returns_null()
    {
        var users = Support.Users();

        Assert.Throws<NotFoundException>(() => users.Get(7));
        Assert.Null(users.Find(7));
    }

    [Fact]
    public void Update_replaces_the_entity_and_bumps_its_version()
    {
        var users = Support.Users();
        var ann = users.Add(new User { Name = "Ann" });

        users.Update(new User { Id = ann.Id, Name = "Ann B" });

        Assert.Equal("Ann B", users.Get(ann.Id).Name);
        Assert.Equal(2, users.Inspect(ann.Id)!.Version);
    }

    [Fact]
    public void Upsert_creates_then_replaces()
    {
        var users = Support.Users();

        Assert.Equal(WriteOutcome.Created, users.Upsert(new User { Name = "Ann" }, out var saved));
        Assert.Equal(1, saved.Id);
        Assert.Equal(WriteOutcome.Replaced, users.Upsert(new User { Id = 1, Name = "Ann B" }));
        Assert.Equal(new[] { "Ann B" }, users.Values().Select(u => u.Name));
    }

    [Fact]
    public void RemoveEntity_and_Remove_delete_by_key()
    {
        var users = Support.Users();
        var ann = users.Add(new User { Name = "Ann" });
        var bob = users.Add(new User { Name = "Bob" });

        Assert.True(users.RemoveEntity(ann));
        Assert.False(users.RemoveEntity(ann));
        Assert.True(users.Remove(bob.Id));
        Assert.Equal(0, users.Count);
    }

    // ---- generated keys ----

    [Fact]
    public void Generated_int_keys_are_1_2_3_and_set_on_the_added_instance()
    {
        var users = Support.Users();
        var ann = new User { Name = "Ann" };

        var added = users.Add(ann);

        Assert.Same(ann, added);
        Assert.Equal(1, ann.Id);
        Assert.Equal(2, users.Add(new User()).Id);
        Assert.Equal(3, users.Add(new User()).Id);
        Assert.Equal(new[] { 1, 2, 3 }, users.Keys());
    }

    [Fact]
    public void An_explicit_key_makes_the_next_generated_key_follow_it()
    {
        var users = Support.Users();
        users.Add(new User());
        users.Add(new User { Id = 10 });

        Assert.Equal(11, users.Add(new User()).Id);
        users.Add(new User { Id = 5 });
        Assert.Equal(12, users.Add(new User()).Id);
    }

    private sealed class LongItem
    {
        public long Id { get; set; }
    }

    private sealed class GuidItem
    {
        public Guid Id { get; set; }
    }

    [Fact]
    public void Generated_long_keys_count_up_from_one()
    {
        var table = new EntityTable<long, LongItem>(new TableOptions("items"), new EntityModel<long, LongItem>(i => i.Id)
        {
            WithKey = (i, k) =>
            {
                i.Id = k;
                return i;
            },
            GenerateKeys = true,
        });

        Assert.Equal(1L, table.Add(new LongItem()).Id);
        Assert.Equal(2L, table.Add(new LongItem()).Id);
        table.Add(new LongItem { Id = 3_000_000_000 });
        Assert.Equal(3_000_000_001, table.Add(new LongItem()).Id);
    }

    [Fact]
    public void Generated_guid_keys_are_new_and_distinct()
    {
        var table = new EntityTable<Guid, GuidItem>(new TableOptions("items"), new EntityModel<Guid, GuidItem>(i => i.Id)
        {
            WithKey = (i, k) =>
            {
                i.Id = k;
                return i;
            },
            GenerateKeys = true,
        });

        var a = table.Add(new GuidItem()).Id;
        var b = table.Add(new GuidItem()).Id;

        Assert.NotEqual(Guid.Empty, a);
        Assert.NotEqual(a, b);
        Assert.Equal(2, table.Count);
    }

    [Fact]
    public void Generated_keys_work_with_immutable_records_through_WithKey()
    {
        var table = new EntityTable<int, Point>(new TableOptions("points"), new EntityModel<int, Point>(p => p.X)
        {
            WithKey = (p, k) => p with { X = k },
            GenerateKeys = true,
            IsImmutable = true,
        });

        var added = table.Add(new Point(0, 7));

        Assert.Equal(new Point(1, 7), added);
        Assert.Equal(new Point(1, 7), table.Find(1));
    }

    [Fact]
    public void Without_GenerateKeys_a_zero_key_is_stored_as_zero()
    {
        var table = new EntityTable<int, User>(new TableOptions("users"), Support.UserModel(generateKeys: false));

        Assert.Equal(0, table.Add(new User()).Id);
        Assert.Throws<DuplicateKeyException>(() => table.Add(new User()));
    }

    // ---- AddRange ----

    [Fact]
    public void AddRange_adds_all_entities_with_generated_keys()
    {
        var users = Support.Users();

        var added = users.AddRange(new[] { new User { Name = "a" }, new User { Name = "b" } });

        Assert.Equal(new[] { 1, 2 }, added.Select(u => u.Id));
        Assert.Equal(2, users.Count);
    }

    [Fact]
    public void AddRange_is_all_or_nothing_and_restores_the_key_sequence()
    {
        var users = Support.Users(uniqueEmail: true);
        users.Add(new User { Name = "existing", Email = "x@example.com" });
        var before = Rows(users);

        Assert.Throws<DuplicateKeyException>(() => users.AddRange(new[]
        {
            new User { Name = "a" },
            new User { Name = "b" },
            new User { Name = "c", Email = "x@example.com" },
        }));

        Assert.Equal(before, Rows(users));
        Assert.Equal(2, users.Add(new User { Name = "next" }).Id);
    }

    [Fact]
    public void AddRange_refuses_a_key_repeated_within_the_batch_and_stores_nothing()
    {
        var users = Support.Users();

        Assert.Throws<DuplicateKeyException>(() => users.AddRange(new[] { new User { Id = 5 }, new User { Id = 6 }, new User { Id = 5 } }));

        Assert.Equal(0, users.Count);
    }

    [Fact]
    public void AddRange_that_exceeds_the_quota_stores_nothing()
    {
        var users = Support.Users(new TableOptions("users") { Quota = new Quota(maxEntries: 2) });
        users.Add(new User { Name = "existing" });

        Assert.Throws<QuotaExceededException>(() => users.AddRange(new[] { new User(), new User() }));

        Assert.Equal(new[] { "existing" }, users.Values().Select(u => u.Name));
    }

    // ---- concurrency token ----

    [Fact]
    public void A_stale_update_throws_ConcurrencyConflictException_and_leaves_the_store_unchanged()
    {
        var users = Support.Users(token: true);
        var ann = users.Add(new User { Name = "Ann" });
        var first = users.Get(ann.Id);
        var second = users.Get(ann.Id);
        first.Name = "first writer";
        users.Update(first);
        var before = Rows(users);
        var info = users.Inspect();

        second.Name = "second writer";
        var ex = Assert.Throws<ConcurrencyConflictException>(() => users.Update(second));

        Assert.Contains("users", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ann.Id, ex.Key);
        Assert.Equal(before, Rows(users));
        Assert.Equal(info, users.Inspect());
    }

    [Fact]
    public void A_good_update_bumps_the_concurrency_token()
    {
        var users = Support.Users(token: true);
        var ann = users.Add(new User { Name = "Ann" });
        Assert.Equal(0, users.Get(ann.Id).Version);

        var copy = users.Get(ann.Id);
        copy.Name = "Ann B";
        var saved = users.Update(copy);

        Assert.Equal(1, saved.Version);
        Assert.Equal(1, users.Get(ann.Id).Version);
        var next = users.Get(ann.Id);
        users.Update(next);
        Assert.Equal(2, users.Get(ann.Id).Version);
    }

    [Fact]
    public void RemoveEntity_with_a_stale_token_throws_and_removes_nothing()
    {
        var users = Support.Users(token: true);
        var stale = users.Get(users.Add(new User { Name = "Ann" }).Id);
        users.Update(users.Get(stale.Id));

        Assert.Throws<ConcurrencyConflictException>(() => users.RemoveEntity(stale));

        Assert.Equal(1, users.Count);
        Assert.True(users.RemoveEntity(users.Get(stale.Id)));
    }

    [Fact]
    public void Upsert_of_an_existing_entity_checks_the_token()
    {
        var users = Support.Users(token: true);
        var ann = users.Add(new User { Name = "Ann" });
        var stale = users.Get(ann.Id);
        users.Update(users.Get(ann.Id));

        Assert.Throws<ConcurrencyConflictException>(() => users.Upsert(stale));
        Assert.Equal(1, users.Get(ann.Id).Version);
    }

    [Fact]
    public void Mapped_conflict_error_throws_the_users_type()
    {
        var users = Support.Users(new TableOptions("users") { Errors = new FakeErrors { Conflict = m => new TimeoutException(m) } }, token: true);
        var stale = users.Get(users.Add(new User()).Id);
        users.Update(users.Get(stale.Id));

        Assert.Throws<TimeoutException>(() => users.Update(stale));
    }

    // ---- unique constraints ----

    [Fact]
    public void A_unique_constraint_rejects_a_duplicate_value_on_add_and_update()
    {
        var users = Support.Users(uniqueEmail: true);
        users.Add(new User { Name = "Ann", Email = "ann@example.com" });
        var bob = users.Add(new User { Name = "Bob", Email = "bob@example.com" });
        var before = Rows(users);

        var onAdd = Assert.Throws<DuplicateKeyException>(() => users.Add(new User { Name = "Ann 2", Email = "ann@example.com" }));
        Assert.Throws<DuplicateKeyException>(() => users.Update(new User { Id = bob.Id, Name = "Bob", Email = "ann@example.com" }));

        Assert.Equal("Email", onAdd.Constraint);
        Assert.Contains("ann@example.com", onAdd.Message, StringComparison.Ordinal);
        Assert.Equal(before, Rows(users));
        Assert.Equal(3, users.Add(new User { Name = "Cid", Email = "cid@example.com" }).Id);
    }

    [Fact]
    public void A_unique_constraint_allows_an_entity_to_keep_its_own_value_and_ignores_nulls()
    {
        var users = Support.Users(uniqueEmail: true);
        var ann = users.Add(new User { Name = "Ann", Email = "ann@example.com" });

        users.Update(new User { Id = ann.Id, Name = "Ann B", Email = "ann@example.com" });
        users.Add(new User { Name = "no email" });
        users.Add(new User { Name = "no email either" });

        Assert.Equal(3, users.Count);
    }

    [Fact]
    public void A_unique_value_freed_by_remove_can_be_taken_again()
    {
        var users = Support.Users(uniqueEmail: true);
        var ann = users.Add(new User { Email = "a@example.com" });
        users.Remove(ann.Id);

        users.Add(new User { Email = "a@example.com" });

        Assert.Equal(1, users.Count);
    }

    // ---- error mapping ----

    [Fact]
    public void Mapped_not_found_error_throws_the_users_exception_type_with_the_message()
    {
        var users = Support.Users(new TableOptions("users") { Errors = new FakeErrors { NotFound = m => new MyNotFoundException(m) } });

        var ex = Assert.Throws<MyNotFoundException>(() => users.Update(new User { Id = 3 }));
        Assert.Throws<MyNotFoundException>(() => users.Get(3));

        Assert.Contains("users", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'3'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mapped_duplicate_error_through_FakeDefaults_throws_the_users_exception_type()
    {
        var core = new FakeCore(null, new FakeDefaults("IUserRepository") { Errors = new FakeErrors { Duplicate = m => new MyDuplicateException(m) } });
        var users = core.EntityTable("User", Support.UserModel(uniqueEmail: true));
        users.Add(new User { Id = 1, Email = "a@example.com" });

        Assert.Throws<MyDuplicateException>(() => users.Add(new User { Id = 1 }));
        Assert.Throws<MyDuplicateException>(() => users.Add(new User { Id = 2, Email = "a@example.com" }));
        Assert.Equal(1, users.Count);
    }

    [Fact]
    public void Entity_tables_with_a_string_key_use_ordinal_comparison()
    {
        var table = new EntityTable<string, Box>(new TableOptions("boxes"), new EntityModel<string, Box>(b => b.Label));
        table.Add(new Box { Label = "a" });

        table.Add(new Box { Label = "A" });

        Assert.Equal(2, table.Count);
        Assert.Null(table.Find("b"));
    }
}
