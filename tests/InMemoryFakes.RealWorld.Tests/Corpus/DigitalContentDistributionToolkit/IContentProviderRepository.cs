// Source: https://github.com/microsoft/digital-content-distribution-toolkit
// Commit: abb82c2f629b (the interface last changed in 04c242bdd038)
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample64 rule, fixed before probing (written in full in Corpus/CodeChallenges/IPersonRepository.cs).
//   This one: the 4th pick (digital-content-distribution-toolkit, "BlendNet"; its first hit in path order, 12 members).
// Path: blendnet.cms.repository/Interfaces/IContentProviderRepository.cs (real store:
//   CosmosRepository/ContentProviderRepository.cs, the Cosmos DB .NET SDK v3 and Azure.Storage.Blobs; models:
//   blendnet.common.dto/BaseDto.cs, Cms/ContentProvider.cs, Cms/ContentAdministratorDto.cs,
//   Cms/ContentProviderSubscription.cs, Cms/ContentProviderContainerType.cs, SasTokenDto.cs; the callers:
//   blendnet.cms.api/Controllers/ContentProviderController.cs and SubscriptionController.cs)
// Adapted: the namespaces (one for all); the XML comments dropped. The models with the properties the members need;
//   Newtonsoft's JsonProperty ("id", "_etag") and StringEnumConverter and the DataAnnotations validation attributes
//   dropped (the controllers validate; the repository does not). Nullable disabled, as in the source (the project does
//   not enable it).
// Real store: one Cosmos DB container "ContentProvider" holds both content providers and their subscriptions (Type
//   tells them apart), partitioned by the provider's id; the controllers set Id (SetIdentifiers: a new Guid),
//   CreatedDate and CreatedByUserId before a create. CreateContentProvider(cp) creates the item in partition cp's id
//   and answers its Id (409 Conflict, a CosmosException, when the id is taken). GetContentProviderById(id) reads it
//   (null on 404). GetContentProviders() lists the items of type ContentProvider by CreatedDate, newest first.
//   GetContentProvidersByAdmin(phones) lists the providers one of whose ContentAdministrators has one of the phone
//   numbers, each once. UpdateContentProvider(cp) replaces the item and answers the HTTP status as an int: 200, or 404
//   when no item has that id (nothing written). DeleteContentProvider(id) answers 204 (No Content) when it deleted,
//   404 when missing; the provider's subscriptions stay. GenerateSaSToken(id) signs a SAS URI for the provider's raw
//   blob container (null when the client holds no shared key). CreateSubscription(s) creates s in partition
//   s.ContentProviderId and answers its Id (409 when taken). GetSubscriptions(cpId) lists the provider's subscriptions
//   (query order, unspecified); GetSubscription(cpId, id) the one of that id in that provider, or null.
//   UpdateSubscription(cpId, s) replaces s in partition cpId: 200, or 404 when that provider has no subscription of s's
//   id. DeleteSubscription(cpId, id): 204, or 404.
// Shapes: *=4; UpdateContentProvider=7; DeleteContentProvider=7; UpdateSubscription=7; DeleteSubscription=7; GenerateSaSToken=11
// Configured: DefaultOrder = "CreatedDate desc" (GetContentProviders' query: "order by c.createdDate desc").
// First try (f923f300): incomplete: IMF0016 on GetContentProvidersByAdmin ('Admin' is no property of ContentProviderDto);
//   IMF0001 on DeleteContentProvider, DeleteSubscription and GenerateSaSToken (the name proves neither of the two entity
//   types), GetSubscription (subscriptionId names neither the key nor a property) and UpdateSubscription ('Subscription' is
//   neither type's name); GetContentProviders, GetContentProviderById, CreateContentProvider, UpdateContentProvider,
//   CreateSubscription and GetSubscriptions generated | WRONG: UpdateContentProvider answers 1 or 0 (a row count), where
//   the real store answers the HTTP status, 200 or 404, and its caller (ContentProviderController) tests for
//   HttpStatusCode.OK, so the fake's 1 reads as a failure there; GetContentProviders lists in insertion order, where the
//   real query orders by CreatedDate, newest first.
// After this round: DefaultOrder = "CreatedDate desc" stated (the real query's order). UpdateContentProvider stays
//   generated and wrong: an int result of an update is read as a count (issue 10's shape 7, Dapper's rows affected), and
//   nothing in the signature says it is a Cosmos DB status code; whether int results of updates and deletes should be
//   refused unless a setting states them (as a bool add is) is left to the lead. The refusals are right: providers and
//   subscriptions share one container, the deletes answer status codes too, and an administrator's phone number sits in a
//   list inside the provider. The probe stops at GetContentProvidersByAdmin, before the update.
// After h-oblivious (session 29): still incomplete (other members); GetContentProviderById answers null for a missing
//   entity as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads); the real store answers null for a missing
//   one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences the
//   Info).
// After h-smoke38 (session 38): UpdateContentProvider carries IMF0029 (Info): an update or a removal by entity
//   answering bool or a count answers 0 for an entity that is not stored (the documented default), where EF Core's
//   Update/Remove + SaveChanges throws; MissingUpdate / MissingEntityDelete = NotFound or Ignore would state which.
//   The attribute is left as it was: the outcome and the generated code are unchanged.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DigitalContentDistributionToolkit.IContentProviderRepositoryCase;

public enum ContentProviderContainerType
{
    ContentProvider = 0,
    Subscription = 1,
}

public enum SubscriptionPublishMode
{
    DRAFT,
    PUBLISHED
}

public enum SubscriptionType
{
    TVOD,
    SVOD
}

public class BaseDto
{
    public string ETag { get; set; }

    public Guid CreatedByUserId { get; set; }

    public Guid? ModifiedByByUserId { get; set; }

    public DateTime CreatedDate { get; set; }

    public DateTime? ModifiedDate { get; set; }
}

public class ContentAdministratorDto
{
    public Guid? Id { get; set; }

    public string PhoneNumber { get; set; }

    public Guid UserId { get; set; }
}

public class ContentProviderDto : BaseDto
{
    public Guid? Id { get; set; }

    public Guid? ContentProviderId
    {
        get
        {
            return this.Id;
        }
        set
        {
            // no op
        }
    }

    public ContentProviderContainerType Type { get; set; } = ContentProviderContainerType.ContentProvider;

    public string Name { get; set; }

    public List<ContentAdministratorDto> ContentAdministrators { get; set; }

    public bool IsPublished { get; set; } = true;

    public string LogoUrl { get; set; }

    public void SetIdentifiers()
    {
        this.Id = Guid.NewGuid();

        if (this.ContentAdministrators != null && this.ContentAdministrators.Count > 0)
        {
            foreach (ContentAdministratorDto contentAdministrator in this.ContentAdministrators)
            {
                contentAdministrator.Id = Guid.NewGuid();
            }
        }
    }
}

public class ContentProviderSubscriptionDto : BaseDto
{
    public Guid? Id { get; set; }

    public Guid ContentProviderId { get; set; }

    public ContentProviderContainerType Type { get; set; } = ContentProviderContainerType.Subscription;

    public string Title { get; set; }

    public int DurationDays { get; set; }

    public float Price { get; set; }

    public DateTime StartDate { get; set; }

    public DateTime EndDate { get; set; }

    public bool IsRedeemable { get; set; }

    public int RedemptionValue { get; set; }

    public void SetIdentifiers()
    {
        this.Id = Guid.NewGuid();
    }

    public SubscriptionPublishMode PublishMode { get; set; } = SubscriptionPublishMode.PUBLISHED;

    public SubscriptionType SubscriptionType { get; set; } = SubscriptionType.SVOD;

    public List<Guid> ContentIds { get; set; }
}

public class SasTokenDto
{
    public string StorageAccount { get; set; }

    public string ContainerName { get; set; }

    public string PolicyName { get; set; }

    public Uri SasUri { get; set; }

    public int ExpiryInMinutes { get; set; }
}

[InMemoryFake(DefaultOrder = "CreatedDate desc")]
public interface IContentProviderRepository
{
    Task<List<ContentProviderDto>> GetContentProviders();

    Task<ContentProviderDto> GetContentProviderById(Guid id);

    Task<List<ContentProviderDto>> GetContentProvidersByAdmin(List<string> adminPhoneNumbers);

    Task<Guid> CreateContentProvider(ContentProviderDto contentProvider);

    Task<int> UpdateContentProvider(ContentProviderDto updatedContentProvider);

    Task<int> DeleteContentProvider(Guid contentProviderId);

    SasTokenDto GenerateSaSToken(Guid contentProviderId);

    Task<Guid> CreateSubscription(ContentProviderSubscriptionDto subscriptionMetadata);

    Task<List<ContentProviderSubscriptionDto>> GetSubscriptions(Guid contentProviderId);

    Task<ContentProviderSubscriptionDto> GetSubscription(Guid contentProviderId, Guid subscriptionId);

    Task<int> UpdateSubscription(Guid contentProviderId, ContentProviderSubscriptionDto subscriptionMetadata);

    Task<int> DeleteSubscription(Guid contentProviderId, Guid subscriptionId);
}

public static class Smoke
{
    public static async Task RunAsync(IContentProviderRepository repository)
    {
        Check.Equal(0, (await repository.GetContentProviders()).Count, "a new container holds no provider");

        var older = new ContentProviderDto { Name = "Eros", CreatedDate = new DateTime(2021, 3, 1, 0, 0, 0, DateTimeKind.Utc), ContentAdministrators = new List<ContentAdministratorDto> { new() { PhoneNumber = "9800000001", UserId = Guid.NewGuid() } } };
        older.SetIdentifiers();
        var newer = new ContentProviderDto { Name = "Hungama", CreatedDate = new DateTime(2021, 6, 1, 0, 0, 0, DateTimeKind.Utc), ContentAdministrators = new List<ContentAdministratorDto> { new() { PhoneNumber = "9800000002", UserId = Guid.NewGuid() }, new() { PhoneNumber = "9800000003", UserId = Guid.NewGuid() } } };
        newer.SetIdentifiers();
        Check.Equal(older.Id.Value, await repository.CreateContentProvider(older), "CreateContentProvider answers the provider's id");
        Check.Equal(newer.Id.Value, await repository.CreateContentProvider(newer), "for each provider");
        await Check.ThrowsAsync<Exception>(() => repository.CreateContentProvider(new ContentProviderDto { Id = older.Id, Name = "Eros again" }), "a create of a taken id is a conflict (409)");

        Check.Equal("Hungama,Eros", string.Join(",", (await repository.GetContentProviders()).Select(p => p.Name)), "GetContentProviders lists the providers, newest CreatedDate first");
        Check.Equal("Eros", (await repository.GetContentProviderById(older.Id.Value))?.Name, "GetContentProviderById reads one");
        Check.Null(await repository.GetContentProviderById(Guid.NewGuid()), "and null for an id not stored (404)");
        Check.Equal("Eros,Hungama", string.Join(",", (await repository.GetContentProvidersByAdmin(new List<string> { "9800000001", "9800000003", "9800000002" })).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal)), "GetContentProvidersByAdmin lists the providers an administrator's phone number names, each once");
        Check.Equal(0, (await repository.GetContentProvidersByAdmin(new List<string> { "9899999999" })).Count, "and none for a number no administrator has");

        var renamed = await repository.GetContentProviderById(older.Id.Value);
        renamed.Name = "Eros Now";
        Check.Equal(200, await repository.UpdateContentProvider(renamed), "UpdateContentProvider answers 200 (OK) for a stored provider");
        Check.Equal("Eros Now", (await repository.GetContentProviderById(older.Id.Value))?.Name, "and replaces it");
        var stranger = new ContentProviderDto { Name = "Nobody" };
        stranger.SetIdentifiers();
        Check.Equal(404, await repository.UpdateContentProvider(stranger), "and 404 (Not Found) for one not stored");
        Check.Null(await repository.GetContentProviderById(stranger.Id.Value), "which it does not add");

        var monthly = new ContentProviderSubscriptionDto { ContentProviderId = older.Id.Value, Title = "Monthly", DurationDays = 30, Price = 99 };
        monthly.SetIdentifiers();
        var yearly = new ContentProviderSubscriptionDto { ContentProviderId = older.Id.Value, Title = "Yearly", DurationDays = 365, Price = 999 };
        yearly.SetIdentifiers();
        var weekly = new ContentProviderSubscriptionDto { ContentProviderId = newer.Id.Value, Title = "Weekly", DurationDays = 7, Price = 29 };
        weekly.SetIdentifiers();
        Check.Equal(monthly.Id.Value, await repository.CreateSubscription(monthly), "CreateSubscription answers the subscription's id");
        await repository.CreateSubscription(yearly);
        await repository.CreateSubscription(weekly);
        Check.Equal("Monthly,Yearly", string.Join(",", (await repository.GetSubscriptions(older.Id.Value)).Select(s => s.Title).OrderBy(t => t, StringComparer.Ordinal)), "GetSubscriptions lists the provider's subscriptions");
        Check.Equal("Weekly", string.Join(",", (await repository.GetSubscriptions(newer.Id.Value)).Select(s => s.Title)), "of that provider only");
        Check.Equal("Yearly", (await repository.GetSubscription(older.Id.Value, yearly.Id.Value))?.Title, "GetSubscription reads one of the provider's");
        Check.Null(await repository.GetSubscription(newer.Id.Value, yearly.Id.Value), "and null under another provider");
        Check.Equal(2, (await repository.GetContentProviders()).Count, "subscriptions are no providers");

        yearly.Price = 899;
        Check.Equal(200, await repository.UpdateSubscription(older.Id.Value, yearly), "UpdateSubscription answers 200 for the provider's subscription");
        Check.Equal(899f, (await repository.GetSubscription(older.Id.Value, yearly.Id.Value))?.Price, "and replaces it");
        Check.Equal(404, await repository.UpdateSubscription(newer.Id.Value, yearly), "and 404 under another provider");

        Check.Equal(204, await repository.DeleteSubscription(older.Id.Value, monthly.Id.Value), "DeleteSubscription answers 204 (No Content) when it deleted");
        Check.Equal(404, await repository.DeleteSubscription(older.Id.Value, monthly.Id.Value), "and 404 when it is gone");
        Check.Equal(404, await repository.DeleteSubscription(newer.Id.Value, yearly.Id.Value), "or under another provider");

        Check.Equal(204, await repository.DeleteContentProvider(newer.Id.Value), "DeleteContentProvider answers 204 when it deleted");
        Check.Null(await repository.GetContentProviderById(newer.Id.Value), "the provider is gone");
        Check.Equal(404, await repository.DeleteContentProvider(newer.Id.Value), "and 404 for a provider not stored");
        Check.Equal("Weekly", string.Join(",", (await repository.GetSubscriptions(newer.Id.Value)).Select(s => s.Title)), "its subscriptions stay");
    }
}
