// Source: https://github.com/Azure-Samples/guidance-identity-management-for-multitenant-apps
// Commit: a8c2664fbdbb
// Licence: MIT (an interface signature and a minimal model transcribed for a test)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 3rd pick (Tailspin Surveys; its first
//   interface in path order, 4 members).
// Path: src/Tailspin.Surveys.Data/DataStore/IContributorRequestStore.cs (real store: DataStore/
//   SqlServerContributorRequestStore.cs over DataModels/ApplicationDbContext.cs; model: DataModels/ContributorRequest.cs;
//   caller: Tailspin.Surveys.WebAPI/Controllers/SurveyController.cs)
// Adapted: the namespaces (one for all). Nullable disabled, as in the source (a project.json project of 2016).
// Real store: SqlServerContributorRequestStore, EF Core on SQL Server: table ContributorRequest, key Id (an identity
//   column), EmailAddress required (256), and a unique index SurveyIdEmailAddressIndex on (SurveyId, EmailAddress),
//   declared in ApplicationDbContext.OnModelCreating. AddRequestAsync = Add + SaveChangesAsync: the request inserted, its
//   Id numbered and written back; a second request for the same survey and address fails the save (DbUpdateException).
//   GetRequestForSurveyAsync(surveyId): the requests whose SurveyId is surveyId. GetRequestsForUserAsync(emailAddress):
//   the requests whose EmailAddress.ToLower() equals emailAddress.ToLower(), so case is ignored. RemoveRequestAsync =
//   Remove + SaveChangesAsync: a request not stored fails the save (DbUpdateConcurrencyException, 0 rows affected).
//   The controller reads a user's requests by address and removes each once it made the user a contributor.
// Shapes: *=1; GetRequestForSurveyAsync=4; GetRequestsForUserAsync=4
// First try (f923f300): incomplete: IMF0001 on RemoveRequestAsync (a removal by entity that returns nothing: "state it
//   on [InMemoryFake]: MissingDelete = MissingDelete.NotFound (as EF Core's Remove + SaveChanges …) or Ignore").
//   Generated: AddRequestAsync (an add, Id numbered), GetRequestForSurveyAsync (SurveyId equal), GetRequestsForUserAsync
//   (EmailAddress equal, compared as the fake's StoreSemantics say: ordinal by default) | WRONG: GetRequestsForUserAsync
//   (the probe: "it matches the address ignoring case (ToLower() on both sides): expected '7,9', got ''"; ordinal,
//   where the real store lower-cases both sides).
// After this round: unchanged. The refusal is right and its fix is one setting (MissingDelete = NotFound, EF Core's
//   behaviour; the attribute is left bare, as the source has none). GetRequestsForUserAsync stays generated: whether
//   text compares with or without case is the engine's and the query's (SQL Server's default collation ignores it even
//   without ToLower, SQLite's and PostgreSQL's do not), stated per instance by InMemoryFakeOptions.Semantics
//   (TextComparisons["EmailAddress"] = OrdinalIgnoreCase gives this store's answers); no signature says it, and refusing
//   every equality on a text property would refuse every lookup by one.
// Still wrong: GetRequestsForUserAsync compares the address ordinally by default (above); and AddRequestAsync stores a
//   second request for the same survey and address, where the real unique index fails the save: no signature says the
//   pair is unique (the index is the DbContext's; the script gives each pair once).
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel.DataAnnotations;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.GuidanceMultitenantApps.IContributorRequestStoreCase;

public class ContributorRequest
{
    [Required]
    public int Id { get; set; }

    [Required]
    public int SurveyId { get; set; }

    [Required]
    public string EmailAddress { get; set; }

    [Required]
    public DateTimeOffset Created { get; set; } = DateTimeOffset.UtcNow;
}

[InMemoryFake]
public interface IContributorRequestStore
{
    Task AddRequestAsync(ContributorRequest contributorRequest);
    Task<ICollection<ContributorRequest>> GetRequestForSurveyAsync(int surveyId);
    Task<ICollection<ContributorRequest>> GetRequestsForUserAsync(string emailAddress);
    Task RemoveRequestAsync(ContributorRequest contributorRequest);
}

public static class Smoke
{
    public static async Task RunAsync(IContributorRequestStore store)
    {
        var alice = new ContributorRequest { SurveyId = 7, EmailAddress = "Alice@Contoso.com" };
        await store.AddRequestAsync(alice);
        Check.True(alice.Id != 0, "AddRequestAsync inserts the request and the database numbers its Id (identity column)");
        var bob = new ContributorRequest { SurveyId = 7, EmailAddress = "bob@contoso.com" };
        await store.AddRequestAsync(bob);
        var aliceElsewhere = new ContributorRequest { SurveyId = 9, EmailAddress = "alice@contoso.com" };
        await store.AddRequestAsync(aliceElsewhere);
        Check.True(bob.Id != alice.Id && aliceElsewhere.Id != bob.Id, "each request gets an Id of its own");

        var forSurvey = await store.GetRequestForSurveyAsync(7);
        Check.Equal("Alice@Contoso.com,bob@contoso.com", string.Join(",", forSurvey.Select(static r => r.EmailAddress).OrderBy(static e => e, StringComparer.Ordinal)), "GetRequestForSurveyAsync answers every request of that survey");
        Check.Equal(0, (await store.GetRequestForSurveyAsync(8)).Count, "and none for a survey with no request");

        Check.Equal("7", string.Join(",", (await store.GetRequestsForUserAsync("bob@contoso.com")).Select(static r => r.SurveyId)), "GetRequestsForUserAsync answers the requests for that e-mail address");
        Check.Equal(0, (await store.GetRequestsForUserAsync("carol@contoso.com")).Count, "and none for an address with no request");
        var forAlice = await store.GetRequestsForUserAsync("ALICE@contoso.COM");
        Check.Equal("7,9", string.Join(",", forAlice.Select(static r => r.SurveyId).OrderBy(static s => s)), "it matches the address ignoring case (ToLower() on both sides)");

        await store.RemoveRequestAsync(alice);
        Check.Equal("bob@contoso.com", string.Join(",", (await store.GetRequestForSurveyAsync(7)).Select(static r => r.EmailAddress)), "RemoveRequestAsync deletes the request (by its key)");
        Check.Equal(1, (await store.GetRequestsForUserAsync("alice@contoso.com")).Count, "and only that one");
        await Check.ThrowsAsync<Exception>(() => store.RemoveRequestAsync(alice), "RemoveRequestAsync of a request no longer stored throws (SaveChanges: DbUpdateConcurrencyException, 0 rows affected)");
    }
}
