using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>A mutable entity with unique, composite-unique and indexed properties (a record, so states compare by value).</summary>
public sealed record Member
{
    public int Id { get; set; }

    public string? Email { get; set; }

    public string? Team { get; set; }

    public int Level { get; set; }

    public string? Tenant { get; set; }

    public string? Code { get; set; }

    public Member Copy() => this with { };

    public override string ToString() => $"#{Id} {Email} {Team} {Level} {Tenant}/{Code}";
}

/// <summary>
/// Secondary and unique indexes: uniqueness is enforced atomically (also under concurrent writers), and every index
/// agrees with a full scan after any sequence of add, update, upsert, delete, expiry, eviction, reset and restore.
/// </summary>
public class IndexTests
{
    private static readonly string?[] Emails = { null, "a@x", "b@x", "c@x", "d@x", "" };
    private static readonly string?[] Teams = { null, "red", "blue", "green", "" };
    private static readonly string?[] Tenants = { null, "t1", "t2" };
    private static readonly string?[] Codes = { null, "c1", "c2" };

    public static EntityModel<int, Member> MemberModel() => new(static m => m.Id)
    {
        KeyName = "Id",
        WithKey = static (m, k) =>
        {
            m.Id = k;
            return m;
        },
        GenerateKeys = true,
        DeepCopy = static m => m.Copy(),
        UniqueConstraints = new[]
        {
            new UniqueConstraint<Member>("Email", static m => m.Email) { Property = "Email" },
            new UniqueConstraint<Member>("tenant-code", static m => m.Tenant is null || m.Code is null ? null : (object?)(m.Tenant, m.Code)),
        },
        Indexes = new[]
        {
            new EntityIndex<Member>("Team", static m => m.Team) { Property = "Team" },
            new EntityIndex<Member>("Level", static m => m.Level) { Property = "Level" },
        },
    };

    private static EntityTable<int, Member> Members(ManualClock? clock = null, Quota? quota = null, Expiration expiration = default)
        => new(new TableOptions("members") { Clock = clock ?? new ManualClock(), Quota = quota ?? Quota.None, DefaultExpiration = expiration }, MemberModel());

    private static List<int> Ids(IEnumerable<Member> members) => members.Select(static m => m.Id).ToList();

    [Fact]
    public void A_unique_value_is_refused_with_the_duplicate_error_naming_the_constraint_and_the_store_is_unchanged()
    {
        var members = Members();
        members.Add(new Member { Email = "a@x", Team = "red" });
        members.Add(new Member { Email = "b@x", Team = "red" });
        var before = Support.State(members);

        var add = Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Email = "a@x" }));
        var update = Assert.Throws<DuplicateKeyException>(() => members.Update(new Member { Id = 2, Email = "a@x" }));
        var upsert = Assert.Throws<DuplicateKeyException>(() => members.Upsert(new Member { Id = 9, Email = "b@x" }));

        Assert.Equal("Email", add.Constraint);
        Assert.Equal("a@x", add.Key);
        Assert.Equal("Email", update.Constraint);
        Assert.Equal("b@x", upsert.Key);
        Support.AssertUnchanged(before, members);
        Assert.Null(members.VerifyIndexes());

        // A refused add does not use up a generated key.
        Assert.Equal(3, members.Add(new Member { Email = "c@x" }).Id);
    }

    [Fact]
    public void An_entity_may_keep_its_own_unique_value_and_null_values_are_not_constrained()
    {
        var members = Members();
        var ann = members.Add(new Member { Email = "a@x" });
        members.Add(new Member { Email = null });
        members.Add(new Member { Email = null });

        ann.Team = "blue";
        members.Update(ann);
        members.Upsert(ann);

        Assert.Equal(3, members.Count);
        Assert.Equal(2, members.QueryCount(static m => m.Email is null, new IndexProbe("Email", null)));
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void A_freed_unique_value_can_be_taken_again()
    {
        var members = Members();
        var ann = members.Add(new Member { Email = "a@x" });
        ann.Email = "other@x";
        members.Update(ann);
        members.Add(new Member { Email = "a@x" });
        members.Remove(ann.Id);
        members.Add(new Member { Email = "other@x" });

        Assert.Equal(new[] { "a@x", "other@x" }, members.Values().Select(static m => m.Email));
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void A_composite_unique_group_refuses_a_repeated_combination_and_ignores_combinations_with_a_null_part()
    {
        var members = Members();
        members.Add(new Member { Tenant = "t1", Code = "c1" });
        members.Add(new Member { Tenant = "t1", Code = "c2" });
        members.Add(new Member { Tenant = "t2", Code = "c1" });
        members.Add(new Member { Tenant = "t1", Code = null });
        members.Add(new Member { Tenant = "t1", Code = null });
        members.Add(new Member { Tenant = null, Code = "c1" });
        var before = Support.State(members);

        var error = Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Tenant = "t2", Code = "c1" }));

        Assert.Equal("tenant-code", error.Constraint);
        Assert.Equal(("t2", "c1"), error.Key);
        Support.AssertUnchanged(before, members);
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void An_expired_holder_does_not_block_its_unique_value_even_before_the_sweep()
    {
        var clock = new ManualClock();
        var members = new EntityTable<int, Member>(
            new TableOptions("members") { Clock = new TimersNeverFire(clock), DefaultExpiration = Expiration.After(TimeSpan.FromSeconds(10)) },
            MemberModel());
        var evicted = new List<EntryEvictedEventArgs>();
        members.EntryEvicted += (_, args) => evicted.Add(args);
        members.Add(new Member { Email = "a@x" });

        clock.Advance(TimeSpan.FromSeconds(10));
        var again = members.Add(new Member { Email = "a@x" });

        Assert.Equal(2, again.Id);
        Assert.Equal(new[] { 2 }, Ids(members.Values()));
        Assert.Equal(EvictionReason.Expired, Assert.Single(evicted).Reason);
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void A_refused_unique_write_evicts_nothing_under_an_eviction_quota()
    {
        var members = Members(quota: new Quota(maxEntries: 2, policy: QuotaPolicy.EvictOldest));
        members.Add(new Member { Email = "a@x" });
        members.Add(new Member { Email = "b@x" });
        var before = Support.State(members);

        Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Email = "b@x" }));

        Support.AssertUnchanged(before, members);

        // Not even the value of the entry that eviction would remove: the unique check comes before any eviction.
        Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Email = "a@x" }));
        Support.AssertUnchanged(before, members);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Concurrent_writers_never_admit_a_duplicate_unique_value(int writers)
    {
        const int Values = 64;
        const int Rounds = 25;
        for (var round = 0; round < Rounds; round++)
        {
            var members = Members();
            using var start = new Barrier(writers);
            var wins = new int[Values];
            var tasks = Enumerable.Range(0, writers).Select(writer => Task.Run(() =>
            {
                start.SignalAndWait();
                for (var i = 0; i < Values; i++)
                {
                    // Every writer goes through the values in its own order, with its own keys.
                    var value = ((i * ((2 * writer) + 1)) + (3 * writer)) % Values;
                    try
                    {
                        if (writer % 2 == 0)
                        {
                            members.Add(new Member { Id = 1 + (writer * Values) + value, Email = "v" + value });
                        }
                        else
                        {
                            members.Upsert(new Member { Id = 1 + (writer * Values) + value, Email = "v" + value });
                        }

                        Interlocked.Increment(ref wins[value]);
                    }
                    catch (DuplicateKeyException error)
                    {
                        Assert.Equal("Email", error.Constraint);
                    }
                }
            })).ToArray();
            await Task.WhenAll(tasks);

            Assert.All(wins, static count => Assert.Equal(1, count));
            var emails = members.Values().Select(static m => m.Email).ToList();
            Assert.Equal(Values, emails.Count);
            Assert.Equal(Values, emails.Distinct().Count());
            Assert.Null(members.VerifyIndexes());
        }
    }

    [Fact]
    public async Task Concurrent_updates_that_swap_unique_values_keep_them_unique()
    {
        var members = Members();
        for (var i = 0; i < 16; i++)
        {
            members.Add(new Member { Email = "v" + i });
        }

        var tasks = Enumerable.Range(0, 4).Select(writer => Task.Run(() =>
        {
            var random = new Random(writer);
            for (var i = 0; i < 2_000; i++)
            {
                try
                {
                    members.Update(new Member { Id = 1 + random.Next(16), Email = "v" + random.Next(24) });
                }
                catch (DuplicateKeyException)
                {
                }
            }
        })).ToArray();
        await Task.WhenAll(tasks);

        var emails = members.Values().Select(static m => m.Email).ToList();
        Assert.Equal(16, emails.Count);
        Assert.Equal(16, emails.Distinct().Count());
        Assert.Null(members.VerifyIndexes());
    }

    /// <summary>
    /// Random operation sequences over tables with TTL and eviction quotas: after every step, every index holds exactly the
    /// table's entries, each index lookup returns what a full scan returns (same entities, same order), and unique values
    /// are unique among live entities.
    /// </summary>
    [Fact]
    public void Indexes_agree_with_a_full_scan_after_random_operation_sequences()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            try
            {
                RunSequence(seed);
            }
            catch (Exception error)
            {
                throw new InvalidOperationException($"Index sequence failed at seed {seed}: {error.Message}", error);
            }
        }
    }

    private static void RunSequence(int seed)
    {
        var random = new Random(seed);
        var clock = new ManualClock();
        var options = new InMemoryFakeOptions
        {
            TimeProvider = clock,
            MaxEntries = (seed % 4) switch { 2 or 3 => 6, _ => null },
            QuotaPolicy = (seed % 4) switch { 2 => QuotaPolicy.EvictOldest, 3 => QuotaPolicy.EvictLeastRecentlyUsed, _ => null },
            DefaultTimeToLive = seed % 2 == 1 ? TimeSpan.FromSeconds(5) : null,
        };
        var core = new FakeCore(options, new FakeDefaults("members"));
        var members = core.EntityTable("Member", MemberModel());
        FakeSnapshot? snapshot = null;
        T? Pick<T>(T?[] values) => values[random.Next(values.Length)];
        Member NextMember() => new()
        {
            Id = random.Next(3) == 0 ? 0 : 1 + random.Next(12),
            Email = Pick(Emails),
            Team = Pick(Teams),
            Level = random.Next(4),
            Tenant = Pick(Tenants),
            Code = Pick(Codes),
        };

        for (var step = 0; step < 80; step++)
        {
            try
            {
                switch (random.Next(14))
                {
                    case 0 or 1 or 2:
                        members.Add(NextMember());
                        break;
                    case 3 or 4:
                        var update = NextMember();
                        update.Id = update.Id == 0 ? 1 + random.Next(12) : update.Id;
                        members.Update(update);
                        break;
                    case 5 or 6:
                        members.Upsert(NextMember());
                        break;
                    case 7:
                        members.Remove(1 + random.Next(12));
                        break;
                    case 8:
                        var team = Pick(Teams);
                        members.QueryDelete(team, static (m, t) => m.Team == t, new IndexProbe("Team", team));
                        break;
                    case 9:
                        clock.Advance(TimeSpan.FromSeconds(random.Next(4)));
                        break;
                    case 10:
                        if (snapshot is null || random.Next(2) == 0)
                        {
                            snapshot = core.Snapshot();
                        }
                        else
                        {
                            core.Restore(snapshot);
                        }

                        break;
                    case 11:
                        members.Get(1 + random.Next(12));
                        break;
                    case 12:
                        if (random.Next(4) == 0)
                        {
                            core.Reset();
                            snapshot = null;
                        }
                        else
                        {
                            members.Expire(1 + random.Next(12), Expiration.After(TimeSpan.FromSeconds(1 + random.Next(3))));
                        }

                        break;
                    default:
                        members.Clear();
                        break;
                }
            }
            catch (DuplicateKeyException)
            {
            }
            catch (NotFoundException)
            {
            }
            catch (QuotaExceededException)
            {
            }

            AssertIndexesExact(members);
        }
    }

    private static void AssertIndexesExact(EntityTable<int, Member> members)
    {
        Assert.Null(members.VerifyIndexes());
        var live = members.Values();
        foreach (var team in Teams)
        {
            Assert.Equal(Ids(live.Where(m => m.Team == team)), Ids(members.Query(team, static (m, t) => m.Team == t, new IndexProbe("Team", team))));
        }

        for (var level = 0; level < 4; level++)
        {
            Assert.Equal(Ids(live.Where(m => m.Level == level)), Ids(members.Query(level, static (m, l) => m.Level == l, new IndexProbe("Level", level))));
        }

        foreach (var email in Emails)
        {
            var expected = Ids(live.Where(m => m.Email == email));
            Assert.Equal(expected, Ids(members.Query(email, static (m, e) => m.Email == e, new IndexProbe("Email", email))));
            if (email is not null)
            {
                Assert.True(expected.Count <= 1, "Email " + email + " is held by " + expected.Count);
            }
        }

        var pairs = live.Where(static m => m.Tenant is not null && m.Code is not null).Select(static m => (m.Tenant, m.Code)).ToList();
        Assert.Equal(pairs.Count, pairs.Distinct().Count());
    }

    [Fact]
    public void An_index_probe_returns_matches_in_insertion_order_after_removals_and_re_adds()
    {
        var members = Members();
        for (var i = 1; i <= 10; i++)
        {
            members.Add(new Member { Id = i, Team = "red" });
        }

        members.Remove(3);
        members.Remove(7);
        members.Add(new Member { Id = 3, Team = "red" });
        members.Update(new Member { Id = 5, Team = "blue" });
        members.Update(new Member { Id = 5, Team = "red" });

        var expected = new[] { 1, 2, 4, 5, 6, 8, 9, 10, 3 };
        Assert.Equal(expected, Ids(members.Query(static m => m.Team == "red", new IndexProbe("Team", "red"))));
        Assert.Equal(expected, Ids(members.Query(static m => m.Team == "red")));
    }

    [Fact]
    public void A_probe_on_a_property_without_an_index_falls_back_to_a_scan()
    {
        var members = Members();
        members.Add(new Member { Code = "x" });
        members.Add(new Member { Code = "y" });

        Assert.Equal(new[] { 2 }, Ids(members.Query(static m => m.Code == "y", new IndexProbe("Code", "y"))));
    }

    [Fact]
    public void Query_orders_stably_then_makes_distinct_then_limits_then_pages()
    {
        var members = Members();
        var levels = new[] { 2, 1, 2, 3, 1, 2 };
        foreach (var level in levels)
        {
            members.Add(new Member { Level = level });
        }

        var byLevelDesc = EntityOrder<Member>.By(static m => m.Level, descending: true);
        Assert.Equal(new[] { 4, 1, 3, 6, 2, 5 }, Ids(members.Query(null, order: byLevelDesc)));
        Assert.Equal(new[] { 4, 1, 3 }, Ids(members.Query(null, order: byLevelDesc, limit: 3)));
        Assert.Equal(new[] { 3, 6 }, Ids(members.Query(null, order: byLevelDesc, page: new PageRequest(2, 2))));

        var page = members.QueryPage(static m => m.Level > 1, new PageRequest(1, 2), order: byLevelDesc, limit: 3);
        Assert.Equal(new[] { 1, 3 }, Ids(page));
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasPreviousPage);
        Assert.False(page.HasNextPage);
        Assert.Equal(2, page.TotalPages);
    }

    [Fact]
    public void Distinct_drops_entities_equal_to_an_earlier_match()
    {
        var points = new EntityTable<int, Scored>(new TableOptions("points"), new EntityModel<int, Scored>(static s => s.Id) { IsImmutable = true });
        points.Add(new Scored(1, "a"));
        points.Add(new Scored(2, "b"));
        points.Add(new Scored(3, "a"));

        Assert.Equal(new[] { 1, 2 }, points.Query(null, distinct: true).Select(static s => s.Id));
        Assert.Equal(2, points.QueryCount(null, distinct: true));
        Assert.Equal(3, points.QueryCount(null));
    }

    [Fact]
    public void Query_delete_first_removes_only_the_first_match_in_insertion_order_through_an_index_or_a_scan()
    {
        var members = Members();
        for (var i = 0; i < 6; i++)
        {
            members.Add(new Member { Level = i % 2, Team = "red" });
        }

        Assert.Equal(1, members.QueryDeleteFirst(0, static (m, l) => m.Level == l, new IndexProbe("Level", 0)));
        Assert.Equal(new[] { 2, 3, 4, 5, 6 }, members.Query(null).Select(static m => m.Id));
        Assert.Equal(1, members.QueryDeleteFirst(static m => m.Team == "red"));
        Assert.Equal(new[] { 3, 4, 5, 6 }, members.Query(null).Select(static m => m.Id));
        Assert.Equal(0, members.QueryDeleteFirst(static m => m.Team == "blue"));
        Assert.Equal(4, members.Count);
    }

    [Fact]
    public void Query_delete_removes_every_match_atomically_and_count_exists_see_it()
    {
        var members = Members();
        for (var i = 0; i < 20; i++)
        {
            members.Add(new Member { Level = i % 3, Team = i % 2 == 0 ? "red" : "blue" });
        }

        Assert.True(members.QueryExists(1, static (m, l) => m.Level == l, new IndexProbe("Level", 1)));
        Assert.Equal(7, members.QueryDelete(0, static (m, l) => m.Level == l, new IndexProbe("Level", 0)));
        Assert.False(members.QueryExists(0, static (m, l) => m.Level == l));
        Assert.Equal(13, members.Count);
        Assert.Equal(0, members.QueryCount(0, static (m, l) => m.Level == l, new IndexProbe("Level", 0)));
        Assert.Null(members.VerifyIndexes());
    }

    [Fact]
    public void Queries_skip_expired_entities_and_return_copies()
    {
        var clock = new ManualClock();
        var members = new EntityTable<int, Member>(
            new TableOptions("members") { Clock = new TimersNeverFire(clock), DefaultExpiration = Expiration.After(TimeSpan.FromSeconds(5)) },
            MemberModel());
        members.Add(new Member { Team = "red" });
        clock.Advance(TimeSpan.FromSeconds(1));
        members.Add(new Member { Team = "red" });
        clock.Advance(TimeSpan.FromSeconds(4));

        var found = members.Query(static m => m.Team == "red", new IndexProbe("Team", "red"));
        Assert.Equal(new[] { 2 }, Ids(found));
        found[0].Team = "mutated";
        Assert.Equal("red", members.Get(2).Team);
        Assert.False(members.TryQueryFirst(static m => m.Id == 1, out _));
    }

    [Fact]
    public void Paging_arguments_are_validated_with_the_callers_parameter_names()
    {
        var offset = -1;
        var limit = 5;
        Assert.Equal("offset", Assert.Throws<ArgumentOutOfRangeException>(() => PageRequest.Of(offset, limit)).ParamName);
        Assert.Equal("limit", Assert.Throws<ArgumentOutOfRangeException>(() => PageRequest.Of(0, -limit, "offset", "limit")).ParamName);
        Assert.Equal("page", Assert.Throws<ArgumentOutOfRangeException>(() => PageRequest.OfPage(0, 10, "page", "page")).ParamName);
        var pageIndex = -1;
        Assert.Equal("pageIndex", Assert.Throws<ArgumentOutOfRangeException>(() => PageRequest.OfPageIndex(pageIndex, 10)).ParamName);
        Assert.Equal(new PageRequest(20, 10), PageRequest.OfPage(3, 10));
        Assert.Equal(new PageRequest(20, 10), PageRequest.OfPageIndex(2, 10));
        Assert.Equal(3, new PageRequest(20, 10).PageNumber);
        Assert.Throws<ArgumentOutOfRangeException>(() => PageRequest.OfPage(int.MaxValue, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Members().Query(null, limit: 0));
    }

    [Fact]
    public void Indexes_are_defined_before_the_table_holds_entries()
    {
        var model = new EntityModel<int, Member>(static m => m.Id)
        {
            Indexes = new[] { new EntityIndex<Member>("Team", static m => m.Team) { Property = "Team" }, new UniqueConstraint<Member>("Email", static m => m.Email) },
        };
        var members = new EntityTable<int, Member>(new TableOptions("members"), model);
        Assert.Equal(2, members.IndexCount);
        members.Add(new Member { Id = 1, Email = "a" });

        // A UniqueConstraint listed among the indexes is enforced too.
        Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Id = 2, Email = "a" }));
    }

    public sealed record Scored(int Id, string Label)
    {
        public bool Equals(Scored? other) => other is not null && other.Label == Label;

        public override int GetHashCode() => Label.GetHashCode(StringComparison.Ordinal);
    }
}
