using System;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Whether a type is the framework's (the BCL's or a Microsoft product's: no stored shape, no member-by-member JSON shape,
/// not an entity or a value of the app), decided by where the type comes from, never by a user's own namespace
/// (since session 39, h-ns39).
/// </summary>
/// <remarks>
/// <para><c>System</c> is the BCL's root: .NET's namespace guideline keeps it for the framework, no app roots its types there,
/// and a type declared under it in source is a stand-in or a polyfill of the BCL's. Every type under <c>System</c> is the
/// framework's.</para>
/// <para><c>Microsoft</c> is a company's root, and apps of that company share it with its products: eShopOnWeb's
/// <c>Microsoft.eShopWeb</c>, the Teams and Azure samples. A type under it is the framework's when it comes from a
/// framework assembly (compiled, not this compilation's or a project's source, strong-named, named <c>Microsoft</c>,
/// <c>Microsoft.*</c>, <c>System*</c>, <c>netstandard</c> or <c>mscorlib</c>: Microsoft signs every product assembly, an app's
/// project <c>Microsoft.Contoso.Domain</c> is not signed by default), or when it is declared under one of the product
/// namespaces whose types the generator names by their full names (<see cref="ProductNamespaces"/>): a stand-in of a
/// package the compilation does not reference, as the generator tests and the corpus's support file declare them, keeps
/// what the package's own type would mean. Any other type under <c>Microsoft</c> is the app's.</para>
/// </remarks>
internal static class FrameworkTypes
{
    /// <summary>
    /// The product namespaces (with those under them) whose types the conventions name by full name: ASP.NET Core's
    /// Identity, session and component state, EF Core, Microsoft.Extensions' options, and the Azure storage and DocumentDB
    /// clients. A stand-in declared in source under one of them is the product's type.
    /// </summary>
    internal static readonly string[] ProductNamespaces =
    {
        "Microsoft.AspNetCore",
        "Microsoft.EntityFrameworkCore",
        "Microsoft.Extensions",
        "Microsoft.Azure.Documents",
        "Microsoft.Azure.Cosmos",
        "Microsoft.WindowsAzure.Storage",
    };

    /// <summary>Whether <paramref name="type"/> is the framework's (see the remarks of <see cref="FrameworkTypes"/>).</summary>
    public static bool Is(INamedTypeSymbol type)
    {
        var root = TypeFacts.RootNamespace(type);
        if (root == "System")
        {
            return true;
        }

        if (root != "Microsoft")
        {
            return false;
        }

        return FromFrameworkAssembly(type.ContainingAssembly) || InProductNamespace(type.ContainingNamespace);
    }

    /// <summary>Whether a namespace name (<c>A.B.C</c>) is one a type of the framework may be declared in, by the rule of <see cref="Is"/> for source: <c>System</c> or a product namespace, or one under them.</summary>
    public static bool IsFrameworkNamespaceName(string name)
    {
        if (IsUnder(name, "System"))
        {
            return true;
        }

        foreach (var product in ProductNamespaces)
        {
            if (IsUnder(name, product))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether an assembly name is the framework's: <c>System</c>, <c>Microsoft</c> or one under them, <c>netstandard</c>, <c>mscorlib</c>.</summary>
    public static bool IsFrameworkAssemblyName(string name)
        => IsUnder(name, "System") || IsUnder(name, "Microsoft") || name is "netstandard" or "mscorlib";

    /// <summary>
    /// Whether a referenced assembly is the framework's: strong-named (Microsoft signs every assembly it ships) and named as
    /// the framework's (<see cref="IsFrameworkAssemblyName"/>). An app's project <c>Microsoft.Contoso.Domain</c>, unsigned, is not.
    /// </summary>
    public static bool IsFrameworkAssembly(IAssemblySymbol assembly)
        => assembly.Identity.IsStrongName && IsFrameworkAssemblyName(assembly.Identity.Name);

    private static bool FromFrameworkAssembly(IAssemblySymbol? assembly)
        => assembly is not null and not ISourceAssemblySymbol && IsFrameworkAssembly(assembly);

    private static bool InProductNamespace(INamespaceSymbol? space)
    {
        foreach (var product in ProductNamespaces)
        {
            if (IsUnder(space, product))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a namespace is the dotted name <paramref name="root"/> or one under it, compared segment by segment from the
    /// namespace's own names: the incremental index asks this of every declared type, so it builds no string and no list.
    /// </summary>
    private static bool IsUnder(INamespaceSymbol? space, string root)
    {
        var depth = 0;
        for (var walk = space; walk is { IsGlobalNamespace: false }; walk = walk.ContainingNamespace)
        {
            depth++;
        }

        var segments = 1;
        foreach (var c in root)
        {
            segments += c == '.' ? 1 : 0;
        }

        if (depth < segments)
        {
            return false;
        }

        // Up to the ancestor as deep as the root, then its names from the last to the first against the root's segments.
        var ancestor = space!;
        for (; depth > segments; depth--)
        {
            ancestor = ancestor.ContainingNamespace;
        }

        var end = root.Length;
        for (var walk = ancestor; walk is { IsGlobalNamespace: false }; walk = walk.ContainingNamespace)
        {
            var name = walk.Name;
            var start = end - name.Length;
            if (start < 0 || (start > 0 && root[start - 1] != '.') || string.CompareOrdinal(root, start, name, 0, name.Length) != 0)
            {
                return false;
            }

            end = start - 1;
        }

        return end == -1;
    }

    private static bool IsUnder(string name, string root)
        => string.Equals(name, root, StringComparison.Ordinal)
            || (name.Length > root.Length && name.StartsWith(root, StringComparison.Ordinal) && name[root.Length] == '.');
}
