// Source: https://github.com/DylanSnel/DDDToolkit
// Commit: 10a031710beb
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample70 rule (the whole rule and the repositories it skipped: Corpus/AQMod/ICustomStorage.cs).
//   This one: the 3rd pick (the 26th of find_repos("Ddd")). Before it in path order: IAllowInvalid, IAlwaysValid, IRaw,
//   IEntity, IEntityId, IValueObject (markers and value contracts, no state), ISingleValueObject and IHasDomainEvents
//   (2 members each).
// Path: Source/DDDToolkit/Initialization/IDDDBuilder.cs (real store: DefaultDDDBuilder.cs in the same folder, the only
//   implementation)
// Adapted: nothing (Microsoft.Extensions.DependencyInjection's IServiceCollection and ServiceCollection as they are).
//   Nullable enabled, as in the source (DDDToolkit.csproj).
// Real store: DefaultDDDBuilder keeps a ServiceCollection of its own, made in its constructor, which Services hands out
//   (the library's setup registers its converters and serializers there). Build(applicationServices) adds every
//   descriptor of it to the application's collection, in order, and keeps its own; Clear() empties its own collection
//   (what Build copied before stays in the application's).
// Shapes: *=none
// First try (0487eace): incomplete: Services (IMF0001: returns IServiceCollection, an interface, the real store's own
//   engine) and Build (IMF0001: no known verb) refused; Clear() generated as the clearing of the fake's table of object
//   values | WRONG: Clear emptied a table no member fills, where the real builder empties the service collection
//   Services hands out (with Services written by hand, Clear left it full).
// After this round: Clear refused too (IMF0001): a removal in a store whose values no member names (no member puts a
//   value in or hands one out) acts on the real store's own state (docs/generator.md, key-value store refused;
//   Sample70Tests). Services and Build stay refused, rightly: a builder of service registrations, no store.
#nullable enable

using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.Extensions.DependencyInjection;

namespace Corpus.DDDToolkit.IDDDBuilderCase;

[InMemoryFake]
public interface IDDDBuilder
{
    IServiceCollection Services { get; }
    void Build(IServiceCollection applicationServices);
    void Clear();
}

public static class Smoke
{
    public static Task RunAsync(IDDDBuilder builder)
    {
        Check.Equal(0, builder.Services.Count, "a new builder has no registrations");
        builder.Services.AddSingleton("converter");
        var application = new ServiceCollection();
        builder.Build(application);
        Check.Equal(1, application.Count, "Build copies the builder's registrations into the application's");
        Check.Equal(1, builder.Services.Count, "and keeps its own");
        builder.Clear();
        Check.Equal(0, builder.Services.Count, "Clear empties the collection Services hands out");
        Check.Equal(1, application.Count, "what Build copied stays");
        return Task.CompletedTask;
    }
}
