using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Plans the contract descriptor of a fake (docs/verified-fakes.md): when one is emitted, the names a test writes, the
/// attribute's error mappings, the entity shape, and the members the user wrote by hand, classified by the same planners
/// as generated ones. What each generated member means is already in its <see cref="OperationSpec"/>.
/// </summary>
internal static class ContractPlanner
{
    private const string NoConvention = "hand-written; no convention";

    /// <summary>The fake with its contract attached; unchanged when no descriptor is emitted.</summary>
    public static FakeSpec Attach(ParseContext context, AttributeSettings settings, StoreClassification classification, List<MemberCandidate> candidates, FakeSpec fake)
    {
        // No descriptor without the descriptor types (the runtime ships them, so only an unusual reference set lacks them),
        // and none for fakes that are not registered: open generic ones, private classes, static abstract members.
        if (!context.Known.HasContracts || !fake.Register || fake.TypeParameters.Count > 0)
        {
            return fake;
        }

        var store = fake.Store;
        if (store.Entity is { } entity && classification.Entity is { } info)
        {
            store = store with { Entity = entity with { Shape = Shape(context, info, entity) } };
        }

        var (handWritten, handWrittenStore, unclassified) = HandWritten(context, classification, candidates);
        var contract = new ContractSpec(
            IsPublic(context.Interface) && (context.UserClass is null || IsPublic(context.UserClass)) ? "public" : "internal",
            ContractNames.Of(context.Interface),
            ErrorMappings(settings, fake.Defaults),
            handWritten,
            handWrittenStore,
            unclassified,
            candidates.Select(c => UncallableReason(context, c.Symbol) is { } why ? new UnclassifiedSpec(ContractNames.SignatureOf(c.Symbol), why) : null)
                .Where(static u => u is not null).Select(static u => u!).ToArray());
        return fake with { Store = store, Contract = contract };
    }

    /// <summary>
    /// Why the descriptor, a class at namespace level, cannot call the member through the interface, or null: it is
    /// <c>[Obsolete(message, true)]</c> (CS0619, which no pragma silences), or protected on the interface (CS0122: the
    /// fake implements it, but only a type deriving from the interface may call it).
    /// </summary>
    private static string? UncallableReason(ParseContext context, ISymbol member)
        => IsObsoleteError(member) ? "[Obsolete(…, true)]: a call to it does not compile (CS0619)"
            : !context.Compilation.IsSymbolAccessibleWithin(member, context.Compilation.Assembly) ? "it is " + SyntaxFacts(member.DeclaredAccessibility) + " on the interface: only a type deriving from it may call it (CS0122)"
            : null;

    private static string SyntaxFacts(Accessibility accessibility) => accessibility switch
    {
        Accessibility.Protected => "protected",
        Accessibility.ProtectedAndInternal => "private protected",
        Accessibility.Private => "private",
        _ => accessibility.ToString().ToLowerInvariant(),
    };

    /// <summary>Whether the member is <c>[Obsolete(message, true)]</c>: a call to it is error CS0619, which no pragma silences.</summary>
    private static bool IsObsoleteError(ISymbol member)
        => member.GetAttributes().Any(static a => a.AttributeClass is { Name: "ObsoleteAttribute", ContainingNamespace.Name: "System", ContainingNamespace.ContainingNamespace.IsGlobalNamespace: true }
            && a.ConstructorArguments.Length == 2 && a.ConstructorArguments[1].Value is true);

    /// <summary>
    /// Hand-written members, planned one at a time as if the generator were to write them: those a convention claims are
    /// classified (the contract then checks the hand-written body), the others are unclassified. The planners' diagnostics
    /// are dropped: the user wrote these members, so nothing about them is a mistake.
    /// </summary>
    private static (EquatableArray<MemberSpec>, StoreSpec?, EquatableArray<UnclassifiedSpec>) HandWritten(ParseContext context, StoreClassification classification, List<MemberCandidate> candidates)
    {
        var handWritten = candidates.Where(static c => c.IsHandWritten).ToList();
        if (handWritten.Count == 0)
        {
            return (EquatableArray<MemberSpec>.Empty, null, EquatableArray<UnclassifiedSpec>.Empty);
        }

        var reported = context.Diagnostics.Count;
        var builder = new StoreBuilder();
        var unclassified = new List<UnclassifiedSpec>();
        StoreSpec? store = null;
        foreach (var candidate in handWritten)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var before = builder.Members.Count;
            var single = new List<MemberCandidate> { candidate };
            try
            {
                store = classification.Kind switch
                {
                    StoreKindModel.EntityRepository => EntityPlanner.Plan(context, classification.Entity!, single, builder),
                    StoreKindModel.Blob => BlobPlanner.Plan(context, single, builder),
                    _ => KeyValuePlanner.Plan(context, single, builder),
                };
            }
            catch (OperationCanceledException)
            {
                throw;
            }
#pragma warning disable CA1031 // The fake itself is fine: a failure to classify a member the user wrote must not cost it (IMF9999), so it is reported where it matters, in the descriptor.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                builder.Members.RemoveRange(before, builder.Members.Count - before);
                unclassified.Add(new UnclassifiedSpec(candidate.Symbol.Name, "hand-written; the generator failed to classify it (" + exception.GetType().Name + ")"));
                continue;
            }

            if (builder.Members.Count == before)
            {
                unclassified.Add(new UnclassifiedSpec(candidate.Symbol.Name, NoConvention));
            }
        }

        context.Diagnostics.RemoveRange(reported, context.Diagnostics.Count - reported);
        return (builder.Members.ToArray(), store, unclassified.ToArray());
    }

    private static EquatableArray<ErrorMappingSpec> ErrorMappings(AttributeSettings settings, DefaultsSpec defaults)
    {
        var mappings = new List<ErrorMappingSpec>();
        void Add(ContractErrorKindModel kind, ITypeSymbol? type, string? rendered)
        {
            // The defaults hold only mappings that passed validation (IMF0012 for the others).
            if (type is not null && rendered is not null)
            {
                mappings.Add(new ErrorMappingSpec(kind, rendered, ContractNames.Of(type)));
            }
        }

        Add(ContractErrorKindModel.NotFound, settings.NotFoundException, defaults.NotFound);
        Add(ContractErrorKindModel.Duplicate, settings.DuplicateKeyException, defaults.Duplicate);
        Add(ContractErrorKindModel.Quota, settings.QuotaExceededException, defaults.QuotaExceeded);
        Add(ContractErrorKindModel.Conflict, settings.ConcurrencyException, defaults.Conflict);
        return mappings.ToArray();
    }

    /// <summary>
    /// How a contract builds an entity: with an object initializer over its settable properties when it has an accessible
    /// parameterless constructor (or is a struct); else with the constructor whose parameters are all its properties (a
    /// positional record), the most parameters winning. The key must be among the properties, or nothing can be built.
    /// </summary>
    private static EntityShapeSpec Shape(ParseContext context, EntityInfo entity, EntitySpec spec)
    {
        var type = entity.Type;
        var display = ContractNames.Of(type);
        EntityShapeSpec Unbuildable(string reason) => new(display, EquatableArray<EntityPropertySpec>.Empty, false, reason);
        if (type is not INamedTypeSymbol named || named.IsAbstract)
        {
            return Unbuildable(display + " is abstract");
        }

        var readable = context.PropertiesOf(named);
        var properties = new List<EntityPropertySpec>();
        var byConstructor = false;
        if (named.IsValueType || named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && context.IsAccessible(c)))
        {
            foreach (var property in readable)
            {
                if (property.SetMethod is { } setter && context.IsAccessible(setter))
                {
                    properties.Add(Property(context, property.Name, property.Type));
                }
            }
        }
        else
        {
            var constructor = named.InstanceConstructors
                .Where(c => c.Parameters.Length > 0 && context.IsAccessible(c)
                    && c.Parameters.All(p => p.RefKind == RefKind.None && readable.Any(r => string.Equals(r.Name, p.Name, StringComparison.OrdinalIgnoreCase) && TypeFacts.SameType(r.Type, p.Type))))
                .OrderByDescending(static c => c.Parameters.Length)
                .FirstOrDefault();
            if (constructor is null)
            {
                return Unbuildable(display + " has no accessible parameterless constructor and no constructor whose parameters are all its properties");
            }

            // new T(v0, …) must also set T's required members unless the constructor says it does ([SetsRequiredMembers]):
            // MooBank's LogicalAccount(Guid id) beside required string Name (h-sample83) made code that did not compile (CS9035).
            if (!constructor.GetAttributes().Any(static a => a.AttributeClass is { Name: "SetsRequiredMembersAttribute" })
                && RequiredMember(named) is { } required)
            {
                return Unbuildable("its required member " + required + " is not a parameter of the constructor it is built with");
            }

            byConstructor = true;
            foreach (var parameter in constructor.Parameters)
            {
                var property = readable.First(r => string.Equals(r.Name, parameter.Name, StringComparison.OrdinalIgnoreCase));
                properties.Add(Property(context, property.Name, parameter.Type));
            }
        }

        // A pointer or a ref struct (a Span) cannot be boxed: a contract reads and sets properties through object.
        if ((byConstructor ? properties.Select(p => p.Name) : readable.Where(r => r.SetMethod is { } s && context.IsAccessible(s)).Select(static r => TypeNames.Escape(r.Name))).ToList() is var names
            && readable.FirstOrDefault(r => names.Contains(TypeNames.Escape(r.Name)) && (r.Type.IsRefLikeType || r.Type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer)) is { } unboxable)
        {
            return Unbuildable("its property " + unboxable.Name + " is " + (unboxable.Type.IsRefLikeType ? "a ref struct" : "a pointer") + " (" + unboxable.Type.ToDisplayString() + "), which a contract cannot hold as an object");
        }

        foreach (var key in spec.Keys)
        {
            if (!properties.Any(p => p.Name == key.Name))
            {
                return Unbuildable("its key " + key.Name + " is neither settable nor a constructor parameter, so " + display + " cannot be built with a chosen key");
            }
        }

        return new EntityShapeSpec(display, properties.ToArray(), byConstructor, null);
    }

    /// <summary>The name of a <c>required</c> property or field of the type or a base class, or null.</summary>
    private static string? RequiredMember(INamedTypeSymbol type)
    {
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member is IPropertySymbol { IsRequired: true } or IFieldSymbol { IsRequired: true })
                {
                    return member.Name;
                }
            }
        }

        return null;
    }

    private static EntityPropertySpec Property(ParseContext context, string name, ITypeSymbol type)
        => new(TypeNames.Escape(name), ContractNames.TypeOf(type), context.Render(type), type.NullableAnnotation == NullableAnnotation.Annotated || TypeNames.IsNullableValueType(type));

    /// <summary>Whether code in any assembly can name the type: it, its containing types and its type arguments are public.</summary>
    private static bool IsPublic(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return IsPublic(array.ElementType);
            case INamedTypeSymbol named:
                for (var current = named; current is not null; current = current.ContainingType)
                {
                    if (current.DeclaredAccessibility != Accessibility.Public)
                    {
                        return false;
                    }
                }

                return named.TypeArguments.All(IsPublic);
            default:
                return true;
        }
    }
}
