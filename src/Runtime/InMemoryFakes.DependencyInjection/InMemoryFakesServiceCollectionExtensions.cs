using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using InMemoryFakes;
using InMemoryFakes.DependencyInjection;
using InMemoryFakes.DependencyInjection.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers generated in-memory fakes as the implementations of their interfaces.</summary>
/// <remarks>
/// Fakes are singletons built on one shared <see cref="InMemoryBackend"/> (see <see cref="InMemoryFakesHost"/>),
/// on the container's <see cref="TimeProvider"/> when one is registered. The list of fakes comes from the
/// factory table the generator emits; nothing is found by reflection scanning.
/// </remarks>
public static class InMemoryFakesServiceCollectionExtensions
{
    /// <summary>
    /// Registers every fake generated in the calling assembly, without overriding an interface that is
    /// already registered (TryAdd): prototype an app before its database exists.
    /// </summary>
    /// <remarks>
    /// Under NativeAOT the calling assembly cannot be read (<see cref="Assembly.GetCallingAssembly"/> is not
    /// supported there). The method then registers the fakes of the one assembly of the app that has any; when
    /// several assemblies have fakes it throws and asks for <see cref="AddInMemoryFakes(IServiceCollection, Assembly, Action{InMemoryFakeOptions}?)"/>.
    /// </remarks>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts each fake's options (quotas, TTL, copy mode…).</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="InvalidOperationException">Under NativeAOT: fakes are generated in more than one assembly, so the caller's cannot be told apart.</exception>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static IServiceCollection AddInMemoryFakes(this IServiceCollection services, Action<InMemoryFakeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        Assembly caller;
        try
        {
            caller = Assembly.GetCallingAssembly();
        }
        catch (PlatformNotSupportedException)
        {
            caller = FakeAssemblies.TheOnlyOne();
        }

        return services.AddInMemoryFakes(caller, configure);
    }

    /// <summary>Registers every fake generated in <paramref name="assembly"/>, without overriding existing registrations.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="assembly">The assembly whose <c>[InMemoryFake]</c> interfaces to register.</param>
    /// <param name="configure">Adjusts each fake's options.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="assembly"/> is null.</exception>
    public static IServiceCollection AddInMemoryFakes(this IServiceCollection services, Assembly assembly, Action<InMemoryFakeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Units of work first: a repository they expose is resolved from the scope's unit of work (its tracker), also when
        // the repository interface has a fake of its own.
        foreach (var registration in RegistrationsOf(assembly).OrderBy(static r => r.Parts.Count == 0))
        {
            TryAddFake(services, registration, configure);
        }

        return services;
    }

    /// <summary>Registers the fake for <typeparamref name="TInterface"/> unless the interface is already registered.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the fake's options.</param>
    /// <returns>The service collection.</returns>
    /// <exception cref="InvalidOperationException">No fake is generated for the interface.</exception>
    public static IServiceCollection AddInMemoryFake<TInterface>(this IServiceCollection services, Action<InMemoryFakeOptions>? configure = null)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(services);
        TryAddFake(services, Require(typeof(TInterface)), configure);
        return services;
    }

    /// <summary>
    /// Replaces the registrations of every interface that has a generated fake in <paramref name="assembly"/>
    /// with the fake: for <c>WebApplicationFactory.ConfigureTestServices</c>. Only interfaces that were
    /// registered are replaced; use <see cref="AddInMemoryFakes(IServiceCollection, Assembly, Action{InMemoryFakeOptions}?)"/> to add the rest.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="assembly">The assembly whose fakes to use.</param>
    /// <param name="configure">Adjusts each fake's options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection ReplaceWithInMemoryFakes(this IServiceCollection services, Assembly assembly, Action<InMemoryFakeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        foreach (var registration in RegistrationsOf(assembly))
        {
            if (services.Any(d => d.ServiceType == registration.InterfaceType))
            {
                Replace(services, registration, configure);
            }
        }

        return services;
    }

    /// <summary>Removes any registration of <typeparamref name="TInterface"/> and registers its fake.</summary>
    /// <typeparam name="TInterface">An interface with a generated fake.</typeparam>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Adjusts the fake's options.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection ReplaceWithInMemoryFake<TInterface>(this IServiceCollection services, Action<InMemoryFakeOptions>? configure = null)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(services);
        Replace(services, Require(typeof(TInterface)), configure);
        return services;
    }

    /// <summary>Resets every fake the container created (data, key sequences, call logs, faults): call it between tests that share a host.</summary>
    /// <param name="provider">The service provider.</param>
    /// <exception cref="InvalidOperationException">No in-memory fakes are registered in the container.</exception>
    public static void ResetInMemoryFakes(this IServiceProvider provider)
    {
        ArgumentNullException.ThrowIfNull(provider);
        var host = provider.GetService(typeof(InMemoryFakesHost)) as InMemoryFakesHost
            ?? throw new InvalidOperationException("No in-memory fakes are registered in this container.");
        host.ResetAll();
    }

    /// <summary>Registers the host (once): the shared backend, the created fakes and, when configured, their file.</summary>
    internal static void AddHost(IServiceCollection services)
    {
        // One change tracker per scope, as one DbContext: every unit-of-work fake of the scope tracks its tables in it.
        services.TryAddScoped<SharedUnitOfWork>();
        AddHostOnly(services);
    }

    private static void AddHostOnly(IServiceCollection services)
        => services.TryAddSingleton(static sp =>
        {
            var clock = (TimeProvider?)sp.GetService(typeof(TimeProvider)) ?? TimeProvider.System;
            var slots = sp.GetServices<FakeSlot>();
            if (sp.GetService<PersistenceSetup>() is not { } setup)
            {
                return new InMemoryFakesHost(clock, slots, null);
            }

            var options = setup.Build();
            if (string.IsNullOrEmpty(options.Path))
            {
                throw new InvalidOperationException("AddInMemoryFakesPersistence needs a file: set InMemoryFakesPersistenceOptions.Path.");
            }

            var root = sp.GetService<IHostEnvironment>()?.ContentRootPath ?? Directory.GetCurrentDirectory();
            var path = Path.GetFullPath(Path.Combine(root, options.Path));
            var logger = sp.GetService<ILoggerFactory>()?.CreateLogger("InMemoryFakes.Persistence");
            return new InMemoryFakesHost(clock, slots, backend => new InMemoryFakesPersistence(backend, options, path, logger));
        });

    private static void TryAddFake(IServiceCollection services, FakeRegistration registration, Action<InMemoryFakeOptions>? configure)
    {
        if (!services.Any(d => d.ServiceType == registration.InterfaceType))
        {
            AddFake(services, registration, configure);
            foreach (var part in registration.Parts)
            {
                if (!services.Any(d => d.ServiceType == part.InterfaceType))
                {
                    AddPart(services, registration, part);
                }
            }
        }
    }

    private static void Replace(IServiceCollection services, FakeRegistration registration, Action<InMemoryFakeOptions>? configure)
    {
        services.RemoveAll(registration.InterfaceType);
        AddFake(services, registration, configure);

        // The app's own repositories would work on its real DbContext, past the fake unit of work: they are replaced too.
        foreach (var part in registration.Parts)
        {
            if (services.Any(d => d.ServiceType == part.InterfaceType))
            {
                services.RemoveAll(part.InterfaceType);
                AddPart(services, registration, part);
            }
        }
    }

    /// <summary>A repository of a unit-of-work fake: per scope, the one the scope's unit of work exposes (one change tracker).</summary>
    private static void AddPart(IServiceCollection services, FakeRegistration owner, FakePart part)
        => services.Add(ServiceDescriptor.Scoped(part.InterfaceType, sp => part.Get(sp.GetRequiredService(owner.InterfaceType))));

    private static void AddFake(IServiceCollection services, FakeRegistration registration, Action<InMemoryFakeOptions>? configure)
    {
        AddHost(services);
        var slot = new FakeSlot(registration, configure);
        services.AddSingleton(slot);
        services.Add(registration.IsUnitOfWork
            ? ServiceDescriptor.Scoped(registration.InterfaceType, sp => sp.GetRequiredService<InMemoryFakesHost>().CreateForScope(slot, sp.GetRequiredService<SharedUnitOfWork>()))
            : ServiceDescriptor.Singleton(registration.InterfaceType, sp => sp.GetRequiredService<InMemoryFakesHost>().GetOrCreate(slot)));
    }

    private static FakeRegistration[] RegistrationsOf(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);

        // The generated module initializer registers the assembly's fakes; make sure it has run.
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return Fakes.Registrations.Where(r => r.Assembly == assembly).ToArray();
    }

    private static FakeRegistration Require(Type interfaceType)
    {
        RuntimeHelpers.RunModuleConstructor(interfaceType.Module.ModuleHandle);
        return Fakes.Find(interfaceType) ?? throw new InvalidOperationException(MissingFake.Describe(interfaceType));
    }
}
