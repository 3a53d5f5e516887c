// Source: https://github.com/MicrosoftDocs/mslearn-mr-adt-in-unity
// Commit: 5e1d07f0095853f29d8f0de1331d35de839f73dc
// Licence: MIT (code, LICENSE-CODE; CC-BY-4.0 documentation): a class's public members transcribed for a test
// Sample: h-sample53 rule, fixed before probing: the repositories in the order find_repos("MicrosoftDocs/mslearn")
//   lists them (100 listed, file_versions descending), keeping those with C# code and not already a corpus source
//   (mslearn-aspnet-core, -live-migrating-to-the-cloud, -store-data-in-azure, -tailspin-spacegame-web are); for each,
//   at the newest stored snapshot (fetch, then `git grep -n -E "(interface I\w*|class \w*)(Repository|Repo|Store|
//   Storage|Cache|Service|Database|DataAccess|Data)\b" -- '*.cs'`, paths sorted ordinally), the first type outside
//   paths containing "test" (any case) that declares at least 3 public members and holds state: an interface, or a
//   class transcribed as the interface Visual Studio's "Extract interface" gives from its public instance members
//   (methods, properties, events, indexers: public fields and static members are not extracted, so a class of public
//   fields only has none). Holding state means keeping, between calls, data its own members write or read (a list, a
//   dictionary, a database connection or context); a type that only computes, or only calls a remote API (HttpClient,
//   gRPC, an Azure SDK client, the Speech SDK; a memo of the remote answer does not count), is skipped, and so is a
//   module's starter stub whose data members are still TODO or throw NotImplementedException (nothing is kept at the
//   snapshot). At most 1 per repository; stop after 6. In find_repos' order (the skips of each stretch grouped by
//   reason): skipped intro-translator-text-to-speech (BlobStorageRepository has 1 public member; TextToSpeechService,
//   TranslatorService and VoiceInformationService call the Speech and Translator services; the last memoizes the voice
//   list it fetches); advocates.azure-functions-and-signalr, staticwebapp: no C#. Taken: mr-adt-in-unity (this one).
//   Then skipped: intro-to-form-recognizer (two recognizer services call Form Recognizer); persist-data-ef-core (its
//   only match, PizzaService, is the module's starter: every member throws NotImplementedException; the module's
//   solution branch has the EF Core one, not the newest snapshot of main);
//   module-shifting-nodejs-express-apis-to-serverless, introduction-to-machine-learning, typescript,
//   build-api-azure-functions, cosmos-java-sql: no C#; immersive-reader-stt (ADAuthenticationService 1 member,
//   SpeechService calls the Speech service); dotnet-cloudnative (eight ProductService copies over HttpClient);
//   microservices-architecture (DeliveryRepository and IDeliveryRepository: 2 members);
//   develop-app-that-queries-azure-sql, dotnetmaui-consume-rest-services: no match; xamarin-forms-design-patterns
//   (TextToSpeechService: 1 member, the platform's speech); aspire-starter (ProductService over HttpClient;
//   Basket.API's BasketService and MongoBasketStore 2 members each; the WebApp's BasketService over gRPC,
//   CatalogService over HttpClient, LogOutService 1 member); developer-tools-power-platform (LegacyData: private,
//   public fields only); connect-services-together: no match; xamarin-forms-stack-tab-navigation (ILatLongService and
//   FakeLatLongService 1 member, SolarSystemData static, SunriseService over HttpClient);
//   build-interactive-components-blazor (SeedData static). Taken: create-razor-pages-aspnet-core (IPizzaService).
//   Skipped: tailspin-spacegame-web-kubernetes (IDocumentDBRepository<T>, an identical copy of
//   Corpus/MslearnTailspin/IDocumentDBRepository.cs, then its LocalDocumentDBRepository<T>, the same members);
//   the-mojifier: no C#; xamarin-consume-rest-services: no match; xamarin-forms-customize-listview (DeviceRepository
//   static: nothing to extract); m365-microsoftgraph-dotnetcorerazor: no match;
//   retrieve-m365-data-with-msgraph-quickstart: no C#. Taken: responsible-bots (ICountryData), staticwebapp-dotnet
//   (IProductData). Skipped: troubleshoot-inbound-network-connectivity-azure-load-balancer: no match;
//   tailspin-spacegame-web-deploy (the IDocumentDBRepository<T> copy again); xamarin-forms-master-detail-navigation (as
//   stack-tab-navigation; PlanetDataRepository static); xamarin-forms-use-effects, csharp-null-safety,
//   monitor-azure-cosmos-db, use-git-from-vs-code, xamarin-forms-custom-renderers, xamarin-forms-mvvm-viewmodel,
//   interact-with-data-blazor-web-apps: no match; aml-labs, challenge-project-create-mini-game-with-copilot,
//   copilot-plugins, java-petclinic-simplified, cloud-native-apps-express, introduction-to-pybryt,
//   load-test-web-app-azure-devops, build-a-web-app-with-mean-on-a-linux-vm, staticwebapp-api,
//   aks-deployment-pipeline-github-actions: no C#; dotnetmaui-create-multi-page-apps (ILatLongService, LatLongService 1
//   member, SunriseService over HttpClient, SolarSystemData static); batch-stt (SpeechService: 1 member, the batch
//   transcription API); aks (WeatherForecastService: 1 member, computes); dotnetmaui-store-local-data
//   (PersonRepository, the module's starter: its SQLite members are TODO); n-tier-architecture,
//   remotely-monitor-and-control-devices-with-iot-hub, tailspin-spacegame-web-models: no match; react: no C#. Taken:
//   xamarin-store-data-sqlite (IPersonRepository; its exercise1/assets starter skipped as a stub, exercise1/final
//   taken). Skipped: deploy-run-container-app-service, hotel-reservation-system,
//   load-balance-web-traffic-with-application-gateway, capture-application-logs-app-service, dotnetmicroservices,
//   expose-hybrid-services-with-azure-relay, publish-manage-apis-with-azure-api-management: no match; dotnetmaui-mvvm1
//   (MoviesDatabase internal static); jakarta-ee-azure, multi-container-web-app,
//   add-and-size-disks-in-azure-virtual-machines, django-admin-site, monitoring-java, send-crop-weather-alerts: no C#;
//   manage-end-end-deployment-scenarios-using-bicep-azure-pipelines (IToyService: 1 member);
//   secure-aspnet-core-identity (PizzaService static: nothing to extract); tailspin-spacegame-web-azure-functions (the
//   IDocumentDBRepository<T> copy); dotnet-cloudnative-devops (ProductService over HttpClient). Taken:
//   xamarin-forms-listview (IFlagRepository), the 6th. This one: the 1st pick. Its grep hits before it, in path order:
//   TelemetryData (public fields only), ADTTurbineEventData (a constructor and one public field), SignalRService (4
//   events and StartAsync over a SignalR HubConnection: a remote hub's client), TelemetryRangeData (public fields
//   only).
// Path: Unity-Project/Assets/Scripts/TurbineData/TurbineSiteData.cs (a ScriptableObject; its key type:
//   TurbineData/WindTurbineScriptableObject.cs, WindTurbineData.cs; GameObject and LatLon are Unity's and the Maps
//   SDK's)
// Adapted: the interface is what "Extract interface" gives from TurbineSiteData (SiteLocation, AddTurbine,
//   TryGetTurbineGameObject; its public fields facilityName, turbineData and windTurbines are not extracted). Unity's
//   ScriptableObject and GameObject are plain classes here (GameObject with its name only), Microsoft.Geospatial's
//   LatLon a struct of its two degrees; WindTurbineScriptableObject keeps its windTurbineData field and UpdateData,
//   without its metadata and CurrentLocation. Nullable disabled, as in Unity's C#.
// Real store: TurbineSiteData holds a Dictionary<WindTurbineScriptableObject, GameObject> (MapSceneController adds each
//   turbine's scene object once it is instantiated; the map, tooltip and line renderers look it up). AddTurbine is
//   Dictionary.Add: a turbine already added throws ArgumentException, a null turbine ArgumentNullException.
//   TryGetTurbineGameObject is TryGetValue: the scene object ITSELF (the one the scene renders and the callers move,
//   highlight and connect lines to), or false and null. The key is the ScriptableObject instance: UnityEngine.Object's
//   Equals and GetHashCode are its instance id's, so another turbine object with the same data is another key, and a
//   turbine whose data UpdateData replaced (the ADT telemetry handler does, every message) is still found. SiteLocation
//   is the site's location as set in the asset's inspector (siteLatLon, serialized): no member writes it.
// First try (10e6d05): incomplete, no member generated: read as a key-value store of GameObject values keyed by
//   WindTurbineScriptableObject, with IMF0001 on all three: AddTurbine "is not a known verb" (its noun, Turbine, is
//   neither the store's subject, TurbineSiteData, nor its value type's name), TryGetTurbineGameObject "its parameter
//   'turbineObject' is passed out" (the out value is refused because the noun TurbineGameObject is not proven either,
//   so the member is no TryGet), SiteLocation (a get-only property of a key-value store that is no count, key list or
//   settings object). The probe stops at TryGetTurbineGameObject, the script's first line | WRONG: none (no member
//   generated).
// After this round: unchanged, still incomplete. SiteLocation is rightly refused: the asset's inspector value, which no
//   member writes. Were the other two written by hand on the partial class, the script says what they must do: hand out
//   the scene object itself (CopyMode = CopyMode.Reference states it for a fake), find a turbine by its instance (a
//   class without Equals), and throw ArgumentException for a turbine added twice (DuplicateKeyException =
//   typeof(ArgumentException), as Corpus/PropertyManagement/ISessionStorage.cs states Dictionary.Add's error).
#nullable disable

using System;
using InMemoryFakes;

namespace Corpus.MslearnMrAdtInUnity.ITurbineSiteDataCase;

public struct LatLon
{
    public LatLon(double latitudeInDegrees, double longitudeInDegrees)
    {
        LatitudeInDegrees = latitudeInDegrees;
        LongitudeInDegrees = longitudeInDegrees;
    }

    public double LatitudeInDegrees { get; }
    public double LongitudeInDegrees { get; }
}

public class GameObject
{
    public string name;
}

public class ScriptableObject
{
}

public class WindTurbineData
{
    public string TurbineId { get; set; }
    public double Power { get; set; }
}

public class WindTurbineScriptableObject : ScriptableObject
{
    public Action onDataUpdated;

    public WindTurbineData windTurbineData;

    public void UpdateData(WindTurbineData newWindTurbineData)
    {
        windTurbineData = newWindTurbineData;
        onDataUpdated?.Invoke();
    }
}

[InMemoryFake]
public interface ITurbineSiteData
{
    LatLon SiteLocation { get; }

    void AddTurbine(WindTurbineScriptableObject data, GameObject gameObject);

    bool TryGetTurbineGameObject(WindTurbineScriptableObject data, out GameObject turbineObject);
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(ITurbineSiteData site)
    {
        var north = new WindTurbineScriptableObject { windTurbineData = new WindTurbineData { TurbineId = "T001" } };
        var south = new WindTurbineScriptableObject { windTurbineData = new WindTurbineData { TurbineId = "T002" } };
        Check.False(site.TryGetTurbineGameObject(north, out var none), "TryGetTurbineGameObject of a turbine not added is false");
        Check.Null(none, "with no game object");

        var northObject = new GameObject { name = "Turbine - T001" };
        var southObject = new GameObject { name = "Turbine - T002" };
        site.AddTurbine(north, northObject);
        site.AddTurbine(south, southObject);
        Check.True(site.TryGetTurbineGameObject(north, out var found), "TryGetTurbineGameObject finds an added turbine");
        Check.True(ReferenceEquals(northObject, found), "and hands back the scene object itself (TryGetValue), which the callers move and highlight");
        Check.True(site.TryGetTurbineGameObject(south, out var other) && ReferenceEquals(southObject, other), "each turbine its own");

        var lookalike = new WindTurbineScriptableObject { windTurbineData = new WindTurbineData { TurbineId = "T001" } };
        Check.False(site.TryGetTurbineGameObject(lookalike, out _), "another turbine object with the same data is another key (UnityEngine.Object's equality is the instance's)");

        north.UpdateData(new WindTurbineData { TurbineId = "T001", Power = 1500 });
        Check.True(site.TryGetTurbineGameObject(north, out var afterUpdate) && ReferenceEquals(northObject, afterUpdate), "a turbine whose data UpdateData replaced is still found");

        Check.Throws<ArgumentException>(() => site.AddTurbine(north, new GameObject { name = "again" }), "AddTurbine of a turbine already added throws (Dictionary.Add)");
        Check.True(site.TryGetTurbineGameObject(north, out var kept) && ReferenceEquals(northObject, kept), "and keeps the first game object");
        Check.Throws<ArgumentNullException>(() => site.AddTurbine(null, new GameObject()), "AddTurbine of a null turbine throws ArgumentNullException");

        _ = site.SiteLocation; // the inspector's value; the script cannot set it
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
