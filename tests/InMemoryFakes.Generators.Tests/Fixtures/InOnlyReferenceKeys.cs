using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;

namespace InMemoryFakes.Generators.Tests.Fixtures;

/// <summary>
/// A property store declared as COM interop declares one (Windows' <c>IPropertyStore</c>): its key and value are
/// <c>ref</c> marked <c>[In]</c>, native <c>[in]</c> references the callee reads and the marshaller never copies back, so
/// they mean what the same parameters by value mean.
/// </summary>
[InMemoryFake]
public interface IInOnlyReferenceProperties
{
    /// <summary>Stores the value under the key.</summary>
    void SetValue([In] ref PropertyKey key, [In, MarshalAs(UnmanagedType.LPWStr)] ref string value);

    /// <summary>The value, or null.</summary>
    string? GetValue([In] ref PropertyKey key);

    /// <summary>Whether a value is stored, and which.</summary>
    bool TryGetValue([In] ref PropertyKey key, [NotNullWhen(true)] out string? value);

    /// <summary>Removes the key.</summary>
    bool Remove([In] ref PropertyKey key);
}

/// <summary>A property key: a format id and a property id (Windows' <c>PROPERTYKEY</c>).</summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct PropertyKey
{
    /// <summary>The property set.</summary>
    public Guid FormatId;

    /// <summary>The property in the set.</summary>
    public uint PropertyId;
}
