// Source: https://github.com/Azure-Samples/bing-visualsearch-tools
// Commit: 4b8d939ef2f3
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample121 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample121-rule.md):
//   Microsoft's Azure samples organisation: the repositories find_repos("Azure-Samples/") lists, in its order, owner
//   exactly Azure-Samples, with C# files (find_files(repo, ext="cs") gives rows); then find_repos("Azure-Samples/a"),
//   find_repos("Azure-Samples/b")… when the list runs out before 3 picks (it did, with none; "a" gave none either). A
//   corpus source is skipped, as is a repository with no licence of its own; in each, at its newest stored snapshot
//   (fetch, then git grep of the interface declarations in *.cs, paths in ordinal order; the file index where no
//   snapshot can be had), the first interface whose name contains Store, Repository, Repo, Cache, Storage, Persist or
//   Service (case-sensitive), whose path contains no "test", with at least 3 members and an implementation in the same
//   repository that keeps state; at most 1 per repository; stop after 3. A path saying "sample" is not skipped.
//   The walk (192 repositories, in order, and why each was skipped) is in /work/prompts/out/h-sample121-rule.md.
//   This one: the first pick, the second repository of find_repos("Azure-Samples/b") (blockchain, the first, was walked
//   in the first list); its only interface with the words. The 2nd pick is Corpus/BcCommunitySamples/
//   IBlobContractFileRepository.cs, the 3rd Corpus/CosmicWorks/ICosmosDataService.cs.
// Path: src/VSPingShared/Models/QueryImageStore.cs (the interface and both stores; ImageInfo in the same file; caller:
//   src/VSPingShared/ViewModels/QueryImageStoreViewModel.cs)
// Adapted: the namespace. ImageInfo cut to its properties and its abstract GenerateSearchResponse (its interface
//   IImageInfo left out); SearchResponse (a Bing Visual Search response model) cut to an empty class; FileImageInfo
//   kept for the script, its GenerateSearchResponse (which reads a .json file beside the image) cut to a completed task.
//   Nullable disabled, as its WPF shared project (no Nullable setting) builds it.
// Real store: two stores implement it, both a list of images held in memory over a source. FileImageStore (Name
//   "Local"): Refresh(params) reads params["filePath"] (returns doing nothing when that key is absent) and replaces
//   Images with the folder's .jpg/.gif/.png files, newest first (Url the file's full path, Name its file name,
//   LastModified its local write time "s"); GetImage(url) always answers null. AzureImageStore (Name "Azure"):
//   Refresh ignores its parameters and replaces Images with the container's image blobs, newest first; GetImage(url)
//   answers the listed image whose Url equals url ignoring case, else fetches the blob the URL names and, when it
//   exists, adds an image for it to Images and answers it, else null (a malformed URL null). Name and Images are plain
//   auto-properties the caller may set. The view model calls Refresh, then reads Images, and GetImage for a URL typed in.
// Shapes: *=core
// First try (8a14561e): incomplete: Name and Images refused (IMF0001: "properties with a setter are not supported …
//   an auto-property in the partial class … keeps what the test sets"), Refresh refused ("its parameter 'refreshParams'
//   (Dictionary<string, object>) is not the key (string)"); GetImage generated, read as a key-value store of ImageInfo
//   values by a string key (IMF0026 info: null for a missing key; IMF0021 info: ImageInfo is abstract) | WRONG: GetImage
//   reads the fake's table, which no member fills and which is not the Images list: with Images written by hand as the
//   refusal suggests, an image the test puts in Images is not found (null), where AzureImageStore answers it from Images
//   (its Url compared ignoring case) or from the blob the URL names.
// After this round: incomplete: GetImage refused too, naming the list ("its values are kept in IImageStore's own property
//   'Images' (List<ImageInfo>, with a setter), the real store's list of them … the fake's table is not that list");
//   nothing generated, nothing wrong. Refresh is the store's own reload (a folder or a container), rightly refused; its
//   cause (not the key) is thin (Left). The smoke cannot run (incomplete).
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.BingVisualSearchTools.IImageStoreCase;

public class SearchResponse
{
}

public abstract class ImageInfo
{
    public string Name { get; set; }
    public string Url { get; set; }
    public string LastModified { get; set; }

    public string JsonString { get; set; }

    public override string ToString()
    {
        return Url.ToString();
    }

    public SearchResponse SearchResponse { get; set; }
    public string[] Tags { get; set; } = new string[] { String.Empty };

    public string TagsList => String.Join(",", this.Tags);

    public abstract Task GenerateSearchResponse();
}

public class FileImageInfo : ImageInfo
{
    public override Task GenerateSearchResponse() => Task.CompletedTask;
}

[InMemoryFake]
public interface IImageStore
{
    string Name { get; set; }
    List<ImageInfo> Images { get; set; }
    Task Refresh(Dictionary<string, object> refreshParams);
    Task<ImageInfo> GetImage(string url);
}

public static class Smoke
{
    // Against AzureImageStore, the store of the two whose GetImage looks anything up (FileImageStore's answers null).
    public static async Task RunAsync(IImageStore store)
    {
        store.Name = "Azure";
        Check.Equal("Azure", store.Name, "Name is a plain property");
        var image = new FileImageInfo { Name = "bike.jpg", Url = "https://contoso.blob.core.windows.net/images/bike.jpg", LastModified = "2019-10-16T11:19:22" };
        store.Images = new List<ImageInfo> { image };
        Check.True(ReferenceEquals(image, store.Images[0]), "Images is the list the caller set");
        var found = await store.GetImage("HTTPS://CONTOSO.BLOB.CORE.WINDOWS.NET/images/BIKE.JPG");
        Check.True(ReferenceEquals(image, found), "GetImage answers the listed image whose Url equals the URL, ignoring case");
        Check.Equal(1, store.Images.Count, "a listed image is not added again");
    }
}
