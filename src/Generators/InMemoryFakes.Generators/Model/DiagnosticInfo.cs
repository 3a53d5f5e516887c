using System;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace InMemoryFakes.Generators.Model;

/// <summary>Where a diagnostic points, as plain values (a <see cref="Location"/> would keep a syntax tree alive and break caching).</summary>
internal sealed record LocationInfo(string FilePath, TextSpan Span, LinePositionSpan LineSpan)
{
    public static LocationInfo? From(Location? location)
    {
        if (location is null || !location.IsInSource || location.SourceTree is null)
        {
            return null;
        }

        return new LocationInfo(location.SourceTree.FilePath, location.SourceSpan, location.GetLineSpan().Span);
    }

#pragma warning disable RS0030 // Location.Create is banned everywhere else: this is the one place locations are rebuilt.
    public Location ToLocation() => Location.Create(FilePath, Span, LineSpan);
#pragma warning restore RS0030
}

/// <summary>A diagnostic to report: its descriptor id, location and message arguments, all equatable.</summary>
internal sealed record DiagnosticInfo(string Id, LocationInfo? Location, EquatableArray<string> Arguments)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => new(descriptor.Id, LocationInfo.From(location), arguments);

    public Diagnostic ToDiagnostic() => ToDiagnostic(Location?.ToLocation() ?? Microsoft.CodeAnalysis.Location.None);

    public Diagnostic ToDiagnostic(Location location)
    {
        var descriptor = DiagnosticDescriptors.ById(Id);
        var args = new object[Arguments.Count];
        for (var i = 0; i < args.Length; i++)
        {
            args[i] = Arguments[i];
        }

        return Diagnostic.Create(descriptor, location, args);
    }
}
