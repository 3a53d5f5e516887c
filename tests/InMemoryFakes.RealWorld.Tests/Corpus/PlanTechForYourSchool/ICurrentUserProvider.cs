// Source: https://github.com/DFE-Digital/sts-plan-technology-for-your-school
// Commit: 22645d8c6169
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample79 rule, fixed before probing (the rule and the walk: UnityHelpers/ISerializableSetInspector.cs and
//   docs/generator-rounds.md, "Out-of-sample round h-sample79"). This one: the 2nd pick, the first of the "School" list.
//   Before it in path order: IBackgroundTaskQueue (2 members), IBannerConditionsContextProvider (1 member).
//   CurrentUserProvider keeps state: the group user's selected school in a cookie (set, read, cleared through the
//   interface) and the establishment row it loads from the database.
// Path: src/Dfe.PlanTech.Application/Providers/Interfaces/ICurrentUserProvider.cs (its one implementation:
//   src/Dfe.PlanTech.Application/Providers/CurrentUserProvider.cs, scoped per request)
// Adapted: nothing but the comments. Nullable enabled, as in the source (Dfe.PlanTech.Application enables it).
// Real store: CurrentUserProvider reads the signed-in user's OIDC claims through IHttpContextAccessor: DsiReference is
//   the NameIdentifier claim and throws AuthenticationException without one; Email the verified-email claim (throws
//   AuthenticationException without one); UserId, UserOrganisationId and SessionId parse the DB_USER_ID,
//   DB_ESTABLISHMENT_ID and session claims (null when absent); the UserOrganisation* properties, IsMat and
//   UserOrganisationIsGroup read the organisation claim's JSON; IsAuthenticated and IsInRole ask the ClaimsPrincipal.
//   SetGroupSelectedSchool(urn, name) throws InvalidDataException for an empty urn or name, else writes the
//   selected-school cookie (JSON) on the response; GetGroupSelectedSchool reads it from the request (null when absent or
//   not JSON), so a school set in a request is read from the next one. ClearSelectedGroupSchool deletes the cookie.
//   GetActiveEstablishment*Async load the selected school's row (IEstablishmentService) once per request, for a signed-in
//   group user whose group holds it, and fall back to the organisation's claims; the other GetActiveEstablishment*
//   answer null when a school is selected, the organisation's values otherwise. Followed for a request with no signed-in
//   user and no cookie.
// Shapes: *=none
// First try (2df64237): incomplete: IMF0001 on all 30 members: the string properties ("it returns a string the real
//   store is configured with"), the int?, Guid? and bool properties ("only Count (int/long), IsEmpty/HasItems (bool),
//   Keys, Values and a settings object are supported"), the GetActiveEstablishment* methods, GetGroupSelectedSchool,
//   SetGroupSelectedSchool and ClearSelectedGroupSchool (Get/Set/Clear followed by no noun of this store), IsInRole and
//   OrganisationCategoryIdMatchesAny (no known verb) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: the members read the signed-in user's claims, which nothing
//   in the interface writes; the selected school is a cookie written on the response and read from the next request's,
//   and the active establishment a database row the provider loads for a group user: none of it is a table the fake
//   could fill through this interface.
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Authentication;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.PlanTechForYourSchool.ICurrentUserProviderCase;

[InMemoryFake]
public interface ICurrentUserProvider
{
    string? DsiReference { get; }
    string? Email { get; }
    string? GroupSelectedSchoolUrn { get; }
    string? GroupSelectedSchoolName { get; }

    Task<string?> GetActiveEstablishmentNameAsync();
    Task<int?> GetActiveEstablishmentIdAsync();
    Task<string?> GetActiveEstablishmentUrnAsync();
    string? GetActiveEstablishmentUkprn();
    string? GetActiveEstablishmentUid();
    Guid? GetActiveEstablishmentDsiId();
    string? GetActiveEstablishmentReference();

    string? UserOrganisationName { get; }
    int? UserOrganisationId { get; }
    string? UserOrganisationUrn { get; }
    string? UserOrganisationUkprn { get; }
    string? UserOrganisationUid { get; }
    Guid? UserOrganisationDsiId { get; }
    string? UserOrganisationReference { get; }
    string? UserOrganisationTypeName { get; }
    string? UserOrganisationCategoryName { get; }
    bool UserOrganisationIsGroup { get; }

    bool IsAuthenticated { get; }
    bool IsMat { get; }
    int? UserId { get; }
    bool OrganisationCategoryIdMatchesAny(IEnumerable<string> categoryIds);
    (string Urn, string Name)? GetGroupSelectedSchool();
    bool IsInRole(string role);
    void SetGroupSelectedSchool(string selectedSchoolUrn, string selectedSchoolName);
    void ClearSelectedGroupSchool();
    Guid? SessionId { get; }
}

public static class Smoke
{
    public static async Task RunAsync(ICurrentUserProvider user)
    {
        Check.False(user.IsAuthenticated, "a request with no signed-in user is not authenticated");
        Check.Throws<AuthenticationException>(() => _ = user.DsiReference, "DsiReference throws without a NameIdentifier claim");
        Check.Throws<AuthenticationException>(() => _ = user.Email, "Email throws without a verified-email claim");
        Check.Null(user.UserId, "UserId is null without its claim");
        Check.Null(user.SessionId, "SessionId is null without its claim");
        Check.Null(user.UserOrganisationId, "UserOrganisationId is null without its claim");
        Check.Null(user.UserOrganisationName, "there is no organisation claim");
        Check.False(user.IsMat, "so the user is no MAT user");
        Check.False(user.UserOrganisationIsGroup, "and no group user");
        Check.False(user.OrganisationCategoryIdMatchesAny(new[] { "010", "013" }), "no category matches without an organisation");
        Check.False(user.IsInRole("admin"), "and the user has no role");

        Check.Null(user.GetGroupSelectedSchool(), "no school is selected without the cookie");
        Check.Null(user.GroupSelectedSchoolUrn, "so there is no selected URN");
        Check.Null(user.GetActiveEstablishmentReference(), "nor an active establishment reference");
        Check.Null(await user.GetActiveEstablishmentIdAsync(), "nor an active establishment id");

        Check.Throws<InvalidDataException>(() => user.SetGroupSelectedSchool("", "Some School"), "SetGroupSelectedSchool throws for an empty URN");
        Check.Throws<InvalidDataException>(() => user.SetGroupSelectedSchool("100000", ""), "and for an empty name");
        user.SetGroupSelectedSchool("100000", "Some School");
        Check.Null(user.GetGroupSelectedSchool(), "the cookie set goes on the response: the same request still reads none");
        user.ClearSelectedGroupSchool();
        Check.Null(user.GetGroupSelectedSchool(), "and after ClearSelectedGroupSchool none either");
    }
}
