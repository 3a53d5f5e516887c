// Source: https://github.com/xavierjohn/FunctionalDDD
// Commit: 0cf887539139
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample70 rule (the whole rule and the repositories it skipped: Corpus/AQMod/ICustomStorage.cs).
//   This one: the 5th pick (the 38th of find_repos("Ddd"), the Trellis framework). Before it in path order: Recipe 1's
//   IOrderRepository (2 members, no implementation).
// Path: Examples/CookbookSnippets/Recipe16_UnitOfWork.cs (real store: EfOrderRepository in the same file, a
//   Trellis.EntityFrameworkCore RepositoryBase<Order, OrderId> over the recipe's DbContext:
//   Trellis.EntityFrameworkCore/src/RepositoryBase.cs)
// Adapted: Trellis' RequiredGuid<OrderId> cut to a Guid value with equality and NewUniqueV4; Aggregate<TId> to its Id;
//   Result<T>, Unit and Error (with Error.NotFound) to what the script reads: success or failure and the error; Result.Ok()
//   and Result.Fail(error) as in Trellis.Core. Order's TryCreate is a plain Create here. Nullable enabled, as in the
//   source (Directory.Build.props, CookbookSnippets.csproj).
// Real store: RepositoryBase over EF Core, whose writes are staged in the change tracker; the commit (SaveChanges) is the
//   pipeline's or IUnitOfWork.CommitAsync's, not the interface's. Add(order) stages the insert unless the order is
//   tracked already; Remove(order) stages the delete (an order only added is detached again); RemoveByIdAsync(id) finds
//   the order with DbSet.FindAsync (the change tracker first, then the database), stages its removal and answers
//   Result.Ok(), or answers Result.Fail(Error.NotFound) for an id it cannot find. A null argument is
//   ArgumentNullException.
// Shapes: *=none; RemoveByIdAsync=14
// First try (0487eace): incomplete: IMF0001 on all 3 members (Add, Remove: nothing in the interface reads an Order back
//   and its read hands out a keyless Result; RemoveByIdAsync: Result<Unit> is an outcome the service builds itself, no
//   static success value) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a write-only repository whose writes wait for a unit of work
//   outside the interface, and a removal answering Trellis' Result, whose failure the store builds. Since h-leftover3
//   (session 29) the refusal of Add and Remove says that RemoveByIdAsync is a write that is not generated either (its
//   message called it one of the "reads" handing out Result, as of an event store); the refusals are unchanged.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.FunctionalDDD.IOrderRepositoryCase;

public sealed class OrderId : IEquatable<OrderId>
{
    public OrderId(Guid value) => Value = value;

    public Guid Value { get; }

    public static OrderId NewUniqueV4() => new(Guid.NewGuid());

    public bool Equals(OrderId? other) => other is not null && other.Value == Value;

    public override bool Equals(object? obj) => Equals(obj as OrderId);

    public override int GetHashCode() => Value.GetHashCode();
}

public sealed record Money(decimal Amount);

public abstract class Aggregate<TId>
    where TId : notnull
{
    protected Aggregate(TId id) => Id = id;

    public TId Id { get; }
}

public sealed class Order : Aggregate<OrderId>
{
    private Order(OrderId id)
        : base(id)
    {
    }

    public Money Total { get; private set; } = default!;

    public static Order Create(Money total) => new(OrderId.NewUniqueV4()) { Total = total };
}

public readonly record struct Unit;

public abstract record Error
{
    public sealed record NotFound(string Resource) : Error;
}

public readonly struct Result<TValue>
{
    internal Result(bool isFailure, TValue? value, Error? error)
    {
        IsFailure = isFailure;
        Value = value;
        Error = error;
    }

    public bool IsFailure { get; }

    public bool IsSuccess => !IsFailure;

    public TValue? Value { get; }

    public Error? Error { get; }
}

public static class Result
{
    public static Result<Unit> Ok() => new(false, default, null);

    public static Result<Unit> Fail(Error error) => new(true, default, error);
}

[InMemoryFake]
public interface IOrderRepository
{
    void Add(Order order);
    void Remove(Order order);
    Task<Result<Unit>> RemoveByIdAsync(OrderId id, CancellationToken ct = default);
}

public static class Smoke
{
    public static async Task RunAsync(IOrderRepository orders)
    {
        var order = Order.Create(new Money(10m));
        orders.Add(order);
        var removed = await orders.RemoveByIdAsync(order.Id);
        Check.True(removed.IsSuccess, "RemoveByIdAsync finds the order Add staged and stages its removal");
        var missing = await orders.RemoveByIdAsync(OrderId.NewUniqueV4());
        Check.True(missing.IsFailure && missing.Error is Error.NotFound, "an id it cannot find is a not-found failure");
        var other = Order.Create(new Money(5m));
        orders.Add(other);
        orders.Remove(other);
        Check.True((await orders.RemoveByIdAsync(other.Id)).IsFailure, "an order added then removed is gone");
        Check.Throws<ArgumentNullException>(() => orders.Add(null!), "a null order is refused");
    }
}
