using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Xml.Linq;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Copies;

// The copy strategy chosen per type at compile time: immutable types as they are, subtypes by their own copies,
// IDeepCopyable honoured, framework types by the runtime's copy, and a type whose state the compiler cannot see (a class
// from another assembly) reported at compile time (IMF0020) and stored by reference unless a copy hook is registered.

public abstract record DomainEvent(DateTimeOffset At);

public sealed record OrderPlaced(DateTimeOffset At, string Number) : DomainEvent(At);

public abstract class Payment
{
    public decimal Amount { get; set; }
}

public sealed class CardPayment : Payment
{
    public string Last4 { get; set; } = "";
}

public class CashPayment : Payment
{
    public List<decimal> Notes { get; set; } = new();
}

public sealed class Invoice
{
    public int Id { get; set; }

    public Payment? Payment { get; set; }

    public List<DomainEvent> Events { get; set; } = new();

    public Money Total { get; set; } = new(0m, "EUR");

    public Signature? Signature { get; set; }

    public XElement? Extra { get; set; }
}

/// <summary>Immutable: stored as it is (all its state is read-only and immutable).</summary>
public sealed record Money(decimal Amount, string Currency);

/// <summary>A type that copies itself: the generated copy calls its DeepCopy.</summary>
public sealed class Signature : IDeepCopyable<Signature>
{
    public string Signer { get; set; } = "";

    public int Copies { get; set; }

    public Signature DeepCopy(CopyContext context) => new() { Signer = Signer, Copies = Copies + 1 };
}

[InMemoryFake]
public interface IInvoiceRepository
{
    Invoice Add(Invoice invoice);

    Invoice? Find(int id);
}

public sealed class Visit
{
    public int Id { get; set; }

    /// <summary>A mutable class from another assembly: its private state is invisible to the compiler.</summary>
    public Cookie Cookie { get; set; } = new();
}

// IMF0020 is reported here (System.Net.Cookie is stored by reference); suppressed like any warning, at the attribute.
#pragma warning disable IMF0020
[InMemoryFake]
#pragma warning restore IMF0020
public interface IVisitRepository
{
    Visit Add(Visit visit);

    Visit? Find(int id);
}

public class TypeRuleCopyTests
{
    [Fact]
    public void A_property_declared_as_a_base_class_is_copied_as_the_subclass_it_holds()
    {
        IInvoiceRepository invoices = new InMemoryInvoiceRepository();
        var cash = new CashPayment { Amount = 10m, Notes = [5m, 5m] };
        invoices.Add(new Invoice { Id = 1, Payment = cash });
        cash.Notes.Add(1m);

        var copy = Assert.IsType<CashPayment>(invoices.Find(1)!.Payment);
        Assert.NotSame(cash, copy);
        Assert.Equal(10m, copy.Amount);
        Assert.Equal([5m, 5m], copy.Notes);

        invoices.Add(new Invoice { Id = 2, Payment = new CardPayment { Amount = 3m, Last4 = "4242" } });
        Assert.Equal("4242", Assert.IsType<CardPayment>(invoices.Find(2)!.Payment).Last4);
    }

    [Fact]
    public void Immutable_records_are_kept_as_they_are()
    {
        IInvoiceRepository invoices = new InMemoryInvoiceRepository();
        var placed = new OrderPlaced(DateTimeOffset.UnixEpoch, "A-1");
        var total = new Money(12m, "EUR");
        invoices.Add(new Invoice { Id = 1, Events = [placed], Total = total });

        var copy = invoices.Find(1)!;
        Assert.Same(placed, copy.Events.Single());
        Assert.Same(total, copy.Total);
        Assert.Empty(Fakes.Of(invoices).Core.ValuesStoredByReference);
    }

    [Fact]
    public void A_type_implementing_IDeepCopyable_is_copied_by_its_own_DeepCopy()
    {
        IInvoiceRepository invoices = new InMemoryInvoiceRepository();
        invoices.Add(new Invoice { Id = 1, Signature = new Signature { Signer = "ann" } });

        var signature = invoices.Find(1)!.Signature!;
        Assert.Equal("ann", signature.Signer);
        Assert.Equal(2, signature.Copies); // once on the write, once on the read
    }

    [Fact]
    public void An_XElement_member_comes_back_whole()
    {
        IInvoiceRepository invoices = new InMemoryInvoiceRepository();
        var extra = XElement.Parse("<extra><a/><b/><c/><d/></extra>");
        invoices.Add(new Invoice { Id = 1, Extra = extra });
        extra.RemoveNodes();

        var copy = invoices.Find(1)!.Extra!;
        Assert.Equal(4, copy.Elements().Count());
        Assert.Equal("<extra><a /><b /><c /><d /></extra>", copy.ToString(SaveOptions.DisableFormatting));
    }

    [Fact]
    public void A_type_from_another_assembly_with_private_state_is_stored_by_reference_and_reported_at_run_time()
    {
        IVisitRepository visits = new InMemoryVisitRepository();
        var cookie = new Cookie("session", "one");
        visits.Add(new Visit { Id = 1, Cookie = cookie });

        // Exactly what IMF0020 said at compile time: the Cookie is the caller's instance.
        cookie.Value = "two";
        Assert.Same(cookie, visits.Find(1)!.Cookie);
        Assert.Equal("two", visits.Find(1)!.Cookie.Value);
        var report = Assert.Single(Fakes.Of(visits).Core.ValuesStoredByReference);
        Assert.Equal(typeof(Cookie), report.ValueType);
    }

    [Fact]
    public void A_copy_hook_registered_for_a_type_from_another_assembly_isolates_it()
    {
        var options = new InMemoryFakeOptions
        {
            CopyHooks = new CopyHooks().Add<Cookie>(static (c, _) => new Cookie(c.Name, c.Value, c.Path, c.Domain)),
        };
        IVisitRepository visits = new InMemoryVisitRepository(options);
        var cookie = new Cookie("session", "one");
        visits.Add(new Visit { Id = 1, Cookie = cookie });

        cookie.Value = "two";
        var stored = visits.Find(1)!.Cookie;
        Assert.NotSame(cookie, stored);
        Assert.Equal("one", stored.Value);
        Assert.Empty(Fakes.Of(visits).Core.ValuesStoredByReference);
    }
}

public sealed class Member
{
    public int Id { get; set; }

    [Unique]
    public string Email { get; set; } = "";

    public List<string> Roles { get; set; } = new();
}

[InMemoryFake]
public interface IMemberRepository
{
    Member Add(Member member);

    Member? Find(int id);
}

public class CopyWithStoreSemanticsTests
{
    [Fact]
    public void The_generated_copy_still_isolates_values_when_store_semantics_replace_the_unique_index()
    {
        var options = new InMemoryFakeOptions { Semantics = new StoreSemantics { TextComparisons = new Dictionary<string, StringComparison> { ["Email"] = StringComparison.OrdinalIgnoreCase } } };
        IMemberRepository members = new InMemoryMemberRepository(options);
        var member = new Member { Id = 1, Email = "ann@x", Roles = ["admin"] };
        members.Add(member);

        member.Roles.Add("root");
        members.Find(1)!.Roles.Add("guest");

        Assert.Equal(["admin"], members.Find(1)!.Roles);
        Assert.Empty(Fakes.Of(members).Core.ValuesStoredByReference);
        Assert.Throws<DuplicateKeyException>(() => members.Add(new Member { Id = 2, Email = "ANN@x" }));
    }
}
