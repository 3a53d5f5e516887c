using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// Turns one <c>[InMemoryFake]</c> target into an equatable <see cref="FakeResult"/>: target → members → store kind →
/// the store's planner → model. Never throws: an unexpected exception becomes diagnostic IMF9999. Symbols live only
/// while parsing, in one <see cref="ParseContext"/>.
/// </summary>
internal static class FakeParser
{
    internal static readonly string GeneratorVersion = typeof(FakeParser).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    public static FakeResult Parse(GeneratorAttributeSyntaxContext target, CancellationToken cancellationToken)
        => Parse(target, Pipeline.BuildProperties.None, cancellationToken);

    /// <summary>Plans the target with the MSBuild properties the build passed (<see cref="Pipeline.BuildProperties"/>).</summary>
    public static FakeResult Parse(GeneratorAttributeSyntaxContext target, Pipeline.BuildProperties build, CancellationToken cancellationToken)
    {
        try
        {
            return Run(target, build, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw: any failure becomes IMF9999.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            var location = target.TargetNode is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax declaration ? declaration.Identifier.GetLocation() : target.TargetNode.GetLocation();
            var info = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailed, location, target.TargetSymbol.Name, exception.GetType().Name + ": " + exception.Message);
            return new FakeResult(null, new[] { info });
        }
    }

    /// <summary>
    /// The target read once more with <c>Kind = StoreKind.EntityRepository</c> added: the members (as declaring interface and
    /// signature) that reading generates, and the reason it refuses each other member with (IMF0001's cause, by the member's
    /// location). A refusal offers that setting only where it would generate the member (session 35: WTM's
    /// <c>IBaseCRUDVM&lt;T&gt;</c> offered it on all 19 refusals for <c>ApproveTimeLine</c>, the element of one workflow read's
    /// list, and read so none of them is generated); a member it refuses too is refused for the entity reading's cause
    /// (session 40: <c>IAuditLogManager.GetListAsync(sorting, maxResultCount, skipCount, startTime, …)</c> said "'GetList' is not
    /// a known verb" of a key-value store). The refusals are kept only when that reading stores <paramref name="entity"/>
    /// (rendered): another entity's causes are not this member's. Empty when the run fails.
    /// </summary>
    internal static RepositoryReading ReadAsRepository(ParseContext context, string entity)
    {
        var generated = new HashSet<string>(StringComparer.Ordinal);
        var refusals = new Dictionary<LocationInfo, string>();
        try
        {
            var result = Run(context.Target, context.Build, context.CancellationToken, context.Settings.WithKind(1));
            if (result.Fake is { } fake)
            {
                foreach (var member in fake.Members)
                {
                    generated.Add(member.DeclaringInterface + " " + member.Signature);
                }

                if (fake.Store.Entity?.EntityType == entity)
                {
                    foreach (var diagnostic in result.Diagnostics)
                    {
                        if (diagnostic.Id == DiagnosticDescriptors.MemberNotSupported.Id && diagnostic.Location is { } where && diagnostic.Arguments.Count > 3
                            && diagnostic.Arguments[2] == "entity repository" && !refusals.ContainsKey(where))
                        {
                            refusals.Add(where, diagnostic.Arguments[3]);
                        }
                    }
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw;
        }
#pragma warning disable CA1031 // The generator must never throw: a reading that fails names no setting.
        catch (Exception)
#pragma warning restore CA1031
        {
            generated.Clear();
            refusals.Clear();
        }

        return new RepositoryReading(generated, refusals);
    }

    /// <summary>The key <see cref="ReadAsRepository"/> lists a generated member under.</summary>
    internal static string GeneratedKey(ParseContext context, MemberCandidate candidate)
        => context.Render(candidate.Symbol.ContainingType.WithNullableAnnotation(NullableAnnotation.NotAnnotated)) + " " + ContractNames.SignatureOf(candidate.Symbol);

    private static FakeResult Run(GeneratorAttributeSyntaxContext target, Pipeline.BuildProperties build, CancellationToken cancellationToken, AttributeSettings? stated = null)
    {
        var attribute = target.Attributes[0];
        var attributeLocation = attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? target.TargetNode.GetLocation();
        var context = new ParseContext(target, attributeLocation, cancellationToken) { Build = build };
        JsonTypeSetSpec? json = null;
        FakeResult Result(FakeSpec? fake) => new(fake, context.Diagnostics.ToArray(), json);

        var settings = stated ?? AttributeSettings.Read(attribute);
        context.Settings = settings;
        var shape = TargetPlanner.Plan(context, attribute, settings);
        if (shape is null || !ValidateSettings(context, settings))
        {
            return Result(null);
        }

        var constructors = PlanConstructors(context, out var conflict);
        if (conflict)
        {
            context.Report(DiagnosticDescriptors.ConstructorConflict, TargetPlanner.IdentifierLocation(context), context.ClassName);
            return Result(null);
        }

        ReserveNames(context);
        var candidates = MemberCollector.Collect(context, out var hasStaticAbstract);
        // The Key setting names the key of the one entity a repository stores; with a table per type, which one it means is not said.
        FakeResult SeveralTables()
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "Key = \"" + settings.Key + "\": it names the key of the one entity a repository stores, and " + context.InterfaceName
                + " stores several entity types (a table each); mark each entity's key with [Key] or [FakeKey] instead");
            return Result(null);
        }

        if (SavesOnlyUnitOfWorkPlanner.Applies(context, candidates))
        {
            // A unit of work of saves only beside repositories it does not name (IUnitOfWork { Task<int> SaveChangesAsync(…); }).
            AuditStampPlanner.RejectOutsideEntities(context, "unit of work of saves only (these settings are not applied to one)", blankKeysApply: false);
            return SavesOnlyUnitOfWorkPlanner.Plan(context, shape, settings, constructors, candidates, register: shape.AccessibleForRegistration && !hasStaticAbstract);
        }

        if (CompositePlanner.Applies(context, candidates))
        {
            if (settings.Key is not null)
            {
                return SeveralTables();
            }

            // A unit of work whose properties are repositories (Mosh's IUnitOfWork { ICourseRepository Courses { get; } … Complete(); }).
            AuditStampPlanner.RejectOutsideEntities(context, "unit of work of repositories (these settings are not applied to one yet)", blankKeysApply: false);
            return CompositePlanner.Plan(context, shape, settings, constructors, candidates, register: shape.AccessibleForRegistration && !hasStaticAbstract);
        }

        // A repository whose members are generic over the entity type (Ardalis' 2018 IRepository): a table per type argument,
        // Parsing/PerTypePlanner.cs.
        if (PerTypePlanner.TryPlan(context, shape, settings, constructors, candidates, register: shape.AccessibleForRegistration && !hasStaticAbstract) is { } perType)
        {
            return settings.Key is null ? perType : SeveralTables();
        }

        // A repository of several entity types (a blog's posts and comments): a table per type, Parsing/MultiEntityPlanner.cs.
        if (!DbContextPlanner.Applies(context, candidates)
            && MultiEntityPlanner.TryPlan(context, shape, settings, constructors, candidates, register: shape.AccessibleForRegistration && !hasStaticAbstract) is { } multi)
        {
            return settings.Key is null ? multi : SeveralTables();
        }

        var names = context.Names;
        var planned = PlannedNames.Reserve(names);
        var core = planned.Core;
        var defaultsField = planned.Defaults;

        // An EF Core context interface (DbSet<T> properties) has a table per entity type: Parsing/DbContextPlanner.cs.
        var isDbContext = DbContextPlanner.Applies(context, candidates);
        if (isDbContext && settings.Key is not null)
        {
            return SeveralTables();
        }

        // A framework store whose ETag rule is in no signature (Orleans' IGrainStorage), matched by full name: Parsing/ETagStatePlanner.cs.
        var isETagStateStore = !isDbContext && ETagStatePlanner.Applies(context);

        // A framework table keyed by (owner, name) under per-row ETags (Orleans' IReminderTable), matched by full name: Parsing/ReminderTablePlanner.cs.
        var isReminderTable = !isDbContext && !isETagStateStore && ReminderTablePlanner.Applies(context);
        var classification = isDbContext || isETagStateStore || isReminderTable ? null : StoreClassifier.Classify(context, settings.ForcedKind, candidates);
        if (classification is null && !isDbContext && !isETagStateStore && !isReminderTable)
        {
            return Result(null);
        }

        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();
        context.HandWritten.AddRange(candidates.Where(static c => c.IsHandWritten));
        if (!isDbContext && !isETagStateStore && !isReminderTable && ListInterfaceRule.Reason(context) is { } listReason)
        {
            // A list's members read and write by position: none is a store's (Parsing/ListInterfaceRule.cs).
            foreach (var candidate in pending)
            {
                context.NotSupported(candidate, "store", listReason);
            }

            pending.Clear();
        }

        var store = new StoreBuilder();
        string table;
        var model = "";
        StoreSpec storeSpec;
        DbContextSpec? dbContext = null;
        var twoKeyStore = false;
        switch (classification?.Kind)
        {
            case null when isETagStateStore:
                table = names.New("__states");
                RejectEntitySettings(context, "framework state store", blankKeysApply: false);
                RejectKeySettings(context, "a framework state store");
                storeSpec = ETagStatePlanner.Plan(context, pending, store);
                break;
            case null when isReminderTable:
                table = names.New("__rows");
                RejectEntitySettings(context, "framework reminder table", blankKeysApply: false);
                RejectKeySettings(context, "a framework reminder table");
                storeSpec = ReminderTablePlanner.Plan(context, pending, store);
                break;
            case null:
                table = names.New("__entities");
                GenericReads.Validate(context, "a database context");
                MissingKeyReads.Validate(context, "a database context", null);
                ExistingBlobWrites.Validate(context, "a database context", null);
                BlobListings.Validate(context, "a database context", null);
                RejectEntitySettings(context, "database context (these settings are not applied to one yet)", blankKeysApply: false, defaultOrder: false, softDelete: false, unitOfWorkWrites: false);
                StringKeysRule.RejectOutsideKeys(context, "a database context (not applied to one yet)");
                (storeSpec, dbContext) = DbContextPlanner.Plan(context, candidates, store);
                break;
            case StoreKindModel.EntityRepository:
            {
                var entity = classification.Entity!;
                var baseName = entity.Type is ITypeParameterSymbol ? "Entity" : entity.Type.Name;
                table = names.New("__" + TypeNames.Camel(TypeNames.Plural(baseName)));
                model = names.New("__" + TypeNames.Camel(baseName) + "Model");
                GenericReads.Validate(context, "an entity repository");
                ExistingBlobWrites.Validate(context, "an entity repository", null);
                BlobListings.Validate(context, "an entity repository", null);
                DefaultOrderPlanner.RejectUndefinedMissingDelete(context);
                storeSpec = EntityPlanner.Plan(context, entity, pending, store);
                MissingKeyReads.ValidateEntity(context, store.Members);
                AuditStampPlanner.Validate(context, entity, storeSpec.Entity, store.Members);
                StringKeysRule.Validate(context, entity.KeyType, "the key of " + entity.Type.Name);
                StringKeysRule.ValidateUnique(context, entity, storeSpec.Entity, store.Members);
                SeveralMatchesRule.Validate(context, store.Members);
                MissingDeleteRule.Validate(context, store.Members, storeSpec.Entity?.UnitOfWork == UnitOfWorkModel.Deferred);
                SoftDeleteRule.Validate(context, entity);
                MissingUpdateRule.Validate(context, store.Members);
                TakenKeyAddRule.Validate(context, store.Members);
                break;
            }

            case StoreKindModel.Blob:
                table = names.New("__blobs");
                RejectEntitySettings(context, "blob store", blankKeysApply: false);
                StringKeysRule.RejectOutsideKeys(context, "a blob store (blob names compare by their characters)");
                GenericReads.Validate(context, "a blob store");
                storeSpec = BlobPlanner.Plan(context, WithoutIgnoredParameters(context, pending), store);
                MissingKeyReads.ValidateBlob(context);
                ExistingBlobWrites.Validate(context, null, store.Members);
                BlobListings.Validate(context, null, store.Members);
                break;
            case var _ when TwoKeyPlanner.Find(pending) is { } twoKeys:
                // One value under two keys, each unique alone (IdentityServer4's IDeviceFlowStore): Parsing/TwoKeyPlanner.cs.
                table = names.New("__entries");
                RejectEntitySettings(context, "key-value store of one value under two keys", blankKeysApply: false, missingUpdate: false);
                GenericReads.Validate(context, "a key-value store of one value under two keys");
                StringKeysRule.Validate(context, null, "the keys of " + context.InterfaceName + " (two, each compared by its own type's equality)");
                ExistingBlobWrites.Validate(context, "a key-value store", null);
                BlobListings.Validate(context, "a key-value store", null);
                storeSpec = TwoKeyPlanner.Plan(context, twoKeys, WithoutIgnoredParameters(context, pending), store);
                if (!context.MissingKeyReadsUsed)
                {
                    // Stated Default or NotFound decides a read by either key whose result is oblivious (session 30).
                    MissingKeyReads.Validate(context, "a key-value store of one value under two keys", null);
                }

                twoKeyStore = true;
                break;
            default:
                table = names.New("__entries");
                RejectEntitySettings(context, "key-value store", blankKeysApply: true, takenKeyAdds: false);
                GenericReads.Validate(context, null);
                storeSpec = KeyValuePlanner.Plan(context, WithoutIgnoredParameters(context, pending), store);
                TakenKeyAddRule.ValidateKeyValue(context);
                StringKeysRule.ValidateKeyValueMembers(context, store.Members);
                MissingKeyReads.Validate(context, null, store.Members);
                ExistingBlobWrites.Validate(context, "a key-value store", null);
                BlobListings.Validate(context, "a key-value store", null);
                break;
        }

        TextMatchRule.Validate(context);
        NullValueWrites.Validate(context, store.Members);
        json = classification is null || twoKeyStore ? null : JsonPlanner.Plan(context, classification, pending);
        var constraints = new List<ConstraintSpec>();
        if (!context.IsClassTarget && context.Interface.IsGenericType)
        {
            constraints.AddRange(Declarations.Constraints(context, context.Interface.TypeParameters, forClass: true, storeSpec.Entity?.KeyType ?? storeSpec.KeyValue?.KeyType));
        }
        else if (context.IsClassTarget && context.UserClass!.IsGenericType)
        {
            constraints.AddRange(Declarations.Constraints(context, context.UserClass.TypeParameters, forClass: true, keyType: null));
        }

        var register = shape.AccessibleForRegistration && !(context.Interface.IsGenericType && !context.IsClassTarget);
        if (register && hasStaticAbstract)
        {
            register = false;
            context.Report(DiagnosticDescriptors.NotRegistered, context.AttributeLocation, context.ClassName, "its interface has static abstract members, so it cannot be a type argument");
        }
        else if (context.IsClassTarget && !shape.AccessibleForRegistration && !context.UserClass!.IsGenericType && !context.UserClass.IsAbstract)
        {
            context.Report(DiagnosticDescriptors.NotRegistered, context.AttributeLocation, context.ClassName, "the class is not accessible from its namespace");
        }

        var fieldNames = FieldNamesOf(names, planned, table, model, store);
        var spec = new FakeSpec(
            HintName: TypeNames.Sanitize(shape.HintName) + ".InMemoryFake.g.cs",
            Namespace: shape.Namespace,
            ContainingTypes: shape.Containers,
            Declaration: shape.Declaration,
            ClassName: context.ClassName,
            TypeParameters: shape.TypeParameters,
            Constraints: constraints.ToArray(),
            InterfaceType: context.Render(context.Interface.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
            FullClassName: shape.FullClassName,
            Register: register,
            GeneratorVersion: GeneratorVersion,
            Names: fieldNames,
            Constructors: constructors,
            Defaults: Defaults(context, settings, candidates),
            Store: storeSpec,
            Members: store.Members.ToArray(),
            ObsoleteDiagnosticIds: SuppressedDiagnosticIds(context),
            AlsoImplements: context.UnitOfWorkInterfaces.Select(i => context.Render(i.WithNullableAnnotation(NullableAnnotation.NotAnnotated)))
                .Concat(InheritedQueryRule.AlsoImplements(context, store.Members)).ToArray(),
            DbContext: dbContext);
        return Result(classification is null ? spec : ContractPlanner.Attach(context, settings, classification, candidates, spec));
    }

    /// <summary>
    /// The generated class's field and local names: those reserved before planning (<paramref name="planned"/>, which
    /// planned code refers to) and the rest, reserved now.
    /// </summary>
    internal static FieldNames FieldNamesOf(UniqueNameBuilder names, PlannedNames planned, string table, string model, StoreBuilder store)
        => new(
            Core: planned.Core,
            Defaults: planned.Defaults,
            Table: table,
            Model: model,
            Store: StoreProperty(names),
            Result: planned.Result,
            Item: planned.Item,
            Value: planned.Value,
            Blob: planned.Blob,
            Snapshot: planned.Snapshot,
            Entity: store.QueryEntity ?? "e",
            State: store.QueryState ?? "s",
            Error: names.New("__error"),
            Mapped: names.New("__mapped"),
            Session: names.New("__session"),
            Transaction: names.New("__DbContextTransaction"),
            Renamed: TwinNames.Reserve(names, store.Members));

    /// <summary>The name of the typed store property: <c>Store</c>, else <c>FakeStore</c>, else a numbered <c>FakeStore</c>.</summary>
    internal static string StoreProperty(UniqueNameBuilder names)
        => names.New(StorePropertyName(names));

    /// <summary>The name <see cref="StoreProperty"/> would take now, without taking it (the diagnostics name it).</summary>
    internal static string StorePropertyName(UniqueNameBuilder names)
    {
        if (!names.IsTaken("Store"))
        {
            return "Store";
        }

        var candidate = "FakeStore";
        for (var i = 1; names.IsTaken(candidate); i++)
        {
            candidate = "FakeStore" + i.ToString(CultureInfo.InvariantCulture);
        }

        return candidate;
    }

    private static bool ValidateSettings(ParseContext context, AttributeSettings settings)
    {
        var ok = true;
        void Invalid(string message)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name, message);
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

        if (settings.UnitOfWorkWrites is < 0 or > 2)
        {
            Invalid("UnitOfWorkWrites = " + settings.UnitOfWorkWrites.ToString(CultureInfo.InvariantCulture) + " is not a UnitOfWorkWrites value");
        }

        return ok;
    }

    private static ConstructorSpec PlanConstructors(ParseContext context, out bool conflict)
    {
        conflict = false;
        bool hasDefault = false, hasClock = false, hasBackend = false;
        if (context.UserClass is { } userClass)
        {
            foreach (var constructor in userClass.InstanceConstructors)
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
                    if (KnownSymbols.Is(type, context.Known.TimeProvider))
                    {
                        hasClock = true;
                    }
                    else if (KnownSymbols.Is(type, context.Known.InMemoryBackend))
                    {
                        hasBackend = true;
                    }
                    else if (KnownSymbols.Is(type, context.Known.InMemoryFakeOptions))
                    {
                        conflict = true;
                    }
                }
            }
        }

        return new ConstructorSpec(!hasDefault, !hasClock, !hasBackend);
    }

    /// <summary>Reserves every name the generated class must not reuse: members, parameters and type parameters of the interface, its bases and the user's class.</summary>
    internal static void ReserveNames(ParseContext context)
    {
        var names = context.Names;
        names.Reserve(context.ClassName);
        foreach (var type in context.InterfaceAndBases)
        {
            foreach (var member in type.GetMembers())
            {
                names.Reserve(member.Name);
                if (member is IMethodSymbol method)
                {
                    foreach (var parameter in method.Parameters)
                    {
                        names.Reserve(parameter.Name);
                    }

                    foreach (var typeParameter in method.TypeParameters)
                    {
                        names.Reserve(typeParameter.Name);
                    }
                }
                else if (member is IPropertySymbol property)
                {
                    foreach (var parameter in property.Parameters)
                    {
                        names.Reserve(parameter.Name);
                    }
                }
            }

            foreach (var typeParameter in type.TypeParameters)
            {
                names.Reserve(typeParameter.Name);
            }
        }

        for (var type = context.UserClass; type is not null && type.SpecialType != SpecialType.System_Object; type = type.BaseType)
        {
            foreach (var name in type.MemberNames)
            {
                names.Reserve(name);
            }

            foreach (var typeParameter in type.TypeParameters)
            {
                names.Reserve(typeParameter.Name);
            }
        }
    }

    internal static DefaultsSpec Defaults(ParseContext context, AttributeSettings settings, List<MemberCandidate> candidates)
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
                INamedTypeSymbol named when !DerivesFromException(context, named) => "it does not derive from System.Exception",
                INamedTypeSymbol { IsAbstract: true } => "it is abstract",
                INamedTypeSymbol named when !HasMessageConstructor(context, named) => "it has no accessible constructor taking a single string",
                INamedTypeSymbol => null,
                _ => "it is not a class",
            };
            if (problem is not null)
            {
                context.Report(DiagnosticDescriptors.InvalidExceptionMapping, context.AttributeLocation, property, type.ToDisplayString(), context.Target.TargetSymbol.Name, problem);
                return null;
            }

            return context.RenderNotNull(type);
        }

        var members = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            members.Add(candidate.Symbol.Name);
        }

        return new DefaultsSpec(
            Name: context.InterfaceName,
            MaxEntries: settings.MaxEntries > 0 ? settings.MaxEntries : null,
            MaxBytes: settings.MaxBytes > 0 ? settings.MaxBytes : null,
            QuotaPolicy: settings.QuotaPolicy is >= 1 and <= 3 ? (QuotaPolicyModel)settings.QuotaPolicy : null,
            DefaultTtlTicks: settings.DefaultTtlSeconds > 0 ? Math.Max(1L, (long)Math.Round(settings.DefaultTtlSeconds * TimeSpan.TicksPerSecond)) : null,
            CopyMode: settings.CopyMode is 1 or 2 ? (CopyModeModel)settings.CopyMode
                : FrameworkContracts.StoresByReference(context.Interface) ? CopyModeModel.Reference : null,
            NotFound: Map("NotFoundException", settings.NotFoundException),
            Duplicate: Map("DuplicateKeyException", settings.DuplicateKeyException),
            QuotaExceeded: Map("QuotaExceededException", settings.QuotaExceededException),
            Conflict: Map("ConcurrencyException", settings.ConcurrencyException),
            Members: members.ToArray(),
            StringKeysIgnoreCase: settings.StringKeys == 1);
    }

    private static bool DerivesFromException(ParseContext context, INamedTypeSymbol type)
    {
        for (var current = type; current is not null; current = current.BaseType)
        {
            if (KnownSymbols.Is(current, context.Known.Exception))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasMessageConstructor(ParseContext context, INamedTypeSymbol type)
        => type.InstanceConstructors.Any(c => c.Parameters.Length == 1
            && c.Parameters[0].Type.SpecialType == SpecialType.System_String
            && c.Parameters[0].RefKind == RefKind.None
            && context.IsAccessible(c));

    /// <summary>
    /// The ids the generated file suppresses beyond CS0612/CS0618: <see cref="ObsoleteDiagnosticIds"/>, and CS8766 when
    /// the interface redeclares <c>string ToString()</c> with a non-null result, which the fake implements by inheriting
    /// object's <c>string? ToString()</c> (object's never returns null; a ToString of your partial class replaces it).
    /// </summary>
    internal static string[] SuppressedDiagnosticIds(ParseContext context)
    {
        var ids = ObsoleteDiagnosticIds(context);
        var toString = context.InterfaceAndBases.SelectMany(static t => t.GetMembers("ToString")).OfType<IMethodSymbol>()
            .Any(m => m.ReturnNullableAnnotation == NullableAnnotation.NotAnnotated && MemberCollector.ImplementedByObject(context, m));
        return toString ? ids.Append("CS8766").ToArray() : ids;
    }

    /// <summary>
    /// The ids of <c>[Obsolete(DiagnosticId = …)]</c> (e.g. SYSLIB0050) and <c>[Experimental("…")]</c> (e.g. ASP0029)
    /// raised by naming the interface, its bases, their members and the types of their signatures
    /// (<see cref="UseSiteDiagnosticIds"/>): the generated file must mention them, and its contract descriptor calls the
    /// members, so it suppresses them as it does CS0612/CS0618.
    /// </summary>
    internal static string[] ObsoleteDiagnosticIds(ParseContext context)
        => UseSiteDiagnosticIds.OfContract(context.InterfaceAndBases, context.Known);

    /// <summary>
    /// The members of a key-value or blob store planned without the parameters <c>IgnoredParameters</c> names, as an entity
    /// repository reads them: such a parameter takes no part in what the member does (the declaration keeps it, and the
    /// call log records it).
    /// </summary>
    private static List<MemberCandidate> WithoutIgnoredParameters(ParseContext context, List<MemberCandidate> pending)
    {
        var ignored = context.Settings.IgnoredParameters;
        if (ignored.Length == 0)
        {
            return pending;
        }

        var result = new List<MemberCandidate>(pending.Count);
        foreach (var candidate in pending)
        {
            var planned = candidate;
            foreach (var parameter in candidate.Parameters)
            {
                if (Conventions.NameIn(parameter.Name, ignored))
                {
                    planned = planned.Without(parameter);
                }
            }

            result.Add(planned);
        }

        return result;
    }

    /// <summary>
    /// Reports the key-value settings a framework contract (a fixed signature under rules read from the framework) does not
    /// apply: <c>StringKeys</c> (its keys compare as the framework's do) and <c>IgnoredParameters</c> (every parameter of
    /// the contract has its meaning there), so neither is silently unused.
    /// </summary>
    private static void RejectKeySettings(ParseContext context, string kind)
    {
        StringKeysRule.RejectOutsideKeys(context, kind);
        if (context.Settings.IgnoredParameters.Length > 0)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "IgnoredParameters: every parameter of " + context.InterfaceName + ", " + kind + ", has the meaning the framework's rules give it, so none is ignored");
        }
    }

    /// <summary>
    /// Reports each setting that only an entity repository applies (an order, audit stamps, several matches, missing
    /// deletes and updates, soft deletes, taken-key adds, and since session 36 <c>UnitOfWorkWrites = Deferred</c>) when the
    /// store is of another kind, so none is silently ignored.
    /// </summary>
    private static void RejectEntitySettings(ParseContext context, string kind, bool blankKeysApply, bool defaultOrder = true, bool missingUpdate = true, bool softDelete = true, bool takenKeyAdds = true, bool unitOfWorkWrites = true)
    {
        if (defaultOrder)
        {
            DefaultOrderPlanner.RejectOutsideEntities(context, kind);
        }

        AuditStampPlanner.RejectOutsideEntities(context, kind, blankKeysApply);
        SeveralMatchesRule.RejectOutsideEntities(context, kind);
        MissingDeleteRule.RejectOutsideEntities(context, kind);
        if (softDelete)
        {
            // An EF Core context applies SoftDelete itself (Parsing/DbContextPlanner.cs: None lets it generate sets of entities with a deletion flag).
            SoftDeleteRule.RejectOutsideEntities(context, kind);
        }

        if (missingUpdate)
        {
            MissingUpdateRule.RejectOutsideEntities(context, kind);
        }

        if (takenKeyAdds)
        {
            // A key-value store applies TakenKeyAdds to its plain adds (Parsing/KeyValuePlanner's Set; TakenKeyAddRule.ValidateKeyValue).
            TakenKeyAddRule.RejectOutsideEntities(context, kind);
        }

        // Since session 36: a stated Deferred was ignored on every store but a repository (writes stored at once, nothing
        // said). A database context defers its writes to its own SaveChanges whatever the setting says.
        if (unitOfWorkWrites && context.Settings.UnitOfWorkWrites == 1)
        {
            context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                "UnitOfWorkWrites = Deferred: it makes an entity repository's writes wait for a unit of work's save, and " + context.InterfaceName + " is a " + kind
                + ", whose writes are stored at once; remove the setting");
        }
    }
}

/// <summary>
/// The names planned code refers to (the core, the defaults, and the locals a generated member declares), reserved in
/// this order before a fake, or one part of a composite, is planned, so no member, parameter or type parameter takes them.
/// </summary>
internal readonly record struct PlannedNames(string Core, string Defaults, string Result, string Item, string Value, string Blob, string Snapshot)
{
    /// <summary>Reserves the names in <paramref name="names"/>, in a fixed order (the generated text depends on it).</summary>
    public static PlannedNames Reserve(UniqueNameBuilder names)
    {
        var core = names.New("__core");
        var defaults = names.New("__defaults");
        var result = names.New("__result");
        var item = names.New("__item");
        var value = names.New("__value");
        var blob = names.New("__blob");
        var snapshot = names.New("__snapshot");
        return new PlannedNames(core, defaults, result, item, value, blob, snapshot);
    }
}

/// <summary>What the target's fake is under <c>Kind = StoreKind.EntityRepository</c> (FakeParser.ReadAsRepository).</summary>
internal sealed class RepositoryReading
{
    public RepositoryReading(HashSet<string> generated, Dictionary<LocationInfo, string> refusals)
    {
        Generated = generated;
        Refusals = refusals;
    }

    /// <summary>The members it generates, as declaring interface and signature (FakeParser.GeneratedKey).</summary>
    public HashSet<string> Generated { get; }

    /// <summary>The cause it refuses each other member with (IMF0001's), by the member's location.</summary>
    public Dictionary<LocationInfo, string> Refusals { get; }
}
