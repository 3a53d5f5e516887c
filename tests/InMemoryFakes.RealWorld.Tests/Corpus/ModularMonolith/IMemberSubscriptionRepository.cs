// Source: https://github.com/kgrzybek/modular-monolith-with-ddd
// Commit: 91c8ef24b4cb
// Licence: MIT
// Path: src/Modules/Meetings/Domain/Members/MemberSubscriptions/IMemberSubscriptionRepository.cs (entity: MemberSubscription.cs)
// Adapted: MemberSubscription keeps its key (MemberSubscriptionId, private setter) and its private expiration date.
// Real store: src/Modules/Meetings/Infrastructure/Domain/Members/MemberSubscriptions/MemberSubscriptionRepository.cs:
//   AddAsync tracks it (the unit of work commits after the command); GetByIdOptionalAsync(id) =
//   FirstOrDefaultAsync(x => x.Id == id): the subscription, or null ("Optional").
// Shapes: GetByIdOptionalAsync=6; AddAsync=core
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolith.IMemberSubscriptionRepositoryCase;

public abstract class TypedIdValueBase : IEquatable<TypedIdValueBase>
{
    public Guid Value { get; }

    protected TypedIdValueBase(Guid value)
    {
        if (value == Guid.Empty)
        {
            throw new InvalidOperationException("Id value cannot be empty!");
        }

        Value = value;
    }

    public override bool Equals(object obj) => obj is TypedIdValueBase other && Equals(other);

    public override int GetHashCode() => Value.GetHashCode();

    public bool Equals(TypedIdValueBase other) => Value == other?.Value;

    public static bool operator ==(TypedIdValueBase obj1, TypedIdValueBase obj2) => Equals(obj1, null) ? Equals(obj2, null) : obj1.Equals(obj2);

    public static bool operator !=(TypedIdValueBase x, TypedIdValueBase y) => !(x == y);
}

public class MemberSubscriptionId : TypedIdValueBase
{
    public MemberSubscriptionId(Guid value) : base(value) { }
}

public class MemberSubscription
{
    public MemberSubscriptionId Id { get; private set; }

    private DateTime _expirationDate;

    private MemberSubscription() { }

    public static MemberSubscription CreateForMember(Guid memberId, DateTime expirationDate)
        => new() { Id = new MemberSubscriptionId(memberId), _expirationDate = expirationDate };

    public DateTime GetExpirationDate() => _expirationDate;
}

[InMemoryFake]
public interface IMemberSubscriptionRepository
{
    Task<MemberSubscription> GetByIdOptionalAsync(MemberSubscriptionId memberSubscriptionId);
    Task AddAsync(MemberSubscription memberSubscription);
}

public static class Smoke
{
    public static async Task RunAsync(IMemberSubscriptionRepository store)
    {
        var member = Guid.NewGuid();
        var until = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        Check.Null(await store.GetByIdOptionalAsync(new MemberSubscriptionId(member)), "GetByIdOptionalAsync of an unknown id returns null");
        await store.AddAsync(MemberSubscription.CreateForMember(member, until));
        Check.Equal(until, (await store.GetByIdOptionalAsync(new MemberSubscriptionId(member)))?.GetExpirationDate(), "GetByIdOptionalAsync finds the subscription by id");
    }
}
