using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Classes, structs and records, member by member: which members, which constructor, and whether the whole state is reached.</summary>
internal static partial class JsonPlanner
{
    /// <summary>The object's metadata, or Unsupported with the first reason its whole state cannot be written and read back.</summary>
    private static Outcome DescribeObject(Walk walk, INamedTypeSymbol type, string plain, string? path)
    {
        var context = walk.Context;
        var members = Members(walk, type, out var problem);
        var creator = problem is null ? ChooseCreator(walk, type, members, out problem) : null;
        problem ??= UnreachableField(walk, type, members);
        if (problem is not null)
        {
            return walk.Refuse(type, plain, problem, path);
        }

        var here = path ?? Short(type);
        var specs = new List<JsonMemberSpec>(members.Count);
        foreach (var member in members)
        {
            JsonConverterRef? converter = null;
            if (walk.ConverterAttribute(member.Symbol) is { } attribute)
            {
                converter = walk.Converter(attribute, member.Type, out var converterProblem);
                if (converter is null)
                {
                    return walk.Refuse(type, plain, Member(type, member) + ": " + converterProblem, path);
                }
            }
            else
            {
                var outcome = walk.Visit(member.Type, here + "." + member.Symbol.Name);
                if (outcome.Kind == OutcomeKind.Skip)
                {
                    return outcome;
                }

                if (outcome.Kind == OutcomeKind.Impossible)
                {
                    return walk.Refuse(type, plain, "its member '" + member.Symbol.Name + "' is " + outcome.What + " (" + Display(member.Type) + "), which JSON cannot hold; mark it [JsonIgnore] if it is not state", path);
                }

                if (!walk.Nameable(member.Type))
                {
                    return walk.Refuse(type, plain, "the type of its member '" + member.Symbol.Name + "' (" + Display(member.Type) + ") cannot be named by code generated in this assembly", path);
                }
            }

            specs.Add(new JsonMemberSpec(
                Name: member.Symbol.Name,
                Access: TypeNames.Escape(member.Symbol.Name),
                Type: context.Render(member.Type),
                IsProperty: member.Symbol is IPropertySymbol,
                IsPublic: member.IsPublic,
                JsonName: member.JsonName,
                Write: member.Write,
                Element: member.RefillElement is null ? null : context.Render(member.RefillElement),
                Ignore: member.Ignore,
                IsRequired: member.IsRequired,
                HasJsonInclude: member.HasJsonInclude,
                IsExtensionData: member.IsExtensionData,
                Converter: converter));
        }

        walk.Types.Add(new JsonObjectSpec(plain, Stem(type), Short(type), type.IsValueType, ExactTypeOnly: type.TypeKind == TypeKind.Class && !type.IsSealed, creator!, specs.ToArray()));
        return Outcome.Described;
    }

    /// <summary>One serialized member while the object is planned.</summary>
    private sealed class MemberPlan
    {
        public MemberPlan(ISymbol symbol, ITypeSymbol type, bool isPublic)
        {
            Symbol = symbol;
            Type = type;
            IsPublic = isPublic;
        }

        public ISymbol Symbol { get; }

        public ITypeSymbol Type { get; }

        public bool IsPublic { get; }

        public JsonWriteKind Write { get; set; }

        /// <summary>Set through the creator's object initializer.</summary>
        public bool InitOnly { get; set; }

        /// <summary>Read-only, and it holds state: only a constructor parameter can set it.</summary>
        public bool HoldsState { get; set; }

        /// <summary>Why <see cref="HoldsState"/>, as a sentence start naming the member.</summary>
        public string? HoldsStateBecause { get; set; }

        public ITypeSymbol? RefillElement { get; set; }

        /// <summary>The C# <c>required</c> modifier (the creator must set it).</summary>
        public bool IsRequiredMember { get; set; }

        /// <summary><c>required</c> or <c>[JsonRequired]</c>: missing from the JSON is an error.</summary>
        public bool IsRequired { get; set; }

        public string? JsonName { get; set; }

        public JsonIgnoreKind Ignore { get; set; }

        public bool HasJsonInclude { get; set; }

        public bool IsExtensionData { get; set; }
    }

    /// <summary>
    /// The members written and read: public instance properties with a public getter and public fields (or accessible
    /// ones marked <c>[JsonInclude]</c>), base type first, the most derived declaration of each name, properties before
    /// fields, minus <c>[JsonIgnore]</c>.
    /// </summary>
    private static List<MemberPlan> Members(Walk walk, INamedTypeSymbol type, out string? problem)
    {
        problem = null;
        var context = walk.Context;
        var json = walk.Json;
        var properties = new List<MemberPlan>();
        var fields = new List<MemberPlan>();
        foreach (var current in Chain(type))
        {
            foreach (var symbol in current.GetMembers())
            {
                ITypeSymbol memberType;
                bool isPublic;
                List<MemberPlan> list;
                switch (symbol)
                {
                    case IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: { } getter } property:
                        (memberType, isPublic, list) = (property.Type, property.DeclaredAccessibility == Accessibility.Public && getter.DeclaredAccessibility == Accessibility.Public, properties);
                        break;
                    case IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, AssociatedSymbol: null } field:
                        (memberType, isPublic, list) = (field.Type, field.DeclaredAccessibility == Accessibility.Public, fields);
                        break;
                    default:
                        continue;
                }

                var include = Has(symbol, json.JsonInclude);
                if (!isPublic && !include)
                {
                    continue;
                }

                properties.RemoveAll(m => m.Symbol.Name == symbol.Name);
                fields.RemoveAll(m => m.Symbol.Name == symbol.Name);
                var ignore = IgnoreOf(json, symbol);
                if (ignore is null)
                {
                    continue;
                }

                if (include && !isPublic && !context.IsAccessible(symbol is IPropertySymbol p ? p.GetMethod! : symbol))
                {
                    problem = Member(type, symbol) + " is marked [JsonInclude] but generated code cannot read it (it is " + symbol.DeclaredAccessibility.ToString().ToLowerInvariant() + ")";
                    return properties;
                }

                if (walk.Obsolete(symbol))
                {
                    problem = Member(type, symbol) + " is marked [Obsolete] as an error";
                    return properties;
                }

                var member = new MemberPlan(symbol, memberType, isPublic)
                {
                    Ignore = ignore.Value,

                    // Fields are state: included whatever the options' IncludeFields says (as the reflection fallback does).
                    HasJsonInclude = include || symbol is IFieldSymbol,
                    JsonName = JsonNameOf(json, symbol),
                    IsExtensionData = Has(symbol, json.JsonExtensionData),
                };
                problem = Plan(walk, type, member);
                if (problem is not null)
                {
                    return properties;
                }

                list.Add(member);
            }
        }

        properties.AddRange(fields);
        return properties;
    }

    /// <summary>How one member is read back; a problem when it cannot be.</summary>
    private static string? Plan(Walk walk, INamedTypeSymbol type, MemberPlan member)
    {
        var context = walk.Context;
        var json = walk.Json;
        member.IsRequired = Has(member.Symbol, json.JsonRequired);
        if (member.IsExtensionData && !IsExtensionDataType(walk, member.Type))
        {
            return Member(type, member.Symbol) + " is marked [JsonExtensionData] but is not a Dictionary<string, object>, Dictionary<string, JsonElement> or JsonObject";
        }

        if (member.Symbol is IPropertySymbol property)
        {
            if (property.ReturnsByRef || property.ReturnsByRefReadonly)
            {
                return Member(type, property) + " returns by reference";
            }

            member.IsRequiredMember = property.IsRequired;
            member.IsRequired |= property.IsRequired;
            var setter = property.SetMethod;
            var usable = setter is not null && context.IsAccessible(setter) && !walk.Obsolete(setter);
            if (usable && !setter!.IsInitOnly)
            {
                member.Write = JsonWriteKind.Assign;
                return null;
            }

            if (usable)
            {
                member.InitOnly = true;
                member.Write = JsonWriteKind.Init;
                return null;
            }

            if (RefillElement(walk, property.Type) is { } element)
            {
                member.Write = JsonWriteKind.Refill;
                member.RefillElement = element;
                return null;
            }

            if (setter is null && IsInSource(property.ContainingType) && !HasBackingField(property))
            {
                return null; // computed from other state: written for people to read, not read back
            }

            member.HoldsState = true;
            member.HoldsStateBecause = setter is not null
                ? Member(type, property) + " has a setter generated code cannot call (" + setter.DeclaredAccessibility.ToString().ToLowerInvariant() + ")"
                : IsInSource(property.ContainingType)
                    ? Member(type, property) + " is read-only"
                    : Member(type, property) + " is read-only (the generator cannot see whether it is computed: " + Display(property.ContainingType) + " is compiled in another assembly; mark it [JsonIgnore] if it is)";
            return null;
        }

        var field = (IFieldSymbol)member.Symbol;
        member.IsRequiredMember = field.IsRequired;
        member.IsRequired |= field.IsRequired;
        if (!field.IsReadOnly)
        {
            member.Write = JsonWriteKind.Assign;
        }
        else if (RefillElement(walk, field.Type) is { } element)
        {
            member.Write = JsonWriteKind.Refill;
            member.RefillElement = element;
        }
        else
        {
            member.HoldsState = true;
            member.HoldsStateBecause = Member(type, field) + " is a readonly field";
        }

        return null;
    }

    /// <summary>
    /// The constructor that makes instances when they are read, and which values it takes; null with the problem when
    /// no constructor can bring back every read-only member.
    /// </summary>
    private static JsonCreatorSpec? ChooseCreator(Walk walk, INamedTypeSymbol type, List<MemberPlan> members, out string? problem)
    {
        problem = null;
        var context = walk.Context;
        var constructors = type.InstanceConstructors.Where(c => !IsCopyConstructor(type, c)).ToList();
        var holding = members.Where(static m => m.HoldsState).ToList();
        var marked = constructors.Where(c => Has(c, walk.Json.JsonConstructor)).ToList();
        IMethodSymbol? chosen;
        List<MemberPlan>? bound;
        if (marked.Count > 1)
        {
            problem = "several of its constructors are marked [JsonConstructor]";
            return null;
        }

        if (marked.Count == 1)
        {
            chosen = marked[0];
            if (!context.IsAccessible(chosen))
            {
                problem = "its [JsonConstructor] constructor is " + chosen.DeclaredAccessibility.ToString().ToLowerInvariant() + ", so generated code cannot call it";
                return null;
            }

            bound = Bind(chosen, members, out var unbound);
            if (bound is null)
            {
                problem = Unbound(type, unbound!);
                return null;
            }

            if (holding.FirstOrDefault(h => !bound.Contains(h)) is { } missed)
            {
                problem = missed.HoldsStateBecause + " and no parameter of its [JsonConstructor] constructor sets it, so its value would not come back";
                return null;
            }
        }
        else
        {
            var parameterless = constructors.FirstOrDefault(c => c.Parameters.Length == 0 && context.IsAccessible(c));
            if (parameterless is not null && holding.Count == 0)
            {
                chosen = parameterless;
                bound = new List<MemberPlan>();
            }
            else
            {
                var fits = new List<(IMethodSymbol Constructor, List<MemberPlan> Bound)>();
                foreach (var constructor in constructors)
                {
                    if (constructor.Parameters.Length > 0 && context.IsAccessible(constructor) && Bind(constructor, members, out _) is { } binds && holding.All(binds.Contains))
                    {
                        fits.Add((constructor, binds));
                    }
                }

                if (fits.Count > 1)
                {
                    problem = "several of its constructors can create it (" + string.Join(", ", fits.Select(static f => f.Constructor.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat))) + "); mark the one to read it with [JsonConstructor]";
                    return null;
                }

                if (fits.Count == 0)
                {
                    problem = holding.Count > 0
                        ? holding[0].HoldsStateBecause + " and no constructor parameter of the same name and type sets it, so its value would not come back; give it a setter (init is enough) or such a constructor parameter"
                        : "it has no constructor generated code can call whose parameters all match a public property or field (same name ignoring case, same type)";
                    return null;
                }

                (chosen, bound) = fits[0];
            }
        }

        if (walk.Obsolete(chosen))
        {
            problem = "its constructor " + chosen.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat) + " is marked [Obsolete] as an error";
            return null;
        }

        var parameters = new List<JsonParameterSpec>();
        foreach (var parameter in chosen.Parameters)
        {
            parameters.Add(new JsonParameterSpec(parameter.Name, walk.Plain(parameter.Type), context.Render(parameter.Type), DefaultValue(walk, parameter)));
        }

        // init-only and required members are set in the object initializer, each from a value of its own (or, for a
        // required member a constructor parameter already reads, from that parameter's value).
        var setsRequired = Has(chosen, walk.Json.SetsRequiredMembers);
        var initializers = new List<JsonInitializerSpec>();
        foreach (var member in members)
        {
            var index = bound.IndexOf(member);
            if (index >= 0)
            {
                if (member.IsRequiredMember && !setsRequired)
                {
                    initializers.Add(new JsonInitializerSpec(TypeNames.Escape(member.Symbol.Name), index));
                }

                continue;
            }

            if (member.InitOnly || (member.IsRequiredMember && !setsRequired))
            {
                initializers.Add(new JsonInitializerSpec(TypeNames.Escape(member.Symbol.Name), parameters.Count));
                parameters.Add(new JsonParameterSpec(member.Symbol.Name, walk.Plain(member.Type), context.Render(member.Type), null));
            }
        }

        var parameterized = chosen.Parameters.Length > 0 || initializers.Count > 0;
        return new JsonCreatorSpec(parameterized, chosen.Parameters.Length, parameterized ? parameters.ToArray() : EquatableArray<JsonParameterSpec>.Empty, initializers.ToArray());
    }

    /// <summary>The member each constructor parameter reads (by name ignoring case, same type), or null with the first parameter that matches none.</summary>
    private static List<MemberPlan>? Bind(IMethodSymbol constructor, List<MemberPlan> members, out IParameterSymbol? unbound)
    {
        unbound = null;
        var bound = new List<MemberPlan>();
        foreach (var parameter in constructor.Parameters)
        {
            var match = parameter.RefKind is RefKind.None or RefKind.In
                ? members.FirstOrDefault(m => m.Symbol.Name == parameter.Name && SymbolEqualityComparer.Default.Equals(m.Type, parameter.Type))
                  ?? members.FirstOrDefault(m => string.Equals(m.Symbol.Name, parameter.Name, StringComparison.OrdinalIgnoreCase) && SymbolEqualityComparer.Default.Equals(m.Type, parameter.Type))
                : null;
            if (match is null)
            {
                unbound = parameter;
                return null;
            }

            bound.Add(match);
        }

        return bound;
    }

    private static string Unbound(INamedTypeSymbol type, IParameterSymbol parameter)
        => "parameter '" + parameter.Name + "' of its [JsonConstructor] constructor matches no public property or field of " + Short(type) + " with the same name and type (" + Display(parameter.Type) + "), so it cannot be read back";

    /// <summary>
    /// A field the metadata cannot reach: a non-public auto-property, or a non-public field, that holds state. A readonly
    /// field of an immutable type is accepted when the type has one constructor (its value follows from the values that
    /// constructor is given), and anything marked <c>[JsonIgnore]</c> is the user saying it holds no data.
    /// </summary>
    private static string? UnreachableField(Walk walk, INamedTypeSymbol type, List<MemberPlan> members)
    {
        var context = walk.Context;
        var names = new HashSet<string>(members.Select(static m => m.Symbol.Name), StringComparer.Ordinal);
        var constructors = type.InstanceConstructors.Count(c => !IsCopyConstructor(type, c) && !(type.IsValueType && c.IsImplicitlyDeclared));
        foreach (var current in Chain(type))
        {
            foreach (var symbol in current.GetMembers())
            {
                if (symbol is not IFieldSymbol { IsStatic: false, IsConst: false } field)
                {
                    continue;
                }

                switch (field.AssociatedSymbol)
                {
                    case IEventSymbol:
                        continue;
                    case IPropertySymbol property:
                        if (names.Contains(property.Name) || IgnoreOf(walk.Json, property) is null)
                        {
                            continue;
                        }

                        return Member(type, property) + " is not public, so its value would not be saved; make it public, or mark it [JsonIgnore] if it holds no data";
                }

                if (field.IsImplicitlyDeclared || names.Contains(field.Name) || IgnoreOf(walk.Json, field) is null)
                {
                    continue;
                }

                if (field.IsReadOnly && constructors == 1 && new CopyRules(context).IsImmutable(field.Type))
                {
                    continue;
                }

                return Member(type, field) + " is a non-public field, so its value would not be saved; expose it through a public property, or mark it [JsonIgnore] if it holds no data";
            }
        }

        return null;
    }

    /// <summary>The element of a get-only collection that can be refilled in place through <c>ICollection&lt;T&gt;</c>, or null.</summary>
    private static ITypeSymbol? RefillElement(Walk walk, ITypeSymbol type)
    {
        if (type.IsValueType || type is IArrayTypeSymbol || type is not INamedTypeSymbol named
            || KnownSymbols.Is(named, walk.Known.ReadOnlyCollection) || TypeFacts.IsNamespace(named.ContainingNamespace, "System", "Collections", "Immutable"))
        {
            return null;
        }

        if (KnownSymbols.Is(named, walk.Known.ICollection))
        {
            return named.TypeArguments[0];
        }

        foreach (var candidate in named.AllInterfaces)
        {
            if (KnownSymbols.Is(candidate, walk.Known.ICollection))
            {
                return candidate.TypeArguments[0];
            }
        }

        return null;
    }

    private static bool IsExtensionDataType(Walk walk, ITypeSymbol type)
    {
        if (KnownSymbols.Is(type, walk.Json.JsonObject))
        {
            return true;
        }

        return type is INamedTypeSymbol { Arity: 2 } named
               && (KnownSymbols.Is(named, walk.Known.Dictionary) || KnownSymbols.Is(named, walk.Known.IDictionary))
               && named.TypeArguments[0].SpecialType == SpecialType.System_String
               && (named.TypeArguments[1].SpecialType == SpecialType.System_Object || KnownSymbols.Is(named.TypeArguments[1], walk.Json.JsonElement));
    }

    /// <summary>The type and its base types, base first, without <c>object</c> and <c>ValueType</c>.</summary>
    private static List<INamedTypeSymbol> Chain(INamedTypeSymbol type)
    {
        var chain = new List<INamedTypeSymbol>();
        for (var current = type; current is not null && current.SpecialType is not (SpecialType.System_Object or SpecialType.System_ValueType); current = current.BaseType)
        {
            chain.Insert(0, current);
        }

        return chain;
    }

    private static bool IsCopyConstructor(INamedTypeSymbol type, IMethodSymbol constructor)
        => type.IsRecord && constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type);

    private static bool IsInSource(INamedTypeSymbol type) => type.Locations.Any(static l => l.IsInSource);

    private static bool HasBackingField(IPropertySymbol property)
        => property.ContainingType.GetMembers().Any(m => m is IFieldSymbol field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property));

    private static bool Has(ISymbol symbol, INamedTypeSymbol? attribute)
        => attribute is not null && symbol.GetAttributes().Any(a => SymbolEqualityComparer.Default.Equals(a.AttributeClass, attribute));

    /// <summary>A member's <c>[JsonIgnore]</c>: null when it is always ignored, else the condition under which it is still skipped.</summary>
    private static JsonIgnoreKind? IgnoreOf(JsonSymbols json, ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (!SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, json.JsonIgnore))
            {
                continue;
            }

            var condition = 1; // JsonIgnoreCondition.Always, the attribute's default
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == "Condition" && argument.Value.Value is int value)
                {
                    condition = value;
                }
            }

            return condition switch
            {
                0 => JsonIgnoreKind.Never,
                2 => JsonIgnoreKind.WhenWritingDefault,
                3 => JsonIgnoreKind.WhenWritingNull,
                _ => null,
            };
        }

        return JsonIgnoreKind.None;
    }

    private static string? JsonNameOf(JsonSymbols json, ISymbol symbol)
    {
        foreach (var attribute in symbol.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, json.JsonPropertyName)
                && attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>A constructor parameter's default value as C#, typed so it boxes to the parameter's type; null when it has none.</summary>
    private static string? DefaultValue(Walk walk, IParameterSymbol parameter)
    {
        var value = TypeNames.DefaultValue(parameter);
        return value == "default" ? "default(" + walk.Plain(parameter.Type) + ")" : value;
    }

    private static string Member(INamedTypeSymbol type, ISymbol member) => Short(type) + "." + member.Name;

    private static string Member(INamedTypeSymbol type, MemberPlan member) => Member(type, member.Symbol);
}
