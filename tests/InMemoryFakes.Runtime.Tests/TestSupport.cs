using System;
using System.Collections.Generic;
using System.Threading;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>A mutable entity, so copy isolation matters.</summary>
public sealed class User
{
    public int Id { get; set; }

    public string Name { get; set; } = "";

    public string? Email { get; set; }

    public int Version { get; set; }
}

/// <summary>A mutable value for key-value tables.</summary>
public sealed class Box
{
    public string Label { get; set; } = "";
}

/// <summary>An immutable record.</summary>
public sealed record Point(int X, int Y);

/// <summary>A user-defined exception for error mapping.</summary>
public sealed class MyNotFoundException : Exception
{
    public MyNotFoundException(string message)
        : base(message)
    {
    }
}

/// <summary>A user-defined exception for error mapping.</summary>
public sealed class MyDuplicateException : Exception
{
    public MyDuplicateException(string message)
        : base(message)
    {
    }
}

/// <summary>
/// Reads its time from a <see cref="ManualClock"/> but never fires timers, so tables are never swept
/// in the background: a test on it proves that each read path checks expiry on its own.
/// </summary>
public sealed class TimersNeverFire : TimeProvider
{
    private readonly ManualClock _clock;

    public TimersNeverFire(ManualClock clock)
    {
        _clock = clock;
    }

    public override DateTimeOffset GetUtcNow() => _clock.GetUtcNow();

    public override long GetTimestamp() => _clock.GetTimestamp();

    public override long TimestampFrequency => _clock.TimestampFrequency;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) => new Dormant();

    private sealed class Dormant : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose()
        {
        }

        public System.Threading.Tasks.ValueTask DisposeAsync() => default;
    }
}

internal static class Support
{
    public static readonly TimeSpan OneTick = TimeSpan.FromTicks(1);

    /// <summary>The clock a table gets: the manual clock itself (timers sweep) or a view of it whose timers never fire.</summary>
    public static TimeProvider TableClock(ManualClock clock, bool sweeperRuns) => sweeperRuns ? clock : new TimersNeverFire(clock);

    /// <summary>
    /// User's copy, written as the generator writes one: the empty copy first, its members from the context's work list.
    /// (The runtime never invents a copy: without one a mutable class is stored by reference and reported.)
    /// </summary>
    public static User CopyUser(User user, CopyContext context) => context.Copy(user, static _ => new User(), static (from, to, _) =>
    {
        to.Id = from.Id;
        to.Name = from.Name;
        to.Email = from.Email;
        to.Version = from.Version;
    });

    /// <summary>Box's copy.</summary>
    public static CopyPlan<Box> BoxCopy { get; } = new(static (box, context) => context.Copy(box, static _ => new Box(), static (from, to, _) => to.Label = from.Label));

    public static EntityModel<int, User> UserModel(bool token = false, bool uniqueEmail = false, bool generateKeys = true, Func<User, User, bool>? sameState = null) => new(u => u.Id)
    {
        SameState = sameState,
        DeepCopyInContext = CopyUser,
        WithKey = (u, k) =>
        {
            u.Id = k;
            return u;
        },
        GenerateKeys = generateKeys,
        ConcurrencyToken = token
            ? new ConcurrencyToken<User>("Version", e => e.Version, (e, v) =>
            {
                e.Version = (int)v!;
                return e;
            })
            : null,
        UniqueConstraints = uniqueEmail
            ? new[] { new UniqueConstraint<User>("Email", u => u.Email) }
            : Array.Empty<UniqueConstraint<User>>(),
    };

    public static EntityTable<int, User> Users(TableOptions? options = null, bool token = false, bool uniqueEmail = false, CopyMode copyMode = CopyMode.Auto)
        => new(options ?? new TableOptions("users"), UserModel(token, uniqueEmail), copyMode);

    /// <summary>Everything observable about a table's content, to compare before and after a refused operation.</summary>
    public static (List<KeyValuePair<TKey, TValue>> Entries, int Count, IReadOnlyList<EntryInfo> Info) State<TKey, TValue>(FakeTable<TKey, TValue> table)
        where TKey : notnull
        => (table.Entries(), table.Count, table.Inspect());

    public static void AssertUnchanged<TKey, TValue>(
        (List<KeyValuePair<TKey, TValue>> Entries, int Count, IReadOnlyList<EntryInfo> Info) before,
        FakeTable<TKey, TValue> table)
        where TKey : notnull
    {
        var after = State(table);
        Xunit.Assert.Equal(before.Entries, after.Entries);
        Xunit.Assert.Equal(before.Count, after.Count);
        Xunit.Assert.Equal(before.Info, after.Info);
    }
}
