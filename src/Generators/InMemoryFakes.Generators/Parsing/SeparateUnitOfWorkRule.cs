using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A repository with writes and no save of its own whose unit of work is ANOTHER interface of its assembly: the DDD /
/// clean-architecture shape in which repositories and an <c>IUnitOfWork</c> are scoped over one <c>DbContext</c>, the
/// repositories' <c>Add</c> only tracks, and nothing is stored until the unit of work's save (MyWarehouse's
/// <c>IUnitOfWork { IPartnerRepository Partners { get; } … Task SaveChanges(); }</c>, course-companion's
/// <c>IUnitOfWork { IGradeRepository GradeRepository { get; } … Task SaveChangesAsync(); }</c>). Storing those writes at
/// once would show a query what the real store keeps pending, so they are refused (IMF0022) until the attribute says
/// <c>UnitOfWorkWrites.Immediate</c>, or <c>UnitOfWorkWrites.Deferred</c> (the repository is then generated over the scope's
/// shared tracker, EntityPlanner), which a saves-only unit of work that is itself <c>[InMemoryFake]</c> proves without the
/// setting (<see cref="Finding.Faked"/>). docs/generator.md, "Refused guesses"; docs/runtime.md#unit-of-work.
/// </summary>
/// <remarks>
/// Two shapes prove it, looked for among the interfaces declared in the repository's namespace or one enclosing it:
/// <list type="bullet">
/// <item>a unit of work of repositories: an interface with a save (<see cref="UnitOfWorkRules.IsSave(ISymbol)"/>) and a
/// get-only property whose type is the repository or derives from it;</item>
/// <item>a unit of work of saves only (<see cref="UnitOfWorkRules.IsUnitOfWorkInterface"/>:
/// <c>IUnitOfWork { Task&lt;int&gt; SaveChangesAsync(CancellationToken ct = default); }</c>) that no interface hands out
/// through a property, so it is injected beside the repositories and can save nothing but what they track (eShop's, which
/// its repositories hand out as <c>IUnitOfWork UnitOfWork { get; }</c>, saves only those).</item>
/// </list>
/// A compilation with neither keeps the repository's writes immediate (a plain store).
/// </remarks>
internal static class SeparateUnitOfWorkRule
{
    /// <summary>
    /// What proves the other unit of work: where its save is, why it holds the repository's writes, and the fix.
    /// <paramref name="Faked"/>: the other interface is of saves only and is itself <c>[InMemoryFake]</c> in this compilation
    /// (on the interface, or on a class of the repository's or the fake's namespaces naming it), so the user fakes the unit
    /// of work the writes wait for: the repository is generated deferred over the scope's shared tracker without the setting.
    /// </summary>
    internal sealed record Finding(string Save, string Why, string Fix, bool Faked = false);

    /// <summary>The other interface's unit of work, or null when none is declared beside the repository (<see cref="Interfaces"/>).</summary>
    public static Finding? Find(ParseContext context)
    {
        Finding? savesOnly = null;
        var interfaces = Interfaces(context);
        var handedOut = AppInterfaceIndex.For(context.Compilation).HandedOutBeside(context.Interface.OriginalDefinition.ContainingNamespace, context.CancellationToken);
        foreach (var candidate in interfaces)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Accept(context, candidate, handedOut) is not { } accepted)
            {
                continue;
            }

            var (save, property) = accepted;
            if (property is not null)
            {
                return new Finding(
                    candidate.Name + "." + save.Name,
                    candidate.Name + "." + property.Name + " returns " + property.Type.Name + " beside that save, so the repository's writes may only be tracked until it runs",
                    "Fake " + candidate.Name + " ([InMemoryFake] on it): its " + property.Name + " is this repository over its change tracker, whose writes wait for " + save.Name
                    + " (docs/generator.md#unit-of-work-of-repositories); or set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)] to fake this repository alone, its writes waiting in the InMemoryFakeOptions.SharedUnitOfWork it shares with the "
                    + candidate.Name + " fake, or UnitOfWorkWrites.Immediate when each write is stored at once");
            }

            var maker = Maker(interfaces, candidate);
            savesOnly ??= new Finding(
                candidate.Name + "." + save.Name,
                maker is null
                    ? candidate.Name + " holds only saves and no interface hands it out, so it saves what repositories beside it track: the writes may only be tracked until it runs"
                    : candidate.Name + " holds only saves, " + maker + " makes it, and no interface hands it out; its " + (TrackedSave(candidate)?.Name ?? "save") + " is no transaction's end, so it saves what repositories beside it track: the writes may only be tracked until it runs",
                "Set [InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Deferred)], or mark " + candidate.Name + " [InMemoryFake] too, when the writes wait for " + save.Name
                + ", and build this fake and the " + candidate.Name + " fake with one InMemoryFakeOptions.SharedUnitOfWork (the container's scoped registration does it per scope);"
                + " or set UnitOfWorkWrites.Immediate when each write is stored at once",
                IsFaked(context, candidate));
        }

        return savesOnly;
    }

    /// <summary>
    /// The units of work declared ELSEWHERE in the app (since session 35, h-uow35; IMF0027): interfaces under the app's root
    /// namespace (<see cref="AppRoot"/>), outside the repository's namespace and those enclosing it, that <see cref="Find"/>
    /// would accept beside the repository (<see cref="Accept"/>): a save beside a get-only property handing out THIS
    /// repository, or saves only that no interface of the app hands out or makes and whose name does not say
    /// <c>Transaction</c>. They are looked for in the compilation's source and, since session 36 (h-uow36), in the referenced
    /// assemblies that belong to the app (<see cref="AppAssemblies"/>: named by the root or declaring its namespace, neither
    /// the framework's nor a NuGet package's), which is where a test project's faked repository and its unit of work live.
    /// A unit of work whose properties hand out only other repositories does not count: it names the repositories it saves,
    /// and this one is not among them. Whether any of those saves this repository's writes the interfaces do not say
    /// (session 34 deferred them to such a unit of work and was reverted: <c>…Tests.Ordering.IUnitOfWork</c> then held the
    /// writes of every repository of the namespace above), so the caller reports them and keeps the writes as the
    /// attribute says. <see cref="ElsewhereSearch.Root"/> is null when the repository is in the global namespace.
    /// </summary>
    public static ElsewhereSearch FindElsewhere(ParseContext context)
    {
        if (AppRoot(context) is not { } root)
        {
            return new ElsewhereSearch(null, Array.Empty<string>(), Array.Empty<Elsewhere>());
        }

        var near = new HashSet<string>(StringComparer.Ordinal);
        for (var space = context.Interface.OriginalDefinition.ContainingNamespace; space is not null; space = space.ContainingNamespace)
        {
            near.Add(space.ToDisplayString());
        }

        // The source's interfaces under the root are walked once per compilation (AppInterfaceIndex), in order of their
        // full names; those outside the repository's namespace and those enclosing it, and not beside it, are candidates,
        // before those of the referenced assemblies. What any of them hands out is gathered before the first is judged:
        // once per root (SavesUnder), beside what the interfaces beside this repository hand out. Only an interface with a
        // save can be taken (Accept), so only those are judged.
        var beside = Interfaces(context);
        var index = AppInterfaceIndex.For(context.Compilation);
        var besideHandedOut = index.HandedOutBeside(context.Interface.OriginalDefinition.ContainingNamespace, context.CancellationToken);
        var scans = AppAssemblies.Of(context.Compilation, root, context.CancellationToken);
        var saves = index.SavesUnder(root, scans, context.CancellationToken);

        var found = new List<Elsewhere>();
        for (var i = 0; i < saves.WithSave.Count; i++)
        {
            if (Candidate(saves.WithSave[i].NamespaceName, saves.WithSave[i].Type))
            {
                Judge(saves.WithSave[i].Type, null);
            }
        }

        foreach (var scan in scans)
        {
            foreach (var type in scan.WithSave)
            {
                if (Candidate(type.ContainingNamespace.ToDisplayString(), type))
                {
                    Judge(type, scan.AssemblyName);
                }
            }
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.Save, b.Save));
        return new ElsewhereSearch(string.Join(".", root), scans.Select(static s => s.AssemblyName).ToArray(), found);

        bool Candidate(string namespaceName, INamedTypeSymbol type) => !near.Contains(namespaceName) && !Holds(beside, type);

        // The interfaces that may make a unit of work found, for its message: those beside the repository and under the root.
        List<INamedTypeSymbol> Makers()
        {
            var all = new List<INamedTypeSymbol>(beside);
            var others = index.UnderRoot(root, context.CancellationToken);
            for (var i = 0; i < others.Count; i++)
            {
                all.Add(others[i].Type);
            }

            return all;
        }

        void Judge(INamedTypeSymbol candidate, string? assembly)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (Accept(context, candidate, besideHandedOut, saves.HandedOut) is { } accepted)
            {
                var name = candidate.ToDisplayString();
                var where = assembly is null ? "" : " (in the referenced assembly " + assembly + ")";
                found.Add(new Elsewhere(
                    name + "." + accepted.Save.Name,
                    accepted.Property is { } property
                        ? name + "." + property.Name + where + " returns " + property.Type.Name + " beside that save"
                        : Maker(Makers(), candidate) is { } maker
                            ? name + where + " holds only saves, " + maker + " makes it, and no interface hands it out; its " + (TrackedSave(candidate)?.Name ?? "save") + " is no transaction's end"
                            : name + where + " holds only saves and no interface hands it out"));
            }
        }
    }

    /// <summary>
    /// What <see cref="FindElsewhere"/> searched and found: the app's root namespace (null for the global namespace), the
    /// referenced assemblies of the app it walked beside the compilation's source, and the units of work found.
    /// </summary>
    internal sealed record ElsewhereSearch(string? Root, IReadOnlyList<string> Assemblies, IReadOnlyList<Elsewhere> Found)
    {
        /// <summary>Where the search looked, for a message: "under the app's root namespace App (this compilation's source and the referenced assemblies App.Domain, App.Application)".</summary>
        public string Searched
            => Root is null
                ? "elsewhere in the app (the repository is in the global namespace, so the app's root namespace is not known)"
                : "under the app's root namespace " + Root + " (this compilation's source"
                    + (Assemblies.Count == 0 ? "; no referenced assembly but the framework's and NuGet packages' is named by that root or declares it" : " and the referenced assembl" + (Assemblies.Count == 1 ? "y " : "ies ") + string.Join(", ", Assemblies))
                    + ")";
    }

    /// <summary>
    /// The units of work this compilation fakes BESIDE the repository's fake (since session 36): an interface target of
    /// <c>[InMemoryFake]</c>, or the interface a class names (<c>[InMemoryFake(typeof(IUnitOfWork))] partial class
    /// UnitOfWorkFake</c>), declared in the namespace of the fake or one enclosing it, where a test project declares its
    /// fakes side by side, that <see cref="Accept"/> takes for the repository's unit of work (a property handing this
    /// repository out, or saves only and not named a transaction), wherever the interface is declared: a unit of work of a
    /// shared project under another root (<c>SharedKernel.IUnitOfWork</c>), or of a referenced assembly the app's root does
    /// not name, is found here when the test project fakes it. Those already beside the repository (<see cref="Find"/>)
    /// or under the app's root (<paramref name="search"/>) are left out.
    /// </summary>
    public static IReadOnlyList<Elsewhere> FakedBeside(ParseContext context, ElsewhereSearch search)
    {
        static bool Marks(AttributeData attribute)
            => attribute.AttributeClass?.ToDisplayString() == InMemoryFakeGenerator.AttributeMetadataName;

        var found = new List<Elsewhere>();
        var seen = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var none = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        var beside = Interfaces(context);
        for (var space = context.Target.TargetSymbol.ContainingNamespace; space is not null; space = space.ContainingNamespace)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var merged = context.Compilation.GetCompilationNamespace(space) ?? space;
            foreach (var type in merged.GetTypeMembers())
            {
                if (!type.Locations.Any(static l => l.IsInSource) || type.GetAttributes().FirstOrDefault(Marks) is not { } attribute)
                {
                    continue;
                }

                var faked = type.TypeKind == TypeKind.Interface ? type
                    : type.TypeKind == TypeKind.Class && attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Value is INamedTypeSymbol named ? named.OriginalDefinition
                    : null;
                if (faked is not { TypeKind: TypeKind.Interface } || !seen.Add(faked) || Holds(beside, faked)
                    || Accept(context, faked, none) is not { } accepted)
                {
                    continue;
                }

                var name = faked.ToDisplayString();
                if (search.Found.Any(f => string.Equals(f.Save, name + "." + accepted.Save.Name, StringComparison.Ordinal)))
                {
                    continue;
                }

                found.Add(new Elsewhere(
                    name + "." + accepted.Save.Name,
                    name + (accepted.Property is { } property ? "." + property.Name + " returns " + property.Type.Name + " beside that save" : " holds only saves")
                    + ", and " + (SymbolEqualityComparer.Default.Equals(type, faked) ? "it is [InMemoryFake]" : type.ToDisplayString() + " fakes it") + " beside this fake"));
            }
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.Save, b.Save));
        return found;
    }

    /// <summary>A unit of work found elsewhere in the app: its save in full (<c>App.Application.IUnitOfWork.SaveChangesAsync</c>) and why it counts.</summary>
    internal sealed record Elsewhere(string Save, string Why);

    /// <summary>
    /// Whether <paramref name="candidate"/> is the repository's unit of work by session 33's two tests: its save and the
    /// get-only property that hands the repository out (a unit of work of repositories), or its save and a null property (a
    /// unit of work of saves, discards, <c>Dispose</c> and runners that no interface hands out or makes and whose name does
    /// not say <c>Transaction</c>). Null otherwise: the repository itself or a base of it, an interface without a save, one
    /// whose properties hand out only other repositories.
    /// </summary>
    private static (ISymbol Save, IPropertySymbol? Property)? Accept(ParseContext context, INamedTypeSymbol candidate, HashSet<INamedTypeSymbol> handedOut, HashSet<INamedTypeSymbol>? alsoHandedOut = null)
    {
        // The candidate's members and its save are the same for every repository: read once per compilation. Asked first:
        // most candidates have no save, and the repository's own interfaces (a new array per AllInterfaces read) are then
        // not read for each of them (every repository asks of every interface under the app's root).
        var known = AppInterfaceIndex.For(context.Compilation).Of(candidate);
        if (known.Save is not { } save)
        {
            return null;
        }

        // Loops, not lambdas: a lambda capturing the candidate allocated its closure on every call, saves or not.
        var repository = context.Interface;
        if (SymbolEqualityComparer.Default.Equals(candidate, repository.OriginalDefinition) || InheritsDefinition(repository, candidate))
        {
            return null;
        }

        foreach (var member in known.All)
        {
            if (member is IPropertySymbol { IsAbstract: true, IsIndexer: false, SetMethod: null } property && Holds(property.Type, repository))
            {
                return (save, property);
            }
        }

        // A saves-only interface named a transaction (ITransaction { void Commit(); }) ends a transaction someone begins;
        // it is no unit of work injected beside the repositories.
        if (!handedOut.Contains(candidate) && alsoHandedOut?.Contains(candidate) != true && candidate.Name.IndexOf("Transaction", StringComparison.Ordinal) < 0
            && UnitOfWorkRules.IsUnitOfWorkInterface(candidate, out _, runners: true))
        {
            return (save, null);
        }

        return null;
    }

    /// <summary>
    /// The app's root namespace, which <see cref="FindElsewhere"/> searches, as its segments: the first segment of the
    /// repository's namespace (<c>App</c> of <c>App.Domain.Repositories</c>) when the project's MSBuild <c>RootNamespace</c>
    /// (<c>build_property.RootNamespace</c>, since session 37) or, where the build does not pass it, the compilation's
    /// assembly is named by it (<c>App</c>, <c>App.Domain</c>, <c>App.Tests</c>: the SDK names a project's assembly and its
    /// root namespace alike unless the project says otherwise: a test project <c>UnitTests</c> whose RootNamespace is <c>App.Tests</c>)
    /// or, since session 36, when the repository comes from a referenced assembly of the app named by it (a test project
    /// <c>UnitTests</c> faking <c>typeof(IOrderRepository)</c> of <c>App.Domain</c>; not a NuGet package's); otherwise its
    /// first two segments (<c>Company.Product</c>, .NET's namespace guideline), since the compilation does not say where
    /// the app ends: an assembly named otherwise, or the corpus test, which compiles each codebase as
    /// <c>Corpus.&lt;Codebase&gt;</c> in one assembly. Null for the global namespace.
    /// </summary>
    private static string[]? AppRoot(ParseContext context)
    {
        var segments = new List<string>();
        var repository = context.Interface.OriginalDefinition;
        for (var space = repository.ContainingNamespace; space is { IsGlobalNamespace: false }; space = space.ContainingNamespace)
        {
            segments.Insert(0, space.Name);
        }

        if (segments.Count == 0)
        {
            return null;
        }

        // The project's RootNamespace, where the build passes it (since session 37), names its namespaces; the assembly name
        // is what the SDK defaults it to, the guess where it is not passed.
        var named = AppAssemblies.NamedBy(context.Build.RootNamespace ?? context.Compilation.AssemblyName ?? "", segments[0])
            || (repository.ContainingAssembly is { } declaring && !SymbolEqualityComparer.Default.Equals(declaring, context.Compilation.Assembly)
                && AppAssemblies.NamedBy(declaring.Identity.Name, segments[0]) && AppAssemblies.IsApps(context.Compilation, declaring));
        return segments.Take(named ? 1 : Math.Min(2, segments.Count)).ToArray();
    }

    /// <summary>
    /// Whether the interface is <c>[InMemoryFake]</c> in this compilation: on the interface itself, or on a class
    /// (<c>[InMemoryFake(typeof(IUnitOfWork))] partial class UnitOfWorkFake</c>) declared in the namespace of the
    /// repository's fake or one enclosing it, where a test project declares its fakes side by side.
    /// </summary>
    private static bool IsFaked(ParseContext context, INamedTypeSymbol unitOfWork)
    {
        static bool Marks(AttributeData attribute)
            => attribute.AttributeClass?.ToDisplayString() == InMemoryFakeGenerator.AttributeMetadataName;

        if (unitOfWork.GetAttributes().Any(Marks))
        {
            return true;
        }

        for (var space = context.Target.TargetSymbol.ContainingNamespace; space is not null; space = space.ContainingNamespace)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var merged = context.Compilation.GetCompilationNamespace(space) ?? space;
            foreach (var type in merged.GetTypeMembers())
            {
                if (type.TypeKind == TypeKind.Class && type.Locations.Any(static l => l.IsInSource)
                    && type.GetAttributes().Any(a => Marks(a) && a.ConstructorArguments.Length > 0
                        && a.ConstructorArguments[0].Value is INamedTypeSymbol faked && SymbolEqualityComparer.Default.Equals(faked.OriginalDefinition, unitOfWork.OriginalDefinition)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether a property of this type hands out the repository: the repository itself or an interface derived from it,
    /// compared by generic definition (MyWarehouse's <c>IRepository&lt;TEntity&gt;</c>, faked open, is the repository of
    /// every entity type: its one implementation's writes wait for the save whichever <c>IPartnerRepository</c> derives from it).
    /// </summary>
    private static bool Holds(ITypeSymbol type, INamedTypeSymbol repository)
        => type is INamedTypeSymbol named
            && (SymbolEqualityComparer.Default.Equals(named.OriginalDefinition, repository.OriginalDefinition)
                || InheritsDefinition(named, repository.OriginalDefinition));

    /// <summary>Whether <paramref name="type"/> inherits an interface whose generic definition is <paramref name="definition"/>.</summary>
    private static bool InheritsDefinition(INamedTypeSymbol type, INamedTypeSymbol definition)
    {
        foreach (var inherited in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(inherited.OriginalDefinition, definition))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The interfaces some interface hands out through a get-only property, or makes in a method (a transaction a
    /// <c>BeginTransaction()</c> returns, also in a task), by generic definition. A saves-only unit of work handed out so (eShop's <c>IRepository&lt;T&gt; { IUnitOfWork UnitOfWork { get; } }</c>) is reached through
    /// that property by the repositories it saves; a repository without the property is then not one of them.
    /// </summary>
    internal static HashSet<INamedTypeSymbol> HandedOut(IReadOnlyList<INamedTypeSymbol> interfaces)
    {
        var found = new HashSet<INamedTypeSymbol>(SymbolEqualityComparer.Default);
        for (var i = 0; i < interfaces.Count; i++)
        {
            found.UnionWith(HandedOutBy(interfaces[i]));
        }

        return found;
    }

    /// <summary>What one interface hands out through a get-only property or makes in a method (<see cref="HandedOut"/>), by generic definition, in the order of its members.</summary>
    internal static IReadOnlyList<INamedTypeSymbol> HandedOutBy(INamedTypeSymbol type)
    {
        List<INamedTypeSymbol>? found = null;
        foreach (var member in type.GetMembers())
        {
            if (member is IPropertySymbol { IsIndexer: false, Type: INamedTypeSymbol { TypeKind: TypeKind.Interface } handed })
            {
                (found ??= new List<INamedTypeSymbol>()).Add(handed.OriginalDefinition);
            }
            else if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && Made(method.ReturnType) is { } made
                && !SavesTrackedChanges(method, made))
            {
                // INotes.BeginTransaction() returning INoteTransaction { void Complete(); }: an object a method makes per
                // call (a transaction, a scope) is no unit of work injected beside the repositories; its saves end it.
                (found ??= new List<INamedTypeSymbol>()).Add(made.OriginalDefinition);
            }
        }

        return found ?? (IReadOnlyList<INamedTypeSymbol>)Array.Empty<INamedTypeSymbol>();
    }

    /// <summary>
    /// Whether the interface a method makes saves a change tracker rather than ending a transaction (since h-sample129):
    /// it has a save of its own that is not a transaction's end (<c>SaveChanges</c>, <c>SaveChange</c>, <c>SaveEntities</c>,
    /// <c>SaveAll</c>, <c>Save</c>, <c>Persist</c>, each also <c>…Async</c>; not <c>Commit</c> or <c>Complete</c>, which end a
    /// transaction or a scope as much), and neither it nor the method that makes it is named a <c>Transaction</c>. MVCForum's
    /// layout (digioz.Portal's <c>IUnitOfWorkManager.NewUnitOfWork()</c> returning <c>IUnitOfWork { void Commit(); void
    /// Rollback(); void SaveChanges(); }</c>) makes a unit of work per request over the request's one <c>DbContext</c>, which
    /// the repositories share: their <c>DbSet.Add</c> only tracks until its <c>SaveChanges</c>. A transaction
    /// (<c>IDbContextTransaction</c>, <c>BeginTransaction()</c>) has no such save: the writes it encloses are saved by the
    /// repositories or the context, and its <c>Commit</c> ends it. Such a made interface is not left out as handed out, so it
    /// counts as a unit of work of saves only beside the repository (IMF0022) or elsewhere in the app (IMF0027).
    /// </summary>
    internal static bool SavesTrackedChanges(IMethodSymbol maker, INamedTypeSymbol made)
        => maker.Name.IndexOf("Transaction", StringComparison.Ordinal) < 0 && made.Name.IndexOf("Transaction", StringComparison.Ordinal) < 0
            && TrackedSave(made) is not null;

    /// <summary>The made interface's first save that is no transaction's end (<see cref="SavesTrackedChanges"/>), else null.</summary>
    private static ISymbol? TrackedSave(INamedTypeSymbol made)
    {
        foreach (var type in made.AllInterfaces.Insert(0, made))
        {
            foreach (var member in type.GetMembers())
            {
                if (UnitOfWorkRules.IsSave(member) && !UnitOfWorkRules.IsTransactionEnd(member))
                {
                    return member;
                }
            }
        }

        return null;
    }

    /// <summary>The interface a method returns, itself or in a task (<c>IUnitOfWork NewUnitOfWork()</c>, <c>Task&lt;IUnitOfWork&gt; BeginAsync()</c>), else null.</summary>
    private static INamedTypeSymbol? Made(ITypeSymbol type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named ? named
            : type is INamedTypeSymbol { IsGenericType: true, Name: "Task" or "ValueTask" } task && task.TypeArguments.Length == 1
                && task.TypeArguments[0] is INamedTypeSymbol { TypeKind: TypeKind.Interface } inner ? inner
            : null;

    /// <summary>
    /// The method of <paramref name="interfaces"/> that makes <paramref name="made"/> (<c>IUnitOfWorkManager.NewUnitOfWork</c>),
    /// for a message; null when none does.
    /// </summary>
    internal static string? Maker(IReadOnlyList<INamedTypeSymbol> interfaces, INamedTypeSymbol made)
    {
        for (var i = 0; i < interfaces.Count; i++)
        {
            foreach (var member in interfaces[i].GetMembers())
            {
                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method && Made(method.ReturnType) is { } returned
                    && SymbolEqualityComparer.Default.Equals(returned.OriginalDefinition, made.OriginalDefinition))
                {
                    return interfaces[i].Name + "." + method.Name;
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The interfaces declared beside the repository: in its namespace or one enclosing it (<c>MyApp.Data.Repositories</c>,
    /// <c>MyApp.Data</c>, <c>MyApp</c>, the global namespace), in any assembly of the compilation, in a stable order (by full
    /// name). Where a unit of work is injected beside its repositories it is declared there (MyWarehouse's
    /// <c>…DataAccess.IUnitOfWork</c> above <c>…DataAccess.Repositories</c>); looking no further keeps the walk to a few
    /// namespaces' own types, and an interface of another part of the app (a sibling namespace's saves) proves nothing.
    /// </summary>
    /// <remarks>
    /// The same for every repository of one namespace, so kept per compilation and namespace (AppInterfaceIndex, since
    /// session 37): <see cref="Find"/>, <see cref="FindElsewhere"/> and <see cref="FakedBeside"/> each ask it. Read only.
    /// </remarks>
    private static IReadOnlyList<INamedTypeSymbol> Interfaces(ParseContext context)
        => AppInterfaceIndex.For(context.Compilation).Beside(context.Interface.OriginalDefinition.ContainingNamespace, context.CancellationToken);

    /// <summary>Whether <paramref name="interfaces"/> holds <paramref name="type"/> (by <see cref="SymbolEqualityComparer.Default"/>), without an enumerator per question.</summary>
    private static bool Holds(IReadOnlyList<INamedTypeSymbol> interfaces, INamedTypeSymbol type)
    {
        for (var i = 0; i < interfaces.Count; i++)
        {
            if (SymbolEqualityComparer.Default.Equals(interfaces[i], type))
            {
                return true;
            }
        }

        return false;
    }
}
