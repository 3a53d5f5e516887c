using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace InMemoryFakes.Generators;

/// <summary>
/// Turns one <c>[InMemoryFake]</c> target into an equatable <see cref="FakeResult"/>. Never throws:
/// an unexpected exception becomes diagnostic IMF9999. Symbols live only while parsing.
/// </summary>
internal sealed partial class Parser
{
    private static readonly string GeneratorVersion = typeof(Parser).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    private readonly GeneratorAttributeSyntaxContext _target;
    private readonly Compilation _compilation;
    private readonly CancellationToken _cancellationToken;
    private readonly List<DiagnosticInfo> _diagnostics = new();
    private readonly UniqueNameBuilder _names = new();
    private Location? _attributeLocation;
    private INamedTypeSymbol _interface = null!;
    private INamedTypeSymbol? _userClass;
    private string _className = "";
    private string _interfaceName = "";
    private bool _isClassTarget;

    private Parser(GeneratorAttributeSyntaxContext target, CancellationToken cancellationToken)
    {
        _target = target;
        _compilation = target.SemanticModel.Compilation;
        _cancellationToken = cancellationToken;
    }

    public static FakeResult Parse(GeneratorAttributeSyntaxContext target, CancellationToken cancellationToken)
    {
        try
        {
            return new Parser(target, cancellationToken).Run();
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw: any failure becomes IMF9999.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var location = target.TargetNode is BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : target.TargetNode.GetLocation();
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailed, location, target.TargetSymbol.Name, exception.GetType().Name + ": " + exception.Message);
            return new FakeResult(null, new[] { info });
        }
    }

    private void Report(DiagnosticDescriptor descriptor, Location? location, params string[] arguments)
        => _diagnostics.Add(DiagnosticInfo.Create(descriptor, location ?? _attributeLocation, arguments));

    private FakeResult Result(FakeSpec? fake) => new(fake, _diagnostics.ToArray());

    private FakeResult Run()
    {
        var attribute = _target.Attributes[0];
        _attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(_cancellationToken).GetLocation() ?? _target.TargetNode.GetLocation();
        var settings = AttributeSettings.Read(attribute);

        string? ns;
        EquatableArray<string> containers = EquatableArray<string>.Empty;
        string modifiers;
        string typeParameters = "";
        var constraints = new List<string>();
        string fullClassName;
        bool accessibleForRegistration;
        string hintName;

        if (_target.TargetSymbol is INamedTypeSymbol { TypeKind: TypeKind.Interface } annotated)
        {
            _interface = annotated;
            _interfaceName = annotated.Name;
            if (!IsReachableFromNamespace(annotated, out var reason) || IsInsideGeneric(annotated, out reason))
            {
                Report(DiagnosticDescriptors.InterfaceNotAccessible, IdentifierLocation(), annotated.ToDisplayString(), reason);
                return Result(null);
            }

            if (settings.Name is { } name && !SyntaxFacts.IsValidIdentifier(name))
            {
                Report(DiagnosticDescriptors.InvalidAttributeValue, _attributeLocation, annotated.Name, "Name = \"" + name + "\" is not a valid C# identifier");
                return Result(null);
            }

            _className = settings.Name ?? DefaultClassName(annotated.Name);
            ns = TypeNames.Namespace(annotated);
            var arity = annotated.Arity == 0 ? "" : "`" + annotated.Arity.ToString(CultureInfo.InvariantCulture);
            _userClass = _compilation.GetTypeByMetadataName((ns is null ? "" : ns + ".") + _className + arity) is { TypeKind: TypeKind.Class } existing
                && existing.Locations.Any(static l => l.IsInSource)
                ? existing
                : null;
            var accessibility = EffectiveAccessibility(annotated) == Accessibility.Public ? "public" : "internal";
            modifiers = accessibility + (_userClass is { IsAbstract: true } ? " partial class" : " sealed partial class");
            if (annotated.IsGenericType)
            {
                typeParameters = "<" + string.Join(", ", annotated.TypeParameters.Select(static t => TypeNames.Escape(t.Name))) + ">";
            }

            fullClassName = "global::" + (ns is null ? "" : ns + ".") + _className + typeParameters;
            accessibleForRegistration = true;
            var containing = ContainingTypeNames(annotated);
            hintName = (ns is null ? "" : ns + ".") + containing + TypeNames.NameWithArity(annotated);
        }
        else if (_target.TargetSymbol is INamedTypeSymbol { TypeKind: TypeKind.Class } userClass)
        {
            _isClassTarget = true;
            _userClass = userClass;
            _className = userClass.Name;
            if (userClass.IsStatic || !IsPartial(userClass))
            {
                Report(DiagnosticDescriptors.ClassNotPartial, IdentifierLocation(), userClass.Name);
                return Result(null);
            }

            for (var container = userClass.ContainingType; container is not null; container = container.ContainingType)
            {
                if (!IsPartial(container))
                {
                    Report(DiagnosticDescriptors.ContainingTypeNotPartial, IdentifierLocation(), userClass.Name, container.Name);
                    return Result(null);
                }
            }

            if (attribute.ConstructorArguments.Length == 0 || attribute.ConstructorArguments[0].Value is null)
            {
                Report(DiagnosticDescriptors.ClassNeedsInterface, _attributeLocation, userClass.Name);
                return Result(null);
            }

            var faked = attribute.ConstructorArguments[0].Value as ITypeSymbol;
            var why = faked switch
            {
                null => "it is not a type",
                { TypeKind: TypeKind.Error } => "the type cannot be found",
                INamedTypeSymbol { TypeKind: TypeKind.Interface, IsUnboundGenericType: true } => "it is an unbound generic type",
                INamedTypeSymbol { TypeKind: TypeKind.Interface } => null,
                _ => "it is " + KindName(faked),
            };
            if (why is not null)
            {
                Report(DiagnosticDescriptors.NotAnInterface, _attributeLocation, faked?.ToDisplayString() ?? "null", userClass.Name, why);
                return Result(null);
            }

            _interface = (INamedTypeSymbol)faked!;
            _interfaceName = _interface.Name;
            ns = TypeNames.Namespace(userClass);
            containers = ContainerDeclarations(userClass);
            modifiers = userClass.IsRecord ? "partial record" : "partial class";
            if (userClass.IsGenericType)
            {
                typeParameters = "<" + string.Join(", ", userClass.TypeParameters.Select(static t => TypeNames.Escape(t.Name))) + ">";
            }

            fullClassName = TypeNames.Render(userClass.OriginalDefinition);
            accessibleForRegistration = !userClass.IsGenericType && !userClass.IsAbstract && IsReachableFromNamespace(userClass, out _)
                && !IsInsideGeneric(userClass);
            hintName = (ns is null ? "" : ns + ".") + ContainingTypeNames(userClass) + TypeNames.NameWithArity(userClass);
        }
        else
        {
            return Result(null);
        }

        if (!ValidateSettings(settings))
        {
            return Result(null);
        }

        var constructors = PlanConstructors(out var conflict);
        if (conflict)
        {
            Report(DiagnosticDescriptors.ConstructorConflict, IdentifierLocation(), _className);
            return Result(null);
        }

        ReserveNames();
        var candidates = CollectMembers(out var hasStaticAbstract);
        var names = new FieldNames(
            Core: _names.New("__core"),
            Defaults: _names.New("__defaults"),
            Table: "",
            Model: "",
            Result: _names.New("__result"),
            Item: _names.New("__item"),
            Value: _names.New("__value"),
            Blob: _names.New("__blob"),
            Snapshot: _names.New("__snapshot"),
            Options: _names.New("__options"));

        var store = PlanStore(settings, candidates, out var members);
        if (store is null)
        {
            return Result(null);
        }

        if (!_isClassTarget && _interface.IsGenericType)
        {
            constraints.AddRange(ConstraintClauses(_interface.TypeParameters, forClass: true, store.Entity?.KeyType));
        }
        else if (_isClassTarget && _userClass!.IsGenericType)
        {
            constraints.AddRange(ConstraintClauses(_userClass.TypeParameters, forClass: true, keyType: null));
        }

        var register = accessibleForRegistration && !(_interface.IsGenericType && !_isClassTarget);
        if (register && hasStaticAbstract)
        {
            register = false;
            Report(DiagnosticDescriptors.NotRegistered, _attributeLocation, _className, "its interface has static abstract members, so it cannot be a type argument");
        }
        else if (_isClassTarget && !accessibleForRegistration && !_userClass!.IsGenericType && !_userClass.IsAbstract)
        {
            Report(DiagnosticDescriptors.NotRegistered, _attributeLocation, _className, "the class is not accessible from its namespace");
        }

        names = names with { Table = _tableField, Model = _modelField };
        var defaults = BuildDefaults(settings, candidates);
        var spec = new FakeSpec(
            HintName: TypeNames.Sanitize(hintName) + ".InMemoryFake.g.cs",
            Namespace: ns,
            ContainingTypes: containers,
            ClassModifiers: modifiers,
            ClassName: _className,
            TypeParameters: typeParameters,
            Constraints: constraints.ToArray(),
            InterfaceType: TypeNames.Render(_interface.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
            FullClassName: fullClassName,
            Register: register,
            GeneratorVersion: GeneratorVersion,
            Names: names,
            Constructors: constructors,
            Defaults: defaults,
            Store: store,
            Members: members.ToArray(),
            ObsoleteDiagnosticIds: ObsoleteDiagnosticIds(_interface));
        return Result(spec);
    }

    private Location? IdentifierLocation()
        => _target.TargetNode is BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : _target.TargetNode.GetLocation();

    private static string DefaultClassName(string interfaceName)
        => interfaceName.Length >= 2 && interfaceName[0] == 'I' && char.IsUpper(interfaceName[1])
            ? "InMemory" + interfaceName.Substring(1)
            : "InMemory" + interfaceName;

    private static string KindName(ITypeSymbol type) => type.TypeKind switch
    {
        TypeKind.Class => type.IsRecord ? "a record" : "a class",
        TypeKind.Struct => "a struct",
        TypeKind.Enum => "an enum",
        TypeKind.Delegate => "a delegate",
        _ => "not an interface",
    };

    private static bool IsPartial(INamedTypeSymbol type)
        => type.DeclaringSyntaxReferences.Length > 0
           && type.DeclaringSyntaxReferences.All(static r => r.GetSyntax() is TypeDeclarationSyntax t && t.Modifiers.Any(SyntaxKind.PartialKeyword));

    private static bool IsInsideGeneric(INamedTypeSymbol type, out string reason)
    {
        reason = "";
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.IsGenericType)
            {
                reason = "it is nested in the generic type '" + container.Name + "'";
                return true;
            }
        }

        return false;
    }

    private static bool IsInsideGeneric(INamedTypeSymbol type)
    {
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            if (container.IsGenericType)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a namespace-level class in the same assembly can name the type.</summary>
    private static bool IsReachableFromNamespace(INamedTypeSymbol type, out string reason)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.IsFileLocal)
            {
                reason = "'" + named.Name + "' is file-local";
                return false;
            }

            switch (named.DeclaredAccessibility)
            {
                case Accessibility.Private:
                case Accessibility.Protected:
                case Accessibility.ProtectedAndInternal:
                    reason = "'" + named.Name + "' is " + SyntaxFacts.GetText(named.DeclaredAccessibility);
                    return false;
            }
        }

        reason = "";
        return true;
    }

    private static Accessibility EffectiveAccessibility(INamedTypeSymbol type)
    {
        for (ISymbol? current = type; current is INamedTypeSymbol named; current = named.ContainingType)
        {
            if (named.DeclaredAccessibility != Accessibility.Public)
            {
                return Accessibility.Internal;
            }
        }

        return Accessibility.Public;
    }

    private static string ContainingTypeNames(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            parts.Insert(0, TypeNames.NameWithArity(container) + ".");
        }

        return string.Concat(parts);
    }

    private static EquatableArray<string> ContainerDeclarations(INamedTypeSymbol type)
    {
        var parts = new List<string>();
        for (var container = type.ContainingType; container is not null; container = container.ContainingType)
        {
            var keyword = container switch
            {
                { IsRecord: true, TypeKind: TypeKind.Struct } => "partial record struct ",
                { IsRecord: true } => "partial record ",
                { TypeKind: TypeKind.Struct } => "partial struct ",
                { TypeKind: TypeKind.Interface } => "partial interface ",
                _ => "partial class ",
            };
            var typeParameters = container.IsGenericType ? "<" + string.Join(", ", container.TypeParameters.Select(static t => TypeNames.Escape(t.Name))) + ">" : "";
            parts.Insert(0, keyword + TypeNames.Escape(container.Name) + typeParameters);
        }

        return parts.ToArray();
    }

    private bool ValidateSettings(AttributeSettings settings)
    {
        var ok = true;
        void Invalid(string message)
        {
            Report(DiagnosticDescriptors.InvalidAttributeValue, _attributeLocation, _target.TargetSymbol.Name, message);
            ok = false;
        }

        if (settings.MaxEntries < 0)
        {
            Invalid("MaxEntries = " + settings.MaxEntries.ToString(CultureInfo.InvariantCulture) + " is negative; use 0 for no limit");
        }

        if (settings.MaxBytes < 0)
        {
            Invalid("MaxBytes = " + settings.MaxBytes.ToString(CultureInfo.InvariantCulture) + " is negative; use 0 for no limit");
        }

        if (double.IsNaN(settings.DefaultTtlSeconds) || double.IsInfinity(settings.DefaultTtlSeconds) || settings.DefaultTtlSeconds < 0
            || settings.DefaultTtlSeconds > TimeSpan.MaxValue.TotalSeconds / 2)
        {
            Invalid("DefaultTtlSeconds = " + settings.DefaultTtlSeconds.ToString("R", CultureInfo.InvariantCulture) + " is not a finite, non-negative number of seconds; use 0 for no expiry");
        }

        if (settings.Kind is < 0 or > 3)
        {
            Invalid("Kind = " + settings.Kind.ToString(CultureInfo.InvariantCulture) + " is not a StoreKind value");
        }

        if (settings.QuotaPolicy is < 0 or > 3)
        {
            Invalid("QuotaPolicy = " + settings.QuotaPolicy.ToString(CultureInfo.InvariantCulture) + " is not a QuotaPolicy value");
        }

        if (settings.CopyMode is < 0 or > 2)
        {
            Invalid("CopyMode = " + settings.CopyMode.ToString(CultureInfo.InvariantCulture) + " is not a CopyMode value");
        }

        return ok;
    }

    private ConstructorSpec PlanConstructors(out bool conflict)
    {
        conflict = false;
        bool hasDefault = false, hasClock = false, hasBackend = false;
        if (_userClass is not null)
        {
            foreach (var constructor in _userClass.InstanceConstructors)
            {
                if (constructor.IsImplicitlyDeclared)
                {
                    continue;
                }

                if (constructor.Parameters.Length == 0)
                {
                    hasDefault = true;
                }
                else if (constructor.Parameters.Length == 1)
                {
                    var type = constructor.Parameters[0].Type;
                    var name = type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                    if (name == "global::System.TimeProvider")
                    {
                        hasClock = true;
                    }
                    else if (name == "global::InMemoryFakes.InMemoryBackend")
                    {
                        hasBackend = true;
                    }
                    else if (name == "global::InMemoryFakes.InMemoryFakeOptions")
                    {
                        conflict = true;
                    }
                }
            }
        }

        return new ConstructorSpec(!hasDefault, !hasClock, !hasBackend);
    }

    private void ReserveNames()
    {
        _names.Reserve(_className);
        foreach (var type in new[] { _interface }.Concat(_interface.AllInterfaces))
        {
            foreach (var member in type.GetMembers())
            {
                _names.Reserve(member.Name);
                if (member is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                    {
                        _names.Reserve(parameter.Name);
                    }

                    foreach (var typeParameter in method.TypeParameters)
                    {
                        _names.Reserve(typeParameter.Name);
                    }
                }
                else if (member is IPropertySymbol property)
                {
                    foreach (var parameter in property.Parameters)
                    {
                        _names.Reserve(parameter.Name);
                    }
                }
            }

            foreach (var typeParameter in type.TypeParameters)
            {
                _names.Reserve(typeParameter.Name);
            }
        }

        for (var type = _userClass; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var name in type.MemberNames)
            {
                _names.Reserve(name);
            }

            foreach (var typeParameter in type.TypeParameters)
            {
                _names.Reserve(typeParameter.Name);
            }
        }
    }

    /// <summary>Constraint clauses for the fake's type parameters; the entity key type gets <c>notnull</c> when it has no constraint that implies it.</summary>
    private static IEnumerable<string> ConstraintClauses(IEnumerable<ITypeParameterSymbol> typeParameters, bool forClass, string? keyType)
    {
        foreach (var typeParameter in typeParameters)
        {
            var parts = new List<string>();
            var needsNotNull = forClass && keyType is not null && keyType == TypeNames.Escape(typeParameter.Name);
            if (typeParameter.HasUnmanagedTypeConstraint)
            {
                parts.Add("unmanaged");
            }
            else if (typeParameter.HasValueTypeConstraint)
            {
                parts.Add("struct");
            }
            else if (typeParameter.HasReferenceTypeConstraint)
            {
                var nullable = typeParameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated;
                parts.Add(nullable && needsNotNull ? "class" : nullable ? "class?" : "class");
            }
            else if (typeParameter.HasNotNullConstraint || needsNotNull)
            {
                parts.Add("notnull");
            }

            foreach (var constraint in typeParameter.ConstraintTypes)
            {
                parts.Add(TypeNames.Render(constraint));
            }

            if (typeParameter.HasConstructorConstraint)
            {
                parts.Add("new()");
            }

            if (typeParameter.AllowsRefLikeType)
            {
                parts.Add("allows ref struct");
            }

            if (parts.Count > 0)
            {
                yield return "where " + TypeNames.Escape(typeParameter.Name) + " : " + string.Join(", ", parts);
            }
        }
    }

    private DefaultsSpec BuildDefaults(AttributeSettings settings, List<MemberCandidate> candidates)
    {
        string? Map(string property, ITypeSymbol? type)
        {
            if (type is null)
            {
                return null;
            }

            var problem = type switch
            {
                { TypeKind: TypeKind.Error } => "the type cannot be found",
                INamedTypeSymbol { IsUnboundGenericType: true } => "it is an unbound generic type",
                INamedTypeSymbol named when !DerivesFromException(named) => "it does not derive from System.Exception",
                INamedTypeSymbol { IsAbstract: true } => "it is abstract",
                INamedTypeSymbol named when !HasMessageConstructor(named) => "it has no accessible constructor taking a single string",
                INamedTypeSymbol => null,
                _ => "it is not a class",
            };
            if (problem is not null)
            {
                Report(DiagnosticDescriptors.InvalidExceptionMapping, _attributeLocation, property, type.ToDisplayString(), _target.TargetSymbol.Name, problem);
                return null;
            }

            return "static m => new " + TypeNames.RenderNotNull(type) + "(m)";
        }

        var members = new List<string>();
        foreach (var candidate in candidates)
        {
            if (!members.Contains(candidate.Symbol.Name))
            {
                members.Add(candidate.Symbol.Name);
            }
        }

        var ttl = settings.DefaultTtlSeconds > 0
            ? "global::System.TimeSpan.FromTicks(" + Math.Max(1L, (long)Math.Round(settings.DefaultTtlSeconds * TimeSpan.TicksPerSecond)).ToString(CultureInfo.InvariantCulture) + "L)"
            : null;
        return new DefaultsSpec(
            Name: _interfaceName,
            MaxEntries: settings.MaxEntries > 0 ? settings.MaxEntries.ToString(CultureInfo.InvariantCulture) : null,
            MaxBytes: settings.MaxBytes > 0 ? settings.MaxBytes.ToString(CultureInfo.InvariantCulture) + "L" : null,
            QuotaPolicy: settings.QuotaPolicy switch { 1 => "Reject", 2 => "EvictOldest", 3 => "EvictLeastRecentlyUsed", _ => null } is { } policy ? "global::InMemoryFakes.QuotaPolicy." + policy : null,
            DefaultTimeToLive: ttl,
            CopyMode: settings.CopyMode switch { 1 => "Copy", 2 => "Reference", _ => null } is { } mode ? "global::InMemoryFakes.CopyMode." + mode : null,
            NotFound: Map("NotFoundException", settings.NotFoundException),
            Duplicate: Map("DuplicateKeyException", settings.DuplicateKeyException),
            QuotaExceeded: Map("QuotaExceededException", settings.QuotaExceededException),
            Conflict: Map("ConcurrencyException", settings.ConcurrencyException),
            Members: members.ToArray());
    }

    private static bool DerivesFromException(INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (current.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) == "global::System.Exception")
            {
                return true;
            }
        }

        return false;
    }

    private bool HasMessageConstructor(INamedTypeSymbol type)
        => type.InstanceConstructors.Any(c => c.Parameters.Length == 1
            && c.Parameters[0].Type.SpecialType == SpecialType.System_String
            && c.Parameters[0].RefKind == RefKind.None
            && _compilation.IsSymbolAccessibleWithin(c, _compilation.Assembly));

    /// <summary>The named arguments of <c>[InMemoryFake]</c>.</summary>
    private sealed class AttributeSettings
    {
        public string? Name { get; private set; }

        public int Kind { get; private set; }

        public int MaxEntries { get; private set; }

        public long MaxBytes { get; private set; }

        public int QuotaPolicy { get; private set; }

        public double DefaultTtlSeconds { get; private set; }

        public int CopyMode { get; private set; }

        public ITypeSymbol? NotFoundException { get; private set; }

        public ITypeSymbol? DuplicateKeyException { get; private set; }

        public ITypeSymbol? QuotaExceededException { get; private set; }

        public ITypeSymbol? ConcurrencyException { get; private set; }

        public static AttributeSettings Read(AttributeData attribute)
        {
            var settings = new AttributeSettings();
            foreach (var argument in attribute.NamedArguments)
            {
                var value = argument.Value.Value;
                switch (argument.Key)
                {
                    case "Name":
                        settings.Name = value as string;
                        break;
                    case "Kind":
                        settings.Kind = value is int kind ? kind : 0;
                        break;
                    case "MaxEntries":
                        settings.MaxEntries = value is int entries ? entries : 0;
                        break;
                    case "MaxBytes":
                        settings.MaxBytes = value is long bytes ? bytes : value is int small ? small : 0;
                        break;
                    case "QuotaPolicy":
                        settings.QuotaPolicy = value is int policy ? policy : 0;
                        break;
                    case "DefaultTtlSeconds":
                        settings.DefaultTtlSeconds = value is double seconds ? seconds : value is int whole ? whole : 0;
                        break;
                    case "CopyMode":
                        settings.CopyMode = value is int mode ? mode : 0;
                        break;
                    case "NotFoundException":
                        settings.NotFoundException = value as ITypeSymbol;
                        break;
                    case "DuplicateKeyException":
                        settings.DuplicateKeyException = value as ITypeSymbol;
                        break;
                    case "QuotaExceededException":
                        settings.QuotaExceededException = value as ITypeSymbol;
                        break;
                    case "ConcurrencyException":
                        settings.ConcurrencyException = value as ITypeSymbol;
                        break;
                }
            }

            return settings;
        }

        public StoreKindModel? ForcedKind => Kind switch
        {
            1 => StoreKindModel.EntityRepository,
            2 => StoreKindModel.KeyValue,
            3 => StoreKindModel.Blob,
            _ => null,
        };
    }

    /// <summary>
    /// The diagnostic ids of <c>[Obsolete(DiagnosticId = …)]</c> on the interface and its bases (e.g. SYSLIB0050):
    /// the generated file must mention the interface, so it suppresses them as it does CS0612/CS0618.
    /// </summary>
    private static string[] ObsoleteDiagnosticIds(INamedTypeSymbol type)
        => new[] { type }.Concat(type.AllInterfaces)
            .SelectMany(static t => t.GetAttributes())
            .Where(static a => a.AttributeClass?.ToDisplayString() == "System.ObsoleteAttribute")
            .SelectMany(static a => a.NamedArguments)
            .Where(static n => n.Key == "DiagnosticId" && n.Value.Value is string id && id.Length > 0 && id.All(static c => char.IsLetterOrDigit(c) || c == '_'))
            .Select(static n => (string)n.Value.Value!)
            .Distinct()
            .OrderBy(static id => id, System.StringComparer.Ordinal)
            .ToArray();
}
