using System;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// Lookups by private fields (issue 10, shape 4): modular-monolith-with-ddd's MeetingMemberCommentLike keeps the member
// and the comment it links in private fields (_memberId, _meetingCommentId) that EF Core maps as columns; its repository
// finds a like with SingleOrDefaultAsync on EF.Property(x, "_memberId") and counts them with COUNT(*). A parameter that
// names no property compares the one non-public field named _name, m_name or name.

public sealed record LikerId(Guid Value);

public sealed record LikedCommentId(Guid Value);

public sealed class CommentLike
{
    private LikedCommentId _commentId;
    private LikerId m_likerId;

    private CommentLike(LikedCommentId commentId, LikerId likerId)
    {
        Id = Guid.NewGuid();
        _commentId = commentId;
        m_likerId = likerId;
    }

    public Guid Id { get; private set; }

    public static CommentLike Create(LikedCommentId commentId, LikerId likerId) => new(commentId, likerId);

    /// <summary>A domain method that moves the like to another comment (only to show the field is read as stored).</summary>
    public void MoveTo(LikedCommentId commentId) => _commentId = commentId;
}

[InMemoryFake(MissingDelete = MissingDelete.Ignore)]
public interface ICommentLikes
{
    Task AddAsync(CommentLike like);

    Task UpdateAsync(CommentLike like);

    Task<CommentLike?> GetAsync(LikerId likerId, LikedCommentId commentId);

    Task<int> CountCommentLikesAsync(LikedCommentId commentId);

    bool Exists(LikerId likerId);

    void Remove(CommentLike like);
}

public sealed class PrivateFieldLookupTests
{
    private static readonly LikerId Ann = new(Guid.NewGuid());
    private static readonly LikerId Bob = new(Guid.NewGuid());
    private static readonly LikedCommentId First = new(Guid.NewGuid());
    private static readonly LikedCommentId Second = new(Guid.NewGuid());

    [Fact]
    public async Task A_parameter_naming_a_private_field_finds_the_entity_whose_field_holds_that_value()
    {
        var likes = new InMemoryCommentLikes();
        var annOnFirst = CommentLike.Create(First, Ann);
        await likes.AddAsync(annOnFirst);
        await likes.AddAsync(CommentLike.Create(First, Bob));

        Assert.Equal(annOnFirst.Id, (await likes.GetAsync(Ann, First))?.Id);
        Assert.Null(await likes.GetAsync(Ann, Second));
        Assert.True(likes.Exists(Bob));
        Assert.False(likes.Exists(new LikerId(Guid.NewGuid())));
    }

    [Fact]
    public async Task A_count_by_a_private_field_counts_the_stored_values_after_updates_and_removals()
    {
        var likes = new InMemoryCommentLikes();
        var annOnFirst = CommentLike.Create(First, Ann);
        await likes.AddAsync(annOnFirst);
        await likes.AddAsync(CommentLike.Create(First, Bob));
        Assert.Equal(2, await likes.CountCommentLikesAsync(First));

        annOnFirst.MoveTo(Second);
        Assert.Equal(2, await likes.CountCommentLikesAsync(First)); // not saved yet: the store holds its own copy
        await likes.UpdateAsync(annOnFirst);
        Assert.Equal(1, await likes.CountCommentLikesAsync(First));
        Assert.Equal(annOnFirst.Id, (await likes.GetAsync(Ann, Second))?.Id);

        likes.Remove(annOnFirst);
        Assert.Equal(0, await likes.CountCommentLikesAsync(Second));
    }
}
