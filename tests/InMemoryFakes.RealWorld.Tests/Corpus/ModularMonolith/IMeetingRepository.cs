// Source: https://github.com/kgrzybek/modular-monolith-with-ddd
// Commit: 91c8ef24b4cb
// Licence: MIT
// Path: src/Modules/Meetings/Domain/Meetings/IMeetingRepository.cs (entity: Domain/Meetings/Meeting.cs, MeetingId.cs;
//   src/BuildingBlocks/Domain/TypedIdValueBase.cs)
// Adapted: Meeting keeps its key (a get-only MeetingId, a typed id value object) and one private field, as the real one
//   keeps its state in private fields mapped by EF.
// Real store: src/Modules/Meetings/Infrastructure/Domain/Meetings/MeetingRepository.cs: AddAsync = DbSet.AddAsync (the
//   module's unit of work commits after the command); GetByIdAsync(id) = DbSet.FindAsync(id): the meeting, or null.
// Shapes: GetByIdAsync=core; AddAsync=core
// After h-oblivious (session 29): complete as before; GetByIdAsync answers null for a missing entity as before, now
//   with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolith.IMeetingRepositoryCase;

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

public class MeetingId : TypedIdValueBase
{
    public MeetingId(Guid value)
        : base(value)
    {
    }
}

public class Meeting
{
    public MeetingId Id { get; private set; }

    private string _title;

    private Meeting() { }

    public static Meeting CreateNew(string title) => new() { Id = new MeetingId(Guid.NewGuid()), _title = title };

    public string GetTitle() => _title;
}

[InMemoryFake]
public interface IMeetingRepository
{
    Task AddAsync(Meeting meeting);
    Task<Meeting> GetByIdAsync(MeetingId id);
}

public static class Smoke
{
    public static async Task RunAsync(IMeetingRepository store)
    {
        var meeting = Meeting.CreateNew("DDD meetup");
        await store.AddAsync(meeting);
        var found = await store.GetByIdAsync(new MeetingId(meeting.Id.Value));
        Check.Equal(meeting.Id, found?.Id, "GetByIdAsync finds the meeting by an equal MeetingId value object");
        Check.Equal("DDD meetup", found?.GetTitle(), "the stored meeting keeps its private state");
        Check.Null(await store.GetByIdAsync(new MeetingId(Guid.NewGuid())), "GetByIdAsync of an unknown id returns null");
    }
}
