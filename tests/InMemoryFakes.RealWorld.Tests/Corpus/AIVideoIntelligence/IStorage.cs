// Source: https://github.com/Azure-Samples/AI-Video-Intelligence-Solution-Accelerator
// Commit: cb7fd42d3ad1
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample42 rule 2, continued by h-sample43 (session 20) as fixed there, before probing
//   (Corpus/AzureIntelligentEdgePatterns/IImageEventRepository.cs has both rules in full: the Azure-Samples repositories
//   find_repos answers, in that order, first *Repository/Repo/Store/Storage/StorageService/Cache/CacheProvider
//   interface in ordinal path order with >= 3 members, outside paths containing "test", 1 per repository). This one:
//   rule 2, the 5th pick (AI-Video-Intelligence-Solution-Accelerator, 18 members; the first in path order,
//   pcs/services/asa-manager/Services/Storage/AsaStorage.cs IAsaStorage, declares 2, so this is its first with >= 3).
// Path: pcs/services/config/Services/Storage.cs (the interface and its real store, Storage, in one file; client:
//   Services/External/StorageAdapterClient.cs, over the storage-adapter service's DocumentDbKeyValueContainer.cs;
//   models: Services/Models/Logo.cs, DeviceGroup.cs, PackageServiceModel.cs, External/ConfigTypeListServiceModel.cs)
// Adapted: the namespaces (one for all); Logo.Default built from a fixed string (the source reads
//   Content/DefaultLogo.svg beside the assembly); DeviceGroupCondition cut to Key/Value; the JSON attributes dropped;
//   ResourceNotFoundException and ConflictingResourceException declared here (the service's own). Nullable disabled, as
//   in the source (netcoreapp2.x).
// Real store: Storage, over a key-value service (collections of JSON documents; every document has an ETag).
//   Solution settings: GetThemeAsync/GetLogoAsync read the "theme"/"logo" document of "solution-settings" (none: Theme's
//   or Logo's default; the theme always gets an AzureMapsKey from the configuration); SetThemeAsync writes it
//   (etag "*": an upsert) and returns what was stored, plus the key; SetLogoAsync keeps the stored logo's Name and Image
//   (and Type) where the new one's are null. GetUserSetting(id)/SetUserSetting(id, setting): the document id of
//   "user-settings" (none: a new object(), not null). Device groups ("devicegroups"): CreateDeviceGroupAsync stores
//   the group under a key the service makes (a new Guid: the group's own Id is not the key) and returns it with Id and
//   ETag set; GetDeviceGroupAsync(id) the group, or ResourceNotFoundException (404); UpdateDeviceGroupAsync(id, group,
//   etag) upserts when etag matches the stored one (or is "*"), else ConflictingResourceException (412 -> 409), and
//   returns the group with its new ETag; DeleteDeviceGroupAsync(id) deletes (an unknown id: nothing, the service
//   swallows the 404); GetAllDeviceGroupsAsync every group. Packages ("packages"): AddPackageAsync validates the
//   manifest (InvalidInputException), stamps DateCreated, stores under a new key, and for a DeviceConfiguration package
//   adds its ConfigType to the "config-types" document; GetAllPackagesAsync every package but "config-types";
//   GetFilteredPackagesAsync(packageType, configType) filters by both (a configType without a packageType:
//   InvalidInputException); GetPackageAsync/DeletePackageAsync as for groups. GetConfigTypesListAsync the config
//   types (none: an empty list); UpdateConfigTypeAsync(type) adds the trimmed type to that set.
// First try (d383b30): incomplete: read as an entity repository of PackageServiceModel (keyed by Id; DeviceGroup,
//   which has an Id too, is not its entity); IMF0001 on 15 of 18: the theme, logo, user-setting, config-type and
//   device-group members ('Device' in 'GetDeviceGroup' names neither the entity nor a parameter; CreateDeviceGroup,
//   GetLogo, SetTheme, ... "is not a known verb"), GetAllPackagesAsync ("not a known verb") and
//   GetFilteredPackagesAsync (string packageType does not convert to PackageType). Generated: AddPackageAsync (an add
//   keyed by the package's Id), GetPackageAsync (the package, or null: the lookup is oblivious) and DeletePackageAsync
//   (a removal by id; an unknown id: nothing). The probe stops at GetAllDeviceGroupsAsync, the script's first line |
//   WRONG (found by a throwaway probe of the three generated members, not in the script): AddPackageAsync stores the
//   package under the Id the caller set and returns it, where the real store ignores it and stores under a new Guid
//   key the storage adapter makes (two adds with one Id: DuplicateKeyException here, two packages there); and
//   GetPackageAsync of an unknown id returns null, where the real one throws ResourceNotFoundException (404). Loud
//   only: AddPackageAsync of a package with no Id (the usual call) throws ArgumentNullException. Not generated either
//   way: the manifest validation, the DateCreated stamp (a formatted string) and the config-type update of Add.
// After this round: the key is configured (below); GetPackageAsync of an unknown id still returns null:
//   MissingKeyReads = MissingKeyRead.NotFound with NotFoundException = typeof(ResourceNotFoundException), tried on the
//   attribute, changed nothing and reported nothing (on an entity repository the setting reaches lookups declared not
//   null, not oblivious ones; left to the lead), so it is not set. The refusals are right: the theme gets the
//   configuration's AzureMapsKey, SetLogoAsync merges with the stored logo, a missing user setting is a new object(),
//   the device groups are keyed by the service and guarded by ETags, and GetFilteredPackagesAsync compares the enum's
//   name and throws for a configType without a packageType.
// Configured: PresetKeyOnAdd = PresetKeyOnAdd.Replace: the storage adapter stores every created document under a new
//   Guid (GuidKeyGenerator), whatever Id the package held, and Storage returns the package with that Id: a new Guid
//   string key for every add, as the setting generates (a throwaway probe: an add with no Id, or with a taken one,
//   gets a new key).
// After h-oblivious (session 29): still incomplete (other members); GetPackageAsync answers null for a missing entity
//   as before, now with IMF0026 (Info): an oblivious lookup of one entity says nothing of a missing one, and stores of
//   that signature disagree (docs/generator.md, Oblivious reads); the real store throws ResourceNotFoundException
//   (404): the fake's null differs, which the Info now says; `MissingKeyReads = MissingKeyRead.NotFound` states the
//   throw in one line.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AIVideoIntelligence.IStorageCase;

public class ResourceNotFoundException : Exception
{
    public ResourceNotFoundException() { }
    public ResourceNotFoundException(string message) : base(message) { }
}

public class ConflictingResourceException : Exception
{
    public ConflictingResourceException() { }
    public ConflictingResourceException(string message) : base(message) { }
}

public class Logo
{
    public static readonly Logo Default = new Logo { Image = "PHN2Zz48L3N2Zz4=", Type = "image/svg+xml", Name = "Default Logo", IsDefault = true };

    public string Image { get; set; }
    public string Type { get; set; }
    public string Name { get; set; }
    public bool IsDefault { get; set; }
}

public class DeviceGroupCondition
{
    public string Key { get; set; }
    public string Value { get; set; }
}

public class DeviceGroup
{
    public string Id { get; set; }
    public string DisplayName { get; set; }
    public IEnumerable<DeviceGroupCondition> Conditions { get; set; }
    public string ETag { get; set; }
}

public enum PackageType
{
    EdgeManifest,
    DeviceConfiguration
}

public class PackageServiceModel
{
    public string Id { get; set; }
    public string Name { get; set; }
    public PackageType PackageType { get; set; }
    public string ConfigType { get; set; }
    public string Content { get; set; }
    public string DateCreated { get; set; }
}

public class ConfigTypeListServiceModel
{
    private readonly HashSet<string> configTypes = new HashSet<string>();

    public string[] ConfigTypes
    {
        get { return configTypes.ToArray(); }
        set { Array.ForEach(value, c => configTypes.Add(c)); }
    }

    internal void add(string customConfig)
    {
        configTypes.Add(customConfig.Trim());
    }
}

[InMemoryFake(PresetKeyOnAdd = PresetKeyOnAdd.Replace)]
public interface IStorage
{
    Task<object> GetThemeAsync();
    Task<object> SetThemeAsync(object theme);
    Task<object> GetUserSetting(string id);
    Task<object> SetUserSetting(string id, object setting);
    Task<Logo> GetLogoAsync();
    Task<Logo> SetLogoAsync(Logo model);
    Task<IEnumerable<DeviceGroup>> GetAllDeviceGroupsAsync();
    Task<ConfigTypeListServiceModel> GetConfigTypesListAsync();
    Task<DeviceGroup> GetDeviceGroupAsync(string id);
    Task<DeviceGroup> CreateDeviceGroupAsync(DeviceGroup input);
    Task<DeviceGroup> UpdateDeviceGroupAsync(string id, DeviceGroup input, string etag);
    Task DeleteDeviceGroupAsync(string id);
    Task<IEnumerable<PackageServiceModel>> GetAllPackagesAsync();
    Task<PackageServiceModel> GetPackageAsync(string id);
    Task<IEnumerable<PackageServiceModel>> GetFilteredPackagesAsync(string packageType, string configType);
    Task<PackageServiceModel> AddPackageAsync(PackageServiceModel package);
    Task DeletePackageAsync(string id);
    Task UpdateConfigTypeAsync(string customConfigType);
}

public static class Smoke
{
    public static async Task RunAsync(IStorage storage)
    {
        Check.Equal(0, (await storage.GetAllDeviceGroupsAsync()).Count(), "GetAllDeviceGroupsAsync with no group is empty");
        var created = await storage.CreateDeviceGroupAsync(new DeviceGroup { DisplayName = "Trucks" });
        Check.False(string.IsNullOrEmpty(created.Id), "CreateDeviceGroupAsync gives the group the key the service made");
        Check.False(string.IsNullOrEmpty(created.ETag), "and its ETag");
        var other = await storage.CreateDeviceGroupAsync(new DeviceGroup { DisplayName = "Cars" });
        Check.True(other.Id != created.Id, "a new key for each group");
        Check.Equal("Trucks", (await storage.GetDeviceGroupAsync(created.Id)).DisplayName, "GetDeviceGroupAsync finds a created group");
        await Check.ThrowsAsync<ResourceNotFoundException>(() => storage.GetDeviceGroupAsync("no-such-group"), "GetDeviceGroupAsync of an unknown id throws (404)");
        Check.Equal(2, (await storage.GetAllDeviceGroupsAsync()).Count(), "GetAllDeviceGroupsAsync lists every group");

        var updated = await storage.UpdateDeviceGroupAsync(created.Id, new DeviceGroup { DisplayName = "Lorries" }, created.ETag);
        Check.Equal("Lorries", updated.DisplayName, "UpdateDeviceGroupAsync with the stored ETag writes the group");
        Check.True(updated.ETag != created.ETag, "and gives it a new ETag");
        Check.Equal("Lorries", (await storage.GetDeviceGroupAsync(created.Id)).DisplayName, "which GetDeviceGroupAsync reads");
        await Check.ThrowsAsync<ConflictingResourceException>(() => storage.UpdateDeviceGroupAsync(created.Id, new DeviceGroup { DisplayName = "Vans" }, created.ETag), "UpdateDeviceGroupAsync with a stale ETag throws");
        Check.Equal("Lorries", (await storage.GetDeviceGroupAsync(created.Id)).DisplayName, "and leaves the group as it was");

        await storage.DeleteDeviceGroupAsync(created.Id);
        await Check.ThrowsAsync<ResourceNotFoundException>(() => storage.GetDeviceGroupAsync(created.Id), "DeleteDeviceGroupAsync removes the group");
        await storage.DeleteDeviceGroupAsync(created.Id);

        Check.NotNull(await storage.GetUserSetting("user-1"), "GetUserSetting of a user with none is a new object, not null");
        await storage.SetUserSetting("user-1", "dark");
        Check.Equal("dark", await storage.GetUserSetting("user-1") as string, "GetUserSetting reads what SetUserSetting wrote");

        Check.True((await storage.GetLogoAsync()).IsDefault, "GetLogoAsync with none stored is the default logo");
        await storage.SetLogoAsync(new Logo { Name = "Contoso", Image = "aW1n", Type = "image/png" });
        var logo = await storage.GetLogoAsync();
        Check.Equal("Contoso", logo.Name, "SetLogoAsync stores the logo");
        Check.False(logo.IsDefault, "which is no longer the default");
        await storage.SetLogoAsync(new Logo { Name = "Fabrikam" });
        Check.Equal("aW1n", (await storage.GetLogoAsync()).Image, "SetLogoAsync keeps the stored image where the new logo has none");

        Check.Equal(0, (await storage.GetConfigTypesListAsync()).ConfigTypes.Length, "GetConfigTypesListAsync with none is empty");
        await storage.UpdateConfigTypeAsync(" Firmware2 ");
        Check.Equal("Firmware2", (await storage.GetConfigTypesListAsync()).ConfigTypes.Single(), "UpdateConfigTypeAsync adds the trimmed type");
        Check.Equal(0, (await storage.GetAllPackagesAsync()).Count(), "GetAllPackagesAsync does not list the config types document");
    }
}
