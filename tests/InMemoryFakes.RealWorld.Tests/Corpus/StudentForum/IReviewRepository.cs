// Source: https://github.com/Corvolol/BarsGrupProjectForStudents
// Commit: 13a374f2 (StudentForum/DataBase/Review/IReviewRepository.cs, the version read_file reads, and at the same
//   commit, from the fetched snapshot: ReviewRepository.cs, StudentForum/Model/ReviewModel.cs, DataBase/Context.cs,
//   DataBase/DataBase.csproj, StudentForum/Program.cs, Endpoints/Review/UpdateReview/UpdateReviewEndpoint.cs); the
//   files were deleted from the repository later ("clear"), so its newest commit has none of them
// Licence: none stated (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample55 rule, fixed before probing: the search tool (corpus code) with these queries, in this order:
//   (1) `interface IAppointmentRepository Task`, (2) `interface IReviewRepository Task`, (3) `interface
//   IMessageRepository Task`, (4) `interface IVehicleRepository`, (5) `interface IEventRepository Task`, (6) `interface
//   IStudentRepository Task`, (7) `interface IPostRepository Task`, (8) `interface IMenuItemRepository`; from each, the
//   FIRST result in the order returned that is a C# interface declaration with at least 3 members (inherited ones count
//   if the base interface is in the same repository, as in h-sample41, 47 and 48), outside paths containing "test" (any
//   case), from a repository not already a corpus source; at most 1 per repository; stop after 6. A result that names
//   no repository or path (the tool's anonymous excerpts) cannot be cited or read further, so it is not taken (as in
//   h-sample40, 41, 44, 47 and 48). Each interface is transcribed at the stored version read_file reads, with its real
//   store. Picks: (1) rank 2, enzojga/health-manager IAppointmentRepository (8; rank 1, sajadam98/QueuingSystem, is a
//   corpus source); (2) rank 1, Corvolol/BarsGrupProjectForStudents IReviewRepository (4 in the excerpt, 5 in the
//   version read_file reads); (3) none: rank 1 is Go, rank 2, mintxelas/TemplateApiWithOutbox, declares 2, rank 3,
//   Spraay/The-Date-App, is a corpus source, rank 4, Zuijd/TheCircle, declares 1, ranks 5-12 are anonymous; (4) rank 1,
//   Aktden/autoshop IVehicleRepository (5); (5) rank 1, valerycadovic/GoParty-backend IEventRepository (declares none;
//   its base IEntityRepository<TEntity, TId> 1 and that one's base IRepository<TEntity> 9, both in Repositories/Base);
//   (6) rank 1, Hiba-hhm92m/WebApplicationTask IStudentRepository (declares none; its base IRepositoryBase<T> 6); (7)
//   rank 3, Melica101/BlogApi IPostRepository (4; rank 1, CristianoRC/tectopolis, declares 2; rank 2,
//   remen33/RestFullApiNetCore, 1). Six picks: query (8) was not reached. None of the six repositories was a corpus
//   source.
//   This one: query (2), rank 1 (5 members in the version read_file reads).
// Path: StudentForum/DataBase/Review/IReviewRepository.cs (real store: ReviewRepository.cs beside it, over Context,
//   EF Core 6 over SQL Server)
// Adapted: the namespace replaced; ReviewModel's Teacher and User navigations left out (no member needs them).
//   Nullable enabled, as in DataBase.csproj.
// Real store: ReviewRepository over one scoped Context (SQL Server); ReviewModel.Id (int, [Key]) is the key, IDENTITY,
//   written back at the save. AddReview = Add + SaveChangesAsync. GetReview(reviewId) = FirstOrDefaultAsync(x => x.Id ==
//   reviewId): the review, or NULL for an id not stored (though Task<ReviewModel> says never null). GetAllReviews =
//   ToListAsync. DeleteReview(review) = GetReview(review.Id), then Remove + SaveChangesAsync: it removes by the Id (any
//   instance carrying it); an Id not stored is Remove(null), ArgumentNullException. UpdateReview(review) =
//   GetReview(review.Id), then DbSet.Update of THAT instance + SaveChangesAsync: the context's own tracked review is
//   written, not the one given, so only a caller that changed the instance it read (the same scoped context hands out
//   the tracked one) sees its change stored; a new instance carrying a stored Id changes nothing (UpdateReviewEndpoint
//   does exactly that, so its change is lost: a bug of the real store that no signature can say; the script updates
//   the instance it read, where both stores agree). An Id not stored is Update(null), ArgumentNullException.
// Shapes: *=core
// First try (10e6d05): incomplete: DeleteReview (IMF0001: a removal by entity returning nothing, MissingDelete
//   unstated) | generated: AddReview (numbered, written back), UpdateReview (the not-found error for an Id not stored),
//   GetReview, GetAllReviews | WRONG: GetReview of an id not stored throws the not-found error (Task<ReviewModel> under
//   nullable annotations says never null) where the real FirstOrDefaultAsync answers null (the script's last line; the
//   probe stops at DeleteReview before it).
// Configured: MissingDelete = MissingDelete.NotFound (the real DeleteReview throws for an Id not stored: Remove(null),
//   ArgumentNullException; the fake's not-found error is as loud, of another type); MissingKeyReads =
//   MissingKeyRead.Default (FirstOrDefaultAsync: null for an id not stored).
// After this round: complete (configured), and the smoke script passes.
#nullable enable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.StudentForum.IReviewRepositoryCase;

public class ReviewModel
{
    [Key] public int Id { get; set; }
    public string? Value { get; set; }
    public DateTime Date { get; set; }
}

[InMemoryFake(MissingDelete = MissingDelete.NotFound, MissingKeyReads = MissingKeyRead.Default)]
public interface IReviewRepository
{
    public Task AddReview(ReviewModel review);
    public Task DeleteReview(ReviewModel review);
    public Task UpdateReview(ReviewModel review);
    public Task<ReviewModel> GetReview(int reviewId);
    public Task<List<ReviewModel>> GetAllReviews();
}

public static class Smoke
{
    public static async Task RunAsync(IReviewRepository reviews)
    {
        var good = new ReviewModel { Value = "Good", Date = new DateTime(2022, 5, 16) };
        await reviews.AddReview(good);
        Check.True(good.Id != 0, "AddReview numbers the review (IDENTITY), written back");
        var fair = new ReviewModel { Value = "Fair", Date = new DateTime(2022, 5, 17) };
        await reviews.AddReview(fair);
        Check.True(fair.Id != good.Id, "each its own Id");
        Check.Equal(2, (await reviews.GetAllReviews()).Count, "GetAllReviews lists every review");
        Check.Equal("Fair", (await reviews.GetReview(fair.Id)).Value, "GetReview reads one by id");

        var read = await reviews.GetReview(good.Id);
        read.Value = "Better";
        await reviews.UpdateReview(read);
        Check.Equal("Better", (await reviews.GetReview(good.Id)).Value, "UpdateReview of the review read, changed, writes it");

        await reviews.DeleteReview(new ReviewModel { Id = fair.Id });
        Check.Equal("Better", string.Join(",", (await reviews.GetAllReviews()).Select(r => r.Value)), "DeleteReview removes the review by its Id (GetReview(review.Id), then Remove)");

        await Check.ThrowsAsync<Exception>(() => reviews.DeleteReview(new ReviewModel { Id = fair.Id }), "DeleteReview of an Id not stored throws (Remove(null): ArgumentNullException)");
        await Check.ThrowsAsync<Exception>(() => reviews.UpdateReview(new ReviewModel { Id = fair.Id, Value = "Ghost" }), "UpdateReview of an Id not stored throws (Update(null): ArgumentNullException)");
        Check.Equal(1, (await reviews.GetAllReviews()).Count, "the failed writes change nothing");
        Check.Null(await reviews.GetReview(fair.Id), "GetReview of an id not stored is null (FirstOrDefaultAsync), though Task<ReviewModel> says never null");
    }
}
