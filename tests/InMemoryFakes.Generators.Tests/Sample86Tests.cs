using System;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample86 (session 31), an out-of-sample round on applications and libraries built on EF Core. EF Core in Action's
/// <c>IAddReviewService.AddReviewToBook(Review review)</c> loads the Book of <c>review.BookId</c> (Single: a missing book
/// throws), adds the review to <c>Book.Reviews</c>, saves and returns the Book. It was refused, rightly, but as "'To' names
/// neither the entity … rename it (AddReview, UpdateReview)", a rename that would store a review of a missing book. A write
/// whose words after To or Into name a type the member returns or the entity points at (a <c>{Type}Id</c> or a
/// <c>{Type}</c> property) is now refused as a write into that type; other unproven words keep their message.
/// </summary>
public class Sample86Tests
{
    private static GeneratorRun Run(string source) => GeneratorHarness.Run(Sources.Usings + source);

    [Fact]
    public void A_write_into_the_type_it_returns_and_the_entity_points_at_is_refused_as_such()
    {
        var run = Run("""
            namespace V;

            public class Review
            {
                public int ReviewId { get; set; }
                public string Comment { get; set; } = "";
                public int BookId { get; set; }
            }

            public class Book
            {
                public int BookId { get; set; }
                public List<Review> Reviews { get; set; } = new();
            }

            [InMemoryFake]
            public interface IReviewRepository
            {
                Book AddReviewToBook(Review review);
                Review? GetReview(int reviewId);
                IReadOnlyList<Review> GetAll();
            }
            """);

        Refusals.Exactly(
            run,
            ("AddReviewToBook", "'ToBook' in 'AddReviewToBook' names Book, a type other than Review (it returns a Book, and Review.BookId points at one): it writes the Review into a Book"));
        Assert.DoesNotContain("rename it", Refusals.Message(run, "AddReviewToBook"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_write_into_a_type_the_entity_points_at_is_refused_as_such_whatever_it_returns()
    {
        var run = Run("""
            namespace V;

            public class Post
            {
                public Guid Id { get; set; }
            }

            public class Comment
            {
                public Guid Id { get; set; }
                public string Text { get; set; } = "";
                public Post? Post { get; set; }
            }

            [InMemoryFake]
            public interface ICommentRepository
            {
                Task AddCommentToPostAsync(Comment comment);
                Task<Comment?> GetAsync(Guid id);
                Task<IReadOnlyList<Comment>> ListAsync();
            }
            """);

        Refusals.Exactly(
            run,
            ("AddCommentToPostAsync", "'ToPost' in 'AddCommentToPost' names Post, a type other than Comment (Comment.Post points at one): it writes the Comment into a Post, which a real store may load first and fail for when it is missing"));
    }

    [Fact]
    public void A_word_after_To_that_names_no_type_and_any_word_after_In_keep_the_unproven_word_refusal()
    {
        var run = Run("""
            namespace V;

            public class Order
            {
                public int Id { get; set; }
                public string Customer { get; set; } = "";
                public int StoreId { get; set; }
            }

            [InMemoryFake]
            public interface IOrderRepository
            {
                void AddOrderToQueue(Order order);
                void UpdateOrderInStore(Order order);
                Order? Get(int id);
                IReadOnlyList<Order> GetAll();
            }
            """);

        // StoreId points at a shop, but UpdateOrderInStore may as well mean the database: In names no direction (a neutral word).
        Refusals.Exactly(
            run,
            ("AddOrderToQueue", "'To' in 'AddOrderToQueue' names neither the entity (Order) nor the interface"),
            ("UpdateOrderInStore", "'Store' in 'UpdateOrderInStore' names neither the entity (Order) nor the interface"));
    }
}
