// Source: https://github.com/microsoft/reverse-proxy
// Commit: 202cca96df8a
// Licence: MIT
// Sample: h-sample4 rule, fixed before probing: in each of 13 repositories (dotnet-architecture/eShopOnContainers,
//   microsoft/dotnet-podcasts, dapr/dotnet-sdk, microsoft/durabletask-dotnet, microsoft/reverse-proxy, rebus-org/Rebus,
//   dotnetcore/CAP, Particular/NServiceBus, JasperFx/wolverine, microsoft/Windows-appsample-customers-orders-database,
//   HangfireIO/Hangfire, dotnet-architecture/eShopOnDapr, ServiceStack/ServiceStack) at its newest stored snapshot, the
//   first 2 interfaces in path order, outside paths containing "test", whose name ends in Repository, Store, Storage or
//   Cache and that declare at least 3 members (5 repositories had none: 15 interfaces). This one: the 1st (and only) of microsoft/reverse-proxy.
// Path: src/Kubernetes.Controller/Caching/ICache.cs (Services/IngressData.cs, ReconcileData.cs, NamespacedName.cs)
// Adapted: the k8s model types (V1IngressClass, V1Ingress, V1Service, V1Endpoints, V1Secret, WatchEventType) are cut
//   down to the members the real cache reads; IngressData, ReconcileData and NamespacedName to their identifying parts.
// Real store: src/Kubernetes.Controller/Caching/IngressCache.cs (+ NamespaceCache.cs): a cache of the cluster's
//   watched resources, by namespace then name. Update(eventType, resource) adds or replaces the resource on Added and
//   Modified and removes it on Deleted; an ingress class is kept only when its spec.controller is this controller's
//   class; Update(…, ingress) returns true; Update(…, service/endpoints) returns the names of the ingresses that use
//   the service; Update(…, secret) hands the default TLS certificate to the certificate selector; TryGetReconcileData(key)
//   assembles the ingress with its services and endpoints; GetKeys(keys) appends the key of every ingress to the
//   caller's list; GetIngresses() returns the ingresses handled by this controller (class known, or no class and a
//   default class).
// Shapes: *=core
// First try (2f120b5): incomplete: IMF0001 Update (the five overloads), TryGetReconcileData, GetKeys, GetIngresses (read
//   as a key-value store of ReconcileData) | WRONG: none (no member generated)
#nullable enable

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Yarp.ICacheCase;

public enum WatchEventType
{
    Added,
    Modified,
    Deleted,
    Error,
    Bookmark
}

public sealed class V1ObjectMeta
{
    public string Name { get; set; } = "";
    public string NamespaceProperty { get; set; } = "";
}

public sealed class V1IngressClass
{
    public V1ObjectMeta Metadata { get; set; } = new();
    public string Controller { get; set; } = "";
}

public sealed class V1Ingress
{
    public V1ObjectMeta Metadata { get; set; } = new();
    public string? IngressClassName { get; set; }
    public List<string> ServiceNames { get; set; } = [];
}

public sealed class V1Service
{
    public V1ObjectMeta Metadata { get; set; } = new();
}

public sealed class V1Endpoints
{
    public V1ObjectMeta Metadata { get; set; } = new();
}

public sealed class V1Secret
{
    public V1ObjectMeta Metadata { get; set; } = new();
}

public readonly record struct NamespacedName(string Namespace, string Name);

public sealed class IngressData
{
    public V1ObjectMeta Metadata { get; set; } = new();
    public string? IngressClassName { get; set; }
}

public sealed class ReconcileData
{
    public IngressData Ingress { get; set; } = new();
    public List<V1Service> Services { get; set; } = [];
    public List<V1Endpoints> Endpoints { get; set; } = [];
}

[InMemoryFake]
public interface ICache
{
    void Update(WatchEventType eventType, V1IngressClass ingressClass);
    bool Update(WatchEventType eventType, V1Ingress ingress);
    ImmutableList<string> Update(WatchEventType eventType, V1Service service);
    ImmutableList<string> Update(WatchEventType eventType, V1Endpoints endpoints);
    void Update(WatchEventType eventType, V1Secret secret);
    bool TryGetReconcileData(NamespacedName key, out ReconcileData data);
    void GetKeys(List<NamespacedName> keys);
    IEnumerable<IngressData> GetIngresses();
}

public static class Smoke
{
    public static Task RunAsync(ICache cache)
    {
        var ingress = new V1Ingress { Metadata = new V1ObjectMeta { Name = "web", NamespaceProperty = "default" } };
        Check.True(cache.Update(WatchEventType.Added, ingress), "Update(Added, ingress) returns true");
        var keys = new List<NamespacedName>();
        cache.GetKeys(keys);
        Check.Equal(1, keys.Count, "GetKeys appends the key of every cached ingress");
        Check.Equal(new NamespacedName("default", "web"), keys[0], "GetKeys appends the ingress's namespace and name");
        Check.True(cache.TryGetReconcileData(new NamespacedName("default", "web"), out var data), "TryGetReconcileData finds a cached ingress");
        Check.Equal("web", data.Ingress.Metadata.Name, "TryGetReconcileData returns the ingress");
        cache.Update(WatchEventType.Deleted, ingress);
        keys.Clear();
        cache.GetKeys(keys);
        Check.Equal(0, keys.Count, "Update(Deleted, ingress) removes it");
        return Task.CompletedTask;
    }
}
