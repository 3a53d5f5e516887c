// Source: https://github.com/dotnet/aspnet-api-versioning
// Commit: 1a22bb4281c0
// Licence: MIT
// Sample: h-sample87 rule (the rule and the walk: Corpus/AspNetCoreDocs/IBrainStormSessionRepository.cs). In this
//   repository, by git grep of the snapshot in path order (no interface under examples/): in
//   src/Abstractions/src/Asp.Versioning.Abstractions, ApiVersionRange's private IRule is nested in a struct;
//   IApiVersionConvention<T> has 1 member; IDeclareApiVersionConventionBuilder and IMapToApiVersionConventionBuilder
//   are fluent builders whose versions are read elsewhere (ApplyTo), not through them; IAnnotation,
//   IApiVersionNeutral, IApiVersionParameterDescriptionContext, IApiVersionParameterSource and IApiVersionProvider
//   have fewer than 3 members or keep nothing; then IApiVersioningPolicyBuilder, whose implementation keeps its policy
//   builders in two dictionaries and hands them back through OfType<T>.
//   This one: the 4th pick (dotnet/aspnet-api-versioning).
// Path: src/Abstractions/src/Asp.Versioning.Abstractions/IApiVersioningPolicyBuilder.cs (real store:
//   src/Common/src/Common/ApiVersioningPolicyBuilder.cs; the builder interfaces beside the first)
// Adapted: the namespace; ApiVersion cut down to Major and Minor (its parsing, status and comparison dropped; the real
//   type is a value-equal class, as here by record); SunsetPolicy and DeprecationPolicy empty; ILinkBuilder empty;
//   IPolicyBuilder<T>, IPolicyWithLink, IPolicyWithEffectiveDate, ISunsetPolicyBuilder and IDeprecationPolicyBuilder as
//   declared; the XML comments dropped. Nullable enabled, as in the source (src/Directory.Build.props).
// Real store: ApiVersioningPolicyBuilder keeps a Dictionary<PolicyKey, ISunsetPolicyBuilder> and one of
//   IDeprecationPolicyBuilder, keyed by (name, apiVersion). Sunset(name, apiVersion): both null or empty →
//   ArgumentException; else the builder stored under the pair, or a new SunsetPolicyBuilder(name, apiVersion) stored
//   and returned (get or add). Deprecate likewise with DeprecationPolicyBuilder. OfType<T>(): an array of the sunset
//   builders when T is ISunsetPolicyBuilder, of the deprecation builders when T is IDeprecationPolicyBuilder, else
//   empty.
// Shapes: Sunset=13; Deprecate=13; OfType=5
// First try (8b82adcf): incomplete, nothing generated: IMF0001 on all three (OfType, Sunset, Deprecate: not known verbs
//   of a key-value store) | WRONG: none (no member generated).
// After this round: unchanged, and rightly: Sunset and Deprecate get or make a builder of the store's own class (no
//   value is handed to them to store), and OfType<T> selects by the builder interface a type argument names.
#nullable enable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.AspNetApiVersioning.IApiVersioningPolicyBuilderCase;

public sealed record ApiVersion(int Major, int Minor);

public class SunsetPolicy
{
}

public class DeprecationPolicy
{
}

public interface ILinkBuilder
{
}

public interface IPolicyBuilder<TPolicy>
{
    string? Name { get; }

    ApiVersion? ApiVersion { get; }

    void Per(TPolicy policy);

    TPolicy Build();
}

public interface IPolicyWithLink
{
    ILinkBuilder Link(Uri linkTarget);
}

public interface IPolicyWithEffectiveDate
{
    void SetEffectiveDate(DateTimeOffset effectiveDate);
}

public interface ISunsetPolicyBuilder : IPolicyBuilder<SunsetPolicy>, IPolicyWithLink, IPolicyWithEffectiveDate
{
}

public interface IDeprecationPolicyBuilder : IPolicyBuilder<DeprecationPolicy>, IPolicyWithLink, IPolicyWithEffectiveDate
{
}

[InMemoryFake]
public interface IApiVersioningPolicyBuilder
{
    IReadOnlyList<T> OfType<T>() where T : notnull;

    ISunsetPolicyBuilder Sunset(string? name, ApiVersion? apiVersion);

    public IDeprecationPolicyBuilder Deprecate(string? name, ApiVersion? apiVersion);
}

public static class Smoke
{
    public static Task RunAsync(IApiVersioningPolicyBuilder builder)
    {
        Check.Equal(0, builder.OfType<ISunsetPolicyBuilder>().Count, "no sunset policy before one is asked for");
        var v1 = new ApiVersion(1, 0);
        var sunset = builder.Sunset("weather", v1);
        Check.Equal("weather", sunset.Name, "Sunset makes a builder for the name");
        Check.Equal(v1, sunset.ApiVersion, "and the version");
        Check.True(ReferenceEquals(sunset, builder.Sunset("weather", new ApiVersion(1, 0))), "the same pair gives the same builder");
        Check.False(ReferenceEquals(sunset, builder.Sunset("weather", null)), "another pair another one");
        Check.Equal(2, builder.OfType<ISunsetPolicyBuilder>().Count, "OfType lists the sunset builders made");
        Check.Equal(0, builder.OfType<IDeprecationPolicyBuilder>().Count, "and no deprecation builder");
        builder.Deprecate(null, v1);
        Check.Equal(1, builder.OfType<IDeprecationPolicyBuilder>().Count, "Deprecate makes one");
        Check.Equal(0, builder.OfType<string>().Count, "another type lists nothing");
        Check.Throws<ArgumentException>(() => builder.Sunset(null, null), "a name and a version both missing is ArgumentException");
        return Task.CompletedTask;
    }
}
