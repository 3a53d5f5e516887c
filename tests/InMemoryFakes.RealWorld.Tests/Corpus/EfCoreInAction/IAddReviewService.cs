// Source: https://github.com/JonPSmith/EfCoreinAction-SecondEdition
// Commit: 45da60c2f7d7
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample86 rule, fixed before looking at any interface: the repositories find_repos("EFCore") lists, in its
//   order, keeping those with C# files (then find_repos("EfCore") had the list run out; it did not); in each, the first
//   C# interface in path order (git grep of the fetched snapshot) outside test paths whose implementation in the same
//   repository keeps state (a database, cache, blob, table, in-memory collection) and that has at least 3 members; not
//   already in the corpus; at most 1 per repository; stop after 5. The fifth pick is the 8th repository listed.
//   dotnet/efcore: ILazyLoader, first in path order (LazyLoader keeps a dictionary of the navigations loaded and loads
//   them from the database). npgsql/efcore.pg: no such interface (options, a plugin, a type mapping, a factory of 1
//   member; INpgsqlRelationalConnection opens connections and reads or writes no data through its members;
//   INpgsqlValueGeneratorCache has 2 with its base). mongodb/mongo-efcore-provider: IMongoClientWrapper (an options
//   builder, an encryption-schema provider of 1 member, a search-index definition and an expression before it keep no
//   state). ErikEJ/EFCorePowerTools: ICredentialStore (before it: DacFx model-element wrappers, scaffolders, model
//   factories of 1 member, the extension-version service, the reverse-engineer BLL, view models, dialogs and wizard
//   contracts, none a store). LayeredCraft/dynamodb-efcore-provider: IDynamoClientWrapper (an options builder, an index
//   analyzer, factories and private serializer factories before it keep no state). ibprovider/Lcpi.EFCore.LcpiOleDb-v06.00:
//   no such interface (query-translation services; its lookups Structure_IGetDataByKey and ...Key2 have 1 and 2
//   members). win7user10/Laraue.EfCoreTriggers: no such interface (visitors and SQL generators; IDbSchemaRetriever reads
//   the EF model's metadata, nothing stored). JonPSmith/EfCoreinAction-SecondEdition: IAddReviewService (before it:
//   IPlaceOrderDbAccess has 2 members; IBizAction and IPlaceOrderAction, IPlaceOrderPart1, IPlaceOrderPart2 (3, inherited)
//   are business logic whose implementations hold no store of their own: they validate and hand the order to
//   IPlaceOrderDbAccess, keeping only the last call's errors; IBizActionAsync has no implementation outside tests;
//   IUserIdService has 1).
//   The 5 picks, in order: EfCore ILazyLoader, MongoEfCoreProvider IMongoClientWrapper, EfCorePowerTools
//   ICredentialStore, DynamoDbEfCoreProvider IDynamoClientWrapper, EfCoreInAction IAddReviewService.
//   This one: the 1st of JonPSmith/EfCoreinAction-SecondEdition (3 members).
// Path: ServiceLayer/AdminServices/IAddReviewService.cs (implementation: ServiceLayer/AdminServices/Concrete/AddReviewService.cs;
//   models: DataLayer/EfClasses/Book.cs, Review.cs)
// Adapted: Book keeps BookId, Title and Reviews (Description, PublishedOn, Publisher, Price, ImageUrl, SoftDeleted,
//   Promotion, Tags and AuthorsLink dropped); Review is whole. The projects build without nullable annotations
//   (#nullable disable).
// Real store: AddReviewService over the book app's EfCoreContext (EF Core, SQL Server), made per request.
//   GetBlankReview(id) reads the title of the BOOK whose BookId is id (Single: InvalidOperationException for a missing
//   book), keeps it in BookTitle for the form and returns a NEW, unsaved Review with BookId = id. BookTitle is null
//   until then. AddReviewToBook(review) loads the Book of review.BookId with its Reviews (Single: InvalidOperationException
//   for a missing book), adds the review to Book.Reviews, calls SaveChanges (a new Review row, its ReviewId numbered
//   by the database) and returns the Book, its Reviews including the new one.
// Shapes: *=none; AddReviewToBook=1
// First try (8b82adcf): incomplete: IMF0001 on all 3 (BookTitle: a string kept by no table; GetBlankReview: 'Blank'
//   names nothing of Review; AddReviewToBook: "'To' … names neither the entity (Review) nor the interface …; rename
//   it (AddReview, UpdateReview)") | WRONG: none (nothing generated).
// After this round: all three still refused, rightly: the service reads and writes Book rows (a title, a collection of
//   reviews), and the Review the members make a repository of is only what the form returns. AddReviewToBook's
//   message now says what the signature shows: 'ToBook' names Book, the type it returns and the one Review.BookId
//   points at, so it adds the review to a Book (which must exist), and it returns a Book, which this repository of
//   Review keeps no rows of; it no longer offers the rename to AddReview, which would store a review of a missing book.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EfCoreInAction.IAddReviewServiceCase;

public class Review
{
    public int ReviewId { get; set; }

    public string VoterName { get; set; }

    public int NumStars { get; set; }

    public string Comment { get; set; }

    public int BookId { get; set; }
}

public class Book
{
    public int BookId { get; set; }

    public string Title { get; set; }

    public ICollection<Review> Reviews { get; set; }
}

[InMemoryFake]
public interface IAddReviewService
{
    string BookTitle { get; }

    Review GetBlankReview(int id);

    Book AddReviewToBook(Review review);
}

public static class Smoke
{
    public static Task RunAsync(IAddReviewService service)
    {
        Check.Null(service.BookTitle, "no title before a blank review is asked for");
        Check.Throws<InvalidOperationException>(() => service.GetBlankReview(404), "a blank review of a missing book throws (Single finds no book)");
        Check.Throws<InvalidOperationException>(() => service.AddReviewToBook(new Review { BookId = 404, VoterName = "Ann", NumStars = 5, Comment = "Great" }), "and so does a review of a missing book");
        Check.Null(service.BookTitle, "neither sets a title");
        return Task.CompletedTask;
    }
}
