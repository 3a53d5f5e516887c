using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Entity repositories: the entity model and one operation per member, by the verbs in <see cref="Conventions"/>.</summary>
internal static partial class EntityPlanner
{
    private const string Kind = "entity repository";

    /// <summary>
    /// Why the members that find an entity by its key, or write one, cannot be generated when the key compares by
    /// reference (<see cref="TypeFacts.ComparesByReference"/>: a class key without Equals), or null. The fake copies
    /// entities, so the copy's key is another object and the entity would never be found again; a database compares a
    /// key by value (EF Core maps such a class only through a value converter and comparer the interface does not show).
    /// </summary>
    private static string? KeyByReference(EntityInfo entity)
        => entity.Type is ITypeParameterSymbol || !TypeFacts.ComparesByReference(entity.KeyType)
            ? null
            : "the key of " + entity.Type.ToDisplayString() + " is a " + entity.KeyType.ToDisplayString() + ", which compares by reference (a class that is not a record and does not override Equals, an interface or an array):"
                + " the fake copies what it stores, so an entity would never be found again by its key, while a database compares keys by value; give the key type value equality (a record, or override Equals and GetHashCode)";

    public static StoreSpec Plan(ParseContext context, EntityInfo entity, List<MemberCandidate> pending, StoreBuilder store)
    {
        var spec = Model(context, entity);
        spec = spec with { Unique = spec.Unique.Concat(ProvenUnique(spec, ProvenKeys.AlternateKeys(context, entity, pending))).ToArray() };
        if (entity.Type is not ITypeParameterSymbol)
        {
            var (copy, immutable) = CopyPlanner.Plan(context, entity.Type, store);
            spec = spec with { Copy = copy, IsImmutable = immutable };
        }

        var associated = new List<(MemberCandidate Candidate, OperationSpec Operation)>();
        pending = new List<MemberCandidate>(pending); // the caller's list stays whole: the JSON metadata reads the association members too
        var associations = AssociationPlanner.Plan(context, entity, pending, associated);
        foreach (var (candidate, operation) in associated)
        {
            if (NullFindingLookupRule.Reason(entity, candidate, operation) is { } namedNull)
            {
                context.NotSupported(candidate, AssociationPlanner.Kind, namedNull);
                continue;
            }

            var member = Declarations.Member(context, candidate, operation);
            store.Members.Add(SaveFlags.Candidate(context, candidate, operation) is { } saveFlag ? member with { SaveFlag = saveFlag } : member);
        }

        spec = spec with { Associations = associations };
        store.DefaultOrdering = DefaultOrderPlanner.Plan(context, entity, store);
        var plan = new MemberPlan(context, entity, store, spec, ThrowingGetters(context, pending));
        var unitOfWork = new List<(MemberCandidate Candidate, MemberSpec Member)>();
        var untracked = new List<MemberCandidate>();
        var expecting = new List<MemberCandidate>();
        var bulk = new List<MemberCandidate>();
        var planned = new List<(MemberCandidate Candidate, MemberSpec Member)>();
        var keyByReference = KeyByReference(entity);
        var softDelete = SoftDeleteRule.For(context, entity);
        var softDeletedReads = SoftDeletedReadsRule.For(context, entity);
        foreach (var candidate in pending)
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            if (MemberRules.CommonProblem(candidate, allowOut: MemberPlan.TryFindOut(candidate, entity) is not null, ignored: context.Settings.IgnoredParameters) is { } problem)
            {
                context.NotSupported(candidate, Kind, problem);
                continue;
            }

            if (keyByReference is not null && candidate.Parameters.Any(p => TypeFacts.SameType(TypeNames.Underlying(p.Type), entity.KeyType) || TypeFacts.SameType(TypeNames.Underlying(p.Type), entity.Type)))
            {
                context.NotSupported(candidate, Kind, keyByReference);
                continue;
            }

            var operation = plan.Member(candidate, out var reason, out var reported);
            if (operation is null)
            {
                if (!reported)
                {
                    context.NotSupported(candidate, Kind, reason ?? "its shape is not supported");
                }

                continue;
            }

            if (softDelete.Refuses(candidate, operation) is { } softDeleteReason)
            {
                // nopCommerce's DeleteAsync sets Deleted on an ISoftDeletedEntity, ABP's sets ISoftDelete.IsDeleted, and their reads
                // then leave the row out; Datasync's DeleteAsync of the same kind of entity removes it.
                context.NotSupported(candidate, Kind, softDeleteReason);
                continue;
            }

            if (softDeletedReads?.Refuses(entity, candidate, operation) is { } softDeletedReason)
            {
                // YukiSoraShop's GetAllAsync() beside SoftDelete(model): its GenericRepository filters !IsDeleted, Admin.Core's
                // FreeSql filter hides marked rows from every read (h-sample132).
                context.NotSupported(candidate, Kind, softDeletedReason);
                continue;
            }

            if (RevokedRowsRule.Reason(context, entity, candidate, operation) is { } revokedReason)
            {
                // Avancira's GetUserSessionsAsync(userId) lists the user's Active sessions only, beside a RevokeAsync that keeps
                // the session with Status Revoked (h-sample72).
                context.NotSupported(candidate, Kind, revokedReason);
                continue;
            }

            if (PairedKeyRule.Reason(context, entity, operation) is { } pairedReason)
            {
                // Xigadee's Remove(Channel item) beside Exists(channelId, direction): its store keys a channel by id and direction.
                context.NotSupported(candidate, Kind, pairedReason);
                continue;
            }

            if (operation is EntityQueryableOp && EntityQueries.IsUntrackedName(candidate.Verb))
            {
                untracked.Add(candidate);
            }

            if (operation is EntityUpdateOp { ExpectedToken: not null } or EntityDeleteByKeyOp { ExpectedToken: not null })
            {
                expecting.Add(candidate);
            }

            if (operation is EntityRangeOp && BulkWrites.IsBulk(candidate.Verb))
            {
                bulk.Add(candidate);
            }

            var member = Declarations.Member(context, candidate, operation);
            if (SaveFlags.Candidate(context, candidate, operation) is { } saveFlag)
            {
                member = member with { SaveFlag = saveFlag }; // kept or cleared by SaveFlags.Apply, once the writes are placed
            }

            store.Members.Add(member);
            planned.Add((candidate, member));
            if (operation is UnitOfWorkSaveOp or UnitOfWorkDiscardOp or UnitOfWorkSelfOp)
            {
                unitOfWork.Add((candidate, member));
            }
        }

        // Writes of an entity nothing reads back, beside reads of a keyless other type: what the store keeps is not said.
        if (planned.Count > 0 && UnreadEntityWriteRule.Reason(context, entity, pending, associated.Count > 0, planned) is { } unread)
        {
            foreach (var (candidate, member) in planned.ToArray())
            {
                store.Members.Remove(member);
                planned.Remove((candidate, member));
                bulk.Remove(candidate);
                expecting.Remove(candidate);
                context.NotSupported(candidate, Kind, unread);
            }
        }

        string? savedBy = null;
        if (unitOfWork.Count == 0 && !context.ComposedUnitOfWork && context.Settings.UnitOfWorkWrites == 0 && UnreachableSaveRule.Reason(context) is { } unreachable)
        {
            // A bulk write goes to the database at once, around the save the other writes wait for: it stays.
            foreach (var (candidate, member) in planned.Where(p => IsWrite(p.Member.Operation) && !bulk.Contains(p.Candidate)))
            {
                store.Members.Remove(member);
                context.NotSupported(candidate, Kind, unreachable);
            }
        }
        else if (unitOfWork.Count == 0 && !context.ComposedUnitOfWork && context.Settings.UnitOfWorkWrites != 2)
        {
            savedBy = WritesOfAnotherUnitOfWork(context, store, planned, bulk);
        }

        if (unitOfWork.Count > 0 || context.ComposedUnitOfWork || savedBy is not null)
        {
            spec = savedBy is not null
                ? spec with { UnitOfWork = UnitOfWorkModel.Deferred, SavedBy = savedBy }
                : spec with { UnitOfWork = UnitOfWorkWrites(context, store, unitOfWork) };

            // A save flag beside a save planned elsewhere (a repository of several entity types: the outer interface's).
            foreach (var (candidate, member) in planned)
            {
                if (SaveFlags.Refusal(context, candidate, unitOfWork.Any(static u => u.Member.Operation is UnitOfWorkSaveOp), spec.UnitOfWork) is { } flagReason && store.Members.Remove(member))
                {
                    context.NotSupported(candidate, Kind, flagReason);
                }
            }

            // A write conditional on an expected token goes to the table at once; through a unit of work it would bypass the
            // tracked copies (and the save's own token check).
            foreach (var candidate in expecting)
            {
                store.Members.RemoveAll(m => m.Name == candidate.Symbol.Name && m.Operation is EntityUpdateOp { ExpectedToken: not null } or EntityDeleteByKeyOp { ExpectedToken: not null });
                context.NotSupported(candidate, Kind, "its expected concurrency token is compared at once, but the repository has a unit of work whose writes wait for "
                    + (unitOfWork.Count > 0 ? unitOfWork[0].Candidate.Symbol.Name : savedBy ?? "the unit of work's save") + " (docs/runtime.md#unit-of-work), where the save checks the tracked entity's own token");
            }

            // A bulk write runs at once, around the change tracker: the real one neither waits for the save nor updates the
            // entities tracked before it (a later save writes them over it), which the fake's tracked copies cannot follow.
            foreach (var candidate in bulk)
            {
                store.Members.RemoveAll(m => m.Name == candidate.Symbol.Name && m.Operation is EntityRangeOp);
                context.NotSupported(candidate, Kind, "a bulk write goes to the database at once, around the change tracker of the repository's unit of work (whose writes wait for "
                    + (unitOfWork.Count > 0 ? unitOfWork[0].Candidate.Symbol.Name : savedBy ?? "the unit of work's save") + ", docs/runtime.md#unit-of-work): it is not deferred, and an entity tracked before it is saved over it later, which the fake's tracked copies cannot follow; write the member");
            }

            // A write of listed properties and a listing by a paging spec go to the table at once (EntityTable.SetFields,
            // QueryPage): through a unit of work they would bypass the tracked copies its save writes back.
            foreach (var (candidate, member) in planned.Where(static p => p.Member.Operation is EntitySetFieldsOp or EntityPagingSpecOp))
            {
                store.Members.Remove(member);
                context.NotSupported(candidate, Kind, "it " + (member.Operation is EntitySetFieldsOp ? "writes the listed properties" : "lists a page by its paging spec")
                    + " at once, but the repository has a unit of work whose writes wait for " + (unitOfWork.Count > 0 ? unitOfWork[0].Candidate.Symbol.Name : savedBy ?? "the unit of work's save")
                    + " (docs/runtime.md#unit-of-work) and whose reads are tracked copies, which the fake does not follow here; write the member");
            }

            // Reads through a unit of work are tracked, so changes to them are saved: an untracked queryable
            // (TableNoTracking) would save what the real store leaves alone.
            foreach (var candidate in untracked)
            {
                store.Members.RemoveAll(m => m.Name == candidate.Symbol.Name && m.Operation is EntityQueryableOp);
                context.NotSupported(candidate, Kind, "'" + candidate.Verb + "' reads without tracking, but the repository has a unit of work whose reads are tracked copies saved by "
                    + (unitOfWork.Count > 0 ? unitOfWork[0].Candidate.Symbol.Name : savedBy ?? "the unit of work's save") + " (docs/runtime.md#unit-of-work); the fake has no untracked read, so changes made to its entities would be saved");
            }
        }

        if (context.Settings.MissingDelete == 2 || context.Settings.EntityMissingDelete == 2)
        {
            // MissingDelete = NotFound: a removal of one entity that returns nothing (or only a success value) throws for a missing one.
            for (var i = 0; i < store.Members.Count; i++)
            {
                var member = store.Members[i];
                store.Members[i] = member.Operation switch
                {
                    EntityDeleteByKeyOp { Result: EntityWriteResult.None } or EntityDeleteByKeyOp { Result: EntityWriteResult.Success, Success.FailureFactory: null } when context.Settings.MissingDelete == 2 => member with { Operation = (EntityDeleteByKeyOp)member.Operation with { MissingThrows = true } },
                    EntityDeleteEntityOp { Result: EntityWriteResult.None } or EntityDeleteEntityOp { Result: EntityWriteResult.Success, Success.FailureFactory: null } when context.Settings.EntityMissingDelete == 2 => member with { Operation = (EntityDeleteEntityOp)member.Operation with { MissingThrows = true } },
                    // h-sample120: a removal by entity answering bool or a count, saved at once, is EF Core's Remove + return
                    // SaveChanges() > 0 (or the count) when the store states NotFound: the save fails for a row that is not there,
                    // so it never answers false (0). A Try removal answers false by its name; a save flag's count is SaveFlags'.
                    EntityDeleteEntityOp { Result: EntityWriteResult.Bool or EntityWriteResult.Count } when context.Settings.EntityMissingDelete == 2 && spec.UnitOfWork != UnitOfWorkModel.Deferred
                        && member.SaveFlag is null && !Conventions.IsTryVerb(member.Name) => member with { Operation = (EntityDeleteEntityOp)member.Operation with { MissingThrows = true } },
                    // The removals of several that return nothing do what the removal of one does (consistency): EF Core's
                    // RemoveRange + SaveChanges fails as a whole when one row is not there.
                    EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.None } range when context.Settings.EntityMissingDelete == 2 && !MissingDeleteRule.IsBulk(member.Name) => member with { Operation = range with { MissingThrows = true } },
                    EntityRangeOp { Kind: RangeKind.DeleteByKeys, Result: RangeResult.None } range when context.Settings.MissingDelete == 2 && !MissingDeleteRule.IsBulk(member.Name) => member with { Operation = range with { MissingThrows = true } },
                    _ => member,
                };
            }
        }

        // Before the rules that rewrite or refuse adds: a write whose identity is not the key is refused whatever they say.
        UnprovenIdentityRule.Apply(context, entity, store, pending, planned);
        MissingDeleteRule.Apply(context, store, planned, spec.UnitOfWork);
        TakenKeyAddRule.Apply(context, store, planned);
        // MissingKeyReads = Default before the refusal of lookups named to return null: under it they say null too.
        MissingKeyReads.ApplyToQueries(context, store, planned);
        // A lookup of one entity with an oblivious result: generated when the setting or an annotation says what a missing one gives, else refused.
        ObliviousLookupRule.Apply(context, entity, store, planned);
        // The refusal first: it finds the planned members as planned, before SeveralMatches rewrites the lookups it keeps.
        NullFindingLookupRule.Apply(context, entity, store, planned);
        SeveralMatchesRule.Apply(context, store, spec);
        KeyListOrder.Validate(context, store.Members);

        if (IsArdalisRepository(context))
        {
            // RepositoryBase<T> saves each Update/Delete at once through EF Core, which throws when the row is not there
            // (DbUpdateConcurrencyException): the fake throws its not-found error rather than report 0 rows.
            for (var i = 0; i < store.Members.Count; i++)
            {
                var member = store.Members[i];
                store.Members[i] = member.Operation switch
                {
                    EntityUpdateOp { Result: EntityWriteResult.Count or EntityWriteResult.None } op => member with { Operation = op with { MissingThrows = true } },
                    EntityDeleteEntityOp { Result: EntityWriteResult.Count or EntityWriteResult.None } op => member with { Operation = op with { MissingThrows = true } },
                    // DeleteRangeAsync(entities) returns SaveChanges' count (Ardalis.Specification 8+) as DeleteAsync(entity) does:
                    // RemoveRange + SaveChanges throws for a row that is not there and removes none, so a count of the others
                    // would be a silent guess (h-wrongclass4: the fake skipped missing ones where the one-entity removal threw).
                    EntityRangeOp { Kind: RangeKind.DeleteEntities, Result: RangeResult.None or RangeResult.Count } range when !MissingDeleteRule.IsBulk(member.Name) => member with { Operation = range with { MissingThrows = true } },
                    _ => member,
                };
            }
        }

        SaveFlags.Apply(context, store, spec.UnitOfWork);
        // Last, on the members as they will be generated: a bool or count update or removal by entity that answers false
        // (0) for a missing entity with neither reading stated is reported (IMF0029, Info; session 38).
        MissingRowAnswerRule.Apply(context, entity, store, planned, spec.UnitOfWork);
        // A list, page or count read by a text property whose equality is read, not named (IMF0030, Info; session 39).
        TextMatchRule.Apply(context, entity, store, planned, spec);
        // An average, minimum or maximum of no rows throws where a MongoDB store answers default (IMF0031, Info; session 40).
        AggregateReads.Apply(context, entity, store, planned);
        return store.Build(StoreKindModel.EntityRepository, entity.Type is ITypeParameterSymbol ? null : entity.Type.Name, spec, null);
    }

    /// <summary>
    /// Where the writes of a repository with a unit of work go: the attribute's choice; else saved at once for
    /// Ardalis.Specification's <c>IRepositoryBase&lt;T&gt;</c>; else deferred when a write is synchronous and answers no
    /// bool or count (it cannot do I/O, so it only tracks: <see cref="UnitOfWorkRules.WritesWaitForSave"/>), the repository exposes an <c>IUnitOfWork</c> property, or it has no writes. Otherwise the
    /// interface does not say: IMF0022 on each save, which is then left out (its writes are saved at once, nothing is tracked).
    /// </summary>
    private static UnitOfWorkModel UnitOfWorkWrites(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> unitOfWork)
    {
        switch (context.Settings.UnitOfWorkWrites)
        {
            case 1:
                return UnitOfWorkModel.Deferred;
            case 2:
                return UnitOfWorkModel.Immediate;
        }

        if (context.ComposedUnitOfWork)
        {
            return UnitOfWorkModel.Deferred; // the unit of work's save, on another interface, writes (CompositePlanner)
        }

        if (IsArdalisRepository(context))
        {
            return UnitOfWorkModel.Immediate;
        }

        if (SaveFlags.ProveDeferred(unitOfWork.Select(static u => u.Member), store.Members.Where(static m => IsWrite(m.Operation))))
        {
            // AddAsync(entity, bool autoSave = false) beside SaveChangesAsync(): the write saves only when asked (Parsing/SaveFlags).
            return UnitOfWorkModel.Deferred;
        }

        var writes = store.Members.Where(static m => IsWrite(m.Operation)).Select(static m => (m.Name, m.Shape, m.ReturnType is "bool" or "int" or "long")).ToArray();
        if (UnitOfWorkRules.WritesWaitForSave(context, writes, out var asynchronous))
        {
            return UnitOfWorkModel.Deferred;
        }

        var why = asynchronous + ", and it is not Ardalis.Specification's IRepositoryBase<T>";
        foreach (var (candidate, member) in unitOfWork)
        {
            if (member.Operation is UnitOfWorkSaveOp)
            {
                context.Report(DiagnosticDescriptors.UnitOfWorkWritesUnknown, candidate.Location, candidate.DisplayName, context.InterfaceName, "saves a unit of work", "it", why, UnitOfWorkRules.OwnSaveFix(candidate.DisplayName));
                store.Members.Remove(member);
            }
        }

        return UnitOfWorkModel.None;
    }

    /// <summary>
    /// Unique constraints for the alternate keys the interface proves (<see cref="ProvenKeys.AlternateKeys"/>), unless a
    /// <c>[Unique]</c> attribute already constrains the same properties.
    /// </summary>
    private static IEnumerable<UniqueSpec> ProvenUnique(EntitySpec spec, List<IPropertySymbol[]> alternates)
    {
        foreach (var properties in alternates)
        {
            var names = properties.Select(static p => TypeNames.Escape(p.Name)).ToArray();
            if (spec.Unique.Any(u => u.Properties.Count == names.Length && names.All(n => u.Properties.Contains(n))))
            {
                continue;
            }

            if (properties.Length == 1)
            {
                yield return new UniqueSpec(properties[0].Name, names, EquatableArray<string>.Empty, properties[0].Name);
            }
            else
            {
                var nullable = properties.Where(static p => TypeNames.AllowsNull(p.Type)).Select(static p => TypeNames.Escape(p.Name)).ToArray();
                yield return new UniqueSpec(string.Join("+", properties.Select(static p => p.Name)), names, nullable, null);
            }
        }
    }

    /// <summary>Whether the interface is (or extends) Ardalis.Specification's <c>IRepositoryBase&lt;T&gt;</c>, whose implementation is EF Core's.</summary>
    internal static bool IsArdalisRepository(ParseContext context)
        => context.InterfaceAndBases.Any(static i => i.OriginalDefinition.ContainingNamespace.ToDisplayString() + "." + i.OriginalDefinition.MetadataName == Conventions.ArdalisRepositoryBase);

    /// <summary>
    /// A repository without a save of its own beside another interface's unit of work (Parsing/SeparateUnitOfWorkRule): its
    /// writes wait for that save when the attribute says <c>UnitOfWorkWrites.Deferred</c>, or when that interface holds only
    /// saves and is itself <c>[InMemoryFake]</c> (the user fakes it): the other save is returned, and the repository is
    /// generated deferred over <c>FakeCore.UnitOfWork(Deferred, savedBy)</c>, whose writes wait in the scope's
    /// <c>SharedUnitOfWork</c> and are refused at run time without one. Otherwise IMF0022 on each write (a bulk write, which
    /// goes to the database at once around the save, stays), which is left out, and null.
    /// </summary>
    private static string? WritesOfAnotherUnitOfWork(ParseContext context, StoreBuilder store, List<(MemberCandidate Candidate, MemberSpec Member)> planned, List<MemberCandidate> bulk)
    {
        var writes = planned.Where(p => IsWrite(p.Member.Operation) && !bulk.Contains(p.Candidate)).ToList();
        var deferred = context.Settings.UnitOfWorkWrites == 1;
        if (writes.Count == 0 && !deferred)
        {
            return null;
        }

        if (SeparateUnitOfWorkRule.Find(context) is not { } other)
        {
            return ElsewhereInTheApp(context, writes, deferred);
        }

        if (deferred || other.Faked)
        {
            return other.Save;
        }

        foreach (var (candidate, member) in writes)
        {
            store.Members.Remove(member);
            context.Report(DiagnosticDescriptors.UnitOfWorkWritesUnknown, candidate.Location, candidate.DisplayName, context.InterfaceName,
                "is a write, and " + context.InterfaceName + " has no save of its own beside " + other.Save + ", a save on another interface", other.Save, other.Why, other.Fix);
        }

        return null;
    }

    /// <summary>
    /// A repository without a save of its own and without a unit of work beside it, when the app declares one elsewhere
    /// (SeparateUnitOfWorkRule.FindElsewhere: a sibling namespace under the app's root, in the source since session 35 and
    /// in the app's referenced assemblies since session 36). Under <c>UnitOfWorkWrites.Deferred</c> the writes wait for
    /// that save, or for the save of a unit of work the compilation fakes beside this fake when none is found under the
    /// root (SeparateUnitOfWorkRule.FakedBeside, since session 36): it is returned. Unstated, IMF0027 (Warning) on the attribute names it and both settings, and the writes
    /// stay stored at once: whether that unit of work saves this repository the interfaces do not say, so it is neither
    /// refused (IMF0022, which would refuse repositories it does not save) nor followed (session 34's guess). A stated
    /// <c>Deferred</c> with none found anywhere has no save to wait for: IMF0010 names the setting, the repository and what
    /// was searched (before session 36 it was ignored, the writes stored at once without a word).
    /// </summary>
    private static string? ElsewhereInTheApp(ParseContext context, List<(MemberCandidate Candidate, MemberSpec Member)> writes, bool deferred)
    {
        var search = SeparateUnitOfWorkRule.FindElsewhere(context);
        var found = search.Found;
        if (found.Count == 0 && deferred)
        {
            // A unit of work of another root (a shared kernel's) is no warning unstated, but under the setting its fake
            // beside this one is a save the writes can wait for.
            found = SeparateUnitOfWorkRule.FakedBeside(context, search);
            if (found.Count == 0)
            {
                context.Report(DiagnosticDescriptors.InvalidAttributeValue, context.AttributeLocation, context.Target.TargetSymbol.Name,
                    "UnitOfWorkWrites = Deferred has no save to wait for: " + context.InterfaceName + " has no save of its own and no IUnitOfWork property, and no unit of work was found beside it"
                    + " (its namespace or one enclosing it), " + search.Searched + ", or faked beside this fake, so its writes would be stored at once as if the setting were not there."
                    + " When each write is stored at once, remove the setting (or state UnitOfWorkWrites.Immediate); when they wait for a unit of work's save, fake that unit of work beside this fake"
                    + " ([InMemoryFake(typeof(IUnitOfWork))] partial class UnitOfWorkFake;) and build both with one InMemoryFakeOptions.SharedUnitOfWork, so its save writes them");
                return null;
            }
        }

        if (found.Count == 0)
        {
            return null;
        }

        var saves = string.Join(" or ", found.Select(static f => f.Save));
        if (deferred)
        {
            return saves;
        }

        // Not deferred, so the caller found writes (it returns before this without any).
        context.Report(DiagnosticDescriptors.UnitOfWorkElsewhere, context.AttributeLocation, context.InterfaceName,
            string.Join(", ", writes.Select(static w => w.Candidate.Symbol.Name).Distinct()), saves, string.Join("; ", found.Select(static f => f.Why)), search.Root!);
        return null;
    }

    internal static bool IsWrite(OperationSpec operation)
        => operation is EntityAddOp or EntityUpdateOp or EntityUpsertOp or EntityDeleteByKeyOp or EntityDeleteEntityOp or EntityRangeOp or EntitySetFieldOp or EntityPatchOp or EntitySetFieldWhereOp or EntityUpdateWithOp or EntitySetFieldsOp;

    /// <summary>The verbs and shapes of one entity's members, tried in order; the first that claims a member decides it.</summary>
    private sealed partial class MemberPlan
    {
        private readonly ParseContext _context;
        private readonly EntityInfo _entity;
        private readonly StoreBuilder _store;
        private readonly HashSet<string> _unique;
        private readonly HashSet<string> _indexed;
        private readonly string[] _single;
        private readonly string[] _plural;
        private readonly string[] _counts;
        private readonly string _es;
        private readonly string[] _nouns;

        private readonly bool _getThrows;
        private readonly string? _withDeletedReader;
        private readonly string? _deletedRowsSwitch;
        private readonly string? _queryFilterBypass;
        private IParameterSymbol? _expecting;

        /// <summary>Whether an add generates the key (<see cref="EntitySpec.WithKey"/>): a settable int, long or Guid key, or a wrapper of one.</summary>
        private readonly bool _keyGenerated;

        public MemberPlan(ParseContext context, EntityInfo entity, StoreBuilder store, EntitySpec spec, bool getThrows)
        {
            _getThrows = getThrows;
            _keyGenerated = spec.WithKey is not null;
            _withDeletedReader = RepositoryHints.WithDeletedReader(context, entity);
            _deletedRowsSwitch = RepositoryHints.DeletedRowsSwitch(context, entity);
            _queryFilterBypass = QueryFilterBypass.Member(context);
            _context = context;
            _entity = entity;
            _store = store;
            _unique = new HashSet<string>(spec.Unique.Where(static u => u.Property is not null).Select(static u => u.Property!), StringComparer.Ordinal);
            _indexed = new HashSet<string>(spec.Indexes.Select(static i => i.Property), StringComparer.Ordinal);
            var e = entity.Name;
            _es = e.Length == 0 ? "" : TypeNames.Plural(e);
            var words = EntityParameters.EntityNouns(context, entity);
            _nouns = words;
            _single = new[] { "" }.Concat(words).Distinct().ToArray();
            // Irregular plurals too (GetPeople of a Person: OData's IAlternateKeyRepository), beside the regular one.
            // Portuguese and Spanish plurals as well (ListarPromocoes of a Promocao, ObterFornecedores of a Fornecedor).
            _plural = new[] { "" }.Concat(words.Select(TypeNames.Plural)).Concat(words.Select(TypeNames.IrregularPlural).OfType<string>())
                .Concat(words.SelectMany(TypeNames.LocalizedPlurals)).Distinct().ToArray();
            // CountProducts of a ProductEntity: the plural of any word the members call the entity by.
            _counts = new[] { "", _es, "All" }.Concat(_plural).Distinct().ToArray();
        }

        public OperationSpec? Member(MemberCandidate candidate, out string? reason, out bool reported)
        {
            reason = null;
            reported = false;
            var verb = candidate.Verb;
            var args = candidate.Parameters;
            var inherited = InheritedQueryRule.Plan(_context, candidate, _entity, out reason);
            if (inherited is not null || reason is not null)
            {
                return inherited;
            }

            if (Conventions.IsOneOf(candidate.Symbol.Name, Conventions.NoOpMethodNames) && args.Length == 0 && candidate.Method is not null
                && (candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
            {
                return new NoOp();
            }

            if (UnitOfWorkRules.IsSave(candidate.Symbol))
            {
                return UnitOfWorkRules.SaveOp(candidate, out reason);
            }

            if (UnitOfWorkRules.IsDiscard(candidate.Symbol))
            {
                return candidate.IsVoid ? new UnitOfWorkDiscardOp() : Fail("a unit-of-work discard returns nothing", out reason);
            }

            if (IsSaveNamedForEntity(candidate))
            {
                return UnitOfWorkRules.SaveOp(candidate, out reason);
            }

            if (TransactionRules.IsBegin(candidate))
            {
                return TransactionRules.Plan(_context, candidate, out reason);
            }

            if (QueryFilterBypass.Refusal(_context, candidate, _entity, _queryFilterBypass) is { } filtered)
            {
                // FindIgnoreQueryFilters(id) beside Find(id): the plain reads apply a filter the signature does not show.
                return Fail(filtered, out reason);
            }

            if (TryFindOut(candidate, _entity) is { } found)
            {
                return TryFind(candidate, found, out reason);
            }

            if (candidate.Property is { } unitOfWorkProperty && _context.UnitOfWorkInterfaces.Any(i => SymbolEqualityComparer.Default.Equals(i, unitOfWorkProperty.Type)))
            {
                return new UnitOfWorkSelfOp();
            }

            if (candidate.Property is { } property)
            {
                var exposed = EntityQueries.Queryable(_context, candidate, _entity, Array.Empty<IParameterSymbol>(), out reason);
                if (exposed is not null || reason is not null)
                {
                    return exposed;
                }

                if (property.SetMethod is null && !property.IsIndexer && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is { } listed)
                {
                    // IEnumerable<Pie> AllPies { get; } and PiesOfTheWeek { get; } (Bethany's Pie Shop: _context.Pies, and
                    // _context.Pies.Where(p => p.IsPieOfTheWeek)): read as the parameterless GetAllPies() and GetPiesOfTheWeek().
                    var listedName = property.Name.StartsWith("All", StringComparison.Ordinal) && (property.Name.Length == 3 || char.IsUpper(property.Name[3])) ? property.Name.Substring(3) : property.Name;
                    if (listedName.Length == 0 || listedName == _entity.Name || listedName == TypeNames.Plural(_entity.Name))
                    {
                        if (TypeFacts.IsGrowableList(_context, property.Type))
                        {
                            // List<Artist> Artists { get; } (graphql-aspnet's MusicRepository hands out its own list, and its
                            // MusicService adds to it): a list the caller can add to, whose adds reach the store or are lost
                            // (a getter's _db.Artists.ToList()) as the store decides; a snapshot would drop them silently.
                            return Fail(RefusalText.PropertyType(property, _context.Interface) + "a list the caller can add to: whether its adds and removals reach the store (an in-memory repository handing out its own "
                                + property.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ") or are lost (a getter's fresh copy, _db." + TypeNames.Plural(_entity.Name) + ".ToList()) is the store's own; declare it IReadOnlyList<" + _entity.Name + "> or IEnumerable<" + _entity.Name + "> to have every row read",
                                out reason);
                        }

                        return new EntityGetAllOp(listed);
                    }

                    if (FlagQuery("Get" + property.Name) is { } listedFlag && listedFlag.Verb == QueryVerb.Select)
                    {
                        return QueryBinder.BindFlag(_context, candidate, _entity, _store, _unique, _indexed, listedFlag.Verb, listedFlag.VerbWord, listedFlag.Property, listedFlag.Negated);
                    }

                    return Fail(RefusalText.PropertyType(property, _context.Interface) + "a property listing " + TypeNames.Plural(_entity.Name) + " is read as every row when it is named All" + TypeNames.Plural(_entity.Name)
                        + " or " + TypeNames.Plural(_entity.Name) + ", or the rows of a bool flag its name names (" + TypeNames.Plural(_entity.Name) + "OfTheWeek for Is" + _entity.Name + "OfTheWeek); '" + property.Name + "' names neither", out reason);
                }

                return verb == "Count" && TypeFacts.IsIntOrLong(property.Type)
                    ? new EntityCountOp()
                    : Fail(RefusalText.PropertyType(property, _context.Interface) + "only a Count property (int or long) and an IQueryable of the entities are supported" + RefusalText.OwnObjectProperty(property), out reason);
            }

            if (FieldListWrites.SelectorList(candidate, _entity) is { } selectors)
            {
                // SetFields(model, params Expression<Func<T, object>>[] properties): the listed properties only (Parsing/FieldListWrites.cs).
                // On any other write the list is refused, never ignored as an include list is on a read.
                return FieldListWrites.Plan(_context, candidate, _entity, selectors, _nouns, out reason);
            }

            var significant = args.Where(p => !EntityParameters.IsIgnorable(_context, p) && !SymbolEqualityComparer.Default.Equals(p, _expecting)).ToArray();
            if (_expecting is null && ExpectedTokenParameter(candidate, significant, out reason) is { } expected)
            {
                // ReplaceAsync(entity, byte[]? version = null), DeleteAsync(id, byte[]? version = null): the write without the
                // token, made conditional on the stored token.
                OperationSpec? inner;
                _expecting = expected;
                try
                {
                    inner = Member(candidate.Without(expected), out reason, out reported);
                }
                finally
                {
                    _expecting = null;
                }

                if (inner is null)
                {
                    return null;
                }

                reported = false;
                return WithExpectedToken(inner, expected, out reason);
            }

            if (reason is not null)
            {
                return null;
            }
            if (RepositoryHints.WithDeletedSibling(_context, candidate.Symbol) is { } withDeleted)
            {
                // TrainMe's GetById(id) beside GetByIdWithDeleted(id): the plain read hides soft-deleted rows.
                return Fail("the interface also has '" + withDeleted + "', so '" + candidate.Symbol.Name + "' leaves deleted rows out by the store's own rule (which flag, set by which delete), which the signature does not show", out reason);
            }

            if (_withDeletedReader is not null && !candidate.IsVoid && !Conventions.StartsWithAny(verb, Conventions.EntityWriteVerbPrefixes) && candidate.Symbol.Name.IndexOf("Deleted", StringComparison.Ordinal) < 0)
            {
                // Count() or FindByName(name) beside GetByIdWithDeleted of an entity with IsDeleted: the store's plain reads
                // leave flagged rows out (a query filter) as GetById does, or not; an Update can set the flag in the fake.
                // A member that answers nothing reads nothing (h-sample123: School.Me's void Detach(T) and HardDelete(T) beside
                // AllWithDeleted were refused as reads that may leave deleted rows out, a cause they cannot have).
                return Fail("the interface reads deleted " + EntityParameters.EntityDisplay(_entity) + " rows in '" + _withDeletedReader + "', so whether '" + candidate.Symbol.Name
                    + "' leaves them out (as a query filter would, and as the plain sibling of such a member does) is the store's own rule, which the signature does not show", out reason);
            }

            if (_deletedRowsSwitch is not null && candidate.Result is not null && !Conventions.StartsWithAny(verb, Conventions.EntityWriteVerbPrefixes)
                && !Conventions.StartsWithAny(verb, Conventions.DeleteVerbs) && candidate.Symbol.Name.IndexOf("Deleted", StringComparison.Ordinal) < 0
                && !candidate.Parameters.Any(RepositoryHints.IsDeletedRowsSwitch))
            {
                // Query() beside GetAsync(predicate, …, bool withDeleted = false) of an entity with DeletedDate (the
                // nArchitecture template): EF Core's query filter hides the marked rows from Query() too; nopCommerce's
                // Table shows them. h-sample125.
                return Fail("the interface's reads take a switch for deleted " + EntityParameters.EntityDisplay(_entity) + " rows ('" + _deletedRowsSwitch + "'), so the store keeps the rows its deletes mark ("
                    + SoftDeleteRule.Describe(_context, SoftDeleteRule.FlagOf(_context, _entity.Type)!) + ") and leaves them out of a read unless asked; whether '" + candidate.Symbol.Name
                    + "', which takes no such switch, leaves them out too (as EF Core's query filter does for every query) or shows them is the store's own rule, which the signature does not show", out reason);
            }

            if (significant.Length > 0 && verb.StartsWith("EstimatedCount", StringComparison.Ordinal))
            {
                // EstimatedCount() is the count (Conventions.CountVerbs); with a condition it is no estimate any store makes:
                // MongoDB's EstimatedDocumentCountAsync reads the collection's metadata and takes no filter (CountDocumentsAsync does).
                return Fail("an estimated count is read only without parameters (the count of every row, as MongoDB's EstimatedDocumentCountAsync reads it from the collection's metadata, which takes no filter); "
                    + "count the matches with Count(predicate) or CountBy{Property}(value)", out reason);
            }

            if (AggregateReads.Plan(_context, candidate, _entity, significant, out reason) is { } aggregate)
            {
                // SumAsync(Expression<Func<T, int>> selector), AvgAsync(field, predicate = null), MaxAsync<TField>(field, predicate):
                // LINQ's operator over the rows the predicate keeps (Parsing/AggregateReads.cs). Before the generic methods: the
                // one type parameter of MinAsync<TField> is the selector's value.
                return aggregate;
            }

            if (reason is not null)
            {
                return null;
            }

            if (candidate.IsGenericMethod)
            {
                return Generic(candidate, significant, out reason, out reported);
            }

            if (significant.FirstOrDefault(p => PagingSpecPlanner.IsSpec(_context, TypeNames.Underlying(p.Type), _entity)) is { } pagingSpec)
            {
                // GetPaged(PagingSpec<T> pagingSpec): the spec asks for a page and receives it by member names (Parsing/PagingSpecPlanner.cs).
                var listsEvery = significant.Length == 1
                    && (Conventions.Matches(verb, Conventions.PagedListVerbPrefixes, _plural) || Conventions.Matches(verb, Conventions.GetAllVerbs, _plural)
                        || (_es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, _plural.Where(static p => p.Length > 0).ToArray())));
                return PagingSpecPlanner.Plan(_context, candidate, _entity, _store, pagingSpec, listsEvery, out reason);
            }

            if (EntityQueries.IsQueryableOf(_context, candidate, _entity) && significant.Length == 1 && TypeFacts.PredicateKind(_context.Known, significant[0].Type, _entity.Type, out _) == PredicateForm.Expression)
            {
                // IQueryable<T> FindBy(Expression<Func<T, bool>> predicate): a query of the matches, not a list of them (before
                // the predicate methods, which would read it as a list).
                return EntityQueries.Queryable(_context, candidate, _entity, significant, out reason);
            }

            if (KeyMap(candidate, significant) is { } keyMap)
            {
                return keyMap;
            }

            if (ValueUse(candidate, significant, out reason) is { } use)
            {
                return use;
            }

            if (reason is not null)
            {
                return null;
            }

            if (significant.Any(p => TypeFacts.PredicateKind(_context.Known, p.Type, _entity.Type, out _) != PredicateForm.None) && QueryBinder.GetCountName(candidate) is { Middle.Length: > 0 } count
                && !QueryBinder.CountNameReads(_context, _entity, count))
            {
                // GetALlFilteredByCount(expression), GetActiveCount(predicate): Get…Count with a number result counts, and the
                // predicate says which rows, but the words between say more, which no convention reads (h-sample131: before,
                // "returns int, which does not fit Get", a cause a count does not have). GetViewCount(predicate) of an entity
                // with ViewCount may add the property up (session 41: before, the same "does not fit Get").
                return Fail(QueryBinder.CountNameProblem(_context, _entity, count, "predicate"), out reason);
            }

            if (QueryBinder.PredicateVerb(_context, candidate, _entity) is { } predicateVerb)
            {
                // A Func<T, bool> or Expression<Func<T, bool>> parameter makes any query verb a predicate method, whose name says
                // nothing more than the predicate (session 42: CountActive(predicate) counted every match).
                (IPropertySymbol Property, bool Negated)? nameFlag = null;
                if (predicateVerb.Word != verb && PredicateNames.Problem(_context, _entity, verb, predicateVerb.Word, "predicate", PredicateNames.Does(predicateVerb.Verb)) is { } unread)
                {
                    // CountActive(predicate) of an entity with IsActive: the flag the parameterless CountActive() reads holds
                    // too, And the predicate. Only where that reading is taken; any other word is refused.
                    if (FlagQuery(verb) is not { } bareFlag || bareFlag.Verb != predicateVerb.Verb
                        || (bareFlag.ThroughAll && bareFlag.Verb == QueryVerb.Select && TypeFacts.SameType(candidate.Result, _entity.Type)))
                    {
                        return Fail(unread, out reason);
                    }

                    nameFlag = (bareFlag.Property, bareFlag.Negated);
                }

                reported = true;
                return ThrowingWhenNone(candidate, QueryBinder.BindPredicate(_context, candidate, _entity, predicateVerb.Verb, predicateVerb.Word, nameFlag));
            }

            if (significant.Length == 1 && FilterVerb(verb) is { } filterVerb
                && QueryBinder.WhyNotFilter(_context, _entity, significant[0], out var filterMatches) is null)
            {
                // GetAllAsync(PersistedGrantFilter filter): every property of the filter names an entity property.
                reported = true;
                return QueryBinder.BindFilter(_context, candidate, _entity, _store, filterVerb.Verb, filterVerb.VerbWord, significant[0], filterMatches);
            }

            var queryable = EntityQueries.Queryable(_context, candidate, _entity, significant, out reason);
            if (queryable is not null || reason is not null)
            {
                return queryable;
            }

            if (Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || (_es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, _plural.Where(static p => p.Length > 0).ToArray()))
                || Conventions.IsOneOf(verb, Conventions.BareListVerbs) || Conventions.StartsWithAny(verb, Conventions.PagedListVerbPrefixes) || verb.StartsWith("GetAllPaged", StringComparison.Ordinal))
            {
                // GetAllAsync(Func<IQueryable<T>, IQueryable<T>> func = null, …): the caller's function over every entity.
                var shaped = QueryShapers.Plan(_context, candidate, _entity, significant, out reason);
                if (shaped is not null || reason is not null)
                {
                    return shaped;
                }
            }
            else if ((NounAfter(verb, Conventions.ExistsVerbs) is { } anyWord && (anyWord.Length == 0 || _plural.Contains(anyWord)))
                || Conventions.Matches(verb, Conventions.CountVerbs, _counts))
            {
                // AnyAsync(Func<IQueryable<T>, IQueryable<T>> query), CountAsync(query): whether / how many the shaped query gives.
                var shaped = QueryShapers.Plan(_context, candidate, _entity, significant, Conventions.Matches(verb, Conventions.CountVerbs, _counts) ? ShapedResult.Count : ShapedResult.Any, out reason);
                if (shaped is not null || reason is not null)
                {
                    return shaped;
                }
            }

            if (RemovesGivenEntities(verb, significant))
            {
                // RemoveAll(List<Menu> List), DeleteAllAsync(IEnumerable<T> entities): the entities given, as DeleteRange
                // removes them, not the clear their verb names without parameters.
                return Ranges(candidate, significant, out reason);
            }

            if (Conventions.Matches(verb, Conventions.PurgeVerbs, _plural) && significant.Length == 0)
            {
                // Sonarr's BasicRepository.Purge(bool vacuum = false): DELETE FROM the table, then SQLite's VACUUM (which
                // changes no row) when asked. Without the flag the name does not say which rows go.
                if (!candidate.Parameters.Any(static p => TypeFacts.IsBool(p.Type) && Conventions.NameIn(p.Name, Conventions.VacuumParameterNames)))
                {
                    return Fail("'" + verb + "' takes no parameters, and a purge may remove every " + EntityParameters.EntityDisplay(_entity)
                        + " (Sonarr's BasicRepository.Purge(bool vacuum = false) deletes every row) or only the expired or soft-deleted ones, which the name does not say; name it Clear or DeleteAll when it removes every row, or write the member", out reason);
                }

                return candidate.IsVoid ? new EntityClearOp(ReturnsCount: false)
                    : TypeFacts.IsIntOrLong(candidate.Result) ? new EntityClearOp(ReturnsCount: true)
                    : Fail("it must return void or the number removed (int/long)", out reason);
            }

            if (Conventions.Matches(verb, Conventions.ClearVerbs, _plural) && !(significant.Length != 0 && ClearOfRows(verb)))
            {
                if (significant.Length == 1 && TypeFacts.IsBool(significant[0].Type) && Conventions.NameIn(significant[0].Name, Conventions.ResetIdentityParameterNames))
                {
                    // TruncateAsync(bool resetIdentity = false): removes every row; true also restarts the generated keys.
                    return candidate.IsVoid ? new EntityClearOp(ReturnsCount: false) { ResetKeysFlag = TypeNames.Escape(significant[0].Name) }
                        : Fail("with '" + significant[0].Name + "' it must return void (the removal and the restart of the keys are one step)", out reason);
                }

                return significant.Length != 0
                    ? Fail(EntityParameters.BoolFlag(_context, _entity, "Clear", out _) is { } cleared && verb != "Clear" && NounAfter(verb, new[] { "Clear" }) is { Length: > 0 }
                        ? "it takes parameters, which would make it the removal of the " + TypeNames.Plural(_entity.Name) + " they match (as Delete" + TypeNames.Plural(_entity.Name) + " is), but " + _entity.Name + " has the flag '" + cleared.Name + "', which clearing may set instead, keeping the rows; name it Delete… to remove them, or write it"
                        : ClearWithParameters(verb, significant), out reason)
                    : candidate.IsVoid ? new EntityClearOp(ReturnsCount: false)
                    : TypeFacts.IsIntOrLong(candidate.Result) ? new EntityClearOp(ReturnsCount: true)
                    : Fail("it must return void or the number removed (int/long)", out reason);
            }

            // Any(), AnyOrders(), and HasItems()/HasRecords()/AnyEntities(): a neutral plural says every row (Sonarr's BasicRepository.HasItems).
            if (NounAfter(verb, Conventions.ExistsVerbs) is { } anyNoun && (anyNoun.Length == 0 || _plural.Contains(anyNoun) || Conventions.IsOneOf(anyNoun, Conventions.NeutralPluralNouns)) && significant.Length == 0)
            {
                return TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable ? new EntityAnyOp() : Fail("it must return bool", out reason);
            }

            var updateWith = UpdateWith(candidate, significant, out reason);
            if (updateWith is not null || reason is not null)
            {
                return updateWith;
            }

            if (significant.Length == 0 && Conventions.IsOneOf(verb, Conventions.SingleMatchVerbs))
            {
                // Single()/SingleOrDefault() with no predicate: LINQ's over the whole table (Parsing/SingleEntity.cs).
                return SingleEntity.Plan(candidate, _entity, out reason);
            }

            var countWords = QueryNameParser.SplitWords(verb);
            var getCount = QueryNameParser.ReadCountName(countWords, countWords.Count);
            if (significant.Length == 0 && getCount is not null && QueryBinder.CountNameProperty(_context, _entity, getCount) is not null
                && QueryBinder.CountNameNamesRows(_context, _entity, getCount) && TypeFacts.IsIntOrLong(candidate.Result))
            {
                // GetTotalCount() of an entity with TotalCount, GetItemsCount() of an order with Items: the sum of the property
                // over every row, or the count of the rows (session 41: before, GetTotalCount() counted whatever the properties).
                return Fail(QueryBinder.CountNameProblem(_context, _entity, getCount, null), out reason);
            }

            if ((getCount is not null ? QueryBinder.CountNameReads(_context, _entity, getCount)
                    : Conventions.Matches(verb, Conventions.CountVerbs, _counts)
                        || Conventions.Matches(verb, Conventions.EntityCountPrefixes, _nouns.Concat(_plural).Where(static w => w.Length > 0).Distinct().ToArray(), Conventions.EntityCountSuffixes)
                        || (QueryNameParser.ReadCountVerbName(countWords, countWords.Count) is { } verbCount && QueryBinder.CountNameReads(_context, _entity, verbCount)))
                && significant.Length == 0)
            {
                // Count(), CountOrders(), and OrderCount()/TotalOrdersCount(): the entity's name before Count names what is
                // counted, every row of it. Get…Count names (GetOrderCount(), GetTotalOrdersCount(), GetAllCount(),
                // GetItemsCount(), GetPeopleLongCount()) and the Count verb's (CountItems(), CountAllRecords()) are read by the
                // one rule of count names (QueryBinder.CountNameReads, session 41), as beside a predicate, a specification or a By.
                return TypeFacts.IsIntOrLong(candidate.Result) ? new EntityCountOp() : Fail("Count must return int or long", out reason);
            }

            if ((Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || (_es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, _plural.Where(static p => p.Length > 0).ToArray()))
                    || (Conventions.IsOneOf(verb, Conventions.BareListVerbs) && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not null)
                    || (Conventions.Matches(verb, Conventions.GetAllVerbs, Conventions.NeutralPluralNouns) && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not null)
                    || (Conventions.Matches(verb, Conventions.GetAllVerbs, _single.Where(static w => w.Length > 0).ToArray()) && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not null)
                    || (Conventions.Matches(verb, Conventions.EntityListPrefixes, _plural.Concat(_single).Where(static w => w.Length > 0).Distinct().ToArray(), Conventions.ListTails)
                        && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not null)
                    || (Conventions.Matches(verb, Conventions.BareListVerbs, Conventions.NeutralPluralNouns) && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not null)
                    || (Conventions.Matches(verb, Conventions.GetAllVerbs, _plural, Conventions.IncludingTails) && args.Any(static p => EntityParameters.IsIncludeList(p) || EntityParameters.IsIncludePathList(p))
                        && TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not null))
                && significant.Length == 0)
            {
                // AllIncluding(params includeProperties)/GetAllIncluding(includes): the tail asks for eager loading, which the
                // include list beside it carries and a fake holding the whole graph has nothing to do for: every row.
                // GetItems()/FindRecords() returning a list of the entity: a bare list verb and a neutral plural name every
                // row, as Get() with a list result does (openhack-devops-proctor's IBaseStore<T>.GetItemsAsync()).
                // GetAllEmployee() returning a list of Employee: the singular after GetAll names the same rows (a much copied
                // tutorial's spelling; the list result says it is every row, not one). GetCoursesList()/GetCourseList()
                // returning a list of Course: the entity's name, then List, names the list of those rows (h-sample58); so does
                // the noun alone before List, ThreadList() (h-sample128).
                if (TypeFacts.SequenceResult(_context, candidate, _entity.Type, out reason) is { } sequence)
                {
                    if (candidate.Method is { } read && HandedQualifiedRows.Find(_context, _entity, read) is { } qualified)
                    {
                        // h-sample113: GetSyncJobsAsync() beside BackupInactiveJobsAsync(syncJobs) and RemoveInactiveJobsAsync(jobs).
                        var members = string.Join(" and ", qualified.Members.Select(static m => "'" + m + "'"));
                        return Fail("it would list every " + _entity.Name + ", but " + members + (qualified.Members.Count > 1 ? " are" : " is") + " handed " + TypeNames.Plural(_entity.Name)
                            + " and call" + (qualified.Members.Count > 1 ? "" : "s") + " them " + qualified.Qualifier + ", a condition no property of " + _entity.Name + " names and no member reads by name, so the "
                            + TypeNames.Plural(_entity.Name) + " this read hands out may be only the " + qualified.Qualifier + " ones, chosen by the real store's own query (a status, an age); write it (Store.Where(e => …) with that condition, or Store.All() if it is every row)",
                            out reason);
                    }

                    return new EntityGetAllOp(sequence);
                }

                if (Projections.NamesEntityRows(_context, candidate, _entity) && candidate.Result is { } listed
                    && (candidate.Shape == ReturnShape.AsyncEnumerable ? listed : TypeFacts.ElementType(_context.Known, TypeNames.Underlying(listed))) is { } element
                    && !TypeFacts.SameType(element, _entity.Type))
                {
                    // GetAllOrderSummaries()/GetAllOrders() returning a summary type: every entity, projected by member names (a query with no condition).
                    reason = null;
                    reported = true;
                    return QueryBinder.BindEquality(_context, candidate, _entity, _store, _unique, _indexed, QueryVerb.Select, verb, new List<BoundParameter>());
                }

                return null;
            }

            if ((Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || (_es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, _plural.Where(static p => p.Length > 0).ToArray())))
                && significant.Length == 1 && ParamsKeysList.IsParamsKeys(_entity, significant[0]))
            {
                // GetMany(params TId[]? ids): what no keys give is the NoKeysGiven setting's (Parsing/ParamsKeysList.cs).
                return ParamsKeysList.Plan(_context, candidate, _entity, significant[0], out reason);
            }

            if ((Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || (_es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, _plural.Where(static p => p.Length > 0).ToArray()))
                    || Conventions.Matches(verb, Conventions.PagedListVerbPrefixes, _plural))
                && QueryBinder.IsPaging(_context, significant))
            {
                // GetAllAsync(int take, int skip), ListAsync(pageIndex, pageSize), GetPagedAsync(pageNumber, pageSize): every entity, one page of them.
                reported = true;
                return QueryBinder.BindPaged(_context, candidate, _entity, _store, _unique, _indexed, verb, significant);
            }

            if ((Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || Conventions.Matches(verb, Conventions.PagedListVerbPrefixes, _plural))
                && QueryBinder.PageIndexProblem(significant) is { } pageIndexProblem)
            {
                return Fail(pageIndexProblem, out reason);
            }

            if ((Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || (_es.Length > 0 && Conventions.Matches(verb, Conventions.GetAllPluralPrefixes, _plural.Where(static p => p.Length > 0).ToArray()))
                    || Conventions.Matches(verb, Conventions.PagedListVerbPrefixes, _plural))
                && significant.Length == 1 && QueryBinder.PageRequestProblem(_context, significant[0]) is { } pageRequestProblem)
            {
                // GetAllAsync(QueryObject query) whose type carries filters or a sort beside PageNumber and PageSize (h-sample119).
                return Fail(pageRequestProblem, out reason);
            }

            if (significant.FirstOrDefault(static p => p.Type.SpecialType == SpecialType.System_String && Conventions.NameIn(p.Name, Conventions.SortingParameterNames)) is { } sorting
                && (Conventions.Matches(verb, Conventions.GetAllVerbs, _plural) || Conventions.StartsWithAny(verb, Conventions.PagedListVerbPrefixes)))
            {
                var paging = significant.Where(p => !SymbolEqualityComparer.Default.Equals(p, sorting)).ToArray();
                if (!QueryBinder.IsPaging(_context, paging))
                {
                    return Fail("parameter '" + sorting.Name + "' is a sort expression in a string (ABP's \"Name desc\"); the fake reads it beside paging parameters only (skipCount and maxResultCount…), and " + candidate.Symbol.Name + " takes others", out reason);
                }

                // ABP's GetPagedListAsync(skipCount, maxResultCount, sorting): the simple form of System.Linq.Dynamic.Core's
                // syntax ("Name desc, Price") read at run time over the orderable properties; anything else throws there.
                reported = true;
                var paged = QueryBinder.BindPaged(_context, candidate, _entity, _store, _unique, _indexed, verb, paging);
                return paged is null ? null : paged with { Query = paged.Query with { Sorting = QueryBinder.Sorting(_context, _entity, _store, TypeNames.Escape(sorting.Name)) } };
            }

            var bulk = BulkWrites.Plan(_context, candidate, _entity, significant, _plural, out reason);
            if (bulk is not null || reason is not null)
            {
                return bulk;
            }

            var range = Ranges(candidate, significant, out reason);
            if (range is not null || reason is not null)
            {
                return range;
            }

            var write = SingleEntityWrite(candidate, significant, out reason);
            if (write is not null || reason is not null)
            {
                return write;
            }

            var accessor = Accessor(candidate, significant, out reason);
            if (accessor is not null || reason is not null)
            {
                return accessor;
            }

            var specification = EntityQueries.Specification(_context, candidate, _entity, significant, out reason);
            if (specification is not null || reason is not null)
            {
                return specification;
            }

            var bulkFlag = BulkFlag(candidate, significant, out reason, out reported);
            if (bulkFlag is not null || reason is not null || reported)
            {
                return bulkFlag;
            }

            var markAs = MarkAs(candidate, significant, out reason);
            if (markAs is not null || reason is not null)
            {
                return markAs;
            }

            var increment = IncrementField(candidate, significant, out reason);
            if (increment is not null || reason is not null)
            {
                return increment;
            }

            var setField = SetField(candidate, significant, out reason);
            if (setField is not null || reason is not null)
            {
                return setField;
            }

            if (significant.Length == 1 && significant[0].IsParams && significant[0].Type is IArrayTypeSymbol { ElementType.SpecialType: SpecialType.System_Object }
                && NounAfter(verb, Conventions.FindVerbs) is { } findNoun && (findNoun.Length == 0 || IsBare(findNoun)))
            {
                // Find(params object[] keyValues): EF Core's DbSet.Find, which generic repositories pass their arguments on to.
                return KeyValuesFind(candidate, significant[0], out reason);
            }

            var original = OriginalCopies.Plan(candidate, _entity, significant, out reason);
            if (original is not null || reason is not null)
            {
                return original;
            }

            var tree = Hierarchy(candidate, significant, out reason, out reported);
            if (tree is not null || reason is not null || reported)
            {
                return tree;
            }

            var keyset = KeysetPage(candidate, significant, out reason, out reported);
            if (keyset is not null || reason is not null || reported)
            {
                return keyset;
            }

            var lookup = Lookup(candidate, out reason, out reported);
            if (lookup is not null || reason is not null || reported)
            {
                return lookup;
            }

            if (QueryNameParser.IsDerivedQueryName(verb))
            {
                // The binder reports why when it cannot (IMF0015 to IMF0019).
                reported = true;
                return InKeyListOrder(candidate, QueryBinder.BindDerived(_context, candidate, _entity, _store, _unique, _indexed));
            }

            if (EntityBeforeExistsBy(verb) is { } moved)
            {
                // PatientExistsByEmailAsync(email) (since h-sample124): the entity's name before Exists, as PatientExists(id)
                // puts it, then a derived query's By: read as ExistsPatientByEmail, whose subject is the entity.
                reported = true;
                return QueryBinder.BindDerived(_context, candidate.WithVerb(moved), _entity, _store, _unique, _indexed);
            }

            if (Conventions.Matches(verb, Conventions.CountVerbs, _counts) || Conventions.Matches(verb, Conventions.GetAllVerbs, _plural))
            {
                return Fail("its parameters name neither the key nor a property of " + EntityParameters.EntityDisplay(_entity), out reason);
            }

            if (candidate.Parameters.All(p => EntityParameters.IsIgnorable(_context, p)) && FlagQuery(verb) is { } flag
                && !(flag.ThroughAll && flag.Verb == QueryVerb.Select && TypeFacts.SameType(candidate.Result, _entity.Type)))
            {
                reported = true;
                return QueryBinder.BindFlag(_context, candidate, _entity, _store, _unique, _indexed, flag.Verb, flag.VerbWord, flag.Property, flag.Negated);
            }

            if (AmbiguousFlagWord(verb) is { } ambiguous)
            {
                return Fail(ambiguous, out reason);
            }

            if (NounAfter(verb, Conventions.SearchVerbs) is { } searched && (searched.Length == 0 || IsBare(searched) || IsPluralNoun(searched)))
            {
                // SearchAsync(string query), SearchPushNotifications(userId, criteria): no condition, property or filter the
                // conventions read (those are claimed above as SearchByTitle, a filter object or a predicate).
                return Fail("'" + verb + "' searches, and how a search matches (full text or a prefix, over which properties, ranked, or by a criteria object's own rules) is the store's own; name its conditions (SearchByTitleContaining, FindByTitleStartingWith), pass a filter whose properties name " + EntityParameters.EntityDisplay(_entity) + "'s, or write the member", out reason);
            }

            if (significant.Length == 0 && TypeFacts.SameType(candidate.Result, _entity.Type) && candidate.Shape != ReturnShape.AsyncEnumerable
                && (Conventions.IsOneOf(verb, Conventions.BareListVerbs) || (NounAfter(verb, Conventions.NewEntityVerbs) is { } newNoun && (newNoun.Length == 0 || IsBare(newNoun)))))
            {
                // Sitko.Core's GetAsync() (the first row of its configured query) and NewAsync() (a new instance, not stored).
                return Fail(Conventions.StartsWithAny(verb, Conventions.NewEntityVerbs)
                    ? "'" + verb + "' takes nothing and returns one " + EntityParameters.EntityDisplay(_entity) + ", and whether the new entity is stored (an insert with a generated key) or only made (Sitko.Core's NewAsync: Activator.CreateInstance, not stored) is the store's own; write the member"
                    : "'" + verb + "' takes nothing and returns one " + EntityParameters.EntityDisplay(_entity) + ", and which one (the first in some order, the only one, a default one) is the store's own; name it Single/SingleOrDefault (the only one), add a bool flag word (GetDefault for IsDefault), or write the member", out reason);
            }

            if (significant.Length == 0 && TypeFacts.SameType(candidate.Result, _entity.Type) && candidate.Shape != ReturnShape.AsyncEnumerable
                && NounAfter(verb, Conventions.AddVerbs) is { } made && NounAfter(made, Conventions.NewEntityVerbs) is { } madeNoun && (madeNoun.Length == 0 || IsBare(madeNoun)))
            {
                // CacheCow's CreateNewCar(): an add that is given nothing makes the whole entity itself (the next id, a random
                // number plate and year), so what it holds and whether it is stored are the store's own, as for New.
                return Fail("'" + verb + "' takes nothing and returns one new " + EntityParameters.EntityDisplay(_entity) + ", so the store makes the whole entity itself: what it holds (CacheCow's InMemoryCarRepository.CreateNewCar gives a car the next id, a random number plate and a random year) and whether it is stored (an insert with a generated key) or only made (Sitko.Core's NewAsync) are the store's own; write the member", out reason);
            }

            if (significant.Length == 0 && EntityNounAfterVerb(verb) is { } entityNoun)
            {
                return Fail(EntityNamedButNotWhich(verb, entityNoun.Head, entityNoun.Noun, entityNoun.Plural), out reason);
            }

            return Fail(KnownVerbLists.NotKnown(verb, v => KnownVerbLists.IsEntityVerb(v) || KnownVerbLists.EntityPatternsOf(v).Count > 0, KnownVerbLists.Entity,
                rest => AfterKnownHead(significant, verb.Substring(0, verb.Length - rest.Length), rest)), out reason);
        }

        /// <summary>
        /// A name that is a read verb (Get, Find, Load…) followed by the entity's own noun, singular or plural, and maybe
        /// neutral words (<c>GetCourse</c>, <c>GetCourseDetails</c>): the head, the noun and whether it is plural; else null.
        /// A member without parameters reaching the last refusal so is a known verb and noun, and what is unproven is which rows.
        /// </summary>
        private (string Head, string Noun, bool Plural)? EntityNounAfterVerb(string verb)
        {
            var words = VerbNouns.Words(verb);
            for (var count = words.Count - 1; count >= 1; count--)
            {
                var head = string.Concat(words.Take(count));
                if (!Conventions.IsOneOf(head, Conventions.FindVerbs))
                {
                    continue;
                }

                var end = words.Count;
                while (end > count + 1 && Conventions.IsOneOf(words[end - 1], Conventions.NeutralNounWords))
                {
                    end--;
                }

                var noun = string.Concat(words.Skip(count).Take(end - count));
                if (noun.Length > 0 && _plural.Contains(noun))
                {
                    return (head, noun, true);
                }

                if (noun.Length > 0 && _single.Contains(noun))
                {
                    return (head, noun, false);
                }
            }

            return null;
        }

        /// <summary>
        /// The refusal of a member named as a known verb and the entity (<c>Course GetCourse()</c>) that no convention read:
        /// the name is not the cause: nothing it takes says which row (session 36; before, "'GetCourse' is not a known verb: …
        /// 'Course' after it names neither Course (singular or plural)…", which contradicted itself).
        /// </summary>
        private string EntityNamedButNotWhich(string verb, string head, string noun, bool plural)
        {
            var e = EntityParameters.EntityDisplay(_entity);
            return "'" + verb + "' names " + (plural ? noun + " (" + e + " rows)" : e) + ", but nothing says which" + (plural ? " ones" : " one") + ": it takes no parameter (no key, no condition) and no other word of its name selects or orders (By{Property}, First, Latest, a bool flag such as Active), so which "
                + e + (plural ? " rows it means" : " it means") + " is the store's own; pass the key (" + head + _entity.Name + "(id)), name a condition (" + head + (plural ? TypeNames.Plural(_entity.Name) : _entity.Name) + "By{Property}), or write the member";
        }

        /// <summary>
        /// What follows a known verb in a name no convention reads (the "not a known verb: it starts with Get, which is one,
        /// but …" refusal), said for what those words are. Session 36 (h-refusals36): the words were said to name "neither
        /// Course (singular or plural)…" when they were Course (<c>Course GetCourse()</c>, whose cause is that no parameter
        /// says which course) or ended in it (<c>GetFeaturedProperties</c>: the entity's plural with a word in front that
        /// selects), and a head that the conventions read only in a pattern (<c>Set{Property}(key, value)</c>,
        /// <c>Increment{Property}(key)</c>) was not named as one at all ("'SetLogo' is not a known verb").
        /// </summary>
        private string AfterKnownHead(IParameterSymbol[] significant, string head, string rest)
        {
            var e = EntityParameters.EntityDisplay(_entity);
            var patterns = KnownVerbLists.IsEntityVerb(head) ? new List<string>() : KnownVerbLists.EntityPatternsOf(head);
            var patternNote = patterns.Count == 0 ? "" : "; " + head + " is read only as " + string.Join(", ", patterns);
            if (EntityParameters.PropertyNamed(_context, _entity, rest) is { } named)
            {
                return "names " + e + "." + named.Name + ", and its parameters or result fit no convention of a verb followed by a property (" + string.Join(", ", KnownVerbLists.EntityItems.Where(static i => i.Text.Contains("{Property}")).Select(static i => i.Text)) + ")";
            }

            var words = VerbNouns.Words(rest);
            var stripped = words.Count;
            while (stripped > 1 && Conventions.IsOneOf(words[stripped - 1], Conventions.NeutralNounWords))
            {
                stripped--;
            }

            var core = string.Concat(words.Take(stripped));
            if (core.Length > 0 && (_single.Contains(core) || _plural.Contains(core)))
            {
                // The entity's own noun after the head: IncrementTokenFamily(TokenFamily), ClearSession(sessionId).
                return patterns.Count > 0
                    ? "names " + e + " itself, not a property of it, so what it changes in a " + e + " is not said" + patternNote
                    : "names " + e + ", but " + (significant.Length == 0 ? "it takes no parameter, and no convention of " + head + " takes none here"
                        : "its parameters (" + string.Join(", ", significant.Select(static p => "'" + p.Name + "' (" + p.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")")) + ") fit no convention of " + head);
            }

            // The entity's name or plural at the end, with words in front of it (GetFeaturedProperties, CreateDefaultCollections),
            // the words as written and without neutral words after the noun (GetLicensedEndpointDetails).
            var names = new[] { _entity.Name, TypeNames.Plural(_entity.Name), TypeNames.IrregularPlural(_entity.Name) ?? _entity.Name };
            foreach (var end in new[] { words.Count, stripped }.Distinct())
            {
                for (var start = 1; start < end; start++)
                {
                    var tail = string.Concat(words.Skip(start).Take(end - start));
                    if (_entity.Name.Length == 0 || !names.Contains(tail))
                    {
                        continue;
                    }

                    var plural = tail != _entity.Name;
                    var frontWords = words.Take(start).ToList();
                    var preposition = frontWords.Count > 1 && Conventions.IsOneOf(frontWords[frontWords.Count - 1], Prepositions) ? frontWords[frontWords.Count - 1] : null;
                    var front = string.Concat(preposition is null ? frontWords : frontWords.Take(frontWords.Count - 1));
                    var frontProperty = EntityParameters.PropertyNamed(_context, _entity, front);
                    var parameterWord = significant.Any(p => VerbNouns.Words(p.Name.Length > 0 ? char.ToUpperInvariant(p.Name[0]) + p.Name.Substring(1) : p.Name).Any(w => string.Equals(w, front, StringComparison.OrdinalIgnoreCase)));
                    var frontSays = frontProperty is not null
                        ? "names " + e + "." + frontProperty.Name + ", but no convention reads it there " + (significant.Length == 0 ? "with no parameter" : "with these parameters")
                        : "names no property of " + e + (parameterWord ? "" : " nor a parameter");
                    if (preposition is not null && frontProperty is null && !plural && PartsList(front) is { } parts)
                    {
                        // AddMessageToRoomAsync(roomId, message) of a Room with List<Message> Messages (h-sample127): no property is
                        // named Message, but one holds them; the member changes that list in one row, which is its cause.
                        return "is '" + front + "' " + preposition.ToLowerInvariant() + " " + tail + ", and '" + front + "' is what " + e + "." + parts.Name + " ("
                            + parts.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ") holds, so it changes that list in one " + e + " and writes no " + e
                            + " row; how (a repeat kept or not, the order, a " + e + " that is not there) is the store's own, so write the member" + patternNote;
                    }

                    if (preposition is not null)
                    {
                        // ChangeVisibilityOfAccount: a thing of the entity, not a kind of it.
                        return "is '" + front + "' " + preposition.ToLowerInvariant() + " " + tail + ", and '" + front + "' " + frontSays + ", so what it reads or writes is not said" + patternNote;
                    }

                    var read = Conventions.IsOneOf(head, Conventions.FindVerbs) || Conventions.IsOneOf(head, Conventions.GetAllVerbs) || Conventions.IsOneOf(head, Conventions.CountVerbs)
                        || Conventions.IsOneOf(head, Conventions.ExistsVerbs) || Conventions.IsOneOf(head, Conventions.DeleteVerbs);
                    return "is " + tail + " with '" + front + "' in front, which " + frontSays
                        + (read
                            ? ", so which " + e + (plural ? " rows it means" : " it means") + " (a kind such as Default, a filter such as Featured or Expired, an order such as Latest) is the store's own; name a condition on a property (" + head + TypeNames.Plural(_entity.Name) + "By{Property}) or a bool flag (Get{Flag}" + TypeNames.Plural(_entity.Name) + " for Is{Flag}), or write the member"
                            : ", so what it writes (a kind such as Default or New, values the store sets itself) is not said")
                        + patternNote;
                }
            }

            return KnownVerbLists.AfterVerb(rest, new[] { _entity.Name, TypeNames.Plural(_entity.Name) }, "", "what it reads or writes is not said") is { } afterNoun && !afterNoun.StartsWith("is no noun", StringComparison.Ordinal)
                ? afterNoun + patternNote
                : "names neither " + e + " (singular or plural), a property of it, nor By and conditions on its properties, so what it reads or writes is not said" + patternNote;
        }

        /// <summary>Words that end a run of words in front of the entity's name as a place or an owner (<c>VisibilityOfAccount</c>).</summary>
        private static readonly string[] Prepositions = { "Of", "For", "On", "In", "To", "From", "With", "At" };

        /// <summary>
        /// A removal named <c>{Verb}{Part}From{Entity}</c> given the entity's key (<c>RemoveUserFromRoomAsync(string roomId,
        /// string userId)</c>, <c>RemoveMemberFromTeam(teamId, memberId)</c>; h-sample127, the chat-room repositories of its walk):
        /// the name says a part is taken from one row, the row the key names, and that row stays. Read as a removal of the rows
        /// its parameters match, it deleted the room itself whenever the room also had a property named after the part's
        /// parameter (a <c>UserId</c>: its creator), silently; without one it was refused for the part's parameter, a cause it
        /// does not have. The reason names the list of the entity that holds such parts when one does. Null for any other name:
        /// the part's words must name neither the entity nor be neutral, the words after <c>From</c> must be the entity's name
        /// (singular: one row), and a parameter must name the key by name and type; a removal whose <c>From</c> names a property
        /// the rows share (<c>RemoveProductFromCart(cartId, productId)</c> of a cart item with a <c>CartId</c>) removes rows.
        /// </summary>
        private string? PartTakenFromRow(MemberCandidate candidate, string noun)
        {
            var words = QueryNameParser.SplitWords(noun);
            var from = words.IndexOf("From");
            if (from <= 0 || from == words.Count - 1 || _entity.Keys.Count != 1)
            {
                return null;
            }

            var part = string.Concat(words.Take(from));
            var row = string.Concat(words.Skip(from + 1));
            if (!_single.Contains(row) || _single.Contains(part) || _plural.Contains(part) || words.Take(from).All(static w => Conventions.IsOneOf(w, Conventions.NeutralNounWords)))
            {
                return null;
            }

            var key = candidate.Parameters.FirstOrDefault(p => EntityParameters.NamesTheKey(_entity, p.Name) && TypeFacts.SameType(TypeNames.Underlying(p.Type), TypeNames.Underlying(_entity.KeyType)));
            if (key is null)
            {
                return null;
            }

            var e = EntityParameters.EntityDisplay(_entity);
            var list = PartsList(part);
            return "'" + candidate.Verb + "' takes " + NameWords.Article(part) + " " + part + " from " + NameWords.Article(e) + " " + e + ", the one '" + key.Name + "' names, which stays: it changes that row"
                + (list is null ? " (a list or a reference it holds)" : "'s " + list.Name + " (" + list.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")")
                + ", and removes no " + e + " row; which part it takes out (every match or the first, by which property), and what it does for " + NameWords.Article(e) + " " + e + " or " + NameWords.Article(part) + " " + part + " that is not there, is the store's own, so write the member";
        }


        /// <summary>
        /// The entity's collection property that holds things named <paramref name="part"/>: named its plural (<c>Users</c>,
        /// <c>Messages</c>), its plural key (<c>MemberIds</c>, <c>MemberKeys</c>), or holding elements of a type of that name; null
        /// when none, or several, do.
        /// </summary>
        private IPropertySymbol? PartsList(string part)
        {
            var plural = TypeNames.Plural(part);
            var lists = _context.PropertiesOf(_entity.Type)
                .Where(p => TypeFacts.EnumerableElement(p.Type) is { } element
                    && (p.Name == plural || Conventions.KeyListNouns.Any(nouns => p.Name == part + nouns) || TypeNames.Underlying(element).Name == part))
                .ToList();
            return lists.Count == 1 ? lists[0] : null;
        }

        /// <summary>
        /// Why a name's flag word is not read (<see cref="EntityParameters.NamedFlag"/>): it names a <c>bool</c> property and a
        /// member of an enum property alike (<c>GetActive()</c> of an account with <c>IsActive</c> and <c>Status.Active</c>); null
        /// when no word of the name does.
        /// </summary>
        private string? AmbiguousFlagWord(string name)
        {
            foreach (var word in QueryNameParser.SplitWords(name).Skip(1))
            {
                if (EntityParameters.NamedFlag(_context, _entity, word, out _, out var ambiguous) is null && ambiguous is not null && BoolFlag(word, out _) is { } flag)
                {
                    return "'" + word + "' in '" + name + "' names the bool " + flag.Name + " and a member of the enum " + ambiguous.Name + " of " + EntityParameters.EntityDisplay(_entity) + ", so which one it reads is not said";
                }
            }

            return null;
        }

        /// <summary>
        /// Generic methods the meaning of which the type parameters do not change: a specification's projection
        /// (<c>ListAsync&lt;TResult&gt;(ISpecification&lt;T, TResult&gt;)</c>) and a key of any type
        /// (<c>GetByIdAsync&lt;TId&gt;(TId id)</c>, converted to the key at run time).
        /// </summary>
        private OperationSpec? Generic(MemberCandidate candidate, IParameterSymbol[] significant, out string? reason, out bool reported)
        {
            reason = null;
            reported = false;
            var method = candidate.Method!;
            if (EntityQueries.IsProjection(candidate) && EntityQueries.Specification(_context, candidate, _entity, significant, out reason) is { } projection)
            {
                return projection;
            }

            if (reason is not null)
            {
                return null;
            }

            if (method.Arity == 1 && significant.Length == 1 && significant[0].Type is INamedTypeSymbol { Arity: 2 } func && KnownSymbols.Is(func, _context.Known.Func2)
                && func.TypeArguments[0] is INamedTypeSymbol source && KnownSymbols.Is(source, _context.Known.Queryable) && TypeFacts.SameType(source.TypeArguments[0], _entity.Type)
                && SymbolEqualityComparer.Default.Equals(func.TypeArguments[1], method.TypeParameters[0]) && SymbolEqualityComparer.Default.Equals(candidate.Result, method.TypeParameters[0]))
            {
                // ABP's T Query<T>(Func<IQueryable<TEntity>, T> queryMethod): the caller's query over the queryable.
                return new EntityQueryableFuncOp(TypeNames.Escape(significant[0].Name), _context.Known.EfAsyncQueryProvider is not null);
            }

            if (method.Arity == 1 && significant.Length == 1 && SymbolEqualityComparer.Default.Equals(significant[0].Type, method.TypeParameters[0])
                && _entity.Keys.Count == 1 && (EntityParameters.NamesTheKey(_entity, significant[0].Name) || NounAfter(candidate.Verb, Conventions.FindVerbs) is "ById" or "ByID" or "ByKey"))
            {
                var key = new KeySpec(new[] { new ArgumentRef(TypeNames.Escape(significant[0].Name), false, _context.Render(method.TypeParameters[0]), _context.RenderNotNull(_entity.KeyType)) });
                if (NounAfter(candidate.Verb, Conventions.FindVerbs) is not null)
                {
                    return FindByKey(candidate, key, out reason);
                }

                if (NounAfter(candidate.Verb, Conventions.DeleteVerbs) is not null)
                {
                    return DeleteResult(candidate, out var success, out reason, byKey: true) is { } deleted ? new EntityDeleteByKeyOp(key, deleted, success) : null;
                }

                if (NounAfter(candidate.Verb, Conventions.ExistsVerbs) is not null && TypeFacts.IsBool(candidate.Result))
                {
                    return new EntityExistsOp(key);
                }
            }

            if (QueryRunnerRule.Plan(_context, candidate, significant) is { } run)
            {
                return run;
            }

            if (method.Arity == 1 && Projection(candidate, significant, method.TypeParameters[0], out reason) is { } projected)
            {
                return projected;
            }

            if (reason is not null)
            {
                return null;
            }

            return Fail("generic methods are supported for a specification's projection, a selector (FilterBy<TResult>(predicate, selector)) and a key of any type (GetByIdAsync<TId>(TId id)); this one's type parameters" + RefusalText.WhereTypeParametersAppear(method) + " change what it means", out reason);
        }

        /// <summary>
        /// The out parameter of <c>bool TryGet[ById](key, out T entity)</c> (also TryFind, TryLoad, TryRead): the last
        /// parameter, <c>out</c>, of the entity type, in a method returning bool. Null for anything else.
        /// </summary>
        public static IParameterSymbol? TryFindOut(MemberCandidate candidate, EntityInfo entity)
        {
            var name = candidate.Verb;
            var parameters = candidate.Parameters;
            return candidate.Method is not null && candidate.Shape == ReturnShape.Sync && TypeFacts.IsBool(candidate.Result) && parameters.Length >= 2
                && TryFindPrefix(name) is not null
                && parameters[parameters.Length - 1] is { RefKind: RefKind.Out } last && TypeFacts.SameType(TypeNames.Underlying(last.Type), entity.Type)
                && parameters.Take(parameters.Length - 1).All(static p => TypeFacts.ReadsAsValue(p))
                ? last
                : null;
        }

        /// <summary>The verb a try-find starts with (TryGet, TryFind, TryLoad, TryRead), or null.</summary>
        private static string? TryFindPrefix(string name)
            => new[] { "TryGet", "TryFind", "TryLoad", "TryRead" }.FirstOrDefault(p => name.StartsWith(p, StringComparison.Ordinal));

        /// <summary>
        /// <c>bool TryGet(int id, out Order? order)</c>, <c>TryGetById</c>, <c>TryFind{Entity}</c>: a find by key whose result is
        /// whether it was found, the entity going to the out parameter (default when missing). The parameters before it
        /// must be the key, named as a find's are.
        /// </summary>
        private OperationSpec? TryFind(MemberCandidate candidate, IParameterSymbol found, out string? reason)
        {
            reason = null;
            var keys = candidate.Parameters.Take(candidate.Parameters.Length - 1).Where(p => !EntityParameters.IsIgnorable(_context, p)).ToArray();
            var noun = candidate.Verb.Substring(TryFindPrefix(candidate.Verb)!.Length);
            // TryGet, TryGetProduct, TryGetById, TryGetProductById, TryGetBy{Key}.
            var keyByName = false;
            var named = false;
            foreach (var entityWord in _single)
            {
                if (!noun.StartsWith(entityWord, StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = noun.Substring(entityWord.Length);
                if (rest.Length == 0)
                {
                    named = true;
                }
                else if (rest is "ById" or "ByID" or "ByKey" || (rest.StartsWith("By", StringComparison.Ordinal) && IsKeySuffix(rest.Substring(2))))
                {
                    named = keyByName = true;
                }
            }

            if (!named)
            {
                return Fail("'" + noun + "' in '" + candidate.Verb + "' is neither the entity (" + _entity.Name + ") nor By{Key}, so what it finds is not said; name it TryGet, TryGet" + _entity.Name + " or TryGetById", out reason);
            }

            var bound = EntityParameters.BindLookup(_context, _entity, keys, keyByName, out var problem);
            if (bound is null || !EntityParameters.IsKeyOnly(_entity, bound))
            {
                return Fail(problem ?? "the parameters before '" + found.Name + "' must be the key of " + EntityParameters.EntityDisplay(_entity), out reason);
            }

            if (NotNullOutRule.Problem(found, "Store.Find(" + string.Join(", ", keys.Select(static k => k.Name)) + ")") is { } notNullOut)
            {
                return Fail(notNullOut, out reason);
            }

            return new EntityTryFindOp(Key(bound), TypeNames.Escape(found.Name));
        }

        /// <summary>
        /// A read through a selector of the entity to the method's type parameter (<c>Expression&lt;Func&lt;T, TResult&gt;&gt;</c> or
        /// <c>Func&lt;T, TResult&gt;</c>), with at most one predicate: MongoDB repositories' <c>FilterBy&lt;TProjected&gt;(filter,
        /// projection)</c>, Arch.EntityFrameworkCore.UnitOfWork's <c>GetFirstOrDefaultAsync&lt;TResult&gt;(selector, predicate)</c>.
        /// A list of <c>TResult</c> projects every match (insertion order); a single <c>TResult</c> needs First in the name
        /// and is the first match's projection, or default. Null when no parameter is such a selector.
        /// </summary>
        private OperationSpec? Projection(MemberCandidate candidate, IParameterSymbol[] significant, ITypeParameterSymbol result, out string? reason)
        {
            reason = null;
            IParameterSymbol? selector = null;
            var selectorIsExpression = false;
            IParameterSymbol? predicate = null;
            var predicateKind = PredicateForm.None;
            foreach (var parameter in significant)
            {
                var type = TypeNames.Underlying(parameter.Type);
                var isExpression = KnownSymbols.Is(type, _context.Known.Expression) && type is INamedTypeSymbol;
                var func = isExpression ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
                if (KnownSymbols.Is(func, _context.Known.Func2) && func is INamedTypeSymbol f && TypeFacts.SameType(f.TypeArguments[0], _entity.Type)
                    && SymbolEqualityComparer.Default.Equals(f.TypeArguments[1], result) && selector is null)
                {
                    selector = parameter;
                    selectorIsExpression = isExpression;
                    continue;
                }

                if (TypeFacts.PredicateKind(_context.Known, parameter.Type, _entity.Type, out _) is var kind and not PredicateForm.None && predicate is null)
                {
                    predicate = parameter;
                    predicateKind = kind;
                    continue;
                }

                return selector is null ? null : Fail("parameter '" + parameter.Name + "' is neither the selector nor one predicate over " + EntityParameters.EntityDisplay(_entity) + " (an ordering or paging is not applied to a projection yet)", out reason);
            }

            if (selector is null)
            {
                return null;
            }

            var words = QueryNameParser.SplitWords(candidate.Verb);
            if (words.Count == 0 || !Conventions.PredicateVerbs.Any(v => v.Word == words[0] && v.Verb == QueryVerb.Select))
            {
                return Fail("a projection reads: name it Find, Get, Query, List, Filter, Where… ('" + candidate.Verb + "' is not such a verb)", out reason);
            }

            SequenceKind? sequence = null;
            if (candidate.Shape != ReturnShape.AsyncEnumerable && SymbolEqualityComparer.Default.Equals(candidate.Result, result))
            {
                if (!words.Contains("First"))
                {
                    return Fail("it returns one " + result.Name + ", so its name must say which match it projects (First, FirstOrDefault: the first match, or default)", out reason);
                }
            }
            else if (candidate.Shape == ReturnShape.AsyncEnumerable || TypeFacts.SequenceResult(_context, candidate, result, out _) is not { } kind2)
            {
                return Fail("a projection returns a list of " + result.Name + " (IEnumerable<" + result.Name + ">, List<" + result.Name + ">, an array…) or one " + result.Name, out reason);
            }
            else
            {
                sequence = kind2;
            }

            var optional = predicate is not null && TypeFacts.NullMeansNoFilter(predicate);
            return new EntityProjectionOp(TypeNames.Escape(selector.Name), selectorIsExpression, predicate is null ? null : TypeNames.Escape(predicate.Name), predicateKind == PredicateForm.Expression, optional, sequence);
        }

        /// <summary>
        /// <c>Is{Property}Unique(value)</c> / <c>Available</c> / <c>Free</c>: no entity has the value; <c>Is{Property}Taken</c> /
        /// <c>InUse</c> / <c>Used</c>, or <c>{Property}Exists</c> (<c>SlugExists(slug)</c>): some entity has it. The one
        /// parameter must name that property, and the result is bool; a second may name the key of the entity left out
        /// (<c>excludeUserId</c>: the edit form's "unique except this one").
        /// </summary>
        private OperationSpec? ValueUse(MemberCandidate candidate, IParameterSymbol[] significant, out string? reason)
        {
            reason = null;
            var name = candidate.Verb;
            string propertyName;
            bool negated;
            string? bareUsedWord = null;
            if (name.Length > 6 && name.EndsWith("Exists", StringComparison.Ordinal) && !name.StartsWith("Is", StringComparison.Ordinal))
            {
                // SlugExists(slug), EmailExists(email): some entity has the value.
                propertyName = name.Substring(0, name.Length - 6);
                negated = false;
            }
            else if (!NameWords.StartsWithWordAndMore(name, "Is") && Conventions.BareUsedValueWords.FirstOrDefault(w => name.Length > w.Length && name.EndsWith(w, StringComparison.Ordinal)) is { } used)
            {
                // NameInUseAsync(name) of Dapper.DDD.Repository's weather stations, EmailTaken(email) (since h-sample91): some
                // entity has the value, as Is{P}InUse asks. Of the key it is refused below: a category "in use" is one other
                // rows point at, which no signature shows.
                propertyName = name.Substring(0, name.Length - used.Length);
                negated = false;
                bareUsedWord = used;
            }
            else if (name.StartsWith("Is", StringComparison.Ordinal) && Conventions.UnusedValueWords.FirstOrDefault(w => name.StartsWith("Is" + w, StringComparison.Ordinal)) is { } leading
                && IsBare(name.Substring(2 + leading.Length)))
            {
                // IsUniqueUser(username) (the MagicVilla course): no entity has the value its one parameter names.
                propertyName = name.Substring(2 + leading.Length);
                negated = true;
            }
            else if (NameWords.StartsWithWordAndMore(name, "Is") && name.Length > 2 && IsBare(name.Substring(2)) && significant.Length > 0 && TypeFacts.IsBool(candidate.Result))
            {
                // IsFavoriteAsync(userId, productId) of a Favorite: whether one is stored with those values, as
                // FavoriteExists(userId, productId) asks; every parameter must name a property (or the key).
                var lookup = EntityParameters.BindLookup(_context, _entity, significant, keyByName: false, out var lookupProblem);
                if (lookup is null || lookup.Any(static b => b.Meaning == ParameterMeaning.Ignored || b.Bound is not null))
                {
                    return Fail(lookupProblem ?? "'" + name + "' asks whether " + EntityParameters.EntityDisplay(_entity) + " is stored with the values of its parameters, so each must be named after a property", out reason);
                }

                return QueryBinder.BindEquality(_context, candidate, _entity, _store, _unique, _indexed, QueryVerb.Exists, "Exists", lookup);
            }
            else
            {
                if (!NameWords.StartsWithWordAndMore(name, "Is"))
                {
                    return null;
                }

                var unused = Conventions.UnusedValueWords.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal));
                negated = unused is not null;
                var word = unused ?? Conventions.UsedValueWords.FirstOrDefault(w => name.EndsWith(w, StringComparison.Ordinal));
                if (word is null || name.Length <= 2 + word.Length)
                {
                    return null;
                }

                propertyName = name.Substring(2, name.Length - 2 - word.Length);
            }

            if (IsBare(propertyName))
            {
                // The entity's own noun (UserExists(email), IsUniqueUser(username)): the value's property is the one its
                // parameter names; the key (UserExists(id)) is the key check of the lookups.
                if (significant.Length == 0 || EntityParameters.PropertyNamed(_context, _entity, significant[0].Name) is not { } named || EntityParameters.IndexOfKey(_entity, named) >= 0)
                {
                    return null;
                }

                propertyName = named.Name;
            }

            // Any case: IsUsernameAvailable(username) of a UserName property.
            if (EntityParameters.PropertyNamed(_context, _entity, propertyName) is not { } property || !string.Equals(property.Name, propertyName, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            propertyName = property.Name;
            if (bareUsedWord is not null && EntityParameters.IndexOfKey(_entity, property) >= 0)
            {
                return Fail("'" + name + "' asks whether the " + propertyName + " it is given is " + (bareUsedWord == "Taken" ? "taken" : "in use") + ", and of the key that means other rows point at it (a category in use by products), which no signature shows; name it " + propertyName + "Exists if it asks whether " + EntityParameters.EntityDisplay(_entity) + " is stored", out reason);
            }

            // IsEmailUnique(email, excludeUserId): the value, and optionally the key of the entity being edited, left out.
            string? problem = null;
            var bound = significant.Length is 1 or 2 && TypeFacts.IsBool(candidate.Result) ? EntityParameters.BindLookup(_context, _entity, significant, keyByName: false, out problem) : null;
            if (problem is not null)
            {
                return Fail(problem, out reason);
            }

            if (bound is null || !TypeFacts.IsBool(candidate.Result)
                || bound.Count(static b => b.Meaning != ParameterMeaning.Ignored && b.Bound != QueryOperator.Not) != 1
                || bound.Count(static b => b.Bound == QueryOperator.Not) != significant.Length - 1)
            {
                return Fail("it asks whether a " + propertyName + " value is " + (negated ? "unused" : "used") + ", so it must take only that value (and, optionally, the key of an entity left out: excludeId) and return bool", out reason);
            }

            if (bound.First(static b => b.Meaning != ParameterMeaning.Ignored && b.Bound != QueryOperator.Not) is not { Property: { } valueProperty, Bound: null } || valueProperty.Name != propertyName)
            {
                return Fail("its parameter '" + significant[0].Name + "' must be named after " + propertyName, out reason);
            }

            var exists = QueryBinder.BindEquality(_context, candidate, _entity, _store, _unique, _indexed, QueryVerb.Exists, "Exists", bound);
            return exists is null ? null : exists with { Query = exists.Query with { Negated = negated } };
        }

        /// <summary>
        /// A lookup by key. An oblivious result (<c>#nullable disable</c>) says nothing about a missing entity; when the
        /// interface also has a FirstOrDefault/Find/…OrDefault lookup by key, its Get/Load/Single is the throwing one (ABP).
        /// </summary>
        private OperationSpec? KeyValuesFind(MemberCandidate candidate, IParameterSymbol values, out string? reason)
        {
            if (_entity.Keys.Count != 1)
            {
                return Fail("parameter '" + values.Name + "' gives the key as EF Core's Find(params object[]) does, in the order of the key's parts in the model's configuration, which the fake cannot see for a composite key; take one parameter per part (FindByIdAndTenantId)", out reason);
            }

            var found = Find(candidate, _entity, new KeySpec(new[] { Declarations.Argument(values) }), out reason);
            return found is EntityFindOp { Result: SingleResult.Nullable }
                ? new EntityFindByKeyValuesOp(TypeNames.Escape(values.Name), _context.RenderNotNull(_entity.KeyType))
                : found is null ? null : Fail("it returns the entity or null, as EF Core's Find does (a missing key, a null array or a null value finds nothing)", out reason);
        }

        private OperationSpec? FindByKey(MemberCandidate candidate, KeySpec key, out string? reason)
        {
            // A Find declared non-nullable is refused after planning, with every other lookup named to return null (NullFindingLookupRule).
            var found = Find(candidate, _entity, key, out reason);
            if (_getThrows && found is EntityFindOp { Result: SingleResult.Nullable } nullable && candidate.Result!.NullableAnnotation == NullableAnnotation.None
                && NounAfter(candidate.Verb, Conventions.ThrowingFindVerbs) is { } noun && (noun.Length == 0 || IsBare(noun) || noun is "ById" or "ByID" or "ByKey"))
            {
                return nullable with { Result = SingleResult.Required };
            }

            // Task<CustomerBasket> GetBasketAsync(customerId) of eShopOnDapr, whose Dapr state store returns default! for a
            // missing basket: the annotation says "never null", so only the stated setting makes a missing key default.
            return found is EntityFindOp { Result: SingleResult.Required } required && candidate.Result!.NullableAnnotation == NullableAnnotation.NotAnnotated
                && _context.Settings.MissingKeyReads == MissingKeyReads.Default
                ? required with { Result = SingleResult.DefaultWhenMissing }
                : found;
        }

        /// <summary>
        /// A lookup by predicate in an interface whose Find lookup by key returns null and whose Get/Load throws (ABP's
        /// <c>IRepository</c>): a bare <c>Get</c>/<c>Load</c> with an oblivious result throws the not-found error when nothing
        /// matches (ABP's EntityNotFoundException), and a bare <c>Find</c>/<c>Get</c> is single-match, as ABP documents both
        /// (<c>SingleOrDefault</c>: several matches throw <c>InvalidOperationException</c>).
        /// </summary>
        private EntityQueryOp? ThrowingWhenNone(MemberCandidate candidate, EntityQueryOp? op)
        {
            if (!_getThrows || op is not { Query.Kind: QueryKind.First })
            {
                return op;
            }

            var query = op.Query;
            if (query.Single == SingleResult.Nullable && candidate.Result is { NullableAnnotation: NullableAnnotation.None }
                && NounAfter(candidate.Verb, Conventions.ThrowingFindVerbs) is { } noun && (noun.Length == 0 || IsBare(noun)))
            {
                query = query with { Single = SingleResult.Required };
            }

            if (candidate.Verb is "Find" or "Get")
            {
                query = query with { SingleMatch = true };
            }

            return op with { Query = query };
        }

        /// <summary><c>Update(id, Action&lt;T&gt; change)</c>, <c>UpdateAsync(id, Func&lt;T, Task&gt; change)</c>: the caller's change to the stored entity.</summary>
        private EntityUpdateWithOp? UpdateWith(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            if (args.Length != 2 || !IsBare(NounAfter(candidate.Verb, Conventions.UpdateVerbs)) || args[1].Type is not INamedTypeSymbol change)
            {
                return null;
            }

            var isAction = change.Name == "Action" && change.Arity == 1 && TypeFacts.IsNamespace(change.ContainingNamespace, "System") && TypeFacts.SameType(change.TypeArguments[0], _entity.Type);
            var isAsync = KnownSymbols.Is(change, _context.Known.Func2) && TypeFacts.SameType(change.TypeArguments[0], _entity.Type) && KnownSymbols.Is(change.TypeArguments[1], _context.Known.Task);
            if (!isAction && !isAsync)
            {
                return null;
            }

            var bound = EntityParameters.BindLookup(_context, _entity, new[] { args[0] }, keyByName: true, out var problem);
            if (bound is null || !EntityParameters.IsKeyOnly(_entity, bound))
            {
                reason = problem ?? "its first parameter must be the key";
                return null;
            }

            if (isAsync && candidate.Shape == ReturnShape.Sync)
            {
                reason = "an asynchronous change needs an asynchronous member";
                return null;
            }

            if (Conventions.IsTryVerb(candidate.Verb))
            {
                // TryUpdate(id, change): a Try write answers false for a missing entity, which a change returning nothing or
                // the entity cannot say (it throws the not-found error).
                reason = "'" + candidate.Verb + "' is a Try write, which answers false for a missing " + _entity.Name + ", but a change of the stored entity returns nothing or the entity and throws the not-found error for a missing one; write the member";
                return null;
            }

            var returnsEntity = TypeFacts.SameType(candidate.Result, _entity.Type) && candidate.Shape != ReturnShape.AsyncEnumerable;
            if (!returnsEntity && !(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
            {
                reason = "it must return void or " + EntityParameters.EntityDisplay(_entity);
                return null;
            }

            return new EntityUpdateWithOp(Key(bound), TypeNames.Escape(args[1].Name), isAsync, returnsEntity);
        }

        /// <summary>AddRange/UpdateRange/UpsertRange/DeleteRange, also as a verb and a plural noun (<c>SaveChapters(IEnumerable&lt;Chapter&gt;)</c>).</summary>
        private OperationSpec? Ranges(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            var verb = candidate.Verb;
            var element = args.Length == 1 && TypeFacts.ReadsAsValue(args[0]) ? TypeFacts.EnumerableElement(args[0].Type) : null;
            var entities = element is not null && TypeFacts.SameType(element, _entity.Type);
            RangeKind? kind = null;
            if (Conventions.IsOneOf(verb, Conventions.AddRangeVerbs) || (entities && NounAfter(verb, Conventions.AddVerbs) is not null))
            {
                kind = RangeKind.Add;
            }
            else if (Conventions.IsOneOf(verb, Conventions.UpdateRangeVerbs) || (entities && NounAfter(verb, Conventions.UpdateVerbs) is not null))
            {
                kind = RangeKind.Update;
            }
            else if (Conventions.IsOneOf(verb, Conventions.UpsertRangeVerbs) || (entities && NounAfter(verb, Conventions.UpsertVerbs) is not null))
            {
                kind = RangeKind.Upsert;
            }
            else if (Conventions.IsOneOf(verb, Conventions.DeleteRangeVerbs) || ((entities || (element is not null && _es.Length > 0 && IsPluralNoun(NounAfter(verb, Conventions.DeleteVerbs)))) && NounAfter(verb, Conventions.DeleteVerbs) is not null)
                || (element is not null && !entities && IsBare(NounAfter(verb, Conventions.DeleteVerbs)) && EntityParameters.NamesTheKeys(_entity, args[0].Name)
                    && TypeFacts.KeyConvertible(_context, element, _entity.KeyType)))
            {
                kind = element is not null && !entities && TypeFacts.KeyConvertible(_context, element, _entity.KeyType) ? RangeKind.DeleteByKeys : RangeKind.DeleteEntities;
            }

            if (kind is null || (element is null && args.Length == 1 && !Conventions.IsOneOf(verb, Conventions.AddRangeVerbs)))
            {
                // DeleteRangeAsync(ISpecification<T> spec): not a collection, so a specification member, not a range.
                return null;
            }

            if (kind == RangeKind.Upsert && entities && !Conventions.IsOneOf(verb, Conventions.UpsertRangeVerbs)
                && NounAfter(verb, Conventions.UpsertVerbs) is { } allNoun && NameWords.StartsWithWord(allNoun, "All") && !TakesOneEntityElsewhere(candidate))
            {
                // SaveAllAsync(IEnumerable<Contact>) beside LoadAllAsync() of a JSON-file store (session 22): the whole
                // collection is the only write, so the store may be a snapshot that the write replaces (contacts left out
                // are gone), as file- and local-storage-backed stores do, or a repository that saves each (Spring Data's
                // saveAll, ServiceStack's StoreAll beside its Store(entity)); the name does not say which.
                return Fail("'" + verb + "' takes the whole collection and no member writes one " + _entity.Name + ", so it may replace everything stored with the "
                    + (args[0].Name) + " given (a file- or local-storage-backed store writes its snapshot: those left out are gone) or save each one (Spring Data's saveAll); "
                    + "the name does not say which; name it SaveRange (each one) or write it", out reason);
            }

            if (kind == RangeKind.DeleteByKeys)
            {
                if (RemovedEntities(candidate, element!, out var removedReason) is { } removed)
                {
                    return new EntityRangeOp(RangeKind.DeleteByKeys, Declarations.Argument(args[0]), removed);
                }

                if (removedReason is not null)
                {
                    reason = removedReason;
                    return null;
                }

                if (_context.Settings.MissingDelete == 2 && candidate.IsVoid && !TypeFacts.SameType(element!, _entity.KeyType))
                {
                    // MissingDelete = NotFound makes a void removal of several keys all or nothing, which compares each key with
                    // the stored ones; keys of another type than the key's would be converted first, which the fake does not do.
                    return Fail("MissingDelete = NotFound makes it fail as a whole when a key has no " + _entity.Name + ", which needs keys of the key type " + _entity.KeyType.ToDisplayString() + " itself; take those, or write it", out reason);
                }

                return CountOrVoid(candidate, out reason) is { } result ? new EntityRangeOp(RangeKind.DeleteByKeys, Declarations.Argument(args[0]), result) : null;
            }

            return Range(_context, candidate, _entity, kind.Value, element, out reason);
        }

        /// <summary>Whether a member of the interface other than <paramref name="candidate"/> takes one entity (an add, update, save or removal of one).</summary>
        private bool TakesOneEntityElsewhere(MemberCandidate candidate)
            => _context.Interface.GetMembers().Concat(_context.Interface.AllInterfaces.SelectMany(static i => i.GetMembers())).OfType<IMethodSymbol>()
                .Any(m => !SymbolEqualityComparer.Default.Equals(m, candidate.Symbol) && m.Parameters.Any(p => TypeFacts.SameType(p.Type, _entity.Type)));

        private bool IsPluralNoun(string? noun) => noun is not null && noun.Length > 0 && _plural.Contains(noun);

        /// <summary>
        /// A removal by a collection of keys that returns a sequence of the entity (FluentCMS's
        /// <c>Task&lt;IEnumerable&lt;TEntity&gt;&gt; DeleteMany(IEnumerable&lt;Guid&gt; ids)</c>): the entities it removed,
        /// as a removal by one key returns the one it removed; keys with no entity give nothing. Their order is the one a
        /// list by keys has, which the signature cannot say: <c>ByKeysOrder = Stored</c> (a <c>Where(ids.Contains)</c> query
        /// read before the removal, as FluentCMS's EF Core and MongoDB repositories do) is required, and the keys must be of
        /// the key type itself. Null when the result is not such a sequence (the count and void rules then apply); a reason
        /// when it is one that cannot be generated.
        /// </summary>
        private RangeResult? RemovedEntities(MemberCandidate candidate, ITypeSymbol element, out string? reason)
        {
            reason = null;
            if (candidate.IsVoid || TypeFacts.IsIntOrLong(candidate.Result) || candidate.Shape == ReturnShape.AsyncEnumerable
                || TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is not { } sequence)
            {
                return null;
            }

            if (!TypeFacts.SameType(element, _entity.KeyType))
            {
                reason = "it returns the removed " + EntityParameters.EntityDisplay(_entity) + " entities, and its keys must then be of the key type itself";
                return null;
            }

            if (_context.Settings.ByKeysOrder != 2)
            {
                reason = "it returns the " + EntityParameters.EntityDisplay(_entity) + " entities it removed by a collection of keys, and their order is the store's own (the table's, as a Contains query read before the removal gives them, or the keys'); state ByKeysOrder = ByKeysOrder.Stored on [InMemoryFake] when it is the table's (KeysGiven is not supported for removals), return the number removed, or write the member";
                return null;
            }

            return sequence == SequenceKind.Array ? RangeResult.Array : RangeResult.List;
        }

        /// <summary>
        /// The parameter of an update or delete that is the EXPECTED value of the entity's concurrency token: named as the token
        /// property (or <c>expected</c>/<c>original</c> + its name, <c>ifMatch</c> for an ETag), of its type, not the first
        /// parameter. Null when none; with a reason when one is named so but has no null default (then which value means
        /// "no check" is the store's own).
        /// </summary>
        private IParameterSymbol? ExpectedTokenParameter(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            // Only the bare verbs (or with the entity's name, or By…): UpdateVersion(id, version) sets a field (shape 20).
            var noun = NounAfter(candidate.Verb, Conventions.UpdateVerbs) ?? NounAfter(candidate.Verb, Conventions.DeleteVerbs);
            if (args.Length < 2 || noun is null || !(IsBare(noun) || noun.StartsWith("By", StringComparison.Ordinal)))
            {
                return null;
            }

            if (TokenProperty(_context, _entity.Properties, out _) is not { } token)
            {
                return null;
            }

            var names = new List<string> { token.Name, "Expected" + token.Name, "Original" + token.Name };
            if (token.Name.Equals("ETag", StringComparison.OrdinalIgnoreCase))
            {
                names.Add("IfMatch");
                names.Add("IfMatchETag");
            }

            for (var i = 1; i < args.Length; i++)
            {
                var parameter = args[i];
                if (!TypeFacts.ReadsAsValue(parameter) || !names.Any(n => n.Equals(parameter.Name, StringComparison.OrdinalIgnoreCase))
                    || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(parameter.Type), TypeNames.Underlying(token.Type)))
                {
                    continue;
                }

                var nullable = TypeNames.IsNullableValueType(parameter.Type) || (!parameter.Type.IsValueType && parameter.Type.NullableAnnotation != NullableAnnotation.NotAnnotated);
                if (!nullable || !parameter.HasExplicitDefaultValue || parameter.ExplicitDefaultValue is not null)
                {
                    reason = "'" + parameter.Name + "' is named as the expected value of the concurrency token " + token.Name + ", but it is not optional with a null default ("
                        + token.Type.ToDisplayString() + "? " + parameter.Name + " = null), so which value means no check (Azure Tables' ETag.All \"*\", EventStore's ExpectedVersion.Any) is the store's own";
                    return null;
                }

                if (token.SetMethod is null && !_entity.Type.IsRecord)
                {
                    reason = "'" + parameter.Name + "' is the expected value of the concurrency token " + token.Name + ", which has no setter the fake can bump";
                    return null;
                }

                return parameter;
            }

            return null;
        }

        /// <summary>An update of one entity or a removal by key, made conditional on the expected token; any other write is refused.</summary>
        private OperationSpec? WithExpectedToken(OperationSpec inner, IParameterSymbol expected, out string? reason)
        {
            reason = null;
            var name = TypeNames.Escape(expected.Name);
            switch (inner)
            {
                case EntityUpdateOp { ForKey: null, Success: null, MissingThrows: false, Result: EntityWriteResult.None or EntityWriteResult.Entity } update:
                    return update with { ExpectedToken = name };
                case EntityDeleteByKeyOp { Success: null, Result: EntityWriteResult.None } delete when _context.Settings.MissingDelete is 1 or 2:
                    return delete with { ExpectedToken = name }; // MissingDelete says what a missing entity gives
                case EntityDeleteByKeyOp { Success: null, Result: EntityWriteResult.None }:
                    // Datasync's DeleteAsync(id, version) throws 404 for a missing id; a plain void delete by key does nothing.
                    return Fail("'" + expected.Name + "' is the expected value of the concurrency token, but the removal returns nothing, so whether a missing entity is an error (Datasync's DeleteAsync throws 404)"
                        + " or nothing (as a removal by key that returns nothing is elsewhere) is the store's own; a removal that returns bool or a count says it (false or 0), or state it with MissingDelete on [InMemoryFake]", out reason);
                case EntityDeleteByKeyOp { Success: null, Result: EntityWriteResult.Bool or EntityWriteResult.Count } delete:
                    return delete with { ExpectedToken = name };
                default:
                    return Fail("'" + expected.Name + "' is the expected value of the concurrency token; the fake makes conditional only an update of one entity (returning nothing or the entity) and a removal by key (returning nothing, bool or a count), "
                        + "where a stale token is the concurrency error; with this shape which token wins, or what a stale one returns, is not said", out reason);
            }
        }

        /// <summary>Add/Update/Upsert/Delete of one entity, whatever noun follows the verb (<c>StoreUserConsent(consent)</c>).</summary>
        private OperationSpec? SingleEntityWrite(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            var verb = candidate.Verb;
            var entityParameter = args.Length == 1 && TypeFacts.ReadsAsValue(args[0]) && TypeFacts.SameType(args[0].Type, _entity.Type);
            var addNoun = NounAfter(verb, Conventions.AddVerbs);
            var updateNoun = NounAfter(verb, Conventions.UpdateVerbs);
            // SetCartAsync(ShoppingCart cart) (Skinet's Redis cart service: StringSetAsync(cart.Id, json)): Set given the entity
            // alone writes it whether or not it is stored, as a key-value SET does; Set with a key and a value stays a field setter.
            var upsertNoun = NounAfter(verb, Conventions.UpsertVerbs)
                ?? (entityParameter && NounAfter(verb, Conventions.SetVerbs) is { } setNoun && IsBare(setNoun) ? setNoun : null);
            var deleteNoun = NounAfter(verb, Conventions.DeleteVerbs);

            // The bare verbs (or verb + entity name) claim the member even when its parameters are wrong, to say why.
            var bare = IsBare(addNoun) || IsBare(updateNoun) || IsBare(upsertNoun);
            // UpdateHotelAsync(Hotel hotel, int id), UpdatePark(Park park, long parkId) (h-sample127): the entity first, then the
            // key by name and type, is the same update as the key first; only the order of the parameters differs, and the
            // generated code names them.
            var keyedArgs = args.Length == 2 && TypeFacts.ReadsAsValue(args[0]) && TypeFacts.SameType(args[0].Type, _entity.Type) && !TypeFacts.SameType(args[1].Type, _entity.Type)
                ? new[] { args[1], args[0] }
                : args;
            if (args.Length == 2 && (IsBare(updateNoun) || IsStandIn(updateNoun)) && TypeFacts.ReadsAsValue(keyedArgs[1]) && TypeFacts.SameType(keyedArgs[1].Type, _entity.Type)
                && EntityParameters.BindLookup(_context, _entity, new[] { keyedArgs[0] }, keyByName: false, out _) is { } keyBound && EntityParameters.IsKeyOnly(_entity, keyBound))
            {
                args = keyedArgs;
                // UpdateAsync(string id, Book updatedBook): the update of the entity the key names, which must be the entity's own key.
                // UpdateItemAsync(string id, T item) too (h-sample61: a Cosmos DB repository's Item stands for the entity), as
                // GetItemAsync(id), AddItemAsync(item) and DeleteItemAsync(id) already read.
                if (TryWriteProblem(candidate, removal: false, byKey: false) is { } tryKeyedProblem)
                {
                    return Fail(tryKeyedProblem, out reason);
                }

                if (MissingUpdateRule.Inserts(_context))
                {
                    // Session 38 (h-smoke38): the update by key makes the entity's own key equal the key given (the guard below, an
                    // unset generated key taking the given one), so a missing entity has one key to be stored under: the upsert
                    // by key (BroadcastDevelopmentKit's CosmosDbRepository.UpdateItemAsync(id, item): UpsertItemAsync). Before,
                    // refused as "which key is not said". A bool result stays refused, as for the update of the entity alone.
                    if (candidate.Result?.SpecialType == SpecialType.System_Boolean)
                    {
                        return Fail(MissingUpdateRule.KeyedBoolReason, out reason);
                    }

                    return WriteResult(candidate, allowKey: false, allowCount: false, out var keyedInsertSuccess, out reason) is { } keyedInsert
                        ? new EntityUpsertOp(Declarations.Argument(args[1]), keyedInsert, keyedInsertSuccess) { FromUpdate = true, ForKey = Key(keyBound), UnsetKeyTakesGiven = args[1].RefKind == RefKind.None }
                        : null;
                }

                if (MissingUpdateRule.OnlyWriteRefused(_context, _entity))
                {
                    return OnlyWriteIsUpdate(candidate, out reason);
                }

                return WriteResult(candidate, allowKey: false, allowCount: true, out var keyedSuccess, out reason) is { } keyedUpdate
                    ? MissingUpdateRule.Ignoring(_context, new EntityUpdateOp(Declarations.Argument(args[1]), OrNull(candidate, keyedUpdate), keyedSuccess) { ForKey = Key(keyBound), UnsetKeyTakesGiven = args[1].RefKind == RefKind.None }, Conventions.IsTryVerb(candidate.Verb))
                    : null;
            }

            if (args.Length == 2 && IsBare(updateNoun) && TypeFacts.ReadsAsValue(args[1]) && IsRequestObject(args[1].Type)
                && EntityParameters.BindLookup(_context, _entity, new[] { args[0] }, keyByName: false, out _) is { } patchedKey && EntityParameters.IsKeyOnly(_entity, patchedKey))
            {
                // UpdateAsync(int id, UpdateStockRequestDto stockDto): the request's values written onto the row the key names.
                return Patch(candidate, patchedKey, args[1], out reason);
            }

            if (args.Length >= 2 && IsBare(updateNoun) && AreLooseValues(args.Skip(1))
                && EntityParameters.BindLookup(_context, _entity, new[] { args[0] }, keyByName: false, out _) is { } looseKey && EntityParameters.IsKeyOnly(_entity, looseKey))
            {
                // Update(int id, string name, decimal price): the values written onto the row the key names.
                return UpdateFromParameters(candidate, looseKey, args.Skip(1).ToArray(), out reason);
            }

            if (args.Length == 2 && IsBare(deleteNoun) && TypeFacts.ReadsAsValue(args[1]) && TypeFacts.SameType(args[1].Type, _entity.Type)
                && EntityParameters.BindLookup(_context, _entity, new[] { args[0] }, keyByName: false, out _) is { } removedKey && EntityParameters.IsKeyOnly(_entity, removedKey))
            {
                // Delete(Guid id, Cart aggregate) (EventSourcing.NetCore's ElasticSearchRepository): the removal of the entity the key
                // names, which must be the entity's own key; what a missing one does is the removal by entity's (MissingDeleteRule).
                return DeleteResult(candidate, out var keyedRemovalSuccess, out reason) is { } keyedRemoval
                    ? new EntityDeleteEntityOp(Declarations.Argument(args[1]), keyedRemoval, keyedRemovalSuccess) { ForKey = Key(removedKey) }
                    : null;
            }

            if (args.Length == 2 && addNoun is not null && AddForOwner(candidate, addNoun, args, out reason) is { } forOwner)
            {
                return forOwner;
            }

            if (reason is not null)
            {
                return null;
            }

            if (!entityParameter && Conventions.AddOrGetNoun(verb) is not null && args.Length > 0)
            {
                // GetOrCreateAsync(string name): the entity it would create from a value (its key, its other properties) is the store's own.
                return Fail("an add-or-get is generated when it takes the entity itself (" + verb + "(" + EntityParameters.EntityDisplay(_entity) + " entity): the stored one for a taken key, else the one given, added); from "
                    + string.Join(", ", args.Select(static a => "'" + a.Name + "'")) + " the " + _entity.Name + " it creates (its key, its other values) is not said", out reason);
            }

            if (!entityParameter && args.Length == 1 && IsBare(updateNoun)
                && EntityParameters.BindLookup(_context, _entity, args, keyByName: false, out _) is { } touched && EntityParameters.IsKeyOnly(_entity, touched))
            {
                // CacheCow's bool UpdateCar(int id): the update is given the key alone, and sets the car's LastModified to now.
                return Fail("'" + verb + "' is given the key alone and no value to write, so what it changes in the " + EntityParameters.EntityDisplay(_entity)
                    + " it finds (CacheCow's InMemoryCarRepository.UpdateCar sets the car's LastModified to now; another store may bump a counter or a version) is the store's own; pass the "
                    + EntityParameters.EntityDisplay(_entity) + " (" + verb + "(" + EntityParameters.EntityDisplay(_entity) + " entity)), or the key and the value of the one property it sets (Set{Property}(key, value)), or write the member", out reason);
            }

            if (!entityParameter && args.Length == 1 && IsBare(addNoun) && TypeFacts.ReadsAsValue(args[0]) && IsRequestObject(args[0].Type))
            {
                // CreateCompany(CompanyForCreationDto company) (Code Maze's Dapper tutorial): a new entity from the request's values.
                return AddFromRequest(candidate, args[0], out reason);
            }

            if (!entityParameter && args.Length > 0 && IsBare(addNoun) && AreLooseValues(args))
            {
                // Add(string name, decimal price): a new entity from the values given, its key generated.
                return AddFromParameters(candidate, args, out reason);
            }

            if (!entityParameter)
            {
                return bare ? Fail("it must take one " + EntityParameters.EntityDisplay(_entity) + " parameter and nothing else the conventions know" + RefusalText.WhatItTakes(args) + RefusalText.IgnoreAdvice(_context.Known, args, _entity), out reason) : null;
            }

            var entity = Declarations.Argument(args[0]);
            if (Conventions.AddOrGetNoun(verb) is { } addOrGetNoun)
            {
                // AddOrGetOrderAsync(order) (eShopOnDapr: an insert whose duplicate-key error returns the stored order).
                if (UnprovenNounWord(candidate, addOrGetNoun, byKey: false) is { } unprovenAddOrGet)
                {
                    return UnprovenWrite(candidate, verb, unprovenAddOrGet, out reason);
                }

                return TypeFacts.SameType(candidate.Result, _entity.Type) && candidate.Shape != ReturnShape.AsyncEnumerable ? new EntityAddOp(entity, EntityWriteResult.Entity, null) { OrGet = true }
                    : Fail("an add that returns the stored entity when the key is taken must return " + EntityParameters.EntityDisplay(_entity) + " (the one added, or the one already stored); with another result which one it answers is not said", out reason);
            }

            if (Conventions.AddIfAbsentNoun(verb) is { } ifAbsentNoun)
            {
                // TryAdd(entity), AddIfNotExists(entity): add unless the key or a unique value is taken, never throwing for it.
                if (UnprovenNounWord(candidate, ifAbsentNoun, byKey: false) is { } unprovenIfAbsent)
                {
                    return UnprovenWrite(candidate, verb, unprovenIfAbsent, out reason);
                }

                return candidate.IsVoid ? new EntityAddOp(entity, EntityWriteResult.None, null) { IfAbsent = true }
                    : TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable ? new EntityAddOp(entity, EntityWriteResult.Bool, null)
                    : Fail("an add that skips a taken key returns nothing or bool (false when the key or a unique value is taken); whether another result is the new entity or the one already stored is not said", out reason);
            }

            // The longest verb decides (InsertOrUpdate is an upsert, not an insert of "OrUpdate"); every word of its noun must be
            // proven, so a word that makes the write conditional or of another kind is not dropped.
            var (noun, write) = new[] { (addNoun, WriteVerb.Add), (upsertNoun, WriteVerb.Upsert), (updateNoun, WriteVerb.Update), (deleteNoun, WriteVerb.Delete) }
                .Where(static w => w.Item1 is not null && !IsQuery(w.Item1))
                .OrderBy(static w => w.Item1!.Length)
                .FirstOrDefault();
            if (noun is null)
            {
                return null;
            }

            // The entity parameter's own name proves no word here: it is the caller's name for the entity, which may be a role
            // the store writes apart (Ombi's DeleteTv(EmbyContent tv) also removes the show's episodes, beside Delete(content)).
            if (UnprovenNounWord(candidate, Conventions.WithoutReturnedKeySuffix(noun), byKey: false, parameterNamesProve: false) is { } unprovenWrite)
            {
                return UnprovenWrite(candidate, verb, unprovenWrite, out reason, parameterNamesProve: false);
            }

            switch (write)
            {
                case WriteVerb.Add:
                    if (ReturnedStringKeyRule.Reason(candidate, _entity, StoreGivesStringKey) is { } handedOut)
                    {
                        return Fail(handedOut, out reason);
                    }

                    if (!candidate.IsVoid && candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.IsIntOrLong(candidate.Result) && SaveFlags.AnswersSaveCount(_context, candidate))
                    {
                        // AutoLot's int Add(T entity, bool persist = true): Table.Add(entity); return persist ? SaveChanges() : 0; the
                        // count is the save's (Parsing/SaveFlags), as the update's and removal's beside it are.
                        return new EntityAddOp(entity, EntityWriteResult.Count, null);
                    }

                    return WriteResult(candidate, allowKey: true, allowCount: false, out var addSuccess, out reason) is { } added ? new EntityAddOp(entity, added, addSuccess) : null;
                case WriteVerb.Upsert:
                    // InsertOrUpdateAndGetId (ABP) returns the key of the entity written, generated when it was new; so does an upsert
                    // declared to return the key type (Semantic Kernel's Task<TKey> UpsertAsync(record)), except a string one, which
                    // stores also return as the written version (an ETag), and an int one, which may be the rows written (WriteResult).
                    var returnsKey = Conventions.WithoutReturnedKeySuffix(noun).Length != noun.Length || _entity.KeyType.SpecialType != SpecialType.System_String;
                    if (Conventions.WithoutReturnedKeySuffix(noun).Length == noun.Length && !candidate.IsVoid && candidate.Shape != ReturnShape.AsyncEnumerable
                        && TypeFacts.IsIntOrLong(candidate.Result) && !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(candidate.Result!), _entity.KeyType) is var notKeyType
                        && (notKeyType || candidate.Result!.SpecialType == SpecialType.System_Int32))
                    {
                        // Task<int> SaveItemAsync(TodoItem item) (the .NET MAUI local-database tutorial over sqlite-net): ID != 0 ?
                        // UpdateAsync(item) : InsertAsync(item), the rows written, and 0 for a set ID with no row, which it does not
                        // store; the Xamarin.Forms sample it came from (int SaveItem) returns item.ID after the update; EF Core's
                        // Id == 0 ? Add : Update + SaveChanges fails for that ID; an InsertOrReplace stores it under it.
                        return Fail("an upsert that returns " + candidate.Result!.ToDisplayString() + " does not say what the number is, nor what a set key with no stored "
                            + _entity.Name + " does: the .NET MAUI tutorial's SaveItemAsync over sqlite-net (ID != 0 ? UpdateAsync : InsertAsync) answers the rows written, 1, and 0 for such a key without storing it;"
                            + " the Xamarin.Forms sample it came from (int SaveItem) answers the ID after an update and 1 after an insert; EF Core's Id == 0 ? Add : Update then SaveChanges fails for such a key with a concurrency error;"
                            + " an InsertOrReplace stores it under that key. Return void or the " + _entity.Name + ", name it …AndGetId for the key, or write the member"
                            + " (Store.Find(key) is null ? … : Store.Update(" + char.ToLowerInvariant(_entity.Name[0]) + _entity.Name.Substring(1) + "))", out reason);
                    }

                    var saved = WriteResult(candidate, allowKey: returnsKey, allowCount: false, out var upsertSuccess, out reason);
                    if (saved == EntityWriteResult.Bool)
                    {
                        // Task<bool> SaveAsync(customer): "created" in a dictionary-backed store, "wrote" in EF Core's SaveChangesAsync() > 0
                        // and a Dapper upsert's rows affected > 0 (true either way), "changed" where an unchanged row writes nothing.
                        return Fail("an upsert that returns bool does not say what true means: that it created the " + _entity.Name + " and false that it replaced one"
                            + " (a dictionary's add-or-update, MongoDB's ReplaceOne with IsUpsert answering UpsertedId != null), that it wrote (EF Core's SaveChangesAsync() > 0,"
                            + " a Dapper upsert's rows affected > 0, Redis's SET: true either way), or that something changed (false for a row stored unchanged);"
                            + " return void or the " + _entity.Name + ", or write the member", out reason);
                    }

                    return saved is { } written ? new EntityUpsertOp(entity, written, upsertSuccess) : null;
                case WriteVerb.Update:
                    if (TryWriteProblem(candidate, removal: false, byKey: false) is { } tryUpdateProblem)
                    {
                        return Fail(tryUpdateProblem, out reason);
                    }

                    if (MissingUpdateRule.Inserts(_context))
                    {
                        if (candidate.Result?.SpecialType == SpecialType.System_Boolean)
                        {
                            // h-review28: the Xamarin.Forms template's MockDataStore.UpdateItemAsync (AMBROSIA's, MauiSamples')
                            // replaces or appends and answers true either way, where the fake answered true only when it
                            // created the item (false for every stored one, silently); a Redis HSET answers true for a new
                            // field only, and a store that looks first answers whether it was there.
                            return Fail("under MissingUpdate = Insert an update that returns bool does not say what true means: that it created the " + _entity.Name
                                + " (a Redis HSET: true for a new field), that it wrote (the Xamarin.Forms template's MockDataStore.UpdateItemAsync: true either way),"
                                + " or that one was stored (false for one it inserted); return void or the " + _entity.Name + ", or write the member", out reason);
                        }

                        // MissingUpdate = Insert: the store's update writes a missing entity too (a Redis SET, an indexer write).
                        return WriteResult(candidate, allowKey: false, allowCount: false, out var insertingSuccess, out reason) is { } inserting ? new EntityUpsertOp(entity, inserting, insertingSuccess) { FromUpdate = true } : null;
                    }

                    if (MissingUpdateRule.OnlyWriteRefused(_context, _entity))
                    {
                        return OnlyWriteIsUpdate(candidate, out reason);
                    }

                    if (UpdateReturnsKey(candidate))
                    {
                        // EntityAxis' IUpdate<TEntity, TKey>.UpdateAsync(entity) returns entity.Id after the update (session 25).
                        return new EntityUpdateOp(entity, EntityWriteResult.Key, null);
                    }

                    return WriteResult(candidate, allowKey: false, allowCount: true, out var updateSuccess, out reason) is { } updated ? MissingUpdateRule.Ignoring(_context, new EntityUpdateOp(entity, OrNull(candidate, updated), updateSuccess), Conventions.IsTryVerb(candidate.Verb)) : null;
                default:
                    return DeleteResult(candidate, out var deleteSuccess, out reason) is { } deleted ? new EntityDeleteEntityOp(entity, deleted, deleteSuccess) : null;
            }
        }

        /// <summary>
        /// <c>CreateEmployeeForCompany(Guid companyId, Employee employee)</c> (the Code Maze repositories): the owner's key is set on
        /// the entity's foreign key (the property the key's parameter names, <c>CompanyId</c>: the owner's word plus Id/Key),
        /// then the entity is added — as the real repository's <c>employee.CompanyId = companyId; Create(employee)</c> does, on
        /// the caller's instance. Null when the name has no <c>For{Owner}</c>; a reason when the parameters do not fit.
        /// </summary>
        private OperationSpec? AddForOwner(MemberCandidate candidate, string noun, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            if (!TypeFacts.ReadsAsValue(args[1]) || !TypeFacts.SameType(args[1].Type, _entity.Type) || !TypeFacts.ReadsAsValue(args[0]))
            {
                return null;
            }

            var at = noun.IndexOf("For", StringComparison.Ordinal);
            var named = at >= 0 && noun.Length > at + 3 && char.IsUpper(noun[at + 3]) && IsBare(noun.Substring(0, at));
            var property = EntityParameters.PropertyNamed(_context, _entity, args[0].Name);
            string owner;
            if (named)
            {
                owner = noun.Substring(at + 3);
            }
            else if (IsBare(noun) && property is not null && EntityParameters.IndexOfKey(_entity, property) < 0 && ForeignKeyOwner(property.Name) is { } keyOwner)
            {
                // AddCourse(Guid authorId, Course course) (the Pluralsight course library: course.AuthorId = authorId; Courses.Add(course)):
                // with no For{Owner}, the bare add sets the foreign key its first parameter names exactly ({Owner}Id, not the key).
                owner = keyOwner;
            }
            else
            {
                return null;
            }

            if (property is null || EntityParameters.IndexOfKey(_entity, property) >= 0 || property.Name.Length <= owner.Length
                || !property.Name.StartsWith(owner, StringComparison.Ordinal) || !Conventions.IsOneOf(property.Name.Substring(owner.Length), Conventions.KeyWords))
            {
                return Fail("'" + args[0].Name + "' must name the foreign key of " + owner + " on " + EntityParameters.EntityDisplay(_entity) + " (" + owner + "Id), which the add sets", out reason);
            }

            if (property.SetMethod is null || !_context.IsAccessible(property.SetMethod) || property.SetMethod.IsInitOnly || _entity.Type.TypeKind == TypeKind.Struct)
            {
                return Fail(property.Name + " has no setter the add can set on the caller's instance", out reason);
            }

            if (!TypeFacts.Converts(_context, args[0].Type, property.Type))
            {
                return Fail("its owner key is " + args[0].Type.ToDisplayString() + ", but " + property.Name + " is " + property.Type.ToDisplayString(), out reason);
            }

            return WriteResult(candidate, allowKey: true, allowCount: false, out var success, out reason) is { } added
                ? new EntityAddOp(Declarations.Argument(args[1]), added, success) { SetOwner = new OwnerKeySpec(TypeNames.Escape(property.Name), TypeNames.Escape(args[0].Name)) }
                : null;
        }

        /// <summary>The owner a foreign key's name names (<c>AuthorId</c> → <c>Author</c>: a name before a key word), or null.</summary>
        private static string? ForeignKeyOwner(string name)
            => Conventions.KeyWords.Where(w => name.Length > w.Length && name.EndsWith(w, StringComparison.Ordinal)).Select(w => name.Substring(0, name.Length - w.Length)).FirstOrDefault();

        private enum WriteVerb
        {
            Add,
            Upsert,
            Update,
            Delete,
        }

        private bool IsBare(string? noun) => noun is not null && _single.Contains(noun);

        /// <summary>A word that stands for the entity (<see cref="Conventions.EntityStandInNouns"/>: <c>Item</c>, <c>Entity</c>…), singular.</summary>
        private static bool IsStandIn(string? noun) => noun is not null && Conventions.IsOneOf(noun, Conventions.EntityStandInNouns) && !noun.EndsWith("s", StringComparison.Ordinal);

        /// <summary>
        /// Who made the interface a repository, for a refusal that says so: its members, or <c>Kind = EntityRepository</c> when
        /// the attribute (or the reading under it a key-value store's refusal quotes, session 40) states the kind.
        /// </summary>
        private string MadeRepositoryBy()
            => _context.Settings.ForcedKind == StoreKindModel.EntityRepository ? "Kind = StoreKind.EntityRepository made" : "the members made";

        /// <summary>
        /// Why a lookup whose result is a class other than the entity is refused (OnlyOffice's <c>Schedule
        /// GetBackupSchedule(int tenantId)</c> on a repository of <c>BackupRecord</c>): said as the other type, not as
        /// "which BackupRecord it selects" (session 26). Null when the result is the entity, a list of it, or no class.
        /// </summary>
        private string? OtherResultType(MemberCandidate candidate)
        {
            if (candidate.Result is not { } result)
            {
                return null;
            }

            var type = TypeNames.Underlying(candidate.Shape == ReturnShape.AsyncEnumerable ? result : TypeFacts.ElementType(_context.Known, TypeNames.Underlying(result)) ?? result);
            if (KeysOfKeys(candidate, type) is { } keys)
            {
                return keys;
            }

            if (type.TypeKind == TypeKind.Interface && !TypeFacts.SameType(type, _entity.Type) && type.Locations.Any(static l => l.IsInSource))
            {
                return InterfaceResult(type);
            }

            if (type.TypeKind != TypeKind.Class || !TypeFacts.IsEntityCandidateType(type) || TypeFacts.SameType(type, _entity.Type) || !type.Locations.Any(static l => l.IsInSource))
            {
                return null;
            }

            var e = EntityParameters.EntityDisplay(_entity);
            return "it returns " + type.Name + ", not " + e + ": " + MadeRepositoryBy() + " " + _context.InterfaceName + " a repository of " + e + ", whose one table holds no " + type.Name
                + (EntityInfo.TryGet(_context, type) is null
                    ? " rows, and " + type.Name + " has no key, so the fake keeps no table of it either (a repository of several entity types keeps one per type it writes that has a key: docs/generator.md#repositories-of-several-entity-types)"
                    : " rows") + "; write the member";
        }

        /// <summary>
        /// Why a lookup whose result is an interface of the compilation other than the entity is refused (h-sample112:
        /// DotNetWorkQueue's <c>IContainer GetQueueContainer(Guid queueId)</c> and <c>IQueueMaintenanceService
        /// GetMaintenanceService(Guid queueId)</c> beside <c>DashboardQueueInfo FindQueue(Guid queueId)</c>): the fake keeps
        /// rows of classes, records and structs it can create and copy, never of an interface, and what such a member hands
        /// out (a DI container, a running service, a client) is made by the real store's code. Before, it was refused as an
        /// unproven word of its name ("'Container' … names neither the entity"), whose rename would select entity rows.
        /// </summary>
        private string InterfaceResult(ITypeSymbol type)
        {
            var e = EntityParameters.EntityDisplay(_entity);
            var name = type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat);
            return "it returns " + name + ", an interface, not " + e + ": " + MadeRepositoryBy() + " " + _context.InterfaceName + " a repository of " + e + ", whose one table holds no " + name
                + " rows, and a fake keeps no table of an interface (it can neither create nor copy one), so what it hands out (a service, a container, a client the real store makes) is the test's own; write the member";
        }

        /// <summary>
        /// The refusal of a lookup's result, said before its parameters' (h-sample112), or null: a result that is an interface
        /// of the compilation other than the entity is refused whatever the parameters are named, so naming them would send
        /// the user renaming a parameter for nothing. Only an interface: a class result keeps the parameters' refusal (on the
        /// corpus, 23 such members in 11 files would change their message; docs/generator-rounds.md, h-sample112, Left).
        /// </summary>
        private string? ForeignResultBeforeParameters(MemberCandidate candidate)
        {
            if (candidate.Result is not { } result)
            {
                return null;
            }

            var type = TypeNames.Underlying(candidate.Shape == ReturnShape.AsyncEnumerable ? result : TypeFacts.ElementType(_context.Known, TypeNames.Underlying(result)) ?? result);
            return type is INamedTypeSymbol { TypeKind: TypeKind.Interface } named && !TypeFacts.SameType(named, _entity.Type) && named.Locations.Any(static l => l.IsInSource)
                ? InterfaceResult(named)
                : null;
        }

        /// <summary>
        /// The refusal of a lookup that returns a single value (a <c>string</c>, a number, a <c>Guid</c>, an enum) whose name's
        /// noun names no property of the entity, said before its parameters' (session 36, h-sample113's Left:
        /// GroupMembershipManagement's <c>Task&lt;string&gt; GetGroupNameAsync(Guid groupId)</c> on a repository of
        /// <c>SyncJob</c> was refused naming <c>TargetOfficeGroupId</c> as the parameter's nearest property, a rename that would
        /// not help: what it returns is neither a row nor a property's value, which the real member asks another service for).
        /// Null when the result is no such value, the noun is empty, or it names a property (<c>GetPetNameById(id)</c>, a
        /// property's read by key, keeps the parameters' refusal).
        /// </summary>
        private string? ValueResultBeforeParameters(MemberCandidate candidate, string noun)
        {
            if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable || noun.Length == 0)
            {
                return null;
            }

            var type = TypeNames.Underlying(result);
            var valueLike = type.SpecialType is not (SpecialType.None or SpecialType.System_Object or SpecialType.System_Void) || type.TypeKind == TypeKind.Enum
                || type is INamedTypeSymbol { Name: "Guid" or "DateTimeOffset" or "DateOnly" or "TimeOnly" or "TimeSpan" or "Uri" };
            var words = VerbNouns.Words(noun).Where(w => !Conventions.IsOneOf(w, Conventions.NeutralNounWords) && !_nouns.Contains(w)).ToList();
            if (!valueLike || words.Count == 0 || EntityParameters.PropertyNamed(_context, _entity, noun) is not null || EntityParameters.PropertyNamed(_context, _entity, string.Concat(words)) is not null)
            {
                return null;
            }

            var e = EntityParameters.EntityDisplay(_entity);
            return "it returns " + type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ", neither " + e + " nor a property of it: '" + noun + "' names no property of " + e
                + " (a lookup hands out a row, or the value of the property its name names: Get{Property}(key)), so what it reads (a value the real store computes by a rule of its own, or keeps elsewhere: another service's, a table of its own) is not said; write the member";
        }

        /// <summary>
        /// Why a member that takes a collection of the entity's keys and returns keys (mkasperczyk90/Warehouse's
        /// <c>Task&lt;IReadOnlyCollection&lt;ProductCode&gt;&gt; FindUnknownAsync(IReadOnlyCollection&lt;ProductCode&gt; codes)</c>,
        /// h-sample101) is refused: said as the question it asks of the keys given, not as rows of the key's type (the
        /// message said the fake keeps no table of <c>ProductCode</c>, as if a key on it would help) nor as an unproven
        /// word to rename away (a <c>FindBy…</c> rename would select rows). Which of the keys given are stored is the
        /// store's question, but whether a key given twice comes back twice and in which order each store answers its own
        /// way (LINQ's <c>Except</c> answers each key once in the order given, <c>Where(!found.Contains)</c> keeps repeats,
        /// a <c>HashSet</c> has no order), and whether the unknown or the known keys are asked for only the name says.
        /// Null when the result's elements are not the key type or no parameter is a collection of keys.
        /// </summary>
        private string? KeysOfKeys(MemberCandidate candidate, ITypeSymbol element)
        {
            if (!TypeFacts.SameType(element, _entity.KeyType)
                || candidate.Parameters.FirstOrDefault(p => TypeFacts.ElementType(_context.Known, TypeNames.Underlying(p.Type)) is { } given && TypeFacts.SameType(TypeNames.Underlying(given), _entity.KeyType)) is not { } keys)
            {
                return null;
            }

            var e = EntityParameters.EntityDisplay(_entity);
            return "it answers keys of " + e + " (" + _entity.KeyType.Name + ") for the keys in '" + keys.Name + "', not rows: which of them are stored is the fake's to tell, "
                + "but whether a key given twice comes back twice, in which order, and in what form each store answers its own way (LINQ's Except answers each once in the order given, "
                + "a Where over them keeps repeats, a HashSet has no order; a store may normalize them), and no signature says which; write the member over Store.Exists(key) "
                + "(" + keys.Name + ".Distinct().Where(k => !Store.Exists(k)).ToList() for the keys not stored, as Except answers)";
        }

        /// <summary>
        /// Why a write of the entity into another type (<c>Book AddReviewToBook(Review review)</c>, h-sample86: EF Core in
        /// Action's <c>AddReviewService</c> loads the Book of <c>review.BookId</c> with Single, adds the review to
        /// <c>Book.Reviews</c> and returns the Book) is refused: said as the type it names, which the member returns or the
        /// entity points at (a <c>{Type}Id</c> or a <c>{Type}</c> property), not as "'To' names neither the entity…; rename
        /// it (AddReview…)", whose rename would store a review of a missing book. Null when the words after To or Into name no
        /// such type.
        /// </summary>
        private string? IntoOtherType(MemberCandidate candidate, string verb, string word)
        {
            // In and On are left out: UpdateOrderInStore(order) may mean the store itself, where the rename the other refusal
            // offers is right; To and Into say where the entity goes.
            if (word is not ("To" or "Into"))
            {
                return null;
            }

            var words = VerbNouns.Words(verb);
            var at = words.IndexOf(word);
            if (at < 1 || at + 1 >= words.Count)
            {
                return null;
            }

            var target = string.Concat(words.Skip(at + 1));
            var result = candidate.Result is { } r ? TypeNames.Underlying(r) : null;
            var returned = result is INamedTypeSymbol { TypeKind: TypeKind.Class } && result.Name == target && !TypeFacts.SameType(result, _entity.Type);
            var pointer = _entity.Type is ITypeParameterSymbol ? null
                : _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Name == target + "Id" || (p.Name == target && TypeNames.Underlying(p.Type).Name == target));
            if (!returned && pointer is null)
            {
                return null;
            }

            var e = EntityParameters.EntityDisplay(_entity);
            var shows = returned && pointer is not null ? "it returns a " + target + ", and " + _entity.Type.Name + "." + pointer.Name + " points at one"
                : returned ? "it returns a " + target
                : _entity.Type.Name + "." + pointer!.Name + " points at one";
            return "'" + string.Concat(words.Skip(at)) + "' in '" + verb + "' names " + target + ", a type other than " + e + " (" + shows + "): it writes the " + e + " into a " + target
                + ", which a real store may load first and fail for when it is missing (a Single over the " + target + " rows, a foreign key) to add to its collection"
                + (returned ? " and return it" : "") + "; this repository of " + e + " keeps no " + target + " rows, and an add of the " + e + " alone would store one whose " + target
                + " does not exist; write the member";
        }

        /// <summary>
        /// Why an either-or write the conventions do not know (<c>CreateOrUpdate…</c>, Azure Tables' <c>InsertOrMerge</c>)
        /// is refused: said as the two branches, not as "'Or' names neither the entity…", which read as if Or were a noun
        /// (session 26). Null when <paramref name="verb"/> has no second verb after Or.
        /// </summary>
        private string? EitherOrWrite(string verb)
        {
            var words = VerbNouns.Words(verb);
            var or = words.IndexOf("Or");
            if (or < 1 || or + 1 >= words.Count)
            {
                return null;
            }

            var first = string.Concat(words.Take(or));
            var second = words[or + 1];
            var rest = string.Concat(words.Skip(or + 2));
            var e = EntityParameters.EntityDisplay(_entity);
            return "'" + verb + "' is " + first + " or " + second + (rest.Length == 0 ? "" : " and then '" + rest + "'") + ", an either-or write the conventions read only as AddOrUpdate, InsertOrUpdate or Upsert (the whole "
                + e + " stored, replacing a stored one of its key); whether it stores the " + e + " given whole, merges it into the stored row (Azure Table Storage's InsertOrMerge keeps the properties the entity leaves unset) or writes a row of its own made from it (Microsoft's Teams samples' CreateOrUpdate…Async) is not said"
                + (rest.Length == 0 || rest == _entity.Name || rest == TypeNames.Plural(_entity.Name) ? "" : ", nor whether '" + rest + "' is " + e)
                + "; if it stores the one given whole, name it Upsert" + (rest.Length == 0 ? "" : _entity.Name) + ", else write the member";
        }

        /// <summary>
        /// The refusal of an update that is the interface's only write. Its fix names every <c>MissingUpdate</c> value that
        /// would lift it: <c>Ignore</c> too when the update returns nothing (the only shape that value governs), since a
        /// store seeded from elsewhere may skip an update of a row it does not hold (AZ-2007's JSON-file
        /// <c>JsonPatronRepository.UpdatePatron</c>, h-sample54); before, the message named only <c>Insert</c> and <c>NotFound</c>.
        /// </summary>
        private OperationSpec? OnlyWriteIsUpdate(MemberCandidate candidate, out string? reason)
            => Fail("no member of the interface creates " + EntityParameters.EntityDisplay(_entity) + " (no Add, Insert, Create, Save, Upsert or Store takes one), so '"
                + candidate.Symbol.Name + "' is how one gets in, and whether it creates a missing " + EntityParameters.EntityDisplay(_entity)
                + " (a Redis SET: the basket repositories of eShop and aspnetrun) or fails (EF Core's Update, a SQL UPDATE) is the store's own; name it Save or Upsert when it creates, or state it on [InMemoryFake]: MissingUpdate = MissingUpdate.Insert (it stores a missing one)"
                + (candidate.IsVoid
                    ? ", MissingUpdate = MissingUpdate.NotFound (it fails) or MissingUpdate = MissingUpdate.Ignore (it does nothing: a store seeded from elsewhere that skips a row it does not hold)"
                    : " or MissingUpdate = MissingUpdate.NotFound (it fails)"), out reason);

        private OperationSpec? UnprovenWrite(MemberCandidate candidate, string verb, string word, out string? reason, bool parameterNamesProve = true)
            => word == "Or" && EitherOrWrite(verb) is { } eitherOr ? Fail(eitherOr, out reason)
                : IntoOtherType(candidate, verb, word) is { } into ? Fail(into, out reason)
                : Fail("'" + word + "' in '" + verb + "' names neither the entity (" + _entity.Name + (parameterNamesProve ? "), the interface nor a parameter" : ") nor the interface (the entity parameter's name is the caller's name for it, which may be a role the store writes apart)") + ", so what it changes in the write (a condition such as IfChanged, a kind such as Soft or Permanently) cannot be proven; rename it (Add" + _entity.Name + ", Update" + _entity.Name + ")", out reason);

        /// <summary>
        /// A read by a collection of keys returning a dictionary by key (<c>Task&lt;IReadOnlyDictionary&lt;Guid, Product&gt;&gt;
        /// GetByIdsAsync(IReadOnlyList&lt;Guid&gt; ids)</c>, as GraphQL DataLoaders call a repository): the entities found, each under
        /// its key. A dictionary has no order to get wrong, so unlike a list by keys (IMF0018) it needs no setting. The read
        /// verb may be bare or followed by <c>Many</c>, <c>Batch</c>, the entity's plural or <c>ByIds</c>; the parameter must be
        /// a collection of the key type named as keys (<c>ids</c>, <c>keys</c>, <c>productIds</c>) unless the name says <c>ByIds</c>.
        /// </summary>
        private EntityKeyMapOp? KeyMap(MemberCandidate candidate, IParameterSymbol[] significant)
        {
            if (significant.Length != 1 || _entity.Keys.Count != 1 || candidate.Shape == ReturnShape.AsyncEnumerable || candidate.Result is not INamedTypeSymbol { Arity: 2 } map
                || NounAfter(candidate.Verb, Conventions.FindVerbs) is not { } noun)
            {
                return null;
            }

            var definition = map.OriginalDefinition;
            var known = _context.Known;
            if (!(SymbolEqualityComparer.Default.Equals(definition, known.IDictionary) || SymbolEqualityComparer.Default.Equals(definition, known.IReadOnlyDictionary)
                    || SymbolEqualityComparer.Default.Equals(definition, known.Dictionary))
                || !SymbolEqualityComparer.Default.Equals(map.TypeArguments[0], _entity.KeyType) || !TypeFacts.SameType(map.TypeArguments[1], _entity.Type))
            {
                return null;
            }

            var byKeys = false;
            foreach (var suffix in new[] { "ByIds", "ByKeys", "By" + _entity.Keys[0].Name + "s" })
            {
                if (noun.EndsWith(suffix, StringComparison.Ordinal))
                {
                    noun = noun.Substring(0, noun.Length - suffix.Length);
                    byKeys = true;
                    break;
                }
            }

            var keys = significant[0];
            if (!(noun.Length == 0 || noun is "Many" or "Batch" || IsPluralNoun(noun))
                || keys.Type.SpecialType == SpecialType.System_String || TypeFacts.EnumerableElement(keys.Type) is not { } element
                || !SymbolEqualityComparer.Default.Equals(element, _entity.KeyType) || !(byKeys || EntityParameters.NamesTheKeys(_entity, keys.Name)))
            {
                return null;
            }

            return new EntityKeyMapOp(TypeNames.Escape(keys.Name), keys.Name, _entity.KeyType.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), TypeNames.IsNullableValueType(map.TypeArguments[1]));
        }

        /// <summary>
        /// Whether a write's noun starts with a query word (<c>ByEmail</c>, <c>AllTodos</c>, <c>Range</c>, <c>Many</c>,
        /// <c>Where</c>) as a whole word: an entity whose name only begins with those letters (<c>Allergy</c>,
        /// <c>Allocation</c>, <c>Ranger</c>) is its noun (<c>AddAllergy(allergy)</c> was "not a known verb" before session 21).
        /// </summary>
        private static bool IsQuery(string noun)
            => NameWords.StartsWithWord(noun, "By") || NameWords.StartsWithWord(noun, "All") || NameWords.StartsWithWord(noun, "Range") || NameWords.StartsWithWord(noun, "Many") || NameWords.StartsWithWord(noun, "Where");

        /// <summary>
        /// Per-property accessors: <c>GetEmail(user)</c>, <c>SetNormalizedUserName(user, value)</c>, <c>HasPassword(user)</c>,
        /// <c>IncrementAccessFailedCount(user)</c>, <c>ResetAccessFailedCount(user)</c> — on the entity passed in.
        /// </summary>
        private OperationSpec? Accessor(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            if (args.Length is < 1 or > 2 || !TypeFacts.ReadsAsValue(args[0]) || !TypeFacts.SameType(args[0].Type, _entity.Type))
            {
                return null;
            }

            if (args.Length == 1 && Conventions.IsOneOf(candidate.Verb, Conventions.CountVerbs))
            {
                // GetCount(T entity) (AdlerZentrum's IGenericRepositoryAsync<T>) is no accessor of a 'Count' property: a count
                // given a row says nothing of which rows it counts.
                return Fail("it counts, and its parameter '" + args[0].Name + "' is " + EntityParameters.EntityDisplay(_entity) + " itself, which no convention reads as a count's condition: "
                    + "whether it counts every row (AdlerZentrum's GenericRepositoryAsync<T>.GetCount(T entity) ignores it), the rows equal to it, or whether it is stored (0 or 1) is the store's own; "
                    + "count every row with Count(), the matches with CountBy{Property}(value) or a predicate, or write the member", out reason);
            }

            foreach (var (word, kind) in Conventions.AccessorVerbs)
            {
                var noun = NounAfter(candidate.Verb, new[] { word });
                if (noun is null || noun.Length == 0 || IsBare(noun))
                {
                    continue;
                }

                var property = AccessorProperty(noun, kind);
                if (property is null)
                {
                    return Fail("'" + noun + "' is no property of " + EntityParameters.EntityDisplay(_entity) + " (properties: " + string.Join(", ", _context.PropertiesOf(_entity.Type).Select(static p => p.Name)) + ")", out reason);
                }

                return AccessorOperation(candidate, args, kind, property, out reason);
            }

            return null;
        }

        private IPropertySymbol? AccessorProperty(string noun, AccessorKind kind)
        {
            if (EntityParameters.PropertyNamed(_context, _entity, noun) is { } exact)
            {
                return exact;
            }

            // GetLockoutEndDate → LockoutEnd; HasPassword → PasswordHash: one property, one conventional word apart.
            var properties = _context.PropertiesOf(_entity.Type);
            foreach (var trailing in Conventions.AccessorTrailingWords)
            {
                if (noun.EndsWith(trailing, StringComparison.Ordinal) && EntityParameters.PropertyNamed(_context, _entity, noun.Substring(0, noun.Length - trailing.Length)) is { } shorter)
                {
                    return shorter;
                }
            }

            if (kind == AccessorKind.Has)
            {
                foreach (var suffix in Conventions.HasPropertySuffixes)
                {
                    if (EntityParameters.PropertyNamed(_context, _entity, noun + suffix) is { } longer)
                    {
                        return longer;
                    }
                }
            }

            return null;
        }

        private OperationSpec? AccessorOperation(MemberCandidate candidate, IParameterSymbol[] args, AccessorKind kind, IPropertySymbol property, out string? reason)
        {
            reason = null;
            var entity = Declarations.Argument(args[0]);
            var name = TypeNames.Escape(property.Name);
            var settable = property.SetMethod is not null && _context.IsAccessible(property.SetMethod) && !property.SetMethod.IsInitOnly;
            switch (kind)
            {
                case AccessorKind.Get:
                    if (args.Length != 1 || candidate.IsVoid || candidate.Shape == ReturnShape.AsyncEnumerable)
                    {
                        return Fail("a Get accessor takes the entity and returns the property", out reason);
                    }

                    if (!TypeFacts.Converts(_context, property.Type, candidate.Result!))
                    {
                        return Fail("it returns " + candidate.Result!.ToDisplayString() + ", but " + property.Name + " is " + property.Type.ToDisplayString(), out reason);
                    }

                    return new EntityAccessorOp(entity, kind, name, null, null, false);
                case AccessorKind.Set:
                    if (args.Length != 2 || !(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
                    {
                        return Fail("a Set accessor takes the entity and the value and returns nothing", out reason);
                    }

                    if (!settable)
                    {
                        return Fail(property.Name + " has no setter", out reason);
                    }

                    if (!TypeFacts.Converts(_context, args[1].Type, property.Type))
                    {
                        // An oblivious or nullable value for a non-nullable property is still the value Identity passes: cast it.
                        if (!TypeFacts.SameType(args[1].Type, property.Type))
                        {
                            return Fail("its value is " + args[1].Type.ToDisplayString() + ", but " + property.Name + " is " + property.Type.ToDisplayString() + ", which it does not convert to: turning one into the other (a serialization such as JSON, a join, a parse) is the store's own code; write the member", out reason);
                        }
                    }

                    return new EntityAccessorOp(entity, kind, name, TypeNames.Escape(args[1].Name), NeedsBang(args[1].Type, property.Type) ? "!" : null, false);
                case AccessorKind.Has:
                    if (args.Length != 1 || !TypeFacts.IsBool(candidate.Result) || candidate.Shape == ReturnShape.AsyncEnumerable)
                    {
                        return Fail("a Has accessor takes the entity and returns bool", out reason);
                    }

                    return new EntityAccessorOp(entity, kind, name, null, null, property.Type.IsValueType && !TypeNames.IsNullableValueType(property.Type));
                case AccessorKind.Increment:
                    if (args.Length != 1 || !TypeFacts.IsIntOrLong(property.Type) || !settable || !(TypeFacts.IsIntOrLong(candidate.Result) || candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
                    {
                        return Fail("an Increment accessor takes the entity, and the property must be a settable int or long", out reason);
                    }

                    return new EntityAccessorOp(entity, kind, name, null, candidate.IsVoid || candidate.Result is null ? null : _context.Render(candidate.Result), false);
                default:
                    if (args.Length != 1 || !settable || !(candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask))
                    {
                        return Fail("a Reset accessor takes the entity, returns nothing, and the property must be settable", out reason);
                    }

                    return new EntityAccessorOp(entity, kind, name, null, null, false);
            }
        }

        private static bool NeedsBang(ITypeSymbol value, ITypeSymbol property)
            => !property.IsValueType && property.NullableAnnotation == NullableAnnotation.NotAnnotated && TypeNames.AllowsNull(value);

        /// <summary>
        /// <c>Mark[Entity]As{Word}(key)</c> (shape 20 with the value in the name): sets the <c>bool</c> property <c>Is{Word}</c>
        /// or <c>{Word}</c> to true, or the one enum property whose type has a member <c>{Word}</c> to it
        /// (<c>MarkAsPublished(id)</c> → <c>State = EventState.Published</c>), on the entity found by key. A word that names
        /// neither, or a member of several enum properties, is refused: which field changes is not said.
        /// </summary>
        private OperationSpec? MarkAs(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            var toggle = false;
            var byKeys = true;
            var noun = NounAfter(candidate.Verb, Conventions.MarkAsVerbs);
            var at = noun?.IndexOf("As", StringComparison.Ordinal) ?? -1;
            string word;
            if (noun is not null && at >= 0 && noun.Length > at + 2 && char.IsUpper(noun[at + 2]) && IsBare(noun.Substring(0, at)) && args.Length > 0)
            {
                word = noun.Substring(at + 2);
                if (at == 0 && args.Length >= 2 && TimePropertyOf(word, args[args.Length - 1]) is not null)
                {
                    // MarkAsProcessed(id, processedOnUtc): the key, then a time for the one property named Processed + a
                    // time word; a field setter (SetField below), not a flag.
                    return null;
                }
            }
            else if (args.Length > 0 && (KeysCollection(args) is not null || (EntityParameters.BindLookup(_context, _entity, args, keyByName: false, out _) is { } keyOnly && EntityParameters.IsKeyOnly(_entity, keyOnly)))
                && FlagAfter(candidate.Verb, Conventions.MarkAsVerbs) is { } marked)
            {
                // MarkComplete(id), MarkRead(id): a bool flag of the entity named without "As".
                word = marked;
            }
            else if (args.Length > 0 && EntityParameters.BindLookup(_context, _entity, args, keyByName: false, out _) is { } toggleKey && EntityParameters.IsKeyOnly(_entity, toggleKey)
                && FlagAfter(candidate.Verb, Conventions.ToggleVerbs) is { } toggled)
            {
                // ToggleComplete(id): flips it.
                word = toggled;
                toggle = true;
            }
            else if (args.Length > 0 && NounAfter(candidate.Verb, Conventions.ToggleVerbs) is { } toggledNoun && (toggledNoun.Length == 0 || IsBare(toggledNoun))
                && EntityParameters.BindLookup(_context, _entity, args, keyByName: false, out _) is { } onlyFlagKey && EntityParameters.IsKeyOnly(_entity, onlyFlagKey))
            {
                // ToggleTodoAsync(id), Toggle(id): the name says a bool is flipped but not which; an entity with exactly one
                // settable bool property (not a deletion flag) has no other to flip. Two or more, or none, stay refused.
                var flags = _context.PropertiesOf(_entity.Type)
                    .Where(p => p.Type.SpecialType == SpecialType.System_Boolean && p.SetMethod is not null && !_entity.Keys.Any(k => k.Name == p.Name))
                    .ToList();
                if (flags.Count != 1 || SymbolEqualityComparer.Default.Equals(flags[0], SoftDeleteRule.FlagOf(_context, _entity.Type)))
                {
                    return Fail("'" + candidate.Verb + "' flips a bool of " + EntityParameters.EntityDisplay(_entity) + " without naming it, and "
                        + (flags.Count == 0 ? "it has none" : flags.Count == 1 ? "its only one, " + flags[0].Name + ", is a deletion flag" : "it has " + string.Join(", ", flags.Select(static f => f.Name)))
                        + "; name the flag (Toggle{Flag}: ToggleCompleted), or write the member", out reason);
                }

                word = flags[0].Name;
                toggle = true;
            }
            else if (SoftDeleteWord(candidate.Verb) is { } softDelete)
            {
                // SoftDeleteAsync(id) / RestoreAsync(id) on an entity with a bool IsDeleted and nothing else about deletion.
                var flag = BoolFlag("Deleted", out _);
                var other = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Name.IndexOf("Delet", StringComparison.Ordinal) >= 0 && !SymbolEqualityComparer.Default.Equals(p, flag));
                if (flag is null || other is not null)
                {
                    return Fail(flag is null
                        ? "'" + candidate.Verb + "' marks a soft delete, but " + EntityParameters.EntityDisplay(_entity) + " has no bool IsDeleted (or Deleted) flag to set"
                        : "'" + candidate.Verb + "' marks a soft delete, and " + EntityParameters.EntityDisplay(_entity) + " also has " + other!.Name + ", whose value the real store sets (a time, a user) and the fake cannot know", out reason);
                }

                word = softDelete;
                byKeys = false;
            }
            else if (args.Length > 0 && ParticipleFlag(candidate.Verb, out var participleProblem) is { } participle)
            {
                // ArchiveAsync(id) of a movie with IsArchived, PublishPost(id) of a post with IsPublished: the verb's past
                // participle is the entity's bool flag, set on the row found by key (UnarchiveAsync(id) clears it).
                if (participleProblem is not null)
                {
                    return Fail(participleProblem, out reason);
                }

                word = participle;
            }
            else
            {
                return null;
            }

            if (byKeys && !toggle && KeysCollection(args) is { } keys)
            {
                // MarkAsRead(IEnumerable<Guid> ids), Archive(Guid[] ids): the same flag on each entity with one of the keys.
                return FlagByKeys(candidate, word, keys, out reason);
            }

            if (args.Length == 1 && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(args[0].Type), TypeNames.Underlying(_entity.Type)))
            {
                // A shop's generic repository's void SoftDelete(TModel model) sets IsDeleted and ModifiedAt on the tracked
                // instance and leaves the write to the save (h-sample132): the entity given is not a key to look a row up by,
                // as the lookup's refusal said.
                var entityName = EntityParameters.EntityDisplay(_entity);
                var sets = toggle ? "flips" : "sets";
                return Fail("'" + candidate.Symbol.Name + "' " + sets + " a flag and is given the " + entityName + " itself, not its key: whether it " + sets + " the flag on the stored row of that key or writes the "
                    + entityName + " given with the flag changed (its other changed values too: an EF Core repository that sets the flag on a tracked entity saves every change), and what it does for a row that is not stored, are the store's own; "
                    + "take the key (" + candidate.Symbol.Name + "(id) " + sets + " the flag on the row the key finds), or write the member", out reason);
            }

            var bound = EntityParameters.BindLookup(_context, _entity, args, keyByName: false, out var problem);
            if (bound is null || !EntityParameters.IsKeyOnly(_entity, bound))
            {
                return Fail(problem ?? "its parameters must be the key of " + EntityParameters.EntityDisplay(_entity), out reason);
            }

            if (FlagValue(word, toggle, out reason) is not { } target)
            {
                return null;
            }

            if (SetFieldResultOf(candidate) is not { } result)
            {
                return Fail("it must return void, bool, the number updated, or " + EntityParameters.EntityDisplay(_entity), out reason);
            }

            var useWith = _entity.Type.IsRecord || _entity.Type.TypeKind == TypeKind.Struct;
            return new EntitySetFieldOp(Key(bound), new PropertyWriteSpec(TypeNames.Escape(target.Property.Name), useWith), new ArgumentRef(target.Value, NullForgiving: false), result) { Toggle = toggle };
        }

        /// <summary>
        /// The property a flag word of a <c>Mark…As{Word}</c>, <c>Mark{Word}</c>, <c>Toggle{Word}</c> or participle verb sets, and
        /// the value (<c>true</c>, <c>false</c> for a negated word, or an enum member); null with <paramref name="reason"/> when
        /// the word names no such property, names two, or the real store may write another property beside it.
        /// </summary>
        private (IPropertySymbol Property, string Value)? FlagValue(string word, bool toggle, out string? reason)
        {
            reason = null;
            IPropertySymbol? property = BoolFlag(word, out var negated);
            string? value = property is null ? null : negated ? "false" : "true";
            if (toggle && (property is null || negated))
            {
                reason = "'" + word + "' names no bool property of " + EntityParameters.EntityDisplay(_entity) + " (Is" + word + ", Has" + word + ", " + word + ") to toggle";
                return null;
            }

            if (property is not null && !toggle && EntityParameters.NamedFlag(_context, _entity, word, out _, out var ambiguousEnum) is null && ambiguousEnum is not null)
            {
                // MarkPostAsPublished(id) of a post with IsPublished AND Status.Published: the real store may set either, or both.
                reason = "'" + word + "' names the bool " + property.Name + " and a member of the enum " + ambiguousEnum.Name + " of " + EntityParameters.EntityDisplay(_entity) + ", so which one it sets (or both) is not said";
                return null;
            }

            if (property is not null && TimeBesideFlag(word) is { } stamp)
            {
                // MarkAsRead(id) of a notification with IsRead AND ReadAt: the real store stamps ReadAt too (or not), and
                // the fake cannot know the time or whether it does; setting the flag alone would leave ReadAt empty.
                reason = "'" + word + "' names the bool " + property.Name + ", and " + EntityParameters.EntityDisplay(_entity) + " also has " + stamp.Name + ", which the real store may stamp at the same time, with a time the signature does not give";
                return null;
            }

            if (property is null)
            {
                var enums = _context.PropertiesOf(_entity.Type)
                    .Where(p => TypeNames.Underlying(p.Type) is INamedTypeSymbol { TypeKind: TypeKind.Enum } e && e.GetMembers(word).OfType<IFieldSymbol>().Any())
                    .ToList();
                if (enums.Count > 1)
                {
                    reason = "'" + word + "' is a member of the enums of several properties (" + string.Join(", ", enums.Select(static p => p.Name)) + "), so which one it sets is not said";
                    return null;
                }

                if (enums.Count == 1)
                {
                    property = enums[0];
                    value = _context.RenderNotNull(TypeNames.Underlying(property.Type)) + "." + TypeNames.Escape(word);
                }
            }

            if (property is null || value is null)
            {
                reason = "'" + word + "' names neither a bool property (Is" + word + ", " + word + ") nor a member of an enum property of " + EntityParameters.EntityDisplay(_entity);
                return null;
            }

            if (property.SetMethod is null || !_context.IsAccessible(property.SetMethod) || (property.SetMethod.IsInitOnly && !_entity.Type.IsRecord))
            {
                reason = property.Name + " has no setter";
                return null;
            }

            return (property, value);
        }

        /// <summary>
        /// The flag word of a bare verb whose past participle names a <c>bool</c> property of the entity (<c>Archive</c> →
        /// <c>IsArchived</c>: "Archived"; <c>UnpublishPost</c> → <c>IsPublished</c>: "NotPublished"); null when the verb is one the
        /// conventions read otherwise or names no flag. <paramref name="problem"/> says why it is refused when another property
        /// of the entity has the verb's stem (<c>ArchivedAt</c>, <c>ArchivedBy</c>, <c>ArchiveReason</c>): the real store may set
        /// it too, with a value the signature does not give.
        /// </summary>
        private string? ParticipleFlag(string verb, out string? problem)
        {
            problem = null;
            var bare = WithoutEntityWord(verb);
            var noun = "";
            var second = 1;
            while (second < bare.Length && !char.IsUpper(bare[second]))
            {
                second++;
            }

            if (second < bare.Length)
            {
                // ConfirmEmail(userId) → EmailConfirmed / IsEmailConfirmed: the verb, then the noun the flag begins with.
                noun = bare.Substring(second);
                bare = bare.Substring(0, second);
            }

            if (bare.Length < 3 || !char.IsUpper(bare[0]))
            {
                return null;
            }

            // Archive, then Unarchive as the negation of Archive (Unlock, Unpublish, Unverify).
            var forms = bare.StartsWith("Un", StringComparison.Ordinal) && bare.Length > 4
                ? new[] { (Stem: bare, Negated: false), (Stem: char.ToUpperInvariant(bare[2]) + bare.Substring(3), Negated: true) }
                : new[] { (Stem: bare, Negated: false) };
            foreach (var (stem, negated) in forms)
            {
                if (ParticipleExcludedVerbs.Any(v => System.Array.IndexOf(v, stem) >= 0))
                {
                    return null;
                }

                if (Flag(stem, negated, out problem) is { } word)
                {
                    return word;
                }
            }

            // ActivateAsync(id) / DeactivateAsync(id) of an account with IsActive, DisableAsync(id) of one with IsEnabled: verbs
            // whose state is an adjective, not their participle (no IsActivated, no IsDisabled).
            foreach (var (verbWord, adjective, clears) in Conventions.AdjectiveFlagVerbs)
            {
                if (bare == verbWord && Flag(bare, clears, out problem, adjective) is { } word)
                {
                    return word;
                }
            }

            return null;

            string? Flag(string stem, bool negated, out string? problem, string? adjective = null)
            {
                problem = null;
                foreach (var participle in adjective is null ? Participles(stem) : new[] { adjective })
                {
                    var flag = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Type.SpecialType == SpecialType.System_Boolean && (p.Name == "Is" + noun + participle || p.Name == noun + participle));
                    if (flag is null)
                    {
                        continue;
                    }

                    var root = noun + (stem.EndsWith("e", StringComparison.Ordinal) ? stem.Substring(0, stem.Length - 1) : stem);
                    var other = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => !SymbolEqualityComparer.Default.Equals(p, flag) && p.Name.IndexOf(root, StringComparison.Ordinal) >= 0);
                    if (other is not null)
                    {
                        problem = "'" + verb + "' reads as setting the bool " + flag.Name + (adjective is null ? " (its verb's participle), and " : " (the state its verb names), and ") + EntityParameters.EntityDisplay(_entity) + " also has " + other.Name
                            + ", which the real store may set at the same time, with a value the signature does not give";
                    }

                    return negated ? "Not" + noun + participle : noun + participle;
                }

                return null;
            }

            static IEnumerable<string> Participles(string stem)
            {
                if (stem.EndsWith("e", StringComparison.Ordinal))
                {
                    yield return stem + "d";
                    yield break;
                }

                if (stem.EndsWith("y", StringComparison.Ordinal) && stem.Length > 1 && "aeiou".IndexOf(stem[stem.Length - 2]) < 0)
                {
                    yield return stem.Substring(0, stem.Length - 1) + "ied";
                    yield break;
                }

                yield return stem + "ed";
                var last = stem[stem.Length - 1];
                if ("aeiouwxy".IndexOf(last) < 0 && "aeiou".IndexOf(stem[stem.Length - 2]) >= 0)
                {
                    yield return stem + last + "ed";
                }
            }
        }

        /// <summary>
        /// <c>Increment{P}(key)</c>, <c>Increase{P}(key, amount)</c> (a view counter, a retry count): adds 1, or the amount
        /// given, to the <c>int</c>/<c>long</c> property <c>P</c> of the entity found by key, atomically. A decrement is not
        /// read (stores that decrease a stock or a balance guard it against going below zero, and the signature does not say
        /// how), nor an integer result (the new value in some stores, the rows updated in others).
        /// </summary>
        private OperationSpec? IncrementField(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            var noun = NounAfter(candidate.Verb, Conventions.IncrementFieldVerbs);
            if (noun is null || noun.Length == 0 || args.Length == 0)
            {
                return null;
            }

            // IncrementWins(playerId), IncrementViewCountOfPost(id) aside: an entity word after the property's name is dropped.
            var property = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Name == noun)
                ?? _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Name == WithoutEntityWord(noun));
            if (property is null || !TypeFacts.IsIntOrLong(property.Type))
            {
                return property is null ? null : Fail("'" + property.Name + "' is " + _context.Render(property.Type) + ", and an increment adds to an int or long property", out reason);
            }

            if (_entity.Keys.Any(k => SymbolEqualityComparer.Default.Equals(k, property)))
            {
                return Fail("'" + candidate.Verb + "' adds to " + property.Name + ", which is the key of " + EntityParameters.EntityDisplay(_entity) + " (a store does not change an entity's key)", out reason);
            }

            var amount = args.Length >= 2 && TypeFacts.IsIntOrLong(args[args.Length - 1].Type) && Conventions.NameIn(args[args.Length - 1].Name, Conventions.IncrementAmountNames)
                ? args[args.Length - 1]
                : null;
            var keyArgs = amount is null ? args : args.Take(args.Length - 1).ToArray();
            var bound = EntityParameters.BindLookup(_context, _entity, keyArgs, keyByName: false, out var problem);
            if (bound is null || !EntityParameters.IsKeyOnly(_entity, bound))
            {
                return Fail(problem ?? "its parameters must be the key of " + EntityParameters.EntityDisplay(_entity) + ", then the amount (" + string.Join(", ", Conventions.IncrementAmountNames) + ")", out reason);
            }

            if (amount is not null && amount.Type.SpecialType == SpecialType.System_Int64 && property.Type.SpecialType == SpecialType.System_Int32)
            {
                return Fail("the amount '" + amount.Name + "' is long and " + property.Name + " is int", out reason);
            }

            if (property.SetMethod is null || !_context.IsAccessible(property.SetMethod) || (property.SetMethod.IsInitOnly && !_entity.Type.IsRecord))
            {
                return Fail(property.Name + " has no setter", out reason);
            }

            if (SetFieldResultOf(candidate) is not { } result || result == SetFieldResult.Count)
            {
                return Fail("an increment must return void, bool (found) or " + EntityParameters.EntityDisplay(_entity) + "; an integer result is the new value in some stores and the rows updated in others", out reason);
            }

            var useWith = _entity.Type.IsRecord || _entity.Type.TypeKind == TypeKind.Struct;
            return new EntitySetFieldOp(Key(bound), new PropertyWriteSpec(TypeNames.Escape(property.Name), useWith), new ArgumentRef(amount is null ? "1" : TypeNames.Escape(amount.Name), NullForgiving: false), result) { Increment = true };
        }

        /// <summary>Verbs the conventions read otherwise, never taken as a flag's participle (<c>Delete(id)</c> of an entity with <c>IsDeleted</c> removes it).</summary>
        private static readonly string[][] ParticipleExcludedVerbs =
        {
            Conventions.AddVerbs, Conventions.UpdateVerbs, Conventions.UpsertVerbs, Conventions.FindVerbs, Conventions.DeleteVerbs, Conventions.ExistsVerbs,
            Conventions.CountVerbs, Conventions.GetAllVerbs, Conventions.ClearVerbs, Conventions.PurgeVerbs, Conventions.SetFieldVerbs, Conventions.MarkAsVerbs,
            Conventions.ToggleVerbs, new[] { "Restore", "Undelete", "Recover", "SoftDelete", "Search", "Query", "Stream", "Try", "Is", "Can", "Should", "Do" },
        };

        /// <summary>
        /// The flag word a soft-delete verb sets: <c>SoftDelete</c> → <c>Deleted</c>, <c>Restore</c>/<c>Undelete</c>/<c>Recover</c> →
        /// <c>NotDeleted</c> (optionally followed by an entity word: <c>SoftDeleteUser</c>); null for any other name.
        /// </summary>
        private string? SoftDeleteWord(string verb)
        {
            var word = WithoutEntityWord(verb);
            return word is "SoftDelete" ? "Deleted" : word is "Restore" or "Undelete" or "Recover" ? "NotDeleted" : null;
        }

        /// <summary>The word after one of <paramref name="verbs"/> when it names a bool flag of the entity (<c>MarkComplete</c>, <c>ToggleRead</c>), else null.</summary>
        private string? FlagAfter(string name, string[] verbs)
        {
            foreach (var verb in verbs)
            {
                if (NameWords.StartsWithWordAndMore(name, verb))
                {
                    var word = WithoutEntityWord(name.Substring(verb.Length));
                    if (BoolFlag(word, out _) is not null)
                    {
                        return word;
                    }
                }
            }

            return null;
        }

        /// <summary>The word without a leading entity word (<c>ItemsNotDone</c> → <c>NotDone</c>); empty when none leads it.</summary>
        private string WithoutLeadingEntityWord(string word)
        {
            foreach (var prefix in _nouns.SelectMany(static w => new[] { TypeNames.Plural(w), w }).OrderByDescending(static w => w.Length))
            {
                if (prefix.Length > 0 && NameWords.StartsWithWordAndMore(word, prefix))
                {
                    return word.Substring(prefix.Length);
                }
            }

            return "";
        }

        /// <summary>The word without a trailing entity word (<c>CompleteTodo</c> → <c>Complete</c>), singular or plural.</summary>
        private string WithoutEntityWord(string word)
        {
            foreach (var suffix in _nouns.SelectMany(static w => new[] { TypeNames.Plural(w), w }).OrderByDescending(static w => w.Length))
            {
                if (suffix.Length > 0 && word.Length > suffix.Length && word.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return word.Substring(0, word.Length - suffix.Length);
                }
            }

            return word;
        }

        /// <summary>The <c>bool</c> property a flag word names (<see cref="EntityParameters.BoolFlag"/>).</summary>
        private IPropertySymbol? BoolFlag(string word, out bool negated) => EntityParameters.BoolFlag(_context, _entity, word, out negated);

        /// <summary>What a member that sets one field of the row found by key returns: nothing, whether it found it, how many it updated, or the row; null for anything else.</summary>
        private SetFieldResult? SetFieldResultOf(MemberCandidate candidate)
            => candidate.IsVoid || candidate.Shape is ReturnShape.Task or ReturnShape.ValueTask ? SetFieldResult.None
                : TypeFacts.IsBool(candidate.Result) ? SetFieldResult.Bool
                : TypeFacts.IsIntOrLong(candidate.Result) ? SetFieldResult.Count
                : TypeFacts.SameType(candidate.Result, _entity.Type) && candidate.Shape != ReturnShape.AsyncEnumerable
                    ? OrNull(candidate, EntityWriteResult.Entity) == EntityWriteResult.EntityOrNull ? SetFieldResult.EntityOrNull : SetFieldResult.Entity
                : null;

        /// <summary>
        /// Sets one property of the stored entity found by key: <c>UpdateStatus(id, status)</c>, <c>SetLastSeen(id, at)</c>; or
        /// the property the value's parameter names when it begins with the noun (<c>UpdateLastLogin(id, lastLoginAt)</c>,
        /// <c>UpdatePassword(userId, newPasswordHash)</c>) or is the noun's bool flag (<c>SetActive(id, isActive)</c> → <c>IsActive</c>).
        /// </summary>
        private OperationSpec? SetField(MemberCandidate candidate, IParameterSymbol[] args, out string? reason)
        {
            reason = null;
            var noun = NounAfter(candidate.Verb, Conventions.SetFieldVerbs);
            if (noun is null && NounAfter(candidate.Verb, Conventions.RenameVerbs) is { } renamed && (renamed.Length == 0 || IsBare(renamed)) && args.Length >= 2)
            {
                // RenameConversation(id, title), Rename(id, newName): the verb writes a name, and the value's parameter says which
                // text property holds it (a leading "new" says it is the value to set); a parameter naming none is refused, as
                // the verb alone does not say whether it is Name, Title or DisplayName.
                var nameParameter = args[args.Length - 1];
                var nameWord = NameWords.StartsWithWordAndMore(nameParameter.Name, "new") ? nameParameter.Name.Substring(3) : nameParameter.Name;
                if (EntityParameters.PropertyNamed(_context, _entity, nameWord) is not { Type.SpecialType: SpecialType.System_String } text)
                {
                    return Fail("'" + candidate.Verb + "' writes a name, and '" + nameParameter.Name + "' names no string property of " + EntityParameters.EntityDisplay(_entity)
                        + ", so which property holds it is not said; name the parameter after it (newName, title), or write the member", out reason);
                }

                noun = text.Name;
            }
            if (noun is not null && noun.Length > 2 && noun.StartsWith("As", System.StringComparison.Ordinal) && char.IsUpper(noun[2])
                && args.Length >= 2 && TimePropertyOf(noun.Substring(2), args[args.Length - 1]) is not null)
            {
                // MarkAsProcessed(id, processedOnUtc) → ProcessedOnUtc: "As" joins the verb to the state, the time word names the field.
                noun = noun.Substring(2);
            }

            if (noun is null || noun.Length == 0 || IsBare(noun) || IsQuery(noun) || args.Length < 2)
            {
                return null;
            }

            var value = args[args.Length - 1];

            // UpdateLastLogin(id, lastLoginAt), UpdatePassword(id, passwordHash): the noun is not a property, but the value's
            // parameter names one that begins with the noun's words, so the value says which field it is.
            // UpdatePassword(userId, newPasswordHash): a leading "new" says it is the value to set, not which field.
            // SetActive(id, isActive): a bool property named Is/Has + the noun.
            var valueName = NameWords.StartsWithWordAndMore(value.Name, "new") ? value.Name.Substring(3) : value.Name;
            var property = EntityParameters.PropertyNamed(_context, _entity, noun)
                ?? (EntityParameters.PropertyNamed(_context, _entity, valueName) is { } named
                    && (NameWords.StartsWithWordAndMore(named.Name, noun)
                        || (named.Type.SpecialType == SpecialType.System_Boolean && (named.Name == "Is" + noun || named.Name == "Has" + noun))) ? named : null)
                ?? TimePropertyOf(noun, value);
            if (property is null)
            {
                return null;
            }

            // MarkAccepted(id, acceptedAt) over IsAccepted and AcceptedAt: the time word names AcceptedAt, but a store with
            // the flag too sets both (or the flag alone), which the signature does not say; setting the time alone would
            // leave IsAccepted false, a silent guess.
            if (!property.Name.Equals(noun, System.StringComparison.Ordinal) && property.Type.SpecialType != SpecialType.System_Boolean
                && TimePropertyOf(noun, value) is { } timeProperty && SymbolEqualityComparer.Default.Equals(timeProperty, property)
                && BoolFlag(noun, out _) is { } flag)
            {
                return Fail("'" + noun + "' names both the bool " + flag.Name + " and the time " + property.Name + ", and the signature does not say whether it sets one or both", out reason);
            }

            // UpdateBalance(id, amount), UpdatePoints(id, delta): the noun names a number and the value is not named after it, so
            // it may be the new value or what the store adds to the old one (a bank's UpdateBalanceAsync(accountId, amount) adds
            // it); the signature says neither. UpdateBalance(id, balance), (id, newBalance), (id, value) say the new value.
            if (property.Name.Equals(noun, System.StringComparison.Ordinal) && TypeFacts.IsNumber(TypeNames.Underlying(property.Type))
                && !NamesNewValue(valueName, property.Name))
            {
                return Fail("'" + value.Name + "' is not named after the number " + property.Name + ", so whether it is the new value or the amount the store adds to it is not said (a bank's UpdateBalance(id, amount) adds it); name it '" + char.ToLowerInvariant(property.Name[0]) + property.Name.Substring(1) + "' or 'new" + property.Name + "' if it replaces the value", out reason);
            }

            var keys = args.Take(args.Length - 1).ToArray();
            var bound = EntityParameters.BindLookup(_context, _entity, keys, keyByName: false, out _);
            if (bound is null || !EntityParameters.IsKeyOnly(_entity, bound))
            {
                return null;
            }

            if (property.SetMethod is null || !_context.IsAccessible(property.SetMethod) || (property.SetMethod.IsInitOnly && !_entity.Type.IsRecord))
            {
                return Fail(property.Name + " has no setter", out reason);
            }

            if (!TypeFacts.Converts(_context, value.Type, property.Type))
            {
                return Fail("its value is " + value.Type.ToDisplayString() + ", but " + property.Name + " is " + property.Type.ToDisplayString() + ", which it does not convert to: turning one into the other (a serialization such as JSON, a join, a parse) is the store's own code; write the member", out reason);
            }

            if (SetFieldResultOf(candidate) is not { } result)
            {
                return Fail("it must return void, bool, the number updated, or " + EntityParameters.EntityDisplay(_entity), out reason);
            }

            var useWith = _entity.Type.IsRecord || _entity.Type.TypeKind == TypeKind.Struct;
            return new EntitySetFieldOp(Key(bound), new PropertyWriteSpec(TypeNames.Escape(property.Name), useWith), new ArgumentRef(TypeNames.Escape(value.Name), NeedsBang(value.Type, property.Type)), result);
        }

        /// <summary>
        /// A type that can be a request object whose properties an update copies: a class, record or struct of the user's own
        /// (not the entity, a string, a collection, a delegate, or a type of System or Microsoft: JsonPatchDocument, JsonElement).
        /// </summary>
        private bool IsRequestObject(ITypeSymbol type)
        {
            if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.SpecialType != SpecialType.None
                || TypeFacts.SameType(named, _entity.Type) || named.IsAbstract || TypeNames.IsNullableValueType(named) || KeyValuePlanner.IsFrameworkType(named))
            {
                return false;
            }

            return !named.AllInterfaces.Any(static i => i.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T || i.SpecialType == SpecialType.System_Collections_IEnumerable);
        }

        /// <summary>
        /// <c>CreateCompany(CompanyForCreationDto company)</c>, <c>AddAsync(CreateProductRequest request)</c>: the add of a new entity
        /// whose properties are the request's of the same names (its key unset, so numbered or a new Guid as an add of the
        /// entity gives one), as the tutorials' mapping (<c>new Company { Name = dto.Name, … }</c>, AutoMapper's
        /// <c>Map&lt;Company&gt;(dto)</c>) builds it before the INSERT. The same property rules as the update from a request
        /// (<see cref="Patch"/>); the entity needs an accessible parameterless constructor, and the request must carry every
        /// settable property but the key, the audit stamps and collections of related rows (a value it leaves out is the
        /// store's). The results of an add (<see cref="WriteResult"/>).
        /// </summary>
        private OperationSpec? AddFromRequest(MemberCandidate candidate, IParameterSymbol request, out string? reason)
        {
            reason = null;
            var entity = EntityParameters.EntityDisplay(_entity);
            if (_entity.Type is not INamedTypeSymbol { IsAbstract: false } named
                || !named.InstanceConstructors.Any(c => c.Parameters.Length == 0 && _context.IsAccessible(c)))
            {
                return Fail("'" + request.Name + "' is a request object, and " + entity + " has no parameterless constructor the fake can call, so how the store builds the " + entity
                    + " it adds is its own; write the member (Store.Add(new " + entity + "(…)))", out reason);
            }

            if (RequestFields(request, adding: true, out reason) is not { } fields)
            {
                return null;
            }

            var written = new HashSet<string>(fields.Select(static f => f.Write.Property.TrimStart('@')), StringComparer.Ordinal);

            if (_context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.IsRequired && !written.Contains(p.Name)) is { } required)
            {
                return Fail("'" + request.Name + "' leaves out " + entity + "." + required.Name + ", a required member, so the value the store gives it is its own; write the member", out reason);
            }

            // Every other value the new entity holds must come from the request: a property it leaves out (a status, a flag, a
            // default of the store's own mapping: ITodoService's CreateAsync(CreateTodoRequest { Title }) sets IsComplete and
            // CreatedAt itself) is the store's choice (LeftOutOnAdd says which are not).
            var leftOut = LeftOutOnAdd(written);
            if (leftOut.Count > 0)
            {
                return Fail("'" + request.Name + "' leaves out " + string.Join(", ", leftOut.Select(n => entity + "." + n)) + ", so the value" + (leftOut.Count == 1 ? "" : "s")
                    + " the store gives " + (leftOut.Count == 1 ? "it" : "them") + " when it creates the " + entity + " (a status, a flag, its mapping's default) " + (leftOut.Count == 1 ? "is" : "are")
                    + " its own; add " + (leftOut.Count == 1 ? "it" : "them") + " to the request, or write the member (Store.Add(new " + entity + " { … }))", out reason);
            }

            if (LineMergeRefusal(written, "Store.Add(new " + entity + " { … })") is { } line)
            {
                return Fail(line, out reason);
            }

            if (ReturnedStringKeyRule.Reason(candidate, _entity, StoreGivesStringKey) is { } handedOut)
            {
                return Fail(handedOut, out reason);
            }

            return WriteResult(candidate, allowKey: true, allowCount: false, out var success, out reason) is { } added
                ? new EntityAddOp(new ArgumentRef(TypeNames.Escape(request.Name), NullForgiving: false), added, success) { FromRequest = new AddRequestSpec(TypeNames.Escape(request.Name), new EquatableArray<PatchFieldSpec>(fields.ToArray())) }
                : null;
        }

        /// <summary>
        /// The properties a request object writes onto the entity (<see cref="Patch"/>'s update, <see cref="AddFromRequest"/>'s
        /// new entity): each readable property of the request names a property of the entity (ordinal) that the fake can set,
        /// of a type it converts to, and is not nullable where the entity's is not (whether a null leaves the stored value,
        /// is stored or is an error is the store's own). An update skips the request's key properties (the key parameter
        /// says which row) and writes a record entity with one <c>with</c>; an add writes them too, in an object initializer.
        /// Null with the reason when one property fails or none is left.
        /// </summary>
        private List<PatchFieldSpec>? RequestFields(IParameterSymbol request, bool adding, out string? reason)
        {
            reason = null;
            var useWith = !adding && (_entity.Type.IsRecord || _entity.Type.TypeKind == TypeKind.Struct);
            var entity = EntityParameters.EntityDisplay(_entity);
            var fields = new List<PatchFieldSpec>();
            foreach (var source in TypeFacts.InstanceProperties(_context, request.Type))
            {
                if (!adding && _entity.Keys.Any(k => string.Equals(k.Name, source.Name, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                var target = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => string.Equals(p.Name, source.Name, StringComparison.Ordinal));
                if (target is null)
                {
                    Fail("'" + request.Name + "' is a " + request.Type.Name + " whose " + source.Name + " names no property of " + entity + ", so what the " + (adding ? "add" : "update")
                        + " does with it is the store's own; write the member ("
                        + (adding ? "Store.Add(new " + entity + " { … = " + request.Name + ".… })" : "Store.UpdateWith(id, " + request.Name + ", (e, r) => { e.… = r.…; return e; })") + ")", out reason);
                    return null;
                }

                if (target.SetMethod is null || !_context.IsAccessible(target.SetMethod) || (target.SetMethod.IsInitOnly && !adding && !useWith))
                {
                    Fail("'" + request.Name + "' carries " + source.Name + ", but " + entity + "." + target.Name + " has no setter the fake can write", out reason);
                    return null;
                }

                if ((TypeNames.IsNullableValueType(source.Type) && !TypeNames.IsNullableValueType(target.Type))
                    || (!source.Type.IsValueType && source.Type.NullableAnnotation == NullableAnnotation.Annotated && !target.Type.IsValueType && target.Type.NullableAnnotation == NullableAnnotation.NotAnnotated))
                {
                    Fail("'" + request.Name + "' has a nullable " + source.Name + " where " + entity + "." + target.Name + " is not, so whether a null "
                        + (adding ? "is stored, replaced by a default or an error" : "leaves the stored value (a partial update) or is an error") + " is the store's own; write the member", out reason);
                    return null;
                }

                if (!TypeFacts.Converts(_context, source.Type, target.Type))
                {
                    Fail("'" + request.Name + "' has " + source.Name + " of type " + source.Type.ToDisplayString() + ", which does not convert to " + entity + "." + target.Name
                        + " (" + target.Type.ToDisplayString() + ")", out reason);
                    return null;
                }

                fields.Add(new PatchFieldSpec(new PropertyWriteSpec(TypeNames.Escape(target.Name), useWith), TypeNames.Escape(source.Name), NeedsBang(source.Type, target.Type)));
            }

            if (fields.Count == 0)
            {
                Fail("'" + request.Name + "' is a " + request.Type.Name + " with no property to write" + (adding ? "" : " but the key"), out reason);
                return null;
            }

            return fields;
        }

        /// <summary>
        /// <c>UpdateAsync(int id, UpdateStockRequestDto dto)</c>: every readable property of the request names a settable
        /// property of the entity of a type it converts to (its key properties aside: the key parameter says which row), so the
        /// update writes each of them onto the stored row. Refused when one names nothing, cannot be written, or is nullable
        /// where the entity's is not (whether null leaves the stored value, a partial update, or writes it is the store's own).
        /// </summary>
        private OperationSpec? Patch(MemberCandidate candidate, List<BoundParameter> key, IParameterSymbol request, out string? reason)
        {
            reason = null;
            if (_entity.Type is ITypeParameterSymbol)
            {
                return Fail("'" + request.Name + "' is a request object, and the entity is a type parameter, so which of its properties each of the request's names is not known here", out reason);
            }

            if (RequestFields(request, adding: false, out reason) is not { } fields)
            {
                return null;
            }

            var entity = EntityParameters.EntityDisplay(_entity);
            if (SetFieldResultOf(candidate) is not { } result)
            {
                return Fail("it must return void, bool, the number updated, or " + entity, out reason);
            }

            return new EntityPatchOp(Key(key), TypeNames.Escape(request.Name), new EquatableArray<PatchFieldSpec>(fields.ToArray()), result);
        }

        /// <summary>
        /// Whether a setter's value parameter is named after the property it sets: the property's name in any case, ending it
        /// (<c>accountBalance</c>), or <c>value</c>; a leading <c>new</c> is already taken off.
        /// </summary>
        private static bool NamesNewValue(string valueName, string propertyName)
            => valueName.Equals("value", System.StringComparison.Ordinal)
                || valueName.Equals(propertyName, System.StringComparison.OrdinalIgnoreCase)
                || (valueName.Length > propertyName.Length && valueName.EndsWith(propertyName.Substring(1), System.StringComparison.Ordinal)
                    && valueName[valueName.Length - propertyName.Length] == char.ToUpperInvariant(propertyName[0]));

        /// <summary>The date or time property named a flag word plus a time word (<c>Read</c> → <c>ReadAt</c>), or null.</summary>
        private IPropertySymbol? TimeBesideFlag(string word) => TimePropertiesNamed(word).FirstOrDefault();

        /// <summary>
        /// The <c>DateTime</c>/<c>DateTimeOffset</c> properties (nullable too) named <paramref name="word"/> plus a time word
        /// (<see cref="Conventions.TimePropertySuffixes"/>: <c>LastSeen</c> → <c>LastSeenAt</c>, <c>LastSeenOn</c>…), in the
        /// suffixes' order, each once.
        /// </summary>
        private List<IPropertySymbol> TimePropertiesNamed(string word)
        {
            var found = new List<IPropertySymbol>();
            foreach (var suffix in Conventions.TimePropertySuffixes)
            {
                if (EntityParameters.PropertyNamed(_context, _entity, word + suffix) is { } candidate && candidate.Name == word + suffix
                    && IsDateOrTime(candidate.Type) && !found.Contains(candidate, SymbolEqualityComparer.Default))
                {
                    found.Add(candidate);
                }
            }

            return found;
        }

        /// <summary>Whether a type is <c>DateTime</c> or <c>DateTimeOffset</c>, or a nullable one.</summary>
        private bool IsDateOrTime(ITypeSymbol type)
            => TypeNames.Underlying(type) is var underlying
                && (underlying.SpecialType == SpecialType.System_DateTime || KnownSymbols.Is(underlying, _context.Known.DateTimeOffset));

        /// <summary>
        /// The date or time property a one-field setter's noun names up to a time word (<c>SetLastSeen(id, at)</c> →
        /// <c>LastSeenAt</c>, <c>UpdateLastLogin(id, when)</c> → <c>LastLoginDate</c>, <see cref="Conventions.TimePropertySuffixes"/>):
        /// only when the value is a <c>DateTime</c> or <c>DateTimeOffset</c> (nullable too), the property is one of them, and exactly
        /// one property is the noun plus such a word; null otherwise (two, <c>LastLoginAt</c> and <c>LastLoginDate</c>, say nothing).
        /// </summary>
        private IPropertySymbol? TimePropertyOf(string noun, IParameterSymbol value)
            => IsDateOrTime(value.Type) && TimePropertiesNamed(noun) is { Count: 1 } one ? one[0] : null;

        /// <summary>
        /// The verb of a query by a filter object: <c>{Verb}[All][Entity|Entities]</c> (<c>GetAllAsync(filter)</c>,
        /// <c>RemoveAllAsync(filter)</c>, <c>ListOrders(filter)</c>, <c>Count(filter)</c>), or null for any other name.
        /// </summary>
        private (QueryVerb Verb, string VerbWord)? FilterVerb(string name)
        {
            foreach (var (prefix, queryVerb) in Conventions.FilterQueryVerbs)
            {
                if (!name.StartsWith(prefix, System.StringComparison.Ordinal))
                {
                    continue;
                }

                var rest = name.Substring(prefix.Length);
                if (NameWords.StartsWithWord(rest, "All"))
                {
                    rest = rest.Substring(3);
                }

                if (rest.Length == 0 || rest == _entity.Name || rest == TypeNames.Plural(_entity.Name))
                {
                    return (queryVerb, prefix);
                }
            }

            return null;
        }

        /// <summary>
        /// A parameterless <c>{Verb}{Flag}[Entity]</c> whose flag is a <c>bool</c> property named <c>Is{Flag}</c>, <c>Has{Flag}</c>
        /// or <c>{Flag}</c> (Piranha's <c>GetDefault()</c> → the language whose <c>IsDefault</c> is true; <c>ListActive()</c>,
        /// <c>CountPublished()</c>, <c>GetCompletedTodos()</c> for <c>IsComplete</c>, <c>ClearCompleted()</c>): the entities where it
        /// is true, or false for a negated flag (<c>GetIncompleteTodos()</c>, <c>ListInactive()</c>). Any other noun stays unexplained.
        /// </summary>
        private (QueryVerb Verb, string VerbWord, IPropertySymbol Property, bool Negated, bool ThroughAll)? FlagQuery(string name)
        {
            foreach (var (prefix, queryVerb) in Conventions.FlagQueryVerbs)
            {
                if (!NameWords.StartsWithWordAndMore(name, prefix))
                {
                    continue;
                }

                var rest = name.Substring(prefix.Length);
                if (NamedFlagOf(rest) is { } flag)
                {
                    return (queryVerb, prefix, flag.Property, flag.Negated, false);
                }

                // All between the verb and the flag (Televent's ListAllNotExecutedAsync(), GetAllActiveUsers(), CountAllUnread()):
                // every row the flag selects, as without it (h-sample114). Only when the words with All name no flag, so an
                // IsAllDay keeps GetAllDayEvents(); a lookup of one entity so named is left to the caller to refuse (All says
                // many); All alone stays the list-all verb, and a word merely starting with All (Allowed) is no All.
                return rest.Length > 3 && rest.StartsWith("All", StringComparison.Ordinal) && char.IsUpper(rest[3])
                    && NamedFlagOf(rest.Substring(3)) is { } afterAll ? (queryVerb, prefix, afterAll.Property, afterAll.Negated, true) : null;
            }

            return null;
        }

        /// <summary>
        /// The bool flag the words after a flag verb name (<see cref="FlagQuery"/>): the flag itself, optionally before the entity
        /// word; the flag after the entity word; or the flag that names the entity itself.
        /// </summary>
        private (IPropertySymbol Property, bool Negated)? NamedFlagOf(string rest)
        {
            var noun = WithoutEntityWord(rest);
            if (EntityParameters.NamedFlag(_context, _entity, noun, out var negated, out _) is { } property)
            {
                return (property, negated);
            }

            // The flag after the entity word: the MAUI SQLite tutorial's GetItemsNotDoneAsync() → Done == false.
            var after = WithoutLeadingEntityWord(rest);
            if (after.Length > 0 && EntityParameters.NamedFlag(_context, _entity, after, out negated, out _) is { } trailing)
            {
                return (trailing, negated);
            }

            // The flag that names the entity itself: GetPiesOfTheWeek() → IsPieOfTheWeek (Bethany's Pie Shop).
            return after.Length > 0 && after != rest && char.IsUpper(after[0])
                && EntityParameters.NamedFlag(_context, _entity, _entity.Name + after, out negated, out _) is { } named ? (named, negated) : null;
        }

        /// <summary>
        /// The words around a whole word <c>Count</c> inside a Get's noun (<c>UnreadNotificationCount</c> → <c>UnreadNotification</c>,
        /// <c>NotificationCountForUser</c> → <c>NotificationForUser</c>), when words come before it; null otherwise.
        /// </summary>
        private static string? CountInside(string noun)
        {
            for (var at = noun.Length < 6 ? -1 : noun.IndexOf("Count", 1, StringComparison.Ordinal); at > 0; at = at + 1 < noun.Length ? noun.IndexOf("Count", at + 1, StringComparison.Ordinal) : -1)
            {
                var end = at + "Count".Length;
                if (char.IsUpper(noun[at]) && (end == noun.Length || char.IsUpper(noun[end])) && !noun.StartsWith("By", StringComparison.Ordinal))
                {
                    return noun.Substring(0, at) + noun.Substring(end);
                }
            }

            return null;
        }

        /// <summary>
        /// <c>{Entity}ExistsBy{Conditions}</c> (<c>PatientExistsByEmail</c>, also the entity's plural) as the derived query
        /// <c>Exists{Entity}By{Conditions}</c>; null for any other name. Only the entity's own name: another noun before
        /// Exists may name another table (<c>CustomerExists(customerId)</c> in an order repository), as for the key check.
        /// </summary>
        private string? EntityBeforeExistsBy(string verb)
        {
            foreach (var noun in new[] { _entity.Name, _entity.Name.Length == 0 ? "" : TypeNames.Plural(_entity.Name) })
            {
                var at = noun.Length + "ExistsBy".Length;
                if (noun.Length > 0 && verb.Length > at && verb.StartsWith(noun + "ExistsBy", StringComparison.Ordinal) && char.IsUpper(verb[at]))
                {
                    return "Exists" + noun + verb.Substring(noun.Length + "Exists".Length);
                }
            }

            return null;
        }

        /// <summary>
        /// Get/Find/Delete/Exists (and their synonyms) by the key or by properties, the parameters bound by name:
        /// <c>Find(id)</c>, <c>GetById(value)</c>, <c>GetAsync(userId)</c>, <c>GetUserConsent(subjectId, clientId)</c>.
        /// </summary>
        private OperationSpec? Lookup(MemberCandidate candidate, out string? reason, out bool reported)
        {
            reason = null;
            reported = false;
            var verb = candidate.Verb;
            QueryVerb? kind = null;
            string? noun = null;
            string verbWord = "";
            var nounBeforeExists = false;
            // The longest verb wins: GetCount(category) counts (CountVerbs), it is no Get of a "Count".
            // Clear{Es}(guildId, userId) is Delete{Es}(guildId, userId): the verb Clear removes rows everywhere it is read.
            var deleteVerbs = ClearOfRows(verb) ? Conventions.DeleteVerbs.Concat(new[] { "Clear" }).ToArray() : Conventions.DeleteVerbs;
            foreach (var (verbs, queryVerb) in new[] { (Conventions.FindVerbs, QueryVerb.Select), (deleteVerbs, QueryVerb.Delete), (Conventions.ExistsVerbs, QueryVerb.Exists), (Conventions.GetAllVerbs, QueryVerb.Select), (Conventions.CountVerbs, QueryVerb.Count) })
            {
                if (NounAfter(verb, verbs) is { } found && (noun is null || (queryVerb == QueryVerb.Count && found.Length < noun.Length)))
                {
                    kind = queryVerb;
                    noun = found;
                    verbWord = verb.Substring(0, verb.Length - found.Length);
                }
            }

            if (kind == QueryVerb.Select && verbWord == "Get" && noun is not null && CountInside(noun) is { } counted
                && !_context.PropertiesOf(_entity.Type).Any(p => p.Name.EndsWith("Count", StringComparison.Ordinal) && p.Name.Length > 5 && noun.StartsWith(p.Name.Substring(0, p.Name.Length - 5), StringComparison.Ordinal))
                && !candidate.Parameters.Any(p => EntityParameters.NamesTheKey(_entity, p.Name)))
            {
                // Not when a property counts the same words (GetItemCount(cartId) of a cart with ItemCount reads the property),
                // nor by the key (a count of the row with that key is 0 or 1: GetViewCount(id) reads a field or related rows).
                // GetUnreadNotificationCountAsync(userId), GetNotificationCountForUserAsync(userId), GetUnreadCountAsync(userId):
                // Get + words + Count is the count of those words (CountUnreadNotifications(userId)), every word still proven below.
                kind = QueryVerb.Count;
                noun = counted;
                verbWord = "Count";
            }

            if (kind is null && verb.Length > 6 && verb.EndsWith("Exists", StringComparison.Ordinal) && !verb.StartsWith("Is", StringComparison.Ordinal))
            {
                // The noun in front of the verb (ItemExistsAsync(id), UserExists(id)): every word of it must still be proven
                // below (the entity's name, a neutral word such as Item, or a parameter), as for a noun after the verb.
                kind = QueryVerb.Exists;
                noun = verb.Substring(0, verb.Length - 6);
                verbWord = "Exists";
                nounBeforeExists = true;
            }

            if (kind is null && NameWords.StartsWithWordAndMore(verb, "Is") && Conventions.IsExistEndings.FirstOrDefault(e => verb.Length > 2 + e.Length && verb.EndsWith(e, StringComparison.Ordinal)) is { } ending)
            {
                // IsPatientExist(id), IsPatientExistsAsync(id) (since h-sample124): Is + a noun + Exist(s) asks what {Noun}Exists
                // asks, read the same way (the key check; a noun that is a property with its value is ValueUse's, above).
                kind = QueryVerb.Exists;
                noun = verb.Substring(2, verb.Length - 2 - ending.Length);
                verbWord = "Exists";
                nounBeforeExists = true;
            }

            if (kind is null || noun is null)
            {
                return null;
            }

            // GetOrNull(key), ABP's GetOrNullAsync(name): Or names no thing, it says what a missing key gives (null), as the
            // key-value and blob stores read it. Only by the key (h-leftover3; before, "'Or' names neither the entity").
            var orNull = false;
            if (kind == QueryVerb.Select && verbWord == "Get" && noun == "OrNull")
            {
                orNull = true;
                noun = "";
            }

            // By{Key} (the key property, or Id/Key when no other property has that name) proves the parameters are the key;
            // By{AnythingElse} is a derived query.
            var keyByName = false;
            var bareBy = false;
            if (noun == "By")
            {
                // GetBy(id): nothing after By, so only the parameter can say what it looks up; the key by name and type, or refused below.
                bareBy = true;
                noun = "";
            }
            else if (noun.StartsWith("By", StringComparison.Ordinal))
            {
                var suffix = noun.Substring(2);
                keyByName = IsKeySuffix(suffix);
                if (!keyByName)
                {
                    return null;
                }
            }
            else
            {
                foreach (var word in _nouns)
                {
                    if (noun.StartsWith(word, StringComparison.Ordinal) && noun.Length > word.Length + 2 && string.CompareOrdinal(noun, word.Length, "By", 0, 2) == 0)
                    {
                        keyByName = IsKeySuffix(noun.Substring(word.Length + 2));
                        if (!keyByName)
                        {
                            return null;
                        }

                        // GetStudentByID(studentId): By{Key} is proven, so the noun is the entity's word alone; its words are
                        // not read again ("ID" would split into I and D, which no parameter name spells).
                        noun = word;
                        break;
                    }
                }

                var by = noun.LastIndexOf("By", StringComparison.Ordinal);
                if (!keyByName && kind == QueryVerb.Select && by > 0 && IsKeySuffix(noun.Substring(by + 2))
                    && _context.PropertiesOf(_entity.Type).Any(p => p.Name == noun.Substring(0, by) || p.Name == WithoutLeadingEntityWord(noun.Substring(0, by))))
                {
                    // GetPetNameById(id): a property's read by the key (FieldRead below), not a derived query.
                    keyByName = true;
                }
            }

            // Names that read as derived queries (FindFirstByJoinedAtAfter…) are the query parser's, unless By names the key.
            if (!keyByName && QueryNameParser.IsDerivedQueryName(verb))
            {
                return null;
            }

            if (kind.Value == QueryVerb.Delete && TryWriteProblem(candidate, removal: true, byKey: true) is { } tryRemoval)
            {
                return Fail(tryRemoval, out reason);
            }

            if (kind.Value == QueryVerb.Delete && PartTakenFromRow(candidate, noun) is { } taken)
            {
                return Fail(taken, out reason);
            }

            var bound = EntityParameters.BindLookup(_context, _entity, candidate.Parameters, keyByName, out var problem);
            if (bound is null)
            {
                // h-sample112: DotNetWorkQueue's IContainer GetQueueContainer(Guid queueId) on a repository of DashboardQueueInfo
                // was refused for its parameter ("name it after the property…"), a rename that would not have helped: what it
                // returns is no row of the entity's table, which no parameter changes.
                reason = kind.Value == QueryVerb.Delete && RemovalBesideOthers(candidate) is { } besides ? besides
                    : ForeignResultBeforeParameters(candidate) ?? (kind.Value == QueryVerb.Select ? ValueResultBeforeParameters(candidate, noun) : null) ?? problem;
                return null;
            }

            if (bound.All(static b => b.Meaning == ParameterMeaning.Ignored))
            {
                return null;
            }

            if (orNull && !EntityParameters.IsKeyOnly(_entity, bound))
            {
                // GetOrNull(string name) of an entity keyed by Id: the name says null for a missing key, and its parameter is
                // no key, so which row it finds (by a property, unique or not) is not proven.
                return Fail("'" + verb + "' is read only as a lookup by the key that answers null for a missing one, and its parameters are not the key of " + _entity.Name
                    + " (" + EntityParameters.KeyDescription(_entity) + ") by name and type; name it FindBy{Property} (FindBy" + (bound.FirstOrDefault(static b => b.Property is not null)?.Property?.Name ?? "{Property}") + ") for a lookup by another property", out reason);
            }

            if (bareBy && !EntityParameters.IsKeyOnly(_entity, bound))
            {
                // GetBy(string name): By names nothing, and a parameter named after a property is no proof that the lookup
                // compares it (a search, a prefix, a case rule): only the key by name and type is read.
                return Fail("'" + verb + "' names nothing after By, so it is read only as a lookup by the key, and its parameters are not the key of " + _entity.Name
                    + " by name and type; name it By{Property} (" + verbWord + "By" + (bound.FirstOrDefault(static b => b.Property is not null)?.Property?.Name ?? "{Property}") + ")", out reason);
            }

            if (nounBeforeExists && !EntityParameters.IsKeyOnly(_entity, bound))
            {
                // CustomerExists(customerId) in an order repository may ask whether the CUSTOMER exists (another table), not
                // whether an order of it does: only the key check (ItemExists(id)) is read from this form.
                return Fail("'" + verb + "' puts a noun before Exists, which is read only as a check of " + _entity.Name + "'s key; its parameters are not the key, so whether it asks about " + _entity.Name
                    + " rows or about the " + noun + " itself is not said (ExistsBy{Property} asks about " + _entity.Name + " rows)", out reason);
            }

            if (kind.Value == QueryVerb.Delete && !EntityParameters.IsKeyOnly(_entity, bound) && NounNamesOnlyAParameter(candidate, noun) is { } named)
            {
                // DeleteJob(JobKey jobKey) in Quartz's IJobStore, whose entity came out as FireInstance (which has a JobKey):
                // the noun names the parameter's thing, not the entity, so the member may remove the JOB (another table)
                // rather than the FireInstance rows that point at it. DeleteBy{Property} and Delete{Entity}For{Parameter} say which.
                return Fail("'" + noun + "' in '" + verb + "' names the parameter '" + named + "', not " + _entity.Name + ", so whether it removes the " + _entity.Name
                    + " rows of that " + noun + " or the " + noun + " itself (another table) is not said; rename it DeleteBy{Property} or Delete" + _entity.Name + "For{Parameter} to remove " + _entity.Name + " rows", out reason);
            }

            if (kind.Value == QueryVerb.Exists && noun.Length == 0 && LoneForeignReference(bound) is { } foreign)
            {
                // Exists(JobKey jobKey) in Quartz's IJobStore, whose entity came out as FireInstance (which has a JobKey): a
                // bare Exists whose one parameter is another thing's id or key may ask whether that thing exists (the job:
                // another table) rather than whether a FireInstance points at it. Only the one-parameter form: a check by
                // two foreign ids (ExistsAsync(userId, chapterId) over a role table) asks for the row that pairs them.
                return Fail("'" + verb + "' names no noun, and its one parameter '" + foreign.Parameter + "' is the " + foreign.Kind + " of a " + foreign.Thing + ", not of " + _entity.Name
                    + ", so whether it asks if the " + foreign.Thing + " itself exists (another table) or if " + _entity.Name + " rows of that " + foreign.Thing
                    + " do is not said; rename it ExistsBy" + foreign.Property + " to ask about " + _entity.Name + " rows (or write it: Store.Where(e => e." + foreign.Property + " == " + foreign.Parameter + ").Count > 0 asks the same)", out reason);
            }

            if (kind.Value == QueryVerb.Select && Conventions.QueryAllWords.FirstOrDefault(w => NameWords.StartsWithWord(noun, w)) is { } allWord
                && bound.Where(static b => b.Meaning != ParameterMeaning.Ignored).ToList() is { Count: > 0 } listed
                && listed.All(b => b.IsIn && b.Property is { } p && _entity.Keys.Count == 1 && SymbolEqualityComparer.Default.Equals(p, _entity.Keys[0])))
            {
                // GetManyAsync(IEnumerable<Guid> ids), GetAll(int[] ids): Many/All say "every match", as in GetManyBy…/FindAllBy…,
                // and the matches are those of the keys given: the batch read by keys GetByIdsAsync(ids) is, with its order rule.
                noun = noun.Substring(allWord.Length);
            }

            // Every word of the noun must be accounted for: GetLatestOrderForCustomer(customerId) is not the first order
            // of the customer, and GetArchivedOrders(customerId) is not every order of the customer.
            // A flag word before the entity word (GetActiveUser(id), CountUnreadMessages(userId)) is one more condition.
            var byKey = bound.Any(static b => b.Meaning == ParameterMeaning.Key);
            (IPropertySymbol Property, bool Negated)? flag = null;
            var unproven = UnprovenNounWord(candidate, noun, byKey);
            if (unproven is not null
                && LookupFlags.Leading(_context, _entity, noun, out var unflagged, out var negated) is { } leading && UnprovenNounWord(candidate, unflagged, byKey) is null)
            {
                flag = (leading, negated);
            }

            if (flag is null && unproven is not null && kind.Value == QueryVerb.Select && EntityParameters.IsKeyOnly(_entity, bound) && FieldRead(candidate, noun, Key(bound)) is { } field)
            {
                return field;
            }

            if (flag is null && unproven is not null)
            {
                if (AmbiguousFlagWord(verb) is { } ambiguous)
                {
                    return Fail(ambiguous, out reason);
                }

                return Fail(OtherResultType(candidate) ?? "'" + unproven + "' in '" + verb + "' names neither the entity (" + _entity.Name + "), the interface nor a parameter, so which " + _entity.Name + " it selects, or in which order, cannot be proven (a word such as Latest orders, one such as Archived filters); rename it (Get" + _entity.Name + "For{Parameter}, FindBy{Property})", out reason);
            }

            if (flag is null && SiblingQualifiers.Find(_context, _entity.Name, verbWord, noun) is { } sibling)
            {
                return Fail("'" + sibling.Word + "' in '" + verb + "' is a word of " + _entity.Name + "'s name that '" + sibling.Sibling + "' replaces with '" + sibling.SiblingWord
                    + "', so the two select different " + _entity.Name + " rows by a condition no property or parameter names, and the fake would give both the same rows; rename them (FindBy{Property}) or implement them", out reason);
            }

            if (flag is null && EntityParameters.IsKeyOnly(_entity, bound))
            {
                var key = Key(bound);
                if (key.Parts.Any(static p => p.NullFindsNothing) && kind.Value is not (QueryVerb.Select or QueryVerb.Exists))
                {
                    return Fail("its key '" + key.Parts[0].Name + "' is nullable, and what a removal of null does (nothing, or an error) is the store's own; take the key type itself", out reason);
                }

                switch (kind.Value)
                {
                    case QueryVerb.Select:
                        return FindByKey(candidate, key, out reason);
                    case QueryVerb.Delete:
                        return DeleteResult(candidate, out var success, out reason, byKey: true) is { } deleted ? new EntityDeleteByKeyOp(key, deleted, success) : null;
                    case QueryVerb.Exists:
                        return TypeFacts.IsBool(candidate.Result) && candidate.Shape != ReturnShape.AsyncEnumerable ? new EntityExistsOp(key) : Fail("it must return bool", out reason);
                }
            }

            reported = true;
            // A collection named as the keys (GetDroidsAsync(ids)) lists by keys as a ByIds name does: its order is ByKeysOrder's.
            return InKeyListOrder(candidate, QueryBinder.BindEquality(_context, candidate, _entity, _store, _unique, _indexed, kind.Value, verbWord, bound, flag));
        }

        /// <summary>
        /// <c>Get{Property}(key)</c> returning that property's type (<c>string GetPetName(int id)</c>,
        /// <c>Task&lt;OrderStatus?&gt; GetStatusAsync(Guid orderId)</c>, optionally with the entity word before the property:
        /// <c>GetCarPetName(id)</c>): the one value of the row with that key, as the real store's
        /// <c>Where(c =&gt; c.Id == id).Select(c =&gt; c.PetName)</c>; the read counterpart of <c>Update{Property}(key, value)</c>.
        /// Only a property of a value-like type (numbers, <c>bool</c>, <c>string</c>, enums, dates and times, <c>Guid</c>, and their
        /// nullable forms), so the value handed out shares nothing with the stored row; a result of exactly that type, or its
        /// nullable form. A missing row: null for a nullable (or oblivious) result, else the not-found error (a real store's
        /// <c>First</c> throws and its <c>FirstOrDefault</c> answers the type's default: the fake is loud), unless
        /// <c>MissingKeyReads = Default</c> says default. Null when the noun names no such property.
        /// </summary>
        private EntityFieldReadOp? FieldRead(MemberCandidate candidate, string noun, KeySpec key)
        {
            if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                return null;
            }

            foreach (var ending in _entity.Keys.Select(static k => "By" + k.Name).Concat(new[] { "ById", "ByID", "ByKey" }))
            {
                if (noun.Length > ending.Length && noun.EndsWith(ending, StringComparison.Ordinal))
                {
                    noun = noun.Substring(0, noun.Length - ending.Length);
                    break;
                }
            }

            var property = _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Name == noun)
                ?? (WithoutLeadingEntityWord(noun) is { Length: > 0 } bare ? _context.PropertiesOf(_entity.Type).FirstOrDefault(p => p.Name == bare) : null);
            if (property is null || property.IsStatic || property.IsIndexer || property.GetMethod is not { DeclaredAccessibility: Accessibility.Public }
                || _entity.Keys.Any(k => k.Name == property.Name) || !IsValueLike(property.Type))
            {
                return null;
            }

            var propertyType = TypeNames.Underlying(property.Type);
            var resultType = TypeNames.Underlying(result);
            if (!TypeFacts.SameType(propertyType, resultType))
            {
                return null;
            }

            SingleResult single;
            if (TypeNames.IsNullableValueType(result))
            {
                single = SingleResult.NullableStruct;
            }
            else if (result.IsReferenceType && result.NullableAnnotation != NullableAnnotation.NotAnnotated)
            {
                single = SingleResult.Nullable;
            }
            else if (TypeNames.IsNullableValueType(property.Type))
            {
                // int? ViewCount read as int: a null value has no int to give.
                return null;
            }
            else
            {
                single = _context.Settings.MissingKeyReads == MissingKeyReads.Default ? SingleResult.DefaultWhenMissing : SingleResult.Required;
            }

            return new EntityFieldReadOp(key, TypeNames.Escape(property.Name), single);
        }

        private bool IsValueLike(ITypeSymbol type)
        {
            var underlying = TypeNames.Underlying(type);
            if (underlying.TypeKind == TypeKind.Enum)
            {
                return true;
            }

            return underlying.SpecialType is SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
                    or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64
                    or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single or SpecialType.System_Double or SpecialType.System_String
                    or SpecialType.System_DateTime
                || KnownSymbols.Is(underlying, _context.Known.Guid) || TypeFacts.IsTimeValue(_context.Known, underlying);
        }

        /// <summary>
        /// A query by a collection of keys whose order nothing says (<c>FindByIds(ids)</c>, <c>GetDroidsAsync(ids)</c>): in the
        /// order <c>ByKeysOrder</c> states, or IMF0018 naming the fix; any other query as bound.
        /// </summary>
        private EntityQueryOp? InKeyListOrder(MemberCandidate candidate, EntityQueryOp? query)
        {
            if (KeyListOrder.WhyRefused(_entity, query) is not { } unordered)
            {
                return query;
            }

            if (KeyListOrder.Ordered(_context.Settings.ByKeysOrder, _context.Settings.ByKeysMissing, _entity, query!, out var notOrdered) is { } ordered)
            {
                return ordered;
            }

            _context.ReportQuery(DiagnosticDescriptors.QueryParameterMismatch, candidate, candidate.Symbol.Name, _context.InterfaceName, notOrdered ?? unordered);
            return null;
        }

        /// <summary>
        /// The one parameter of a lookup when it is bound to a property named <c>{Thing}Id</c> or <c>{Thing}Key</c> where no
        /// word of Thing is a word of the entity's name (<c>JobKey</c> on <c>FireInstance</c>, <c>CustomerId</c> on
        /// <c>Order</c>): another thing's id, not the entity's key nor a value of its own. Null when the lookup binds other
        /// parameters too (a check by two foreign ids names the row that pairs them) or the key.
        /// </summary>
        private (string Parameter, string Property, string Thing, string Kind)? LoneForeignReference(List<BoundParameter> bound)
        {
            var meaningful = bound.Where(static b => b.Meaning != ParameterMeaning.Ignored).ToList();
            if (meaningful.Count != 1 || meaningful[0].Meaning != ParameterMeaning.Property || meaningful[0].Property is not { } property)
            {
                return null;
            }

            var own = QueryNameParser.SplitWords(_entity.Name);
            foreach (var suffix in new[] { "Id", "Key" })
            {
                if (property.Name.Length > suffix.Length && property.Name.EndsWith(suffix, StringComparison.Ordinal) && char.IsLower(property.Name[property.Name.Length - suffix.Length - 1]))
                {
                    var thing = property.Name.Substring(0, property.Name.Length - suffix.Length);
                    var words = QueryNameParser.SplitWords(thing);
                    if (words.Count > 0 && !words.Any(w => own.Any(o => Conventions.SameNounWord(w, o))))
                    {
                        return (meaningful[0].Parameter.Name, property.Name, thing, suffix == "Id" ? "id" : "key");
                    }
                }
            }

            return null;
        }

        /// <summary>
        /// The parameter a query verb's noun names and nothing else does, or null: every word of the noun (<c>Job</c> in
        /// <c>DeleteJob(jobKey)</c>) is a word of that parameter's name, none names the entity, and no connector (<c>By</c>,
        /// <c>For</c>, <c>Of</c>…) says the entity's rows are selected by it.
        /// </summary>
        private string? NounNamesOnlyAParameter(MemberCandidate candidate, string noun)
        {
            var words = QueryNameParser.SplitWords(noun);
            if (words.Count == 0 || words.Any(static w => Conventions.IsOneOf(w, Conventions.NeutralNounWords)))
            {
                return null;
            }

            // Only the entity's own words exempt it: the interface's (Job in IJobStore) say what the store is about, which
            // here is the parameter's thing, not the entity's rows.
            var own = QueryNameParser.SplitWords(_entity.Name);
            if (words.Any(w => own.Any(o => Conventions.SameNounWord(w, o))))
            {
                return null;
            }

            foreach (var parameter in candidate.Parameters)
            {
                if (parameter.Name.Length == 0)
                {
                    continue;
                }

                var named = QueryNameParser.SplitWords(char.ToUpperInvariant(parameter.Name[0]) + parameter.Name.Substring(1));
                if (words.All(w => named.Any(n => Conventions.SameNounWord(w, n))))
                {
                    return parameter.Name;
                }
            }

            return null;
        }

        /// <summary>
        /// For a removal that takes the entity itself beside parameters no convention reads (BookStore's
        /// <c>DeleteAsync(T entity, bool isSoftDelete = false)</c>), why it is refused, naming those parameters; null for any
        /// other removal. Without it the lookup's binding blames the entity parameter ("'entity' names neither the key nor a
        /// property"), which is the one parameter whose meaning is plain. A bool named for a soft or hard delete switches
        /// between removing the row and setting a flag on it, which is the store's own (which flag, and whether reads hide it).
        /// </summary>
        private string? RemovalBesideOthers(MemberCandidate candidate)
        {
            var significant = candidate.Parameters.Where(p => !EntityParameters.IsIgnorable(_context, p)).ToArray();
            var entities = significant.Where(p => TypeFacts.ReadsAsValue(p) && TypeFacts.SameType(TypeNames.Underlying(p.Type), _entity.Type)).ToArray();
            if (entities.Length != 1 || significant.Length < 2)
            {
                return null;
            }

            var others = significant.Where(p => !SymbolEqualityComparer.Default.Equals(p, entities[0])).ToArray();
            var text = "a removal of the " + EntityParameters.EntityDisplay(_entity) + " it is given ('" + entities[0].Name + "') takes it and nothing else the conventions know"
                + RefusalText.WhatItTakes(significant);
            if (SoftDeleteSwitch(others) is { } switched)
            {
                return text + "; " + SoftDeleteSwitchText(switched);
            }

            var named = others.Select(p => (Parameter: p, Property: _context.PropertiesOf(_entity.Type).FirstOrDefault(q => string.Equals(q.Name, p.Name, StringComparison.OrdinalIgnoreCase))))
                .FirstOrDefault(static x => x.Property is not null);
            if (named.Property is not null)
            {
                // KeyedRemovalTests' Delete(Guid clientId, Cart cart): a condition on the entity given, or the other rows it names.
                return text + "; '" + named.Parameter.Name + "' names " + _entity.Name + "'s " + named.Property.Name
                    + ": whether the removal checks it against the entity given, or removes the other " + _entity.Name + " rows it names, is the store's own";
            }

            return text + RefusalText.IgnoreAdvice(_context.Known, significant, _entity);
        }

        /// <summary>
        /// The first word of a lookup's noun that nothing proves, or null: a word of the entity's name (singular or plural),
        /// of the interface's name (<c>GetUserConsent</c> in an <c>IUserConsentStore</c>), of a parameter's name
        /// (<c>GetOrderForCustomer(customerId)</c>), or a neutral word (<see cref="Conventions.NeutralNounWords"/>) is proven;
        /// any other word (Latest, Archived, Summary) may select or order, so the lookup is refused. A word naming who a row
        /// belongs to (<see cref="Conventions.OwnerNounWords"/>: <c>GetUserGrant(subjectId, clientId)</c>) is proven unless a
        /// parameter is the key (<c>GetUserOrders(id)</c> is not the order with that id); a word saying one row
        /// (<see cref="Conventions.KeyLookupNounWords"/>: <c>GetSingle(id)</c>) is proven only when a parameter is the key.
        /// A name may spell an acronym in capitals (<c>ObtenerProductoID(id)</c>, <c>GetCustomerID(id)</c>): the noun is read
        /// with each run of capitals as one word (<see cref="AcronymWords"/>: Producto, ID), which the parameter <c>id</c>
        /// proves as it proves Id; the names that prove words are read both ways.
        /// </summary>
        private string? UnprovenNounWord(MemberCandidate candidate, string noun, bool byKey, bool parameterNamesProve = true)
        {
            if (noun.Length == 0 || noun.StartsWith("By", StringComparison.Ordinal))
            {
                return null;
            }

            var names = new List<string> { _entity.Name, _context.InterfaceName.Length > 1 && _context.InterfaceName[0] == 'I' ? _context.InterfaceName.Substring(1) : _context.InterfaceName };
            names.AddRange(candidate.Parameters.Where(p => p.Name.Length > 0 && parameterNamesProve).Select(static p => char.ToUpperInvariant(p.Name[0]) + p.Name.Substring(1)));
            var proven = names.SelectMany(static n => QueryNameParser.SplitWords(n)).ToList();
            proven.AddRange(IncludedNavigationWords(noun));
            var unproven = FirstUnprovenNounWord(QueryNameParser.SplitWords(noun), proven, byKey);
            var acronyms = AcronymWords(noun);
            if (unproven is null || acronyms.SequenceEqual(QueryNameParser.SplitWords(noun)))
            {
                return unproven;
            }

            proven.AddRange(names.SelectMany(static n => AcronymWords(n)));
            return FirstUnprovenNounWord(acronyms, proven, byKey);
        }

        /// <summary>
        /// The words of a name with each run of capitals kept as one word: <c>ProductoID</c> → Producto, ID;
        /// <c>CustomerIDs</c> → Customer, IDs; <c>SMSMessage</c> → SMS, Message (<see cref="QueryNameParser.SplitWords"/>
        /// makes a word of each capital).
        /// </summary>
        private static List<string> AcronymWords(string name)
        {
            var words = new List<string>();
            foreach (var word in QueryNameParser.SplitWords(name))
            {
                var afterCapitals = words.Count > 0 && words[words.Count - 1].All(char.IsUpper);
                if (afterCapitals && ((word.Length == 1 && char.IsUpper(word[0])) || (word.Length == 2 && char.IsUpper(word[0]) && word[1] == 's')))
                {
                    words[words.Count - 1] += word;
                }
                else
                {
                    words.Add(word);
                }
            }

            return words;
        }

        private static string? FirstUnprovenNounWord(List<string> words, List<string> proven, bool byKey)
        {
            foreach (var word in words)
            {
                if (Conventions.IsOneOf(word, Conventions.NeutralNounWords) || (!byKey && Conventions.IsOneOf(word, Conventions.OwnerNounWords))
                    || (byKey && Conventions.IsOneOf(word, Conventions.KeyLookupNounWords)) || proven.Any(p => Conventions.SameNounWord(word, p)))
                {
                    continue;
                }

                return word;
            }

            return null;
        }

        /// <summary>
        /// <c>Clear</c> followed by the entity's plural (<c>ClearWarnings</c> of a <c>Warning</c>), which, given parameters,
        /// removes the rows they match as <c>DeleteWarnings(guildId, userId)</c> does: the verb removes rows in every form the
        /// conventions read (<c>Clear()</c>, <c>ClearCompleted()</c>). Not when the entity has a flag the verb may set instead
        /// (<c>IsCleared</c>, <c>Cleared</c>: a notification "cleared" from a list and kept).
        /// </summary>
        /// <summary>
        /// Why <c>Clear</c>, <c>DeleteAll</c>, <c>RemoveAll</c>… with parameters is refused (h-audit39, a random audit of
        /// refusals): said before as "it must take no parameters", which reads as a slip in the signature, where the
        /// parameters are the cause: without them the verb removes every row; with them it may remove only the rows they
        /// select (Teams' Book-a-Room <c>DeleteAllAsync(userIdentifier)</c>: one user's favourite rooms) or every row in a
        /// way they set (Foundatio's <c>RemoveAllAsync(ICommandOptions options)</c>), and the name says neither. The message
        /// says what the first parameter that names no property is, by the lookups' own account of a parameter that names
        /// neither the key nor a property, or, when every one names a property, the derived removal that says the condition.
        /// </summary>
        private string ClearWithParameters(string verb, IParameterSymbol[] significant)
        {
            var plural = TypeNames.Plural(_entity.Name);
            var named = significant.Select(p => (Parameter: p, Property: EntityParameters.PropertyNamed(_context, _entity, p.Name))).ToList();
            var text = "it takes " + (significant.Length == 1 ? "a parameter, " : "parameters, ") + string.Join(", ", significant.Select(static p => "'" + p.Name + "'"))
                + ", where " + verb + " without parameters removes every " + EntityParameters.EntityDisplay(_entity)
                + ": with them it may remove only the " + plural + " they select or every one in a way they set, which its name does not say; ";
            if (named.FirstOrDefault(static n => n.Property is null) is { Parameter: { } unnamed })
            {
                // One that names nothing is the first thing a reader must fix; a derived removal could not hold it either.
                return text + EntityParameters.NeitherKeyNorProperty(_context, _entity, unnamed);
            }

            return text + string.Join(", ", named.Select(n => "'" + n.Parameter.Name + "'")) + (named.Count == 1 ? " names " : " name ") + EntityParameters.EntityDisplay(_entity) + "'s "
                + string.Join(", ", named.Select(static n => n.Property!.Name)) + ", and a removal of the " + plural + " whose properties equal values says so in its name (DeleteBy"
                + string.Join("And", named.Select(static n => n.Property!.Name)) + "(" + string.Join(", ", named.Select(static n => n.Parameter.Name)) + ")), or write the member";
        }

        private bool ClearOfRows(string verb)
            => verb.StartsWith("Clear", StringComparison.Ordinal) && _plural.Any(p => p.Length > 0 && verb.Length == 5 + p.Length && verb.EndsWith(p, StringComparison.Ordinal))
                && EntityParameters.BoolFlag(_context, _entity, "Clear", out _) is null;

        /// <summary>
        /// The words of a lookup's <c>With{Navigation}[And{Navigation}]</c> tail (<c>GetProductWithCategory(id)</c>,
        /// <c>GetOrderWithItemsAndPayments(id)</c>) when each part names a navigation property of the entity (a reference to
        /// another class, or a collection of them): the tail asks the real store to load those related rows (EF Core's
        /// <c>Include</c>), which selects nothing, and a fake returns the graph it was given, as it does for
        /// <c>includeProperties</c>. A part may add <c>Details</c> to the navigation's name (<c>FindUserWithTeamDetails(userId)</c>:
        /// the navigation's details are what loading it brings). A part that names anything else (<c>WithPrice</c>,
        /// <c>WithStock</c>, <c>WithPriceDetails</c>) is left unproven.
        /// </summary>
        private IEnumerable<string> IncludedNavigationWords(string noun)
        {
            var words = QueryNameParser.SplitWords(noun);
            var with = words.IndexOf("With");
            if (with < 0 || with == words.Count - 1)
            {
                return Array.Empty<string>();
            }

            var tail = words.Skip(with + 1).ToList();
            var parts = new List<string>();
            var current = new List<string>();
            foreach (var word in tail)
            {
                if (word == "And")
                {
                    parts.Add(string.Concat(current));
                    current.Clear();
                }
                else
                {
                    current.Add(word);
                }
            }

            parts.Add(string.Concat(current));
            var properties = _context.PropertiesOf(_entity.Type);
            var proven = new List<string>();
            foreach (var part in parts)
            {
                // "{Navigation}Details" (spider-baby-identity's FindUserWithTeamDetailsAsync(userId), h-sample95): the details
                // of a navigation are what loading it brings, so the word selects nothing either; the part without it must
                // still name a navigation (WithPriceDetails stays unproven).
                var navigation = part.Length > "Details".Length && part.EndsWith("Details", StringComparison.Ordinal)
                    && !properties.Any(p => string.Equals(p.Name, part, StringComparison.Ordinal))
                    ? part.Substring(0, part.Length - "Details".Length)
                    : part;
                var property = properties.FirstOrDefault(p => string.Equals(p.Name, navigation, StringComparison.Ordinal));
                if (part.Length > 0 && property is not null && EntityParameters.IsNavigation(property.Type))
                {
                    proven.AddRange(QueryNameParser.SplitWords(part));
                }
            }

            return proven;
        }

        private bool IsKeySuffix(string suffix)
        {
            if (suffix == string.Join("And", _entity.Keys.Select(static k => k.Name)))
            {
                return true;
            }

            if (_entity.Keys.Count == 1 && suffix == _entity.Keys[0].Name)
            {
                return true;
            }

            // ById/ByKey mean the key unless the entity has another property of that name (Piranha's GetByKey is by Key);
            // ByID is the same word spelled as Microsoft's EF Core tutorial spells it (GetByID(object id)).
            return Conventions.IsOneOf(suffix, Conventions.KeyWords) && (EntityParameters.PropertyNamed(_context, _entity, suffix) is not { } named || _entity.Keys.Any(k => k.Name == named.Name));
        }

        /// <summary>The key the bound parameters give; a key given as <c>object</c> is converted at run time (<see cref="EntityParameters.IsObjectKey"/>).</summary>
        private KeySpec Key(List<BoundParameter> bound)
            => new(bound.Where(static b => b.Meaning == ParameterMeaning.Key).OrderBy(static b => b.KeyIndex)
                .Select(b => EntityParameters.IsObjectKey(_entity, b.Parameter)
                    ? new ArgumentRef(TypeNames.Escape(b.Parameter.Name), false, "object", _context.RenderNotNull(_entity.KeyType))
                    : EntityParameters.IsNullableKey(_context, _entity, b.Parameter) ? new ArgumentRef(TypeNames.Escape(b.Parameter.Name), false) { NullFindsNothing = true, NullIsReference = !b.Parameter.Type.IsValueType }
                    : EntityParameters.IsWrappedKey(_entity, b.Parameter) ? new ArgumentRef(TypeNames.Escape(b.Parameter.Name), false) { WrapIn = _context.RenderNotNull(_entity.KeyType) }
                    : Declarations.Argument(b.Parameter))
                .ToArray());

        /// <summary>
        /// A save that names the repository's entity and takes nothing but a cancellation token (<c>SaveAddress()</c>,
        /// <c>SaveAddressesAsync()</c>, <c>SaveAddressChanges()</c>: bahramsh45/BestRecruitment's <c>IAddressRepository</c>,
        /// h-sample60), beside the repository's own save (<c>Save()</c>, <c>SaveChanges()</c>…): it is given no entity, so
        /// the only thing it can save is what is pending, and in a repository of one entity type that is what the save
        /// beside it saves. Alone it stays refused: without a save the conventions know, nothing proves a unit of work (a
        /// file-backed store's <c>SaveAddresses()</c> may write a list whose every change is already visible).
        /// </summary>
        private bool IsSaveNamedForEntity(MemberCandidate candidate)
        {
            if (candidate.Method is not { MethodKind: MethodKind.Ordinary, IsGenericMethod: false } method || !_context.HasOwnSave
                || !method.Parameters.All(static p => p.RefKind == RefKind.None && p.Type.ToDisplayString() == "System.Threading.CancellationToken"))
            {
                return false;
            }

            var name = method.Name.EndsWith("Async", StringComparison.Ordinal) ? method.Name.Substring(0, method.Name.Length - 5) : method.Name;
            if (!NameWords.StartsWithWord(name, "Save"))
            {
                return false;
            }

            var noun = name.Substring(4);
            if (noun.EndsWith("Changes", StringComparison.Ordinal))
            {
                noun = noun.Substring(0, noun.Length - 7);
            }

            return noun.Length > 0 && (_single.Contains(noun) || _plural.Contains(noun));
        }

        /// <summary>
        /// <c>RemoveAll(List&lt;Menu&gt; List)</c>, <c>DeleteAll(IEnumerable&lt;T&gt; entities)</c>: a removal verb with All
        /// and one collection of the entity type removes the entities given (Spring Data's <c>deleteAll(entities)</c>;
        /// HosssDark/SGIA's <c>RemoveAll</c>, h-sample60), as <c>AddAll(list)</c> adds them, not every row: the ranges
        /// plan it, and a removal verb is one of the ranges' delete verbs. Before, it was refused as a clear that must take
        /// no parameters.
        /// </summary>
        private bool RemovesGivenEntities(string verb, IParameterSymbol[] significant)
            => significant.Length == 1 && NounAfter(verb, Conventions.DeleteVerbs) is not null && TypeFacts.ReadsAsValue(significant[0])
                && TypeFacts.EnumerableElement(significant[0].Type) is { } element && TypeFacts.SameType(element, _entity.Type);

        /// <summary>The noun after one of <paramref name="verbs"/> (longest verb first): "" for the bare verb, null when none starts the name.</summary>
        private static string? NounAfter(string name, string[] verbs)
        {
            string? best = null;
            foreach (var verb in verbs)
            {
                if (NameWords.StartsWithWord(name, verb) && (best is null || verb.Length > best.Length))
                {
                    best = verb;
                }
            }

            return best is null ? null : name.Substring(best.Length);
        }

        /// <summary>How a single-entity write returns: nothing, bool, the entity, the key, the number affected, or the result type's success value.</summary>
        private EntityWriteResult? WriteResult(MemberCandidate candidate, bool allowKey, bool allowCount, out SuccessValueSpec? success, out string? reason)
        {
            success = null;
            reason = null;
            if (candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                reason = "it cannot return an async stream";
                return null;
            }

            if (candidate.IsVoid)
            {
                return EntityWriteResult.None;
            }

            var result = candidate.Result!;
            if (TypeFacts.IsBool(result))
            {
                return EntityWriteResult.Bool;
            }

            if (TypeFacts.SameType(result, _entity.Type) && !TypeNames.IsNullableValueType(result))
            {
                return EntityWriteResult.Entity;
            }

            if (allowKey && !TypeNames.IsNullableValueType(result)
                && (SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(result), _entity.KeyType) || WidensKey(result)))
            {
                if (result.SpecialType == SpecialType.System_Int32 && Conventions.WithoutReturnedKeySuffix(Conventions.VerbOf(candidate.Symbol.Name)) == Conventions.VerbOf(candidate.Symbol.Name))
                {
                    reason = "it returns int, which is the new key in some repositories (Skoruba's AddApiScopeAsync returns the new Id) and the number of rows written in others "
                        + "(the Dapper tutorials' ExecuteAsync, a SaveChangesAsync result): the signature does not say which. Return the entity or void, name it …AndGetId for the key, or implement it";
                    return null;
                }

                return EntityWriteResult.Key;
            }

            if (allowKey && result.SpecialType == SpecialType.System_Object && _entity.Keys.Count == 1)
            {
                // The key, boxed: RepoDb's Insert/Merge, NHibernate's ISession.Save and PetaPoco's Database.Insert return the
                // primary key value of the row written as object (docs/generator.md, the Add row).
                return EntityWriteResult.Key;
            }

            if (allowCount && TypeFacts.IsIntOrLong(result))
            {
                return EntityWriteResult.Count;
            }

            if (SuccessValue(result) is { } value)
            {
                success = value;
                return EntityWriteResult.Success;
            }

            reason = "it must return void, bool, " + EntityParameters.EntityDisplay(_entity) + (allowKey ? ", the key" : "") + (allowCount ? ", the number updated" : "") + " or a result type with a static Success value";
            return null;
        }

        /// <summary>
        /// A <c>long</c> result for an <c>int</c> key (<c>short</c>, <c>byte</c> too): the generated key, widened, as Dapper.Contrib's
        /// <c>Insert</c> returns the identity as <c>long</c> and the repositories built on it declare <c>Task&lt;long&gt; InsertAsync(T)</c>.
        /// </summary>
        private bool WidensKey(ITypeSymbol result)
            => result.SpecialType == SpecialType.System_Int64
                && _entity.KeyType is { SpecialType: SpecialType.System_Int32 or SpecialType.System_Int16 or SpecialType.System_Byte or SpecialType.System_UInt16 or SpecialType.System_UInt32 };

        /// <summary>
        /// An update of one entity declared to return exactly the type of its single key (EntityAxis'
        /// <c>Task&lt;TKey&gt; UpdateAsync(TEntity entity)</c> over a <c>Guid</c> key, which returns <c>entity.Id</c>): an update
        /// makes no new key, so the key it returns is the entity's own. Not a <c>string</c> key (stores return the written
        /// version, an ETag, as a string too), not an integer one (the rows written, as the count an update may return), not
        /// one declared nullable (null says something the signature does not: docs/generator.md, the Update row).
        /// </summary>
        private bool UpdateReturnsKey(MemberCandidate candidate)
            => candidate.Shape != ReturnShape.AsyncEnumerable && !candidate.IsVoid && candidate.Result is { } result && _entity.Keys.Count == 1
                && result.NullableAnnotation != NullableAnnotation.Annotated && !TypeNames.IsNullableValueType(result)
                && SymbolEqualityComparer.Default.Equals(result, _entity.KeyType) && !TypeFacts.SameType(result, _entity.Type)
                && _entity.KeyType.SpecialType is not (SpecialType.System_String or SpecialType.System_Object or SpecialType.System_Boolean
                    or SpecialType.System_Byte or SpecialType.System_SByte or SpecialType.System_Int16 or SpecialType.System_UInt16
                    or SpecialType.System_Int32 or SpecialType.System_UInt32 or SpecialType.System_Int64 or SpecialType.System_UInt64);

        /// <summary>
        /// An update declared to return the entity as <c>T?</c> (nullable annotations on, a reference type) says it returns
        /// null for a key it cannot find (<c>Task&lt;User?&gt; UpdateAsync(User user)</c>: find, return null when missing,
        /// else change and return): the stored entity or null. <c>T</c>, or an oblivious <c>T</c>, keeps the not-found error.
        /// The same holds for <c>TEntity?</c> of an open generic interface whose entity parameter is not constrained to a
        /// class (FluentCMS's <c>Task&lt;TEntity?&gt; Update(TEntity entity)</c> where <c>TEntity : IEntity</c>): the
        /// annotation says the same, and the result is <c>default</c>, null for the classes it is closed over.
        /// </summary>
        private static EntityWriteResult OrNull(MemberCandidate candidate, EntityWriteResult result)
            => result == EntityWriteResult.Entity
                && candidate.Result is { IsReferenceType: true, NullableAnnotation: NullableAnnotation.Annotated } or ITypeParameterSymbol { NullableAnnotation: NullableAnnotation.Annotated }
                ? EntityWriteResult.EntityOrNull
                : result;

        private EntityWriteResult? DeleteResult(MemberCandidate candidate, out SuccessValueSpec? success, out string? reason, bool byKey = false)
        {
            success = null;
            reason = null;
            if (TryWriteProblem(candidate, removal: true, byKey) is { } tryProblem)
            {
                reason = tryProblem;
                return null;
            }

            if (TypeFacts.VoidOrBool(candidate) is { } returnsBool)
            {
                return returnsBool ? EntityWriteResult.Bool : EntityWriteResult.None;
            }

            // The entity removed (the ASP.NET Core 1.0 tutorial's TodoItem Remove(string key), ConcurrentDictionary.TryRemove's
            // value): null when none had the key, or the not-found error when the result is not nullable. A removal of an
            // entity that returns its entity type (EF Core repositories' Task<TEntity> DeleteAsync(TEntity entity): Remove,
            // SaveChanges, return entity) returns the entity it was given, as their Update(entity) does; one not stored fails
            // the save (DbUpdateConcurrencyException), so it is the not-found error, or null when the result is nullable.
            if (candidate.Shape != ReturnShape.AsyncEnumerable && candidate.Result is { } removed && TypeFacts.SameType(removed, _entity.Type))
            {
                return TypeNames.AllowsNull(removed) || TypeNames.IsNullableValueType(removed) ? EntityWriteResult.RemovedOrNull : EntityWriteResult.Removed;
            }

            if (candidate.Shape != ReturnShape.AsyncEnumerable && TypeFacts.IsIntOrLong(candidate.Result))
            {
                return EntityWriteResult.Count;
            }

            if (candidate.Shape != ReturnShape.AsyncEnumerable && candidate.Result is { } result && SuccessValue(result) is { } value)
            {
                success = value;
                return EntityWriteResult.Success;
            }

            reason = "it must return void, bool, the number removed, " + EntityParameters.EntityDisplay(_entity) + (byKey ? " (the one removed)" : " (the one given, removed)") + ", or a result type with a static Success value";
            return null;
        }

        /// <summary>
        /// Why a <c>Try…</c> write (<c>TryRemove(id)</c>, <c>TryDeleteAsync(entity)</c>, <c>TryUpdate(entity)</c>) is not generated, or
        /// null: it returns <c>bool</c>, false for a missing entity and never the not-found error, as
        /// <c>ConcurrentDictionary.TryRemove</c>/<c>TryUpdate</c> do. An entity with a concurrency token leaves unsaid whether a stale
        /// one answers false or the concurrency error, and <c>MissingUpdate = Insert</c> (updates that create) contradicts a Try
        /// update's false; a removal by key has no token to compare. Null for every other verb.
        /// </summary>
        private string? TryWriteProblem(MemberCandidate candidate, bool removal, bool byKey)
        {
            if (!Conventions.IsTryVerb(candidate.Verb))
            {
                return null;
            }

            var what = removal ? "removed" : "updated";
            if (!TypeFacts.IsBool(candidate.Result) || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                return "'" + candidate.Verb + "' is a Try write, which returns bool (whether it " + what + " one: false for a missing " + _entity.Name + ", as ConcurrentDictionary's Try methods answer); with another result what it answers is not said";
            }

            if (!removal && MissingUpdateRule.Inserts(_context))
            {
                return "'" + candidate.Verb + "' is a Try update, which answers false for a missing " + _entity.Name + ", while MissingUpdate = Insert makes this store's updates create it; write the member";
            }

            if (!byKey && TokenProperty(_context, _entity.Properties, out _) is { } token)
            {
                return "'" + candidate.Verb + "' is a Try write of a " + _entity.Name + " with a concurrency token (" + token.Name + "), and whether a stale token answers false (as a Try method would) or the concurrency error (as "
                    + (removal ? "Remove" : "Update") + " does) is not said; write the member";
            }

            return null;
        }

        /// <summary>
        /// The call (after <c>{Type}.</c>) of a public static Failed/Failure/Fail method of the result type callable with no
        /// arguments (all optional or params): <c>Failed()</c>. ASP.NET Core Identity's <c>IdentityResult</c> gets the error its
        /// EF Core stores return for a missing or stale user or role, <c>Failed(new IdentityErrorDescriber().ConcurrencyFailure())</c>
        /// (code "ConcurrencyFailure"), rather than a failure with no error (h-wrongclass4).
        /// </summary>
        private string? FailureFactory(INamedTypeSymbol type)
        {
            if (type.ToDisplayString() == Conventions.IdentityResultType
                && _context.Compilation.GetTypeByMetadataName(Conventions.IdentityErrorDescriberType) is { } describer
                && _context.IsAccessible(describer)
                && describer.GetMembers("ConcurrencyFailure").OfType<IMethodSymbol>().Any(static m => !m.IsStatic && m.Parameters.Length == 0)
                && type.GetMembers("Failed").OfType<IMethodSymbol>().Any(static m => m.IsStatic && m.Parameters.Length == 1 && m.Parameters[0].IsParams))
            {
                return "Failed(new global::" + Conventions.IdentityErrorDescriberType + "().ConcurrencyFailure())";
            }

            foreach (var name in Conventions.FailureMemberNames)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IMethodSymbol { IsStatic: true, IsGenericMethod: false } method && TypeFacts.SameType(method.ReturnType, type) && _context.IsAccessible(method)
                        && method.Parameters.All(static p => p.IsParams || p.HasExplicitDefaultValue))
                    {
                        return TypeNames.Escape(name) + "()";
                    }
                }
            }

            return null;
        }

        /// <summary>A public static Success (or Ok) property or field of the result type itself: <c>IdentityResult.Success</c>.</summary>
        private SuccessValueSpec? SuccessValue(ITypeSymbol result)
        {
            if (result is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || result.SpecialType != SpecialType.None)
            {
                return null;
            }

            foreach (var name in Conventions.SuccessMemberNames)
            {
                foreach (var member in named.GetMembers(name))
                {
                    var type = member switch
                    {
                        IPropertySymbol { IsStatic: true, GetMethod: not null } property => property.Type,
                        IFieldSymbol { IsStatic: true } field => field.Type,
                        _ => null,
                    };
                    if (type is not null && TypeFacts.SameType(type, named) && _context.IsAccessible(member))
                    {
                        return new SuccessValueSpec(_context.RenderNotNull(named), TypeNames.Escape(name), FailureFactory(named));
                    }
                }
            }

            return null;
        }
    }

    /// <summary>Whether the interface has a lookup by key named to return null when missing (FirstOrDefault, Find, …OrDefault).</summary>
    private static bool ThrowingGetters(ParseContext context, List<MemberCandidate> candidates)
    {
        foreach (var candidate in candidates)
        {
            var verb = candidate.Verb;
            if ((verb.StartsWith("FirstOrDefault", StringComparison.Ordinal) || verb.StartsWith("SingleOrDefault", StringComparison.Ordinal) || verb == "Find" || verb == "FindById")
                && Significant(context, candidate) is { Length: 1 } significant && TypeFacts.PredicateKind(context.Known, significant[0].Type, null, out _) == PredicateForm.None)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The parameters that say what a member does: without the token and the ignorable ones (includeDetails…).</summary>
    private static IParameterSymbol[] Significant(ParseContext context, MemberCandidate candidate)
        => candidate.Parameters.Where(p => !EntityParameters.IsIgnorable(context, p)).ToArray();

    private static OperationSpec? Fail(string reason, out string? reasonOut)
    {
        reasonOut = reason;
        return null;
    }

    private static OperationSpec? Find(MemberCandidate candidate, EntityInfo entity, KeySpec key, out string? reason)
    {
        reason = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.SameType(candidate.Result, entity.Type))
        {
            return Fail("it must return " + entity.Type.Name + " or " + entity.Type.Name + "?", out reason);
        }

        var result = candidate.Result!;
        if (TypeNames.IsNullableValueType(result))
        {
            return new EntityFindOp(key, SingleResult.NullableStruct);
        }

        var nullable = TypeNames.AllowsNull(result) || (result is ITypeParameterSymbol && result.NullableAnnotation == NullableAnnotation.Annotated);
        return new EntityFindOp(key, nullable ? SingleResult.Nullable : SingleResult.Required);
    }

    /// <summary>
    /// Why a batch write of entities declared nullable (<c>AddRange(IEnumerable&lt;Order?&gt; orders)</c>) is refused, else
    /// null: null is an element the signature takes, the table holds no null entity, and whether a null element is skipped
    /// or is an error (and whether the others are written first) is the real store's code, not its signature.
    /// </summary>
    internal static string? NullableElementRefusal(ITypeSymbol element)
        => TypeNames.IsDeclaredNullable(element)
            ? "its elements are declared nullable (" + element.ToDisplayString() + "), so null is an element it takes, and whether a null element is skipped or is an error"
              + " (and whether the others are written first) is the real store's choice, which the signature does not say; declare the elements non-nullable"
            : null;

    /// <summary>
    /// A <c>bool</c> parameter named for a soft or hard delete (<c>isSoftDelete</c>, <c>hardDelete</c>, <c>permanent</c>:
    /// <see cref="Conventions.SoftDeleteSwitchWords"/>), or null.
    /// </summary>
    internal static IParameterSymbol? SoftDeleteSwitch(IEnumerable<IParameterSymbol> parameters)
        => parameters.FirstOrDefault(static p => TypeFacts.IsBool(p.Type) && p.Name.Length > 0
            && QueryNameParser.SplitWords(char.ToUpperInvariant(p.Name[0]) + p.Name.Substring(1)).Any(static w => Conventions.IsOneOf(w, Conventions.SoftDeleteSwitchWords)));

    /// <summary>Why a removal beside a soft or hard delete switch is refused (<see cref="SoftDeleteSwitch"/>).</summary>
    internal static string SoftDeleteSwitchText(IParameterSymbol switched)
        => "'" + switched.Name + "' switches between removing the row and a soft delete, which sets a flag the store picks (a deletion flag, a timestamp) on a row its reads may still return or hide: the store's own, so it is not a parameter to ignore";

    internal static OperationSpec? Range(ParseContext context, MemberCandidate candidate, EntityInfo entity, RangeKind kind, ITypeSymbol? element, out string? reason)
    {
        reason = null;
        var countOnly = kind == RangeKind.DeleteEntities;
        if (kind is RangeKind.DeleteEntities or RangeKind.DeleteByKeys && SoftDeleteSwitch(candidate.Parameters) is { } switched)
        {
            // DeleteRangeAsync(ICollection<T> entities, bool permanent = false) of the nArchitecture template: the switch, not
            // the collection, is what the conventions cannot read (it said "it must take one collection of …"). h-sample125.
            return Fail("a removal of a collection of " + entity.Type.Name + " beside " + SoftDeleteSwitchText(switched), out reason);
        }

        if (element is null || !TypeFacts.SameType(element, entity.Type))
        {
            return Fail("it must take one collection of " + entity.Type.Name + (kind == RangeKind.DeleteEntities ? " or of keys" : ""), out reason);
        }

        if (NullableElementRefusal(element) is { } nullElements)
        {
            return Fail(nullElements, out reason);
        }

        var items = Declarations.Argument(candidate.Parameters[0]);
        if (candidate.IsVoid)
        {
            return new EntityRangeOp(kind, items, RangeResult.None);
        }

        if (TypeFacts.IsIntOrLong(candidate.Result))
        {
            return new EntityRangeOp(kind, items, RangeResult.Count);
        }

        if (TypeFacts.SequenceResult(context, candidate, entity.Type, out reason) is { } sequence && candidate.Shape != ReturnShape.AsyncEnumerable)
        {
            // A removal of several entities returning them (Task<List<TEntity>> DeleteManyAsync(List<TEntity> entities): EF Core's
            // RemoveRange + SaveChanges + return entities) returns the entities given, and does what the removal of one that
            // returns its entity does: all or nothing, a missing one is the not-found error (the real save fails as a whole).
            return new EntityRangeOp(kind, items, sequence == SequenceKind.Array ? RangeResult.Array : RangeResult.List) { MissingThrows = countOnly };
        }

        // UpsertBatch(records) returning the records' keys (Semantic Kernel's vector store collections): a collection of the
        // key type, in the order given. An async stream of keys stays refused: whether the writes wait for its enumeration
        // (an iterator, as Semantic Kernel's own) or happen at the call is the store's own.
        if (!countOnly && kind is RangeKind.Add or RangeKind.Upsert && entity.Keys.Count == 1 && candidate.Shape != ReturnShape.AsyncEnumerable
            && TypeFacts.SequenceResult(context, candidate, entity.KeyType, out _) is { } keys)
        {
            return new EntityRangeOp(kind, items, keys == SequenceKind.Array ? RangeResult.KeyArray : RangeResult.KeyList);
        }

        if (!countOnly && candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return Fail("it returns an async stream, and whether the writes wait for its enumeration (an iterator, as Semantic Kernel's UpsertBatchAsync) or happen at the call is the store's own; return the keys or the stored entities as a list, or void", out reason);
        }

        return Fail(countOnly ? "it must return void, the number removed (int/long) or the entities given" : "it must return void, the count (int/long), the stored entities or their keys", out reason);
    }

    private static RangeResult? CountOrVoid(MemberCandidate candidate, out string? reason)
    {
        reason = null;
        if (candidate.IsVoid)
        {
            return RangeResult.None;
        }

        if (TypeFacts.IsIntOrLong(candidate.Result))
        {
            return RangeResult.Count;
        }

        reason = "it must return void or the number removed (int/long)";
        return null;
    }

    /// <summary>The entity model: key, generated keys, concurrency token, unique constraints and indexes.</summary>
    internal static EntitySpec Model(ParseContext context, EntityInfo entity)
    {
        var keys = entity.Keys;
        var useWith = entity.Type.IsRecord || entity.Type.TypeKind == TypeKind.Struct;

        PropertyWriteSpec? Writer(IPropertySymbol property)
        {
            if (property.SetMethod is { IsInitOnly: false } hidden && !context.IsAccessible(hidden) && !useWith
                && hidden.ContainingType is { IsGenericType: true } generic && CanReachGenericSetter(context, generic))
            {
                // As below, for a base entity generic in its key (SimplCommerce's EntityBaseWithTypedId<TId>.Id): a generic
                // accessor class with the declaring type's own type parameters, closed over the entity's arguments (.NET 9+).
                var definition = generic.OriginalDefinition;
                var parameters = CopyRules.OwnerTypeParameters(definition);
                return new PropertyWriteSpec(
                    TypeNames.Escape(property.Name),
                    UseWith: false,
                    Accessor: context.Names.New("__Set" + property.Name),
                    Setter: hidden.MetadataName,
                    DeclaringType: context.RenderNotNull(definition),
                    ValueType: context.Render(((IPropertySymbol)hidden.OriginalDefinition.AssociatedSymbol!).Type))
                {
                    TypeParameters = parameters.ConvertAll(static p => TypeNames.Escape(p.Name)).ToArray(),
                    Constraints = Declarations.Constraints(context, parameters, forClass: false, keyType: null).ToArray(),
                    TypeArguments = string.Join(", ", CopyRules.OwnerTypeArguments(generic).ConvertAll(context.Render)),
                };
            }

            if (property.SetMethod is { } setter && (!context.IsAccessible(setter) || setter.IsInitOnly) && !useWith
                && setter.ContainingType is { IsGenericType: false } declaring && context.IsAccessible(declaring)
                && context.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.UnsafeAccessorAttribute") is not null)
            {
                // A private or protected setter (eShop's Entity.Id { get; protected set; }): an ORM sets it, so the fake
                // does too, through an UnsafeAccessor to the setter (no reflection, NativeAOT-safe). A private or protected
                // init accessor (Dapper.DDD.Repository's WeatherStation.Id { get; private init; }, an IDENTITY column) is
                // the same to an ORM and to the accessor, whose match ignores the accessor's IsExternalInit modreq
                // (since h-sample91: the fake stored every station under 0, the second insert the duplicate-key error). So is
                // a public init accessor of a class (Ticket.Id { get; init; }, since session 32): the caller may set it at
                // construction, and when it leaves it unset EF Core numbers it and writes the number in, as here; a record
                // gets its copy with the key (with), as before.
                return new PropertyWriteSpec(
                    TypeNames.Escape(property.Name),
                    UseWith: false,
                    Accessor: context.Names.New("__Set" + property.Name),
                    Setter: setter.MetadataName,
                    DeclaringType: context.Render(declaring.WithNullableAnnotation(NullableAnnotation.NotAnnotated)),
                    ValueType: context.Render(property.Type));
            }

            if (property.SetMethod is null || !context.IsAccessible(property.SetMethod))
            {
                return null;
            }

            if (!useWith && property.SetMethod.IsInitOnly)
            {
                return null;
            }

            return new PropertyWriteSpec(TypeNames.Escape(property.Name), useWith);
        }

        PropertyWriteSpec? withKey = null;
        KeyWrapperSpec? keyWrapper = null;
        var objectIdKeys = false;
        var documentIdKeys = false;
        if (keys.Count == 1)
        {
            var type = TypeNames.Underlying(keys[0].Type);
            objectIdKeys = TypeFacts.IsString(type) && IsMongoObjectId(keys[0]);
            documentIdKeys = TypeFacts.IsString(type) && IsDocumentDbResourceId(keys[0]);

            // PresetKeyOnAdd = GenerateWhenUnset: the store fills a null or empty string key as the DocumentDB SDK does
            // (the Cosmos DB samples' item.Id ??= Guid.NewGuid().ToString()); an ObjectId key keeps its own generator.
            documentIdKeys |= TypeFacts.IsString(type) && !objectIdKeys && context.Settings.PresetKeyOnAdd == 3;

            // PresetKeyOnAdd = Replace: the store gives every added entity a new key, a string one as Guid.NewGuid().ToString().
            var guidTextKeys = TypeFacts.IsString(type) && context.Settings.PresetKeyOnAdd == 2;
            var generatable = IsGeneratedKeyType(context, type) || type is ITypeParameterSymbol || objectIdKeys || guidTextKeys || documentIdKeys;

            // A key the data library's own attribute says the store never generates is the caller's: 0 or Guid.Empty is
            // stored as given, as the real INSERT stores it (ASP.NET's Contoso University numbers its courses itself).
            var callerAssigned = !objectIdKeys && !guidTextKeys && !documentIdKeys && IsCallerAssignedKey(keys[0], entity.Type);
            generatable &= !callerAssigned;
            if (!generatable && !callerAssigned && KeyWrapper(context, type) is { } wrapper)
            {
                keyWrapper = wrapper;
                generatable = true;
            }
            else if (!generatable && !callerAssigned && type.SpecialType is SpecialType.System_UInt32 or SpecialType.System_UInt64)
            {
                // An unsigned key is numbered as an int or long one is (EF Core's convention numbers every integer key:
                // h-sample48's TicketSystem, a uint IDENTITY key, was stored under 0). The runtime numbers it through the
                // wrapper's conversions, so it needs no key type of its own.
                keyWrapper = new KeyWrapperSpec(type.SpecialType == SpecialType.System_UInt32 ? WrappedKeyKind.UInt32 : WrappedKeyKind.UInt64, type.ToDisplayString(), null, "");
                generatable = true;
            }
            else if (!generatable && !callerAssigned && MongoObjectIdFactory(type) is { } newObjectId)
            {
                // A MongoDB.Bson ObjectId key (NicePartUsage's Score.Id, h-sample115): the driver's ObjectIdGenerator and EF
                // Core's MongoDB provider give an entity added with ObjectId.Empty a new ObjectId, as they give a [BsonId] Guid
                // a new Guid. Before, the fake stored the first such score under ObjectId.Empty and refused the second as a
                // duplicate key, silently keeping a key the real store never has.
                keyWrapper = new KeyWrapperSpec(WrappedKeyKind.MongoObjectId, context.RenderNotNull(type), newObjectId, "");
                generatable = true;
            }

            if (generatable)
            {
                withKey = Writer(keys[0]);
                if (withKey is null)
                {
                    keyWrapper = null;
                    objectIdKeys = false;
                    documentIdKeys = false;
                }
            }
        }

        var stamps = AuditStampPlanner.Model(context, entity, Writer);
        var refusePresetKeys = context.Settings.PresetKeyOnAdd == 1 && withKey is not null;
        var replacePresetKeys = context.Settings.PresetKeyOnAdd == 2 && withKey is not null;
        TokenSpec? token = null;
        var otherTokens = new List<TokenSpec>();
        if (TokenProperty(context, entity.Properties, out var byAttribute) is { } tokenProperty)
        {
            // EF Core puts every [ConcurrencyCheck] property and the [Timestamp] in the WHERE of an update and a delete. Since
            // session 34 the fake compares each one (before, the first was the token and the others were IMF0013, neither
            // compared nor bumped, so an update whose second token was stale overwrote where EF Core throws).
            var others = byAttribute ? entity.Properties.Where(p => !SymbolEqualityComparer.Default.Equals(p, tokenProperty) && IsMarkedToken(p)).ToArray() : System.Array.Empty<IPropertySymbol>();
            if (Writer(tokenProperty) is { } write)
            {
                // A [Timestamp] is a row version: the database writes it on insert as on update (EF Core's
                // ValueGeneratedOnAddOrUpdate), so an add gives the entity its first value; a [ConcurrencyCheck] or named token
                // is the caller's to set and an add stores it as given.
                token = TokenOf(context, tokenProperty, write, rowVersion: byAttribute && IsRowVersion(tokenProperty), comparedOnly: false);
            }
            else if (byAttribute)
            {
                context.Report(DiagnosticDescriptors.ConcurrencyTokenReadOnly, tokenProperty.Locations.FirstOrDefault(static l => l.IsInSource), tokenProperty.Name, entity.Type.Name,
                    others.Length == 0 ? "has no setter or init accessor, so it cannot be bumped on Update; optimistic concurrency is off for this entity"
                        : "has no setter or init accessor, so it cannot be bumped on Update; it is neither compared nor bumped (the entity's other tokens are)",
                    "Add a setter or init accessor, or remove the attribute.");
            }

            // Each other marked token: one the store writes (a [Timestamp] row version, a DateTime or DateTimeOffset the fake
            // stamps from its clock) is written as a lone one is; one the application sets (a status, an owner, a number) is
            // compared only, as EF Core compares it and stores the value given.
            foreach (var other in others)
            {
                if (!IsTokenType(context, other.Type))
                {
                    context.Report(DiagnosticDescriptors.ConcurrencyTokenReadOnly, other.Locations.FirstOrDefault(static l => l.IsInSource), other.Name, entity.Type.Name,
                        "is of type '" + other.Type.ToDisplayString() + "', which the fake does not compare and version, so it is neither compared nor bumped (the entity's other tokens, '"
                        + tokenProperty.Name + "' first, are)",
                        "Make it one of " + TokenTypeList + " (or their nullable forms), remove the attribute, or implement the writes in the partial class.");
                    continue;
                }

                if (Writer(other) is not { } otherWrite)
                {
                    context.Report(DiagnosticDescriptors.ConcurrencyTokenReadOnly, other.Locations.FirstOrDefault(static l => l.IsInSource), other.Name, entity.Type.Name,
                        "has no setter or init accessor, so it is neither compared nor bumped (the entity's other tokens, '" + tokenProperty.Name + "' first, are)",
                        "Add a setter or init accessor, or remove the attribute.");
                    continue;
                }

                otherTokens.Add(TokenOf(context, other, otherWrite, rowVersion: IsRowVersion(other), comparedOnly: !IsRowVersion(other) && !IsTimedToken(context, other.Type)));
            }

            // Beside other tokens, the first is no version the fake keeps on its own either: one the application sets is
            // compared only (TokenProperty took one the store writes first, when there is one). Alone, it is bumped as before.
            if (token is not null && otherTokens.Count > 0 && !token.GeneratedOnAdd && !IsTimedToken(context, tokenProperty.Type))
            {
                token = token with { ComparedOnly = true };
            }
        }
        else
        {
            // A marked token of a type the runtime neither compares nor bumps (a decimal, a DateOnly, a record struct) was
            // dropped without a word, so Update and Delete of a stale copy overwrote where EF Core throws
            // DbUpdateConcurrencyException (DateTimeOffset was one of them until session 33: PlatformPlatform's ModifiedAt).
            foreach (var untyped in entity.Properties.Where(IsMarkedToken))
            {
                context.Report(DiagnosticDescriptors.ConcurrencyTokenReadOnly, untyped.Locations.FirstOrDefault(static l => l.IsInSource), untyped.Name, entity.Type.Name,
                    "is of type '" + untyped.Type.ToDisplayString() + "', whose next value the fake does not know, so it cannot be compared and bumped; optimistic concurrency is off for this entity",
                    "Make it one of " + TokenTypeList + " (or their nullable forms), or remove the attribute.");
            }
        }

        var unique = new List<UniqueSpec>();
        var groups = new List<(string Group, List<IPropertySymbol> Properties)>();
        foreach (var property in entity.Properties)
        {
            foreach (var attribute in property.GetAttributes())
            {
                if (!KnownSymbols.Is(attribute.AttributeClass, context.Known.Unique))
                {
                    continue;
                }

                var group = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;
                if (group is null)
                {
                    if (!unique.Any(u => u.Property == property.Name))
                    {
                        unique.Add(new UniqueSpec(property.Name, new[] { TypeNames.Escape(property.Name) }, EquatableArray<string>.Empty, property.Name));
                    }
                }
                else
                {
                    var index = groups.FindIndex(g => g.Group == group);
                    if (index < 0)
                    {
                        groups.Add((group, new List<IPropertySymbol> { property }));
                    }
                    else
                    {
                        groups[index].Properties.Add(property);
                    }
                }
            }
        }

        foreach (var (group, properties) in groups)
        {
            var names = properties.Select(static p => TypeNames.Escape(p.Name)).ToArray();

            // As in SQL, a combination with a null part is not constrained.
            var nullable = properties.Count == 1 ? Array.Empty<string>() : properties.Where(static p => TypeNames.AllowsNull(p.Type)).Select(static p => TypeNames.Escape(p.Name)).ToArray();
            unique.Add(new UniqueSpec(group, names, nullable, null));
        }

        var indexes = new List<IndexSpec>();
        foreach (var property in entity.Properties)
        {
            if (property.GetAttributes().Any(a => KnownSymbols.Is(a.AttributeClass, context.Known.Indexed)) && !unique.Any(u => u.Property == property.Name))
            {
                indexes.Add(new IndexSpec(property.Name));
            }
        }

        var (treeParent, treeParentKey) = TreeLink(context, entity);
        return new EntitySpec(
            context.RenderNotNull(entity.Type),
            entity.Type.IsValueType,
            context.RenderNotNull(entity.KeyType),
            string.Join(", ", keys.Select(static k => k.Name)),
            keys.Select(static k => new PropertyRef(TypeNames.Escape(k.Name), TypeNames.AllowsNull(k.Type) && !k.Type.IsValueType, TypeNames.IsNullableValueType(k.Type))).ToArray(),
            withKey,
            null,
            false,
            token,
            unique.ToArray(),
            indexes.ToArray())
        {
            OtherTokens = otherTokens.ToArray(),
            KeyWrapper = keyWrapper,
            ObjectIdKeys = objectIdKeys,
            GuidTextKeys = documentIdKeys,
            Stamps = stamps,
            RefusePresetKeys = refusePresetKeys,
            ReplacePresetKeys = replacePresetKeys,
            KeepsBlankKeys = context.Settings.BlankKeysStated && context.Settings.BlankKeys == 0 && entity.KeyType.SpecialType == SpecialType.System_String,
            TreeParent = treeParent,
            TreeParentByNavigation = treeParentKey,
        };
    }

    /// <summary>
    /// Whether an [UnsafeAccessor] can reach a setter declared in the generic type <paramref name="declaring"/>: .NET 9 or later
    /// (the compilation defines NET9_0_OR_GREATER), a fake class that is not itself generic (the accessor class cannot be
    /// nested in one), and a declaring type the fake can name whose type parameter names do not repeat.
    /// </summary>
    private static bool CanReachGenericSetter(ParseContext context, INamedTypeSymbol declaring)
        => context.Target.SemanticModel.SyntaxTree.Options.PreprocessorSymbolNames.Contains("NET9_0_OR_GREATER")
            && !(context.IsClassTarget ? context.UserClass?.IsGenericType == true : context.Interface.IsGenericType)
            && context.IsAccessible(declaring.OriginalDefinition)
            && !CopyRules.HasDuplicateTypeParameterNames(declaring)
            && context.Compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.UnsafeAccessorAttribute") is not null;

    /// <summary>
    /// Whether the data library's own attribute on the key says the store does not generate it, so the caller's value is
    /// stored as given (0 and <c>Guid.Empty</c> included): data annotations' <c>[DatabaseGenerated(DatabaseGeneratedOption.None)]</c>
    /// (EF Core and EF 6 insert the value; ASP.NET's Contoso University numbers its courses itself), also when it sits on
    /// the base property an override overrides (EF Core reads the attribute with inherit: true), the nearest one deciding;
    /// Dapper.Contrib's <c>[ExplicitKey]</c> ("a key the database does not generate"); <c>[PrimaryKey]</c> without a sign
    /// of generation beside it (sqlite-net and ServiceStack.OrmLite insert the column unless it is marked
    /// <c>[AutoIncrement]</c>, OrmLite's Guid unless <c>[AutoId]</c>, linq2db unless <c>[Identity]</c> or
    /// <c>[Column(IsIdentity = true)]</c>; <c>[DatabaseGenerated(Identity)]</c> says so too); MongoDB's <c>[BsonId]</c> on
    /// an integer key (the driver generates ObjectId, Guid and string ObjectId ids only) unless it names an
    /// <c>IdGenerator</c>. LiteDB's <c>[BsonId]</c> of the same name says the opposite (its AutoId, true unless
    /// <c>[BsonId(false)]</c>, numbers an integer key), so it is told apart by its namespace. Matched by the attributes'
    /// names (and the enum member's name), so no library reference is needed (session 27, h-review27's variants). Also a
    /// class-level <c>[PrimaryKey(…, AutoIncrement = false)]</c> (PetaPoco, NPoco; h-sample136).
    /// </summary>
    private static bool IsCallerAssignedKey(IPropertySymbol key, ITypeSymbol entityType)
    {
        // PetaPoco's and NPoco's class-level [PrimaryKey("id", AutoIncrement = false)]: the INSERT writes the caller's key
        // (their AutoIncrement is true by default, the database's identity; EF Core's class-level [PrimaryKey] says neither).
        if (EntityInfo.ClassDeclaredKeyAttribute(entityType) is { } declared
            && declared.NamedArguments.Any(static n => n.Key == "AutoIncrement" && n.Value.Value is false))
        {
            return true;
        }

        for (var property = key; property is not null; property = property.OverriddenProperty)
        {
            if (DatabaseGeneratedOption(property) is { } option)
            {
                if (option == "None")
                {
                    return true;
                }

                // Identity or Computed: the database generates it, whatever other attribute is beside it.
                return false;
            }
        }

        var attributes = key.GetAttributes();
        bool Has(string name) => attributes.Any(a => a.AttributeClass?.Name == name);
        if (Has("ExplicitKeyAttribute"))
        {
            return true;
        }

        if (Has("PrimaryKeyAttribute"))
        {
            return !Has("AutoIncrementAttribute") && !Has("IdentityAttribute") && !Has("AutoIdAttribute")
                && !attributes.Any(static a => a.NamedArguments.Any(static n => n.Key is "IsIdentity" or "Identity" or "AutoIncrement" or "IsAutoIncrement" && n.Value.Value is true));
        }

        var type = TypeNames.Underlying(key.Type);
        var integer = type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64;
        foreach (var bsonId in attributes.Where(static a => a.AttributeClass?.Name == "BsonIdAttribute"))
        {
            if (bsonId.AttributeClass!.ContainingNamespace?.ToDisplayString() == "LiteDB")
            {
                // LiteDB's AutoId: [BsonId] and [BsonId(true)] number an Int32/Int64 key left 0, [BsonId(false)] keeps the caller's.
                return bsonId.ConstructorArguments.Length == 1 && bsonId.ConstructorArguments[0].Value is false;
            }

            return integer && !bsonId.NamedArguments.Any(static n => n.Key == "IdGenerator" && n.Value.Value is not null);
        }

        return false;
    }

    /// <summary>The name of the <c>DatabaseGeneratedOption</c> member a <c>[DatabaseGenerated(…)]</c> on the property states, or null without one.</summary>
    private static string? DatabaseGeneratedOption(IPropertySymbol property)
    {
        foreach (var attribute in property.GetAttributes())
        {
            if (attribute.AttributeClass?.Name == "DatabaseGeneratedAttribute" && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } option)
            {
                return option.GetMembers().OfType<IFieldSymbol>()
                    .FirstOrDefault(f => f.HasConstantValue && Equals(f.ConstantValue, attribute.ConstructorArguments[0].Value))?.Name ?? "";
            }
        }

        return null;
    }

    /// <summary>
    /// The static factory of a MongoDB.Bson <c>ObjectId</c> key type (<c>GenerateNewId()</c>, public, parameterless, returning the
    /// type), or null for any other type (<see cref="TypeFacts.IsMongoObjectId"/>).
    /// </summary>
    private static string? MongoObjectIdFactory(ITypeSymbol type)
        => TypeFacts.IsMongoObjectId(type) && type is INamedTypeSymbol named
            && named.GetMembers("GenerateNewId").OfType<IMethodSymbol>().Any(m => m.IsStatic && m.Parameters.Length == 0
                && m.DeclaredAccessibility == Accessibility.Public && SymbolEqualityComparer.Default.Equals(m.ReturnType, named))
            ? "GenerateNewId"
            : null;

    /// <summary>
    /// A key the MongoDB driver fills on insert: <c>[BsonRepresentation(BsonType.ObjectId)]</c> on a string property (the
    /// <c>Book.Id</c> of Microsoft's MongoDB web API tutorial), which the driver's string ObjectId generator sets when it
    /// is null or empty. Matched by the attribute's full name and the enum value's name, so no MongoDB reference is needed.
    /// </summary>
    private static bool IsMongoObjectId(IPropertySymbol property)
        => property.GetAttributes().Any(static a => a.AttributeClass?.ToDisplayString() == "MongoDB.Bson.Serialization.Attributes.BsonRepresentationAttribute"
            && a.ConstructorArguments.Length >= 1 && a.ConstructorArguments[0].Type is INamedTypeSymbol { TypeKind: TypeKind.Enum } bsonType
            && bsonType.ToDisplayString() == "MongoDB.Bson.BsonType"
            && bsonType.GetMembers("ObjectId").OfType<IFieldSymbol>().FirstOrDefault() is { HasConstantValue: true } objectId
            && Equals(objectId.ConstantValue, a.ConstructorArguments[0].Value));

    /// <summary>
    /// The <c>Id</c> of a DocumentDB document: the key property declared by <c>Microsoft.Azure.Documents.Resource</c>, the base
    /// class of every document the DocumentDB SDK reads and writes (microsoft-teams-apps-celebrations' <c>CelebrationEvent</c>),
    /// whose <c>CreateDocumentAsync</c> and <c>UpsertDocumentAsync</c> give a document without an id a new GUID's text (their
    /// <c>disableAutomaticIdGeneration</c> is false unless the caller says otherwise). Matched by the declaring type's full
    /// name, so no DocumentDB reference is needed; the newer Cosmos SDK (Microsoft.Azure.Cosmos) has no such base class and
    /// generates no id.
    /// </summary>
    private static bool IsDocumentDbResourceId(IPropertySymbol property)
    {
        var declared = property;
        while (declared.OverriddenProperty is { } overridden)
        {
            declared = overridden;
        }

        return declared.Name == "Id" && declared.ContainingType?.ToDisplayString() == "Microsoft.Azure.Documents.Resource";
    }

    private static bool IsGeneratedKeyType(ParseContext context, ITypeSymbol type)
        => type.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 || KnownSymbols.Is(type, context.Known.Guid);

    /// <summary>
    /// A strongly typed id (<c>record struct OrderId(int Value)</c>, StronglyTypedId's and Vogen's ids): a struct or class whose
    /// only public instance property is an <c>int</c>, <c>long</c> or <c>Guid</c>, built by a public constructor or a static
    /// <c>From</c>/<c>Create</c>/<c>Of</c>/<c>New</c> taking that one value. Its keys are generated as the wrapped value's would be.
    /// Anything less certain is not a wrapper, and its keys stay the caller's.
    /// </summary>
    private static KeyWrapperSpec? KeyWrapper(ParseContext context, ITypeSymbol type)
    {
        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Struct or TypeKind.Class, IsTupleType: false } named || named.SpecialType != SpecialType.None || named.IsAbstract)
        {
            return null;
        }

        var properties = named.GetMembers().OfType<IPropertySymbol>()
            .Where(static p => !p.IsStatic && !p.IsIndexer && p.DeclaredAccessibility == Accessibility.Public && p.Name != "EqualityContract")
            .ToArray();
        if (properties.Length != 1 || properties[0].GetMethod is not { DeclaredAccessibility: Accessibility.Public } || !IsGeneratedKeyType(context, properties[0].Type))
        {
            return null;
        }

        var inner = properties[0].Type;
        bool TakesInner(IMethodSymbol m) => m.DeclaredAccessibility == Accessibility.Public && m.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(m.Parameters[0].Type, inner);
        string? factory = null;
        if (!named.InstanceConstructors.Any(TakesInner))
        {
            factory = named.GetMembers().OfType<IMethodSymbol>()
                .Where(m => m.IsStatic && m.MethodKind == MethodKind.Ordinary && Conventions.IsOneOf(m.Name, Conventions.KeyWrapperFactoryNames) && TakesInner(m) && SymbolEqualityComparer.Default.Equals(m.ReturnType, named))
                .Select(static m => m.Name)
                .FirstOrDefault();
            if (factory is null)
            {
                return null;
            }
        }

        var kind = inner.SpecialType switch
        {
            SpecialType.System_Int32 => WrappedKeyKind.Int32,
            SpecialType.System_Int64 => WrappedKeyKind.Int64,
            _ => WrappedKeyKind.Guid,
        };
        return new KeyWrapperSpec(kind, context.RenderNotNull(named), factory, TypeNames.Escape(properties[0].Name));
    }

    /// <summary>
    /// The concurrency-token property among <paramref name="properties"/>: the one marked <c>[ConcurrencyCheck]</c> or
    /// <c>[Timestamp]</c> (<paramref name="byAttribute"/>), else the one named as a token (<c>Version</c>, <c>RowVersion</c>,
    /// <c>ETag</c>…); null when none, or when its type is no token type (<see cref="IsTokenType"/>). A <c>string</c> named
    /// <c>Version</c> is a token only when marked: by its name it is a version label (<see cref="IsVersionLabel"/>).
    /// </summary>
    internal static IPropertySymbol? TokenProperty(ParseContext context, IEnumerable<IPropertySymbol> properties, out bool byAttribute)
    {
        // Several marked tokens (since session 34): the one the store writes comes first (the [Timestamp] row version, then a
        // DateTime or DateTimeOffset the fake stamps), so a [ConcurrencyCheck] the application sets beside it is compared only
        // and never replaced; with none of those, the first of a type the fake versions, as before.
        var marked = properties.Where(IsMarkedToken).ToArray();
        var typed = marked.Where(p => IsTokenType(context, p.Type)).ToArray();
        var token = typed.FirstOrDefault(IsRowVersion) ?? typed.FirstOrDefault(p => IsTimedToken(context, p.Type)) ?? typed.FirstOrDefault() ?? marked.FirstOrDefault();
        byAttribute = token is not null;
        token ??= properties.FirstOrDefault(static p => Conventions.IsOneOf(p.Name, Conventions.TokenPropertyNames) && !IsVersionLabel(p));
        return token is not null && IsTokenType(context, token.Type) ? token : null;
    }

    /// <summary>
    /// Whether an unmarked property is a version label rather than a concurrency token: a <c>string</c> named
    /// <c>Version</c> holds what the entity is a version of (a package's "1.2.3", microsoft/Oryx's <c>Build.Version</c>,
    /// the platform version "20"), and a string token is named <c>ETag</c>, <c>RowVersion</c> or <c>ConcurrencyStamp</c>,
    /// or marked. Taken as a token, an update compared it and replaced it with a new GUID, on the caller's object too.
    /// </summary>
    private static bool IsVersionLabel(IPropertySymbol property)
        => property.Name == "Version" && TypeNames.Underlying(property.Type).SpecialType == SpecialType.System_String;

    /// <summary>The token types the runtime compares and bumps (<see cref="IsTokenType"/>), for messages.</summary>
    internal const string TokenTypeList = "int, long, uint, ulong, short, Guid, string, DateTime, DateTimeOffset or byte[]";

    /// <summary>
    /// Whether the runtime compares and bumps a token of this type (or its nullable form): <see cref="TokenTypeList"/>.
    /// <c>DateTimeOffset</c> since session 33 (PlatformPlatform's <c>[ConcurrencyCheck] DateTimeOffset? ModifiedAt</c>,
    /// which was dropped without a word before).
    /// </summary>
    internal static bool IsTokenType(ParseContext context, ITypeSymbol type)
    {
        var underlying = TypeNames.Underlying(type);
        if (TypeFacts.IsByteArray(underlying))
        {
            return true;
        }

        return underlying.SpecialType is SpecialType.System_Int32 or SpecialType.System_Int64 or SpecialType.System_UInt32 or SpecialType.System_UInt64
                or SpecialType.System_Int16 or SpecialType.System_String or SpecialType.System_DateTime
            || KnownSymbols.Is(underlying, context.Known.Guid)
            || KnownSymbols.Is(underlying, context.Known.DateTimeOffset);
    }

    /// <summary>Whether the property is marked <c>[Timestamp]</c> (matched by name): a row version, which the store writes.</summary>
    internal static bool IsRowVersion(IPropertySymbol property)
        => property.GetAttributes().Any(static a => a.AttributeClass?.Name == Conventions.RowVersionAttributeName);

    /// <summary>Whether a token of this type is stamped from the fake's clock: a <c>DateTime</c> or <c>DateTimeOffset</c> (or nullable).</summary>
    private static bool IsTimedToken(ParseContext context, ITypeSymbol type)
    {
        var underlying = TypeNames.Underlying(type);
        return underlying.SpecialType == SpecialType.System_DateTime || KnownSymbols.Is(underlying, context.Known.DateTimeOffset);
    }

    /// <summary>The model of one token property the fake can write.</summary>
    private static TokenSpec TokenOf(ParseContext context, IPropertySymbol property, PropertyWriteSpec write, bool rowVersion, bool comparedOnly)
    {
        // A nullable-oblivious reference type (a [Timestamp] byte[] under #nullable disable) renders without '?', so its
        // cast from the runtime's object? needs '!' too, or the generated code warns CS8600.
        var nullForgiving = (property.Type.IsValueType && !TypeNames.IsNullableValueType(property.Type)) || !TypeNames.AllowsNull(property.Type)
            || (property.Type.IsReferenceType && property.Type.NullableAnnotation == NullableAnnotation.None);
        return new TokenSpec(property.Name, context.Render(property.Type), nullForgiving, write, rowVersion) { ComparedOnly = comparedOnly };
    }

    /// <summary>
    /// Whether the property is marked <c>[ConcurrencyCheck]</c> or <c>[Timestamp]</c> (matched by name). A marked property the
    /// fake does not take as the token (of another type, or a second one) is reported (IMF0013), not dropped.
    /// </summary>
    internal static bool IsMarkedToken(IPropertySymbol property)
        => property.GetAttributes().Any(static a => a.AttributeClass is { } c && Conventions.IsOneOf(c.Name, Conventions.TokenAttributeNames));
}
