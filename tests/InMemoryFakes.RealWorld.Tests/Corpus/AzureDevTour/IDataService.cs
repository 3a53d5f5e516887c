// Source: https://github.com/Azure-Samples/azuredevtour
// Commit: 8363ad945669
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 8th and last pick (azuredevtour's Xamarin
//   PhotoTour app; its first interface in path order, 8 members).
// Path: xamarin/Reviewer.Core/Interfaces/IDataService.cs (real store: Services/MongoDataService.cs over MongoDB;
//   models: Models/Photo.cs, Models/Comment.cs)
// Adapted: the namespace. Photo and Comment lose their ObservableObject base (change notification) and their
//   [BsonElement] names (the field names in the document); Photo keeps [BsonId] and [BsonRepresentation(ObjectId)] on
//   _id and drops Votes (an Int64 field no member reads); Comment drops CommentText, Date and Time. Nullable disabled, as
//   in the source (PhotoTour.Core.csproj, netstandard2.0).
// Real store: MongoDataService over the "Photos" collection of the "PhotoTour" database (MongoDB driver 2.6).
//   GetAllPhotos: every photo. GetMyPhotos(userId): the photos whose UserId is userId. FindPhotoByUrl(url): the first
//   photo whose PhotoUrl is url, or null. InsertPhoto(photo) = InsertOneAsync: the driver gives a photo without _id a
//   new ObjectId (written back to the photo given); an _id already stored is a duplicate key error, caught and written
//   to Debug output, so nothing is stored and nothing thrown. UpVote(photo) and DownVote(photo) add one to the photo's
//   UpVotes or DownVotes, AddComment(photo, comment) and TagPhoto(photo, tag) append to its Comments or Tags (making the
//   list when null), each on the object given, then ReplaceOneAsync(_id == photo._id, photo): the whole photo given
//   replaces the stored one (its other changes too); a photo not stored is no match, nothing upserted. Reads that fail
//   answer null; every error is caught and written to Debug output.
// Shapes: *=1; UpVote=20; DownVote=20
// First try (f923f300): incomplete: IMF0001 on UpVote, DownVote, AddComment and TagPhoto (not known verbs; 'Comment'
//   attaches Comment values "and no rule says which of their properties identify one"), GetMyPhotos ("'My' … names
//   neither the entity (Photo), the interface nor a parameter"); IMF0016 on FindPhotoByUrl ("names 'Url', which is not a
//   property of Photo"). Generated: GetAllPhotos and InsertPhoto (an add; the ObjectId _id generated when null) | WRONG:
//   none (the probe stops at the second InsertPhoto of a stored _id: the fake throws DuplicateKeyException, where the
//   real service logs the driver's error and goes on; a loud difference, stated by TakenKeyAdds = TakenKeyAdd.Skip).
// After this round: unchanged, and rightly refused: the votes, the comment and the tag change the caller's photo and
//   then write all of it back (a stale copy's other changes go with it), which no increment or append by key would do;
//   'My' is the signed-in user, which only the parameter's name hints; and PhotoUrl is not 'Url' (reading the entity's
//   name in front of a property as the property's own would be a new convention; not made here).
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using MongoDB.Bson;
using MongoDB.Bson.Serialization.Attributes;

namespace Corpus.AzureDevTour.IDataServiceCase;

public class Photo
{
    [BsonId]
    [BsonRepresentation(BsonType.ObjectId)]
    public string _id { get; set; }

    public string PhotoUrl { get; set; }

    public string ThumbnailUrl { get; set; }

    public string UserId { get; set; }

    public List<Comment> Comments { get; set; }

    public int UpVotes { get; set; }

    public int DownVotes { get; set; }

    public DateTime UploadDate { get; set; }

    public List<string> Tags { get; set; }

    public string DisplayName { get; set; }

    public string Caption { get; set; }
}

public class Comment
{
    public string _id { get; set; }

    public string UserId { get; set; }

    public string Text { get; set; }

    public string DisplayName { get; set; }
}

[InMemoryFake]
public interface IDataService
{
    Task<List<Photo>> GetAllPhotos();

    Task<List<Photo>> GetMyPhotos(string userId);

    Task<Photo> FindPhotoByUrl(string url);

    Task UpVote(Photo photo);

    Task DownVote(Photo photo);

    Task AddComment(Photo photo, Comment comment);

    Task InsertPhoto(Photo photo);

    Task TagPhoto(Photo photo, string tag);
}

public static class Smoke
{
    private const string SunsetUrl = "https://phototour.blob.core.windows.net/photos/sunset.jpg";
    private const string BridgeUrl = "https://phototour.blob.core.windows.net/photos/bridge.jpg";

    public static async Task RunAsync(IDataService data)
    {
        Check.Equal(0, (await data.GetAllPhotos()).Count, "a new collection has no photo");
        var sunset = new Photo { PhotoUrl = SunsetUrl, UserId = "user-1", Caption = "Sunset" };
        await data.InsertPhoto(sunset);
        Check.True(!string.IsNullOrEmpty(sunset._id), "InsertPhoto stores the photo and the driver gives it an ObjectId _id (StringObjectIdGenerator)");
        await data.InsertPhoto(new Photo { PhotoUrl = BridgeUrl, UserId = "user-2", Caption = "Bridge" });
        Check.Equal(2, (await data.GetAllPhotos()).Count, "GetAllPhotos answers every photo");
        await data.InsertPhoto(new Photo { _id = sunset._id, PhotoUrl = SunsetUrl, UserId = "user-3", Caption = "Copy" });
        Check.Equal(2, (await data.GetAllPhotos()).Count, "InsertPhoto of an _id already there inserts nothing (the duplicate key error is logged, not thrown)");
        Check.Equal("Sunset", string.Join(",", (await data.GetAllPhotos()).Where(p => p._id == sunset._id).Select(static p => p.Caption)), "and leaves the stored photo as it was");
        Check.Equal("Sunset", string.Join(",", (await data.GetMyPhotos("user-1")).Select(static p => p.Caption)), "GetMyPhotos answers the photos whose UserId is the one given");

        var bridge = await data.FindPhotoByUrl(BridgeUrl);
        Check.Equal("Bridge", bridge?.Caption, "FindPhotoByUrl answers the photo whose PhotoUrl is the URL given");
        Check.Null(await data.FindPhotoByUrl("https://phototour.blob.core.windows.net/photos/none.jpg"), "and null when none has it");

        await data.UpVote(bridge);
        Check.Equal(1, bridge.UpVotes, "UpVote adds one to the photo given");
        Check.Equal(1, (await data.FindPhotoByUrl(BridgeUrl)).UpVotes, "and replaces the stored photo with it");
        await data.UpVote(bridge);
        await data.DownVote(bridge);
        var stored = await data.FindPhotoByUrl(BridgeUrl);
        Check.Equal(2, stored.UpVotes, "each UpVote counts");
        Check.Equal(1, stored.DownVotes, "DownVote adds one to DownVotes");

        await data.AddComment(bridge, new Comment { UserId = "user-1", Text = "Nice light" });
        await data.TagPhoto(bridge, "night");
        stored = await data.FindPhotoByUrl(BridgeUrl);
        Check.Equal("Nice light", string.Join(",", stored.Comments.Select(static c => c.Text)), "AddComment appends the comment to the photo's Comments and stores it");
        Check.Equal("night", string.Join(",", stored.Tags), "TagPhoto appends the tag to the photo's Tags and stores it");

        var stale = await data.FindPhotoByUrl(SunsetUrl);
        stale.Caption = "Sunset over the bay";
        await data.UpVote(stale);
        Check.Equal("Sunset over the bay", (await data.FindPhotoByUrl(SunsetUrl)).Caption, "UpVote writes the whole photo given (ReplaceOne), its other changes too");

        await data.UpVote(new Photo { _id = ObjectId.GenerateNewId().ToString(), PhotoUrl = "https://phototour.blob.core.windows.net/photos/gone.jpg" });
        Check.Equal(2, (await data.GetAllPhotos()).Count, "UpVote of a photo not stored stores nothing (ReplaceOne without upsert)");
    }
}
