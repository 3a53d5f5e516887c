// Source: https://github.com/microsoft/Windows-appsample-lunch-scheduler
// Commit: ef1165a9e815
// Licence: MIT
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 1st of microsoft/Windows-appsample-lunch-scheduler (its only one).
// Path: LunchScheduler.Repository/ILunchRepository.cs (models: LunchScheduler.Models/*.cs)
// Adapted: the models' INotifyPropertyChanged backing fields become auto-properties, their ObservableCollections
//   Lists, and the collection-changed handlers and setter validations are left out. The project builds without nullable
//   annotations (#nullable disable).
// Real store: LunchScheduler.Repository/LunchRestRepository.cs, an HTTP client of LunchScheduler.Api (EF Core behind
//   [Authorize] controllers): LoginAsyc posts the provider's token to "login" and keeps the returned user in User
//   (null before); LogoutAsync posts the user to "logout" and clears User; every other call sends User's bearer token
//   and throws LunchApiException on a non-success status (401 before a login). Its reads are the signed-in user's:
//   GetFriendsAsync the friends of User, GetLunchesAsync the lunches User hosts or accepted (the API's action is
//   private: the route answers 404, so it throws), GetInvitationsAsync User's unanswered invitations,
//   GetRestaurantsAsync(address | lat, lng) a Yelp search near the place, GetSuggestedFriendsAsync users met at lunches
//   (the client calls "friends/suggested", the API serves "friends/suggest": it throws). CreateLunchAsync posts the
//   lunch (the API refuses a lunch User does not host, and its handler builds the entry without adding it: nothing is
//   stored); CancelLunchAsync, RemoveFriendAsync, DeleteGroupAsync and LeaveGroupAsync send a DELETE;
//   AddFriendAsync stores the friendship of User (no duplicate, not oneself); RespondToInvitationAsync, CreateGroupAsync
//   and JoinGroupAsync post.
// Shapes: *=core; User=20; LoginAsyc=20; LogoutAsync=20; GetRestaurantsAsync=20
// First try (4060da2): incomplete: IMF0001 User, LoginAsyc, LogoutAsync, GetFriendsAsync, GetInvitationsAsync,
//   GetRestaurantsAsync (both), CancelLunchAsync, RespondToInvitationAsync, AddFriendAsync, RemoveFriendAsync,
//   GetSuggestedFriendsAsync, JoinGroupAsync, LeaveGroupAsync | WRONG: GetLunchesAsync returns every stored lunch, where
//   the real store's reads are the signed-in user's (and this one throws: the API's action is private); CreateLunchAsync
//   stores the lunch, where the real API stores nothing (its handler never adds the entry it builds)
// Still wrong: GetLunchesAsync and CreateLunchAsync, as above (the probe stops at User, before them): nothing in the
//   signatures says the reads are scoped by the User a login sets, nor that the API drops the lunch. Also
//   GetRestaurantsAsync(string address), generated since the first try: it lists the restaurants whose Address equals
//   the text, where the real store asks Yelp for restaurants near the place (a search no signature or setting states).
// After h-contains39 (session 39): GetRestaurantsAsync(string address) carries IMF0030 (Info): a list read by a text
//   property named as free text (Address) compares it equal, where real stores of the signature also search; the
//   message names TextLookups = Containing / Equality. Neither is this store's (a geographic search), so the attribute
//   is left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LunchScheduler.ILunchRepositoryCase;

public abstract class ModelBase
{
    public Guid Id { get; set; } = Guid.NewGuid();
}

public enum AuthenticationProviderKind
{
    None,
    AzureActiveDirectory,
    Facebook,
    Demo,
}

public enum InviteResponseKind
{
    None,
    Accepted,
    Declined,
}

public enum LunchState
{
    Scheduled,
    Cancelled,
}

public class User : ModelBase
{
    public string Name { get; set; }
    public string PhotoUrl { get; set; }
    public DateTime AuthorizationTokenExpiration { get; set; }
    public string AuthorizationToken { get; set; }
    public AuthenticationProviderKind AuthenticationProviderKind { get; set; }
    public string AuthenticationProviderId { get; set; }
}

public class Restaurant : ModelBase
{
    public string Name { get; set; }
    public double Rating { get; set; }
    public string Address { get; set; }
    public double Latitude { get; set; }
    public double Longitude { get; set; }
}

public class Lunch : ModelBase
{
    public string Notes { get; set; }
    public DateTime Date { get; set; }
    public Guid HostId { get; set; }
    public List<Invitation> Invitations { get; set; } = new List<Invitation>();
    public Guid LocationId { get; set; }
    public Restaurant Location { get; set; }
    public LunchState State { get; set; }
}

public class Invitation : ModelBase
{
    public Guid LunchId { get; set; }
    public InviteResponseKind Response { get; set; }
    public Guid UserId { get; set; }
}

public class Friendship : ModelBase
{
    public Guid UserId { get; set; }
    public Guid FriendId { get; set; }
}

public class Group : ModelBase
{
    public string Name { get; set; }
    public Guid OwnerId { get; set; }
}

public class GroupMembership : ModelBase
{
    public Guid GroupId { get; set; }
    public Guid MemberId { get; set; }
}

[InMemoryFake]
public interface ILunchRepository
{
    User User { get; set; }
    Task<User> LoginAsyc(AuthenticationProviderKind provider, string token);
    Task LogoutAsync();
    Task<IEnumerable<User>> GetFriendsAsync();
    Task<IEnumerable<Lunch>> GetLunchesAsync();
    Task<IEnumerable<Invitation>> GetInvitationsAsync();
    Task<IEnumerable<Restaurant>> GetRestaurantsAsync(string address);
    Task<IEnumerable<Restaurant>> GetRestaurantsAsync(double lat, double lng);
    Task CreateLunchAsync(Lunch lunch);
    Task CancelLunchAsync(Lunch lunch);
    Task RespondToInvitationAsync(Invitation invite);
    Task AddFriendAsync(Friendship friend);
    Task RemoveFriendAsync(Friendship friend);
    Task<IEnumerable<User>> GetSuggestedFriendsAsync();
    Task CreateGroupAsync(Group group);
    Task DeleteGroupAsync(Group group);
    Task JoinGroupAsync(GroupMembership membership);
    Task LeaveGroupAsync(GroupMembership membership);
}

public static class Smoke
{
    public static async Task RunAsync(ILunchRepository repository)
    {
        Check.Null(repository.User, "User is null before a login");
        await Check.ThrowsAsync<Exception>(() => repository.GetFriendsAsync(), "GetFriendsAsync before a login throws (the API answers 401)");
        await Check.ThrowsAsync<Exception>(() => repository.GetLunchesAsync(), "GetLunchesAsync throws (the API's action is private: 404)");
    }
}
