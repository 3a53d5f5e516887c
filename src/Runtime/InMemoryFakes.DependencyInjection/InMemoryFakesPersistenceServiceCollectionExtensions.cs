using System;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using InMemoryFakes.DependencyInjection;
using InMemoryFakes.DependencyInjection.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Keeps a prototype's in-memory data across restarts in a JSON file; see docs/prototyping.md.</summary>
public static class InMemoryFakesPersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Keeps the fakes' data in <paramref name="path"/>, and serializes types without generated or registered JSON
    /// metadata by reflection (<see cref="InMemoryFakesPersistenceOptions.AllowReflectionFallback"/>). For trimmed apps,
    /// use the overload that takes options and register a JsonSerializerContext in <see cref="InMemoryFakesPersistenceOptions.JsonTypes"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="path">The file; relative paths are resolved against the host's content root.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null or empty.</exception>
    [RequiresUnreferencedCode("Serializes types without registered JSON metadata by reflection.")]
    [RequiresDynamicCode("Serializes types without registered JSON metadata by reflection.")]
    public static IServiceCollection AddInMemoryFakesPersistence(this IServiceCollection services, string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return services.AddInMemoryFakesPersistence(o =>
        {
            o.Path = path;
            o.AllowReflectionFallback();
        });
    }

    /// <summary>
    /// Keeps the fakes' data in a file: loaded when the host starts (a file that cannot be loaded stops it, and is kept),
    /// saved atomically <see cref="InMemoryFakesPersistenceOptions.SaveDelay"/> after changes and when the host stops.
    /// Calls add up: each call's <paramref name="configure"/> runs in order, so a test host can change the path.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets <see cref="InMemoryFakesPersistenceOptions.Path"/> (required) and the JSON metadata.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    public static IServiceCollection AddInMemoryFakesPersistence(this IServiceCollection services, Action<InMemoryFakesPersistenceOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        var setup = services.FirstOrDefault(static d => d.ServiceType == typeof(PersistenceSetup))?.ImplementationInstance as PersistenceSetup;
        if (setup is null)
        {
            setup = new PersistenceSetup();
            services.AddSingleton(setup);
        }

        setup.Actions.Add(configure);
        InMemoryFakesServiceCollectionExtensions.AddHost(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, InMemoryFakesHostedService>());
        return services;
    }
}
