// Source: https://github.com/dotnetcore/AspectCore-Framework
// Commit: 83d5d060068f
// Licence: MIT (LICENSE at the repository's root; an interface signature and cut-down models transcribed for a test)
// Sample: h-sample105 rule (the whole rule and the repositories it walked: Corpus/DotnetSpider/IAgentStore.cs). This
//   one: the 3rd pick (the 5th repository listed). Before it in path order: benchmark/…/ProxyEmitBenchmarks.cs's
//   IProxyEmitBenchmarkService, benchmarks/AspectCore.Benchmarks.Competitive/Services.cs's ICalculator and
//   IAsyncCalculator, benchmarks/AspectCore.Benchmarks/Services.cs's IInterfaceService and ISampleMsdiService (2
//   members each, implementations that compute and keep nothing); src/AspectCore.Abstractions/Configuration/
//   IAspectConfiguration.cs (a settings object: the interceptor, predicate and validation-handler collections and a
//   flag, no store).
// Path: src/AspectCore.Abstractions/DependencyInjection/ILifetimeServiceContext.cs, with Definitions/ServiceDefinition.cs,
//   Definitions/TypeServiceDefinition.cs and Lifetime.cs (real store: src/AspectCore.Core/DependencyInjection/
//   LifetimeServiceContext.cs, made by ServiceContext.cs)
// Adapted: the namespace; [NonAspect] declared as an empty attribute of the same name (AspectCore.DynamicProxy's);
//   the enum's XML comments left out. Nullable disabled, as in the source (AspectCore.Abstractions.csproj and
//   build/common.props set no Nullable).
// Real store: LifetimeServiceContext, the view of one lifetime (Singleton, Scoped or Transient, set when it is made)
//   over the service context's one List<ServiceDefinition>: ServiceContext makes three of them (Singletons, Scopeds,
//   Transients) over the same list, and the AddType/AddInstance/AddDelegate extensions add through them.
//   Lifetime is the lifetime it was made with. Add(item) appends the definition when its Lifetime is the context's and
//   silently ignores it otherwise; a service type added twice is kept twice (registrations accumulate, as in any DI
//   container; the resolver takes the last). Count counts the definitions of this lifetime; Contains(serviceType) is
//   whether one of this lifetime has that service type; enumerating yields them in the order added (the instances
//   themselves). Nothing is ever removed through it (ServiceContext.Remove removes from the shared list).
// Shapes: Lifetime=none; Count=core; Add=core; Contains=4
// First try (6587633c): incomplete: IMF0009 on the interface ("Entity type 'ServiceDefinition' … has no key …; if no
//   property identifies a stored ServiceDefinition (the store keeps repeats, holds one value, or computes what it
//   returns), no key fits: write ILifetimeServiceContext by hand") | WRONG: none (nothing generated).
// After this round: unchanged, rightly: the context keeps a service type added twice twice, and it is a view of one
//   lifetime over a list it shares (Add ignores a definition of another lifetime; Lifetime is set where it is made);
//   no property of a definition identifies it, as the message says.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspectCoreFramework.ILifetimeServiceContextCase;

public sealed class NonAspectAttribute : Attribute
{
}

public enum Lifetime
{
    Singleton,
    Scoped,
    Transient
}

[NonAspect]
public abstract class ServiceDefinition
{
    public Type ServiceType { get; }

    public Lifetime Lifetime { get; }

    /// <summary>
    /// Gets the service key associated with a keyed service registration, or <c>null</c> for a non-keyed service.
    /// </summary>
    public object ServiceKey { get; }

    public ServiceDefinition(Type serviceType, Lifetime lifetime, object serviceKey = null)
    {
        Lifetime = lifetime;
        ServiceType = serviceType ?? throw new ArgumentNullException(nameof(serviceType));
        ServiceKey = serviceKey;
    }
}

public sealed class TypeServiceDefinition : ServiceDefinition
{
    public TypeServiceDefinition(Type serviceType, Type implementationType, Lifetime lifetime, object serviceKey = null) : base(serviceType, lifetime, serviceKey)
    {
        ImplementationType = implementationType ?? throw new ArgumentNullException(nameof(implementationType));
    }

    public Type ImplementationType { get; }
}

[NonAspect]
[InMemoryFake]
public interface ILifetimeServiceContext : IEnumerable<ServiceDefinition>
{
    Lifetime Lifetime { get; }

    int Count { get; }

    void Add(ServiceDefinition item);

    bool Contains(Type serviceType);
}

public interface IClock
{
}

public sealed class SystemClock : IClock
{
}

public sealed class FixedClock : IClock
{
}

public interface IMailer
{
}

public sealed class SmtpMailer : IMailer
{
}

public static class Smoke
{
    public static Task RunAsync(ILifetimeServiceContext context)
    {
        var lifetime = context.Lifetime;
        var other = lifetime == Lifetime.Singleton ? Lifetime.Transient : Lifetime.Singleton;
        Check.Equal(0, context.Count, "a context over an empty collection holds no definition");
        Check.False(context.Contains(typeof(IClock)), "and contains no service");

        context.Add(new TypeServiceDefinition(typeof(IClock), typeof(SystemClock), lifetime));
        Check.Equal(1, context.Count, "Add of a definition of the context's lifetime appends it");
        Check.True(context.Contains(typeof(IClock)), "Contains finds a service added");

        context.Add(new TypeServiceDefinition(typeof(IMailer), typeof(SmtpMailer), other));
        Check.Equal(1, context.Count, "Add of a definition of another lifetime is ignored");
        Check.False(context.Contains(typeof(IMailer)), "and its service is not contained");

        context.Add(new TypeServiceDefinition(typeof(IClock), typeof(FixedClock), lifetime));
        Check.Equal(2, context.Count, "a service added again is kept beside the first registration");

        var all = context.ToList();
        Check.Equal(2, all.Count, "enumerating yields the definitions of this lifetime");
        Check.Equal(typeof(SystemClock), ((TypeServiceDefinition)all[0]).ImplementationType, "in the order added");
        Check.Equal(typeof(FixedClock), ((TypeServiceDefinition)all[1]).ImplementationType, "in the order added (2)");
        return Task.CompletedTask;
    }
}
