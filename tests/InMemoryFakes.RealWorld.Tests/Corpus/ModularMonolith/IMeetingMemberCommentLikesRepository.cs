// Source: https://github.com/kgrzybek/modular-monolith-with-ddd
// Commit: 91c8ef24b4cb
// Licence: MIT
// Path: src/Modules/Meetings/Domain/MeetingMemberCommentLikes/IMeetingMemberCommentLikesRepository.cs (entity:
//   MeetingMemberCommentLike.cs, MeetingMemberCommentLikeId.cs; Members/MemberId.cs; MeetingComments/MeetingCommentId.cs)
// Adapted: the entity keeps its key and its two private fields (the real one has no public getter for them).
// Real store: src/Modules/Meetings/Infrastructure/Domain/MeetingMemberCommentLikes/MeetingMemberCommentLikeRepository.cs:
//   AddAsync tracks the like; GetAsync(memberId, commentId) = SingleOrDefaultAsync on the private fields _memberId and
//   _meetingCommentId (EF.Property), null when none; CountMemberCommentLikesAsync is SQL COUNT(*) on the same two
//   columns; Remove deletes the like. (The unit of work commits after each command.)
// Shapes: GetAsync=4; CountMemberCommentLikesAsync=4,6; Remove=core; AddAsync=core
// Configured: MissingDelete = MissingDelete.NotFound: MeetingMemberCommentLikeRepository.Remove(like) is
//   DbSet.Remove, saved by the unit of work after the command; EF Core's SaveChanges of a row that is not there
//   throws DbUpdateConcurrencyException, which a removal that returns nothing cannot say (docs/generator.md,
//   attribute settings).
// Still wrong: Remove of a missing like throws the fake's NotFoundException at once, where the real one throws
//   DbUpdateConcurrencyException when the command's unit of work commits.
// After h-oblivious (session 29): complete as before; GetAsync answers null for a missing entity as before, now with
//   IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of that signature
//   disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing one, as the fake does
//   (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the Info).
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.ModularMonolith.IMeetingMemberCommentLikesRepositoryCase;

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

public class MemberId : TypedIdValueBase
{
    public MemberId(Guid value) : base(value) { }
}

public class MeetingCommentId : TypedIdValueBase
{
    public MeetingCommentId(Guid value) : base(value) { }
}

public class MeetingMemberCommentLikeId : TypedIdValueBase
{
    public MeetingMemberCommentLikeId(Guid value) : base(value) { }
}

public class MeetingMemberCommentLike
{
    public MeetingMemberCommentLikeId Id { get; }

    private MeetingCommentId _meetingCommentId;
    private MemberId _memberId;

    private MeetingMemberCommentLike() { }

    private MeetingMemberCommentLike(MeetingCommentId meetingCommentId, MemberId memberId)
    {
        Id = new MeetingMemberCommentLikeId(Guid.NewGuid());
        _meetingCommentId = meetingCommentId;
        _memberId = memberId;
    }

    public static MeetingMemberCommentLike Create(MeetingCommentId meetingCommentId, MemberId memberId)
        => new MeetingMemberCommentLike(meetingCommentId, memberId);
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound)]
public interface IMeetingMemberCommentLikesRepository
{
    Task AddAsync(MeetingMemberCommentLike meetingMemberCommentLike);
    Task<MeetingMemberCommentLike> GetAsync(MemberId memberId, MeetingCommentId meetingCommentId);
    Task<int> CountMemberCommentLikesAsync(MemberId memberId, MeetingCommentId meetingCommentId);
    void Remove(MeetingMemberCommentLike meetingMemberCommentLike);
}

public static class Smoke
{
    public static async Task RunAsync(IMeetingMemberCommentLikesRepository store)
    {
        var member = new MemberId(Guid.NewGuid());
        var comment = new MeetingCommentId(Guid.NewGuid());
        var like = MeetingMemberCommentLike.Create(comment, member);
        await store.AddAsync(like);
        Check.Equal(like.Id, (await store.GetAsync(member, comment))?.Id, "GetAsync finds the like of (member, comment)");
        Check.Null(await store.GetAsync(member, new MeetingCommentId(Guid.NewGuid())), "GetAsync of another comment returns null");
        Check.Null(await store.GetAsync(new MemberId(Guid.NewGuid()), comment), "GetAsync of another member returns null");
        await store.AddAsync(MeetingMemberCommentLike.Create(comment, new MemberId(Guid.NewGuid())));
        Check.Equal(1, await store.CountMemberCommentLikesAsync(member, comment), "CountMemberCommentLikesAsync counts the member's likes of the comment");
        Check.Equal(like.Id, (await store.GetAsync(member, comment))?.Id, "another member's like of the comment is not this member's");
        store.Remove(like);
        Check.Equal(0, await store.CountMemberCommentLikesAsync(member, comment), "Remove deletes the like");
    }
}
