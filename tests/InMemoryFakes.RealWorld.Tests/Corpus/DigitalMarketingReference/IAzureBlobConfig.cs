// Source: https://github.com/Azure-Samples/azure-solutions-digital-marketing-reference-implementation
// Commit: 711d6895b337
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample65 rule (Corpus/CosmosDbDesignPatterns/ICosmosLockClient.cs has it in full, with the repositories
//   skipped and why), fixed before looking at any interface. This one: the 4th pick (AzureKit; ILoginManager and
//   INotificationsManager before it declare 1; 6 members, settings with setters kept in the object, counted as
//   h-sample63 counted Cognitive-Services-Voice-Assistant's IKeywordRegistration).
// Path: src/AzureKit/AzureKit.ServerCore/Config/IAzureBlobConfig.cs (real store: Config/AzureBlobConfig.cs, defaults in
//   Config/Constants.cs; read by Media/AzureBlob/AzureBlobClient.cs)
// Adapted: the namespace. Nullable disabled, as in the source (a .NET Framework project).
// Real store: AzureBlobConfig, an object of auto-properties filled in its constructor from web.config's appSettings
//   (ConfigurationManager.AppSettings): azureStorageAccountKey, azureStorageAccountName, mediaStorageVideoContainerName,
//   mediaStorageImageContainerName, azureStorageCDN (null when a setting is missing), and SASURLExpiryDuration from
//   mediaStorageUploadPolicyTimeout, else Constants.DEFAULT_SASURL_EXPIRY (10 minutes). Each setter keeps the value and
//   the getter reads it back; nothing is written to a store.
// Shapes: *=none
// First try (f923f300): incomplete, nothing generated: read as a key-value store, IMF0001 on all six ("properties with a
//   setter are not supported: what setting one changes in the real store … is its own code"; the fix named: an
//   auto-property in the partial class) | WRONG: none (no member generated).
// After this round: unchanged, and rightly refused: the values before any set are the application's configuration
//   (and a default of its own for the expiry), which no signature shows; six auto-properties in the partial class are
//   the whole fake, as the diagnostic says.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.DigitalMarketingReference.IAzureBlobConfigCase;

[InMemoryFake]
public interface IAzureBlobConfig
{
    string CDNAddress { get; set; }
    string ImageContainerName { get; set; }
    int SASURLExpiryDuration { get; set; }
    string StorageAccountKey { get; set; }
    string StorageAccountName { get; set; }
    string VideoContainerName { get; set; }
}

public static class Smoke
{
    public static Task RunAsync(IAzureBlobConfig config)
    {
        Check.Equal(10, config.SASURLExpiryDuration, "without an app setting mediaStorageUploadPolicyTimeout the SAS expiry is Constants.DEFAULT_SASURL_EXPIRY (10 minutes)");
        Check.Null(config.ImageContainerName, "a container name with no app setting is null (ConfigurationManager.AppSettings)");
        config.ImageContainerName = "images";
        config.VideoContainerName = "videos";
        config.SASURLExpiryDuration = 15;
        config.CDNAddress = "cdn.contoso.net";
        Check.Equal("images", config.ImageContainerName, "each setting reads back what was set");
        Check.Equal("videos", config.VideoContainerName, "each setting holds its own value");
        Check.Equal(15, config.SASURLExpiryDuration, "an int setting reads back too");
        Check.Equal("cdn.contoso.net", config.CDNAddress, "and the CDN address");
        config.StorageAccountName = "contosomedia";
        config.StorageAccountKey = "a2V5";
        Check.Equal("contosomedia", config.StorageAccountName, "the account name");
        Check.Equal("a2V5", config.StorageAccountKey, "and key");
        return Task.CompletedTask;
    }
}
