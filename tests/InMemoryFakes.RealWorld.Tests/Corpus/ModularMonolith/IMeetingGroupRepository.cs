// Source: https://github.com/kgrzybek/modular-monolith-with-ddd
// Commit: 91c8ef24b4cb
// Licence: MIT
// Path: src/Modules/Meetings/Domain/MeetingGroups/IMeetingGroupRepository.cs (entity: Domain/MeetingGroups/MeetingGroup.cs)
// Adapted: MeetingGroup keeps its key (MeetingGroupId) and its name with the domain method that edits it.
// Real store: src/Modules/Meetings/Infrastructure/Domain/MeetingGroups/MeetingGroupRepository.cs over MeetingsContext:
//   AddAsync tracks the group; Commit = SaveChangesAsync (returns the number of rows written); GetByIdAsync =
//   FindAsync (null when missing). A loaded group changed through EditGeneralAttributes is written by Commit.
// Configured: UnitOfWorkWrites = UnitOfWorkWrites.Deferred: the real AddAsync is EF Core's DbSet.AddAsync, which only tracks the
//   group until Commit (SaveChangesAsync) writes it; the interface cannot say whether its writes wait for Commit (IMF0022).
// Shapes: Commit=3; GetByIdAsync=core; AddAsync=core
// After h-oblivious (session 29): complete as before; GetByIdAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolith.IMeetingGroupRepositoryCase;

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

public class MeetingGroupId : TypedIdValueBase
{
    public MeetingGroupId(Guid value)
        : base(value)
    {
    }
}

public class MeetingGroup
{
    public MeetingGroupId Id { get; private set; }

    private string _name;

    private MeetingGroup() { }

    public static MeetingGroup CreateBasedOnProposal(MeetingGroupId id, string name) => new() { Id = id, _name = name };

    public void EditGeneralAttributes(string name) => _name = name;

    public string GetName() => _name;
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)]
public interface IMeetingGroupRepository
{
    Task AddAsync(MeetingGroup meetingGroup);
    Task<int> Commit();
    Task<MeetingGroup> GetByIdAsync(MeetingGroupId id);
}

public static class Smoke
{
    public static async Task RunAsync(IMeetingGroupRepository store)
    {
        var id = new MeetingGroupId(Guid.NewGuid());
        await store.AddAsync(MeetingGroup.CreateBasedOnProposal(id, "Warsaw .NET"));
        Check.Equal(1, await store.Commit(), "Commit writes the added group and returns 1");
        var group = await store.GetByIdAsync(id);
        Check.Equal("Warsaw .NET", group?.GetName(), "GetByIdAsync finds the committed group");
        group.EditGeneralAttributes("Kraków .NET");
        Check.Equal(1, await store.Commit(), "Commit writes the changed group and returns 1");
        Check.Equal("Kraków .NET", (await store.GetByIdAsync(id))?.GetName(), "the change made through the domain method survives Commit");
        Check.Null(await store.GetByIdAsync(new MeetingGroupId(Guid.NewGuid())), "GetByIdAsync of an unknown id returns null");
        var pendingId = new MeetingGroupId(Guid.NewGuid());
        await store.AddAsync(MeetingGroup.CreateBasedOnProposal(pendingId, "Gdańsk .NET"));
        Check.Equal("Gdańsk .NET", (await store.GetByIdAsync(pendingId))?.GetName(), "GetByIdAsync (FindAsync) sees an added group before Commit, from the change tracker");
        Check.Equal(1, await store.Commit(), "Commit writes only the pending add");
    }
}
