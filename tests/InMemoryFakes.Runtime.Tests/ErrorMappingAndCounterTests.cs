using System;
using Xunit;

namespace InMemoryFakes.Runtime.Tests;

/// <summary>Exception mappings come from the calling fake, in one place; narrowing counters refuse before they write.</summary>
public class ErrorMappingAndCounterTests
{
    private sealed class TheirNotFound : Exception
    {
        public TheirNotFound(string message)
            : base(message)
        {
        }
    }

    private static FakeCore Translating(InMemoryBackend backend, FakeErrors errors)
        => new(new InMemoryFakeOptions { Backend = backend }, new FakeDefaults("IUsers") { Errors = errors, TranslatesErrors = true });

    /// <summary>What a generated member does: its body, then the fake's own mapping in one catch filter.</summary>
    private static T Member<T>(FakeCore core, Func<T> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (core.TryTranslateError(e, out var mapped))
        {
            throw mapped;
        }
    }

    [Fact]
    public void With_a_shared_backend_each_fake_throws_its_own_mapped_exceptions_whichever_member_threw()
    {
        var backend = new InMemoryBackend(new ManualClock());
        var first = Translating(backend, new FakeErrors { NotFound = m => new MyNotFoundException(m), Duplicate = m => new MyDuplicateException(m) });
        var second = Translating(backend, new FakeErrors { NotFound = m => new TheirNotFound(m) });
        var table1 = first.EntityTable("users", Support.UserModel());
        var table2 = second.EntityTable("users", Support.UserModel());
        Assert.Same(table1, table2);

        // Thrown by the table (created by the first fake).
        Assert.Throws<MyNotFoundException>(() => Member(first, () => table1.Get(42)));
        Assert.Throws<TheirNotFound>(() => Member(second, () => table2.Get(42)));

        // Thrown by the member itself, with the runtime's type: mapped in the same place.
        Assert.Throws<TheirNotFound>(() => Member<int>(second, () => throw FakeErrors.Default.CreateNotFound("users", 42)));

        // A kind the second fake does not map stays the runtime's own type there.
        table1.Add(new User { Id = 1 });
        Assert.Throws<MyDuplicateException>(() => Member(first, () => table1.Add(new User { Id = 1 })));
        Assert.Throws<DuplicateKeyException>(() => Member(second, () => table2.Add(new User { Id = 1 })));
    }

    [Fact]
    public void Translate_keeps_the_message_and_leaves_other_exceptions_alone()
    {
        var errors = new FakeErrors { NotFound = m => new MyNotFoundException(m) };
        var original = new NotFoundException("users", 7);

        var mapped = errors.Translate(original);

        Assert.IsType<MyNotFoundException>(mapped);
        Assert.Equal(original.Message, mapped.Message);
        var other = new ArgumentNullException("key");
        Assert.Same(other, errors.Translate(other));
        Assert.Same(original, FakeErrors.Default.Translate(original));
    }

    [Fact]
    public void Without_TranslatesErrors_a_table_keeps_throwing_its_creators_mapped_types()
    {
        var core = new FakeCore(null, new FakeDefaults("IUsers") { Errors = new FakeErrors { NotFound = m => new MyNotFoundException(m) } });
        var table = core.EntityTable("users", Support.UserModel());
        Assert.Throws<MyNotFoundException>(() => table.Get(1));
    }

    [Fact]
    public void An_int_counter_at_int_MaxValue_refuses_the_increment_before_writing()
    {
        var table = new KeyValueTable<string, long>(new TableOptions("counters"));
        table.Set("hits", int.MaxValue);

        var error = Assert.Throws<OverflowException>(() => table.IncrementInRange("hits", 1, int.MinValue, int.MaxValue));

        Assert.Contains("2147483648", error.Message, StringComparison.Ordinal);
        Assert.Equal(int.MaxValue, table.GetRequired("hits"));
        Assert.Equal(int.MaxValue - 1, table.DecrementInRange("hits", 1, int.MinValue, int.MaxValue));
    }

    [Fact]
    public void A_counter_the_range_refuses_is_not_created()
    {
        var table = new KeyValueTable<string, string>(new TableOptions("counters"));
        Assert.Throws<OverflowException>(() => table.IncrementInRange("n", -1, 0, uint.MaxValue));
        Assert.False(table.ContainsKey("n"));
        Assert.Equal(5, table.IncrementInRange("n", 5, 0, uint.MaxValue));
    }

    [Fact]
    public void An_empty_range_is_a_bad_argument()
    {
        var table = new KeyValueTable<string, long>(new TableOptions("counters"));
        Assert.Equal("minValue", Assert.Throws<ArgumentException>(() => table.IncrementInRange("n", 1, 5, 4)).ParamName);
        Assert.False(table.ContainsKey("n"));
    }
}
