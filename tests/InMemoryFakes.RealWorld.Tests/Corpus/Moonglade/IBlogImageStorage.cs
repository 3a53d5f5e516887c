// Source: https://github.com/EdiWang/Moonglade
// Commit: b701f861
// Licence: GPL-3.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample13 rule, fixed before probing: in these repositories, in this order (SimpleIdServer/SimpleIdServer,
//   blazorhero/CleanArchitecture, EdiWang/Moonglade, dotnet-architecture/eShopOnContainers, cofoundry-cms/cofoundry,
//   AntonioFalcaoJr/EventualShop, thangchung/coolstore-microservices, vietnam-devs/coolstore-microservices,
//   kimcu-on-thenet/ddd-net-ef-core, davidfowl/TodoApi, Dotnet-Boxed/Templates, nopSolutions/nopCommerce-plugins,
//   jbogard/ContosoUniversityDotNetCore-Pages), skipping any the tools do not hold or already in the corpus, at the
//   newest stored snapshot (fetch, then git grep, paths sorted ordinally): the first interfaces in ordinal path order (at
//   most 3 per repository; an identical copy of one already taken does not count), outside paths containing "test" (any
//   case), whose name ends in Repository, Repo, Store, Storage or Cache, that declare at least 3 members (inherited ones
//   count if the base interface is in the same repository) and are not already in the corpus; stop after 12; each
//   transcribed whole (none has more than 50 members; nothing cut). Not held: SimpleIdServer,
//   thangchung/coolstore-microservices, nopCommerce-plugins. eShopOnContainers' newest snapshot is a README (the repo
//   moved); blazorhero's IBrandRepository, IDocumentRepository, IDocumentTypeRepository and IProductRepository,
//   cofoundry's IDistributedLockDefinitionRepository, coolstore's IGridRepository<T> and IEventStorage declare 2 or
//   fewer; EventualShop's seven other IEventStoreRepository files are identical copies; TodoApi and
//   ContosoUniversityDotNetCore-Pages have none. The list ends at 11: Moonglade IEmailOutboxStore and
//   IBlogImageStorage; cofoundry IObjectCache, IAdvancedContentRepositoryAuthorizedTaskRepository and
//   IAuthorizedTaskTypeDefinitionRepository; EventualShop IEventStoreRepository; vietnam-devs/coolstore IRepository<T>;
//   ddd-net-ef-core IRepository<TAggregate, TIdentity>; Dotnet-Boxed ICarRepository, IDroidRepository, IHumanRepository.
//   This one: the 2nd of EdiWang/Moonglade.
// Path: src/Moonglade.ImageStorage/IBlogImageStorage.cs (model: src/Moonglade.ImageStorage/ImageInfo.cs)
// Adapted: ImageInfo as it is; #nullable disable and implicit usings as in Moonglade.
// Real store: three providers; the default one read here is Providers/FileSystemImageStorage.cs (one directory): Name is
//   the constant "FileSystemImageStorage"; every member first rejects a blank file name, one with a path part, ".." or an
//   invalid file-name character (ArgumentException); InsertAsync writes (creates or overwrites) the file and returns the
//   file name; InsertSecondaryAsync is InsertAsync (the Azure provider writes a second container and throws
//   InvalidOperationException when none is configured); GetInfoAsync returns null for a missing file, else an ImageInfo
//   with ImageExtensionName = the extension without its dot, ContentType from it ("png" -> "image/png"), ContentLength,
//   LastModifiedUtc and an EntityTag; OpenReadAsync null for a missing file, else a read stream; DeleteAsync deletes, a
//   missing file is ignored.
// Shapes: *=core; Name=6; InsertSecondaryAsync=6; GetInfoAsync=6
// First try (f2bb1c3): incomplete: IMF0001 Name (a provider-name property), InsertAsync and
//   InsertSecondaryAsync ('Insert' is no blob verb: whether it overwrites is the provider's; FileSystem's does, Azure's
//   UploadAsync without overwrite does not), GetInfoAsync and OpenReadAsync (#nullable disable: null or an error for a
//   missing file is not said). Generated: DeleteAsync, right (a missing file is ignored, in both providers). Not wrong
//   but provider-specific: the FileSystem provider rejects a name with a path part or ".." (ArgumentException), the Azure
//   one does not; the fake accepts it. Unchanged after this round's fixes.
#nullable disable

using System;
using System.IO;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Moonglade.IBlogImageStorageCase;

public class ImageInfo
{
    public string ImageExtensionName { get; set; }

    public string ContentType { get; set; }

    public long ContentLength { get; set; }

    public DateTimeOffset? LastModifiedUtc { get; set; }

    public string EntityTag { get; set; }

    public string ImageContentType => string.IsNullOrWhiteSpace(ContentType)
        ? GetContentType(ImageExtensionName)
        : ContentType;

    public static string GetContentType(string extension)
    {
        var normalized = extension?.TrimStart('.').ToLowerInvariant();

        return normalized switch
        {
            "jpg" or "jpeg" => "image/jpeg",
            "png" => "image/png",
            "gif" => "image/gif",
            "webp" => "image/webp",
            "svg" => "image/svg+xml",
            "bmp" => "image/bmp",
            "tiff" or "tif" => "image/tiff",
            "ico" => "image/x-icon",
            _ => "application/octet-stream"
        };
    }
}

[InMemoryFake]
public interface IBlogImageStorage
{
    string Name { get; }

    Task<string> InsertAsync(string fileName, byte[] imageBytes);

    Task<string> InsertSecondaryAsync(string fileName, byte[] imageBytes);

    Task<ImageInfo> GetInfoAsync(string fileName);

    Task<Stream> OpenReadAsync(string fileName);

    Task DeleteAsync(string fileName);
}

public static class Smoke
{
    public static async Task RunAsync(IBlogImageStorage storage)
    {
        Check.Equal("FileSystemImageStorage", storage.Name, "Name names the provider");
        Check.Equal("a.png", await storage.InsertAsync("a.png", [1, 2, 3]), "InsertAsync returns the file name");
        using (var stream = await storage.OpenReadAsync("a.png"))
        {
            var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer);
            Check.Equal(3, buffer.ToArray().Length, "OpenReadAsync reads the bytes written");
        }

        var info = await storage.GetInfoAsync("a.png");
        Check.Equal(3L, info.ContentLength, "GetInfoAsync reports the length");
        Check.Equal("png", info.ImageExtensionName, "GetInfoAsync reports the extension without its dot");
        Check.Equal("image/png", info.ContentType, "GetInfoAsync reports the content type of the extension");
        await storage.InsertAsync("a.png", [9]);
        Check.Equal(1L, (await storage.GetInfoAsync("a.png")).ContentLength, "InsertAsync overwrites a file");
        Check.Equal("b.png", await storage.InsertSecondaryAsync("b.png", [4]), "InsertSecondaryAsync writes like InsertAsync");
        Check.NotNull(await storage.OpenReadAsync("b.png"), "the file system provider has one directory for both");
        Check.Null(await storage.GetInfoAsync("missing.png"), "GetInfoAsync of a missing file returns null");
        Check.Null(await storage.OpenReadAsync("missing.png"), "OpenReadAsync of a missing file returns null");
        await storage.DeleteAsync("a.png");
        Check.Null(await storage.GetInfoAsync("a.png"), "DeleteAsync deletes the file");
        await storage.DeleteAsync("a.png");
        await Check.ThrowsAsync<ArgumentException>(() => storage.InsertAsync("../x.png", [1]), "a file name with a path part throws ArgumentException");
    }
}
