using System;
using System.Globalization;
using System.Threading.Tasks;
using InMemoryFakes.Generators.Tests.Fixtures;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A key given as the one value its record key wraps (<c>GetByIdAsync(Guid id)</c> of a key <c>record struct WrappedTicketId(Guid Value)</c>)
/// reads as <c>new WrappedTicketId(id)</c> only when the symbols prove the record keeps that value and nothing else; otherwise
/// the member is refused with what was not proven (Parsing/WrappedKeyRule.cs).
/// </summary>
public class WrappedKeyTests
{
    [Fact]
    public async Task A_record_struct_key_is_found_checked_and_removed_by_the_Guid_it_wraps()
    {
        IWrappedTickets tickets = new InMemoryWrappedTickets();
        var id = Guid.NewGuid();
        await tickets.AddAsync(new WrappedTicket { Id = new WrappedTicketId(id), Title = "Broken build" }, TestContext.Current.CancellationToken);

        Assert.Equal("Broken build", (await tickets.GetByIdAsync(id, TestContext.Current.CancellationToken))?.Title);
        Assert.Null(await tickets.GetByIdAsync(Guid.NewGuid(), TestContext.Current.CancellationToken));
        Assert.True(tickets.Exists(id));
        Assert.False(tickets.Delete(Guid.NewGuid()));
        Assert.True(tickets.Delete(id));
        Assert.False(tickets.Exists(id));
    }

    [Fact]
    public void A_record_class_key_is_found_by_the_string_it_wraps()
    {
        IWrappedCarts carts = new InMemoryWrappedCarts();
        carts.Add(new WrappedCart { Id = new WrappedCartId("c-1"), Items = 3 });

        Assert.Equal(3, carts.Find("c-1")?.Items);
        Assert.Null(carts.Find("c-2"));
    }

    [Theory]
    [InlineData("public readonly record struct TicketId(Guid Value) { public bool Equals(TicketId other) => true; public override int GetHashCode() => 0; }",
        "the record TicketId declares its own Equals, so two keys of one value may not be equal")]
    [InlineData("public readonly record struct TicketId(Guid Value) { public Guid Value { get; } = Value == Guid.Empty ? throw new ArgumentException(\"empty\") : Value; }",
        "the record TicketId declares its property Value itself (it may check or change the value the constructor is given); let the compiler declare it (record TicketId(Guid Value))")]
    [InlineData("public record struct TicketId(Guid Value) { public string Tag { get; init; } = \"\"; }",
        "the record TicketId holds more than Value (Tag), so the key is not the value alone")]
    [InlineData("public readonly struct TicketId : IEquatable<TicketId> { public TicketId(Guid value) { Value = value; } public Guid Value { get; } public bool Equals(TicketId other) => Value == other.Value; public override bool Equals(object? obj) => obj is TicketId o && Equals(o); public override int GetHashCode() => Value.GetHashCode(); }",
        "the key type TicketId is not a record, so whether new TicketId(value) is the key the value names is not proven (its constructor and Equals are its own code)")]
    [InlineData("public readonly record struct TicketId(Guid Value) { public TicketId(string text) : this(Guid.Parse(text)) { } }",
        "the record TicketId declares a constructor of its own, whose code the fake would not run")]
    public void A_wrapper_the_symbols_do_not_prove_keeps_the_refusal_with_its_cause(string key, string cause)
    {
        var run = GeneratorHarness.Run(Sources.Usings + "namespace Keys;\n" + key + """

            public sealed class Ticket { public TicketId Id { get; init; } public string Title { get; set; } = ""; }
            [InMemoryFake]
            public interface ITickets { Task<Ticket?> GetByIdAsync(Guid ticketId); Task AddAsync(Ticket ticket); }
            """);
        Assertions.NeverFailed(run);
        var diagnostic = Assert.Single(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assert.Equal("'GetByIdAsync' of ITickets matches no entity repository convention: parameter 'ticketId' is System.Guid and the key Id is Keys.TicketId: a value is read as new TicketId(ticketId) only when that is proven to be the key it names, and "
            + cause + "; take the key type itself, or write the member. Implement it in the partial class InMemoryTickets, where its Store property reaches the fake's table in one line: Store.Call(nameof(GetByIdAsync), ticketId) joins the call log and fault injection (docs/generator.md#hand-written-members).",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }
}
