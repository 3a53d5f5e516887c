using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Support;

/// <summary>
/// The runtime state behind one generated fake: its clock, backend and tables, call log, faults and
/// key locks. Generated code creates one per fake instance and calls its tables; tests reach it
/// through <see cref="IInMemoryFake"/>.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "The open transaction belongs to the caller who began it, who disposes it; the core only remembers which one is open.")]
public sealed partial class FakeCore : IInMemoryFake
{
    private readonly object _gate = new();
    // Replaced, never changed, when a table is attached (by compare-and-swap): readers take the array as it is.
    private FakeTable[] _tables = [];
    private readonly InMemoryFakeOptions _options;
    private readonly CancellationToken _ambient;
    private UnitOfWork? _unitOfWork;
    private FakeTransaction? _transaction;

    // Created on first use: most fakes never record a call, inject a fault or keep a value by reference, and a test
    // builds a fresh fake every time.
    private CallLog? _calls;
    private FaultInjector? _faults;
    private List<ValueStoredByReferenceEventArgs>? _storedByReference;

    /// <summary>Creates the state for a fake.</summary>
    /// <param name="options">Per-instance settings; <see langword="null"/> for the defaults.</param>
    /// <param name="defaults">The fake's defaults from its attribute.</param>
    /// <exception cref="ArgumentNullException"><paramref name="defaults"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A quota in <paramref name="options"/> is negative, or the default time to live is not positive.</exception>
    public FakeCore(InMemoryFakeOptions? options, FakeDefaults defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        _options = options ?? new InMemoryFakeOptions();
        Defaults = defaults;
        Backend = _options.Backend ?? new InMemoryBackend(_options.TimeProvider ?? TimeProvider.System);
        IsIsolated = _options.Backend is null;
        Clock = _options.TimeProvider ?? Backend.Clock;
        var maxEntries = _options.MaxEntries ?? defaults.MaxEntries;
        var maxBytes = _options.MaxBytes ?? defaults.MaxBytes;
        var policy = _options.QuotaPolicy ?? defaults.QuotaPolicy;

        // Quota is immutable: the common "no quota" shares one instance (validated when it was made).
        Quota = maxEntries == 0 && maxBytes == 0 && policy == QuotaPolicy.Throw ? Quota.None : new Quota(maxEntries, maxBytes, policy);
        var ttl = _options.DefaultTimeToLive ?? defaults.DefaultTimeToLive;
        DefaultExpiration = ttl is { } t ? Expiration.After(t, "DefaultTimeToLive") : Expiration.Default;
        CopyMode = _options.CopyMode ?? defaults.CopyMode;
        _ambient = _options.CancellationToken;
        if (_options.RecordCalls)
        {
            _calls = new CallLog(enabled: true, this);
        }

        // Nothing else can see the fake yet: no lock needed for its first value.
        _intercepting = _options.RecordCalls || _ambient.CanBeCanceled;
    }

    /// <inheritdoc />
    FakeCore IInMemoryFake.Core => this;

    /// <summary>The store choices this fake copies (<see cref="InMemoryFakeOptions.Semantics"/>): generated members read them for text comparison and null ordering.</summary>
    public StoreSemantics Semantics => _options.Semantics ?? StoreSemantics.Default;

    // Typed for nullable elements (every comparer of non-null strings given to the options compares them): a generated set
    // of keys may be declared of string?.
    /// <summary>
    /// How the fake's string keys compare: <see cref="InMemoryFakeOptions.StringKeyComparer"/>, else the attribute's
    /// <c>StringKeys</c>, else ordinal. Every table keyed by <c>string</c> looks its keys up with it, and a generated query
    /// that compares such a key (a set of keys given to <c>FindByIdIn</c>) compares with it too, so a lookup and a query
    /// agree on which entity a key names.
    /// </summary>
    public IEqualityComparer<string?> StringKeyComparer => (_options.StringKeyComparer ?? Defaults.StringKeyComparer ?? StringComparer.Ordinal)!;

    /// <summary>
    /// <see cref="StringKeyComparer"/> as the <see cref="StringComparison"/> a generated query's equality on a string key
    /// uses (<c>FindByIdAndOwner</c>, <c>CountByIdNot</c>): <see cref="StringComparison.Ordinal"/> or
    /// <see cref="StringComparison.OrdinalIgnoreCase"/>.
    /// </summary>
    /// <exception cref="NotSupportedException">The comparer is neither ordinal nor ordinal ignoring case: a query cannot compare a key as it does.</exception>
    public StringComparison StringKeyComparison
        => StringComparer.IsWellKnownOrdinalComparer(StringKeyComparer, out var ignoreCase)
            ? (ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)
            : throw new NotSupportedException("InMemoryFakeOptions.StringKeyComparer is " + StringKeyComparer.GetType().Name + ", and a query that compares a string key can follow only StringComparer.Ordinal or StringComparer.OrdinalIgnoreCase; look the key up instead, or pass one of those.");

    /// <summary>The defaults from the fake's attribute.</summary>
    public FakeDefaults Defaults { get; }

    /// <summary>The fake's name.</summary>
    public string Name => Defaults.Name;

    /// <summary>The clock for expiry and timestamps.</summary>
    public TimeProvider Clock { get; }

    /// <summary>The backend holding the fake's tables.</summary>
    public InMemoryBackend Backend { get; }

    /// <summary><see langword="true"/> when the fake owns its backend; <see langword="false"/> when it shares one.</summary>
    public bool IsIsolated { get; }

    /// <summary>The effective quota of each of the fake's tables.</summary>
    public Quota Quota { get; }

    /// <summary>The effective default expiry.</summary>
    public Expiration DefaultExpiration { get; }

    /// <summary>The exceptions this fake throws: its attribute's mapping (<see cref="FakeDefaults.Errors"/>).</summary>
    public FakeErrors Errors => Defaults.Errors;

    /// <summary>
    /// Applies this fake's exception mapping: the one place it happens for fakes whose defaults set
    /// <see cref="FakeDefaults.TranslatesErrors"/>. Generated members wrap their body in
    /// <c>try { … } catch (Exception e) when (core.TryTranslateError(e, out var mapped)) { throw mapped; }</c>.
    /// </summary>
    /// <param name="error">The exception a table or the member threw (the runtime's own types).</param>
    /// <param name="mapped">The user's exception to throw instead.</param>
    /// <returns><see langword="true"/> when this fake maps <paramref name="error"/>'s kind to another type.</returns>
    public bool TryTranslateError(Exception error, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Exception? mapped)
    {
        var translated = Defaults.Errors.Translate(error);
        mapped = ReferenceEquals(translated, error) ? null : translated;
        return mapped is not null;
    }

    /// <summary>The effective copy mode.</summary>
    public CopyMode CopyMode { get; }

    /// <summary>The fake's tables.</summary>
    public IReadOnlyList<FakeTable> Tables
    {
        get
        {
            var tables = Volatile.Read(ref _tables);
            return tables.Length == 0 ? tables : (FakeTable[])tables.Clone();
        }
    }

    /// <summary>The number of live entries in the fake's tables.</summary>
    public int Count => Tables.Sum(static t => t.Count);

    /// <summary>Every live entry, with expiry, size and version.</summary>
    public IReadOnlyList<EntryInfo> Entries => Tables.SelectMany(static t => t.Inspect()).ToArray();

    /// <summary>The recorded calls.</summary>
    public CallLog Calls => Volatile.Read(ref _calls) ?? CreateCalls();

    /// <summary>Faults to inject into the fake's members.</summary>
    public FaultInjector Faults => Volatile.Read(ref _faults) ?? CreateFaults();

    private CallLog CreateCalls()
    {
        var calls = new CallLog(enabled: false, this);
        return Interlocked.CompareExchange(ref _calls, calls, null) ?? calls;
    }

    private FaultInjector CreateFaults()
    {
        var faults = new FaultInjector(Defaults.Members, this);
        return Interlocked.CompareExchange(ref _faults, faults, null) ?? faults;
    }

    /// <summary><see langword="true"/> when calls must go through <see cref="Intercept"/> (recording, faults or an ambient cancellation token are on). Generated members check it first so the fast path costs one branch.</summary>
    public bool IsIntercepting => _intercepting;

    // Calls.Enabled || Faults.HasAny || the ambient token can be cancelled, kept in one field so the generated members'
    // fast path reads one bool of the object it already holds. Recomputed under a lock after every change of the three
    // (rare), so the last recomputation always sees the last change. A call log or fault injector not created yet is off.
    private volatile bool _intercepting;

    /// <summary>Recomputes <see cref="IsIntercepting"/>; the call log and the fault injector call it after each change.</summary>
    internal void UpdateIntercepting()
    {
        lock (_gate)
        {
            _intercepting = (Volatile.Read(ref _calls)?.Enabled ?? false) || (Volatile.Read(ref _faults)?.HasAny ?? false) || _ambient.CanBeCanceled;
        }
    }

    /// <summary>Raised at the start of <see cref="Reset"/>.</summary>
    public event EventHandler? Resetting;

    /// <summary>
    /// Raised the first time one of the fake's tables keeps a value type by reference because no copy rule knows it
    /// (once per table and type). Mutating such a value after a write, or one returned by a read, changes the stored value.
    /// </summary>
    public event EventHandler<ValueStoredByReferenceEventArgs>? ValueStoredByReference;

    /// <summary>Every value type the fake's tables keep by reference because no copy rule knows it (see <see cref="ValueStoredByReference"/>).</summary>
    public IReadOnlyList<ValueStoredByReferenceEventArgs> ValuesStoredByReference
    {
        get
        {
            if (Volatile.Read(ref _storedByReference) is not { } reported)
            {
                return [];
            }

            lock (reported)
            {
                return reported.ToArray();
            }
        }
    }

    /// <summary>Raised when an entry of any of the fake's tables expires or is evicted.</summary>
    public event EventHandler<EntryEvictedEventArgs>? EntryEvicted;

    /// <summary>The entity table for <typeparamref name="TEntity"/> (shared through the backend).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TEntity">The entity type.</typeparam>
    /// <param name="name">The table name; entity tables are named by entity type so fakes on one backend share them.</param>
    /// <param name="model">The entity model.</param>
    /// <returns>The table.</returns>
    public EntityTable<TKey, TEntity> EntityTable<TKey, TEntity>(string name, EntityModel<TKey, TEntity> model)
        where TKey : notnull
        => Attach(Backend.GetOrAddTable(
            name,
            (Core: this, Name: name, Model: model),
            static s => OwnedBy(s.Core, new EntityTable<TKey, TEntity>(s.Core.TableOptions(s.Name), EntityModelSemantics.Apply(s.Model, s.Core.Semantics), s.Core.CopyMode, s.Core.KeyComparerFor<TKey>()))));

    /// <summary>A key-value table (shared through the backend by name).</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">The table name.</param>
    /// <param name="deepCopy">A deep copy of values, usually generated; <see langword="null"/> for the runtime fallback.</param>
    /// <param name="isImmutable"><see langword="true"/> when values never need copying.</param>
    /// <returns>The table.</returns>
    public KeyValueTable<TKey, TValue> KeyValueTable<TKey, TValue>(string name, Func<TValue, TValue>? deepCopy = null, bool isImmutable = false)
        where TKey : notnull
        => Attach(Backend.GetOrAddTable(name, () => new KeyValueTable<TKey, TValue>(TableOptions(name), KeyComparerFor<TKey>(), ValueCopier<TValue>.Create(CopyMode, deepCopy, isImmutable, _options.CopyHooks))));

    /// <summary>A key-value table (shared through the backend by name) whose values are copied by a graph-aware plan.</summary>
    /// <typeparam name="TKey">The key type.</typeparam>
    /// <typeparam name="TValue">The value type.</typeparam>
    /// <param name="name">The table name.</param>
    /// <param name="copy">The generated copy in a <see cref="CopyContext"/>, or <see cref="CopyPlan{T}.Immutable"/>, or <see cref="CopyPlan{T}.RuntimeRules"/>.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> is null.</exception>
    public KeyValueTable<TKey, TValue> KeyValueTable<TKey, TValue>(string name, CopyPlan<TValue> copy)
        where TKey : notnull
    {
        ArgumentNullException.ThrowIfNull(copy);
        return Attach(Backend.GetOrAddTable(
            name,
            (Core: this, Name: name, Copy: copy),
            static s => OwnedBy(s.Core, new KeyValueTable<TKey, TValue>(s.Core.TableOptions(s.Name), s.Core.KeyComparerFor<TKey>(), ValueCopier<TValue>.Create(s.Core.CopyMode, s.Copy, s.Core._options.CopyHooks)))));
    }

    /// <summary>
    /// The table of values attached to the entities of another table (shared through the backend by name): rows keep no
    /// expiry and take no part of the fake's quota; reset, clear and snapshots include them.
    /// </summary>
    /// <typeparam name="TOwner">The owning entities' key type.</typeparam>
    /// <typeparam name="TRow">The row type.</typeparam>
    /// <param name="name">The table name, by convention the owner's table name, a dot and the association's noun.</param>
    /// <returns>The table.</returns>
    public AssociationTable<TOwner, TRow> AssociationTable<TOwner, TRow>(string name)
        where TOwner : notnull
        => Attach(Backend.GetOrAddTable(name, () => new AssociationTable<TOwner, TRow>(TableOptions(name) with { Quota = Quota.None, DefaultExpiration = Expiration.Never }, KeyComparerFor<TOwner>())));

    /// <summary>A blob table (shared through the backend by name).</summary>
    /// <param name="name">The table name.</param>
    /// <returns>The table.</returns>
    public BlobTable BlobTable(string name)
        => Attach(Backend.GetOrAddTable(name, () => new BlobTable(TableOptions(name))));

    /// <summary>Records the call and applies faults; generated synchronous members call it when <see cref="IsIntercepting"/>.</summary>
    /// <param name="member">The member name.</param>
    /// <param name="arguments">The arguments.</param>
    public void Intercept(string member, params object?[] arguments)
    {
        var (error, delay) = Enter(member, arguments);
        if (delay > TimeSpan.Zero)
        {
            Task.Delay(delay, Clock).GetAwaiter().GetResult();
        }

        if (error is not null)
        {
            throw error;
        }
    }

    /// <summary>Records the call and applies faults; generated async members await it when <see cref="IsIntercepting"/>.</summary>
    /// <param name="member">The member name.</param>
    /// <param name="cancellationToken">Cancels an injected delay.</param>
    /// <param name="arguments">The arguments.</param>
    /// <returns>A task that completes after any injected delay, or faults with the injected error.</returns>
    public async ValueTask InterceptAsync(string member, CancellationToken cancellationToken, params object?[] arguments)
    {
        var (error, delay) = Enter(member, arguments);
        if (delay > TimeSpan.Zero)
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _ambient);
            await Task.Delay(delay, Clock, linked.Token).ConfigureAwait(false);
        }

        if (error is not null)
        {
            throw error;
        }
    }

    /// <summary>
    /// The fake's change tracker, for a fake whose interface has a unit-of-work member (created on the first call; generated
    /// code calls it once). <see cref="Reset"/>, <see cref="Clear"/> and <see cref="Restore"/> discard what it tracks.
    /// </summary>
    /// <param name="writes">Whether writes wait for <c>SaveChanges</c> or are saved at once.</param>
    /// <returns>The unit of work.</returns>
    public UnitOfWork UnitOfWork(UnitOfWorkWrites writes = UnitOfWorkWrites.Deferred)
        => UnitOfWork(writes, savedBy: null);

    /// <summary>
    /// The fake's change tracker, as <see cref="UnitOfWork(UnitOfWorkWrites)"/>, for a repository whose writes wait for a save
    /// on another interface (<paramref name="savedBy"/>, <c>IUnitOfWork.SaveChangesAsync</c>): with a
    /// <see cref="InMemoryFakeOptions.SharedUnitOfWork"/> in the options its tables are tracked there and that interface's
    /// fake saves them; without one each deferred write throws <see cref="InvalidOperationException"/> naming the save,
    /// store unchanged, since nothing could ever save it (docs/runtime.md#unit-of-work).
    /// </summary>
    /// <param name="writes">Whether writes wait for the save or are saved at once.</param>
    /// <param name="savedBy">The other interface's save, or <see langword="null"/> when the fake saves its own writes.</param>
    /// <returns>The unit of work: the fake's view of the shared tracker when the options carry one, else its own.</returns>
    public UnitOfWork UnitOfWork(UnitOfWorkWrites writes, string? savedBy)
    {
        lock (_gate)
        {
            var shared = _options.SharedUnitOfWork;
            return _unitOfWork ??= new UnitOfWork(this, shared?.Tracker ?? new ChangeTracker(), isShared: shared is not null, savedBy) { Writes = writes };
        }
    }

    /// <summary>
    /// The change tracker a unit-of-work fake of saves only (<c>IUnitOfWork { Task&lt;int&gt; SaveChangesAsync(…); }</c>)
    /// saves and discards: the <see cref="InMemoryFakeOptions.SharedUnitOfWork"/> of its options, which the repository fakes
    /// of its scope track their writes in. Generated saves call it.
    /// </summary>
    /// <param name="member">The interface's save or discard, for the error (<c>IUnitOfWork.SaveChangesAsync</c>).</param>
    /// <returns>The shared tracker.</returns>
    /// <exception cref="InvalidOperationException">The options carry none: the fake shares a tracker with no repository, so a save could only answer 0 while their writes stay unsaved.</exception>
    public SharedUnitOfWork SharedUnitOfWork(string member)
        => _options.SharedUnitOfWork ?? throw new InvalidOperationException(
            member + " saves what the repositories of its scope track, and " + Name + " was built without a SharedUnitOfWork, so it shares a change tracker with none of them: "
            + "a save could only answer 0 while their writes stay unsaved. Build it and the repository fakes with one "
            + "new InMemoryFakeOptions { SharedUnitOfWork = new SharedUnitOfWork() } (the container's scoped registration does it per scope; docs/runtime.md#unit-of-work).");

    /// <summary>The tracker <see cref="Reset"/>, <see cref="Clear"/> and <see cref="Restore"/> discard: the shared one when the options carry one, else the fake's own.</summary>
    private ChangeTracker? TrackerToDiscard => _options.SharedUnitOfWork?.Tracker ?? Volatile.Read(ref _unitOfWork)?.Tracker;

    /// <summary>The transaction begun by <see cref="BeginTransaction"/> and not yet committed, rolled back or disposed; <see langword="null"/> when there is none.</summary>
    public FakeTransaction? CurrentTransaction
    {
        get
        {
            lock (_gate)
            {
                return _transaction;
            }
        }
    }

    /// <summary>
    /// Begins a transaction over the fake's tables (a generated <c>BeginTransaction</c> member calls it): it captures them
    /// as <see cref="Snapshot"/> does, so that a rollback, or disposing the transaction without a commit, puts them back.
    /// One at a time, as on one database connection.
    /// </summary>
    /// <returns>The transaction.</returns>
    /// <exception cref="InvalidOperationException">A transaction of this fake is open (EF Core's message).</exception>
    public FakeTransaction BeginTransaction()
    {
        const string AlreadyIn = "The connection is already in a transaction and cannot participate in another transaction.";
        if (CurrentTransaction is not null)
        {
            throw new InvalidOperationException(AlreadyIn);
        }

        // Captured outside the fake's gate, so the gate is never held while waiting for a table's lock.
        var begin = Snapshot();
        lock (_gate)
        {
            if (_transaction is not null)
            {
                throw new InvalidOperationException(AlreadyIn);
            }

            _transaction = new FakeTransaction(this, begin);
            return _transaction;
        }
    }

    /// <summary>Called by a transaction as it ends.</summary>
    internal void EndTransaction(FakeTransaction transaction)
    {
        lock (_gate)
        {
            if (ReferenceEquals(_transaction, transaction))
            {
                _transaction = null;
            }
        }
    }

    /// <summary>Back to new: removes all data, restarts generated-key sequences, clears the call log and the faults, and abandons an open transaction (its later use throws).</summary>
    public void Reset()
    {
        Resetting?.Invoke(this, EventArgs.Empty);
        CurrentTransaction?.Abandon();
        TrackerToDiscard?.Discard();
        foreach (var table in Volatile.Read(ref _tables))
        {
            table.Reset();
        }

        Volatile.Read(ref _calls)?.Clear();
        Volatile.Read(ref _faults)?.Clear();
    }

    /// <summary>Removes all data.</summary>
    public void Clear()
    {
        TrackerToDiscard?.Discard();
        foreach (var table in Volatile.Read(ref _tables))
        {
            table.Clear();
        }
    }

    /// <summary>Captures the fake's data and key sequences.</summary>
    /// <returns>The snapshot.</returns>
    public FakeSnapshot Snapshot()
        => new(this, Array.ConvertAll(Volatile.Read(ref _tables), static t => (t, t.CaptureState())));

    /// <summary>Restores data and sequences from a snapshot of this fake.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <exception cref="ArgumentNullException"><paramref name="snapshot"/> is null.</exception>
    /// <exception cref="ArgumentException">The snapshot was taken from another fake.</exception>
    public void Restore(FakeSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (!ReferenceEquals(snapshot.Owner, this))
        {
            throw new ArgumentException($"The snapshot was taken from another fake ({snapshot.Owner.Name}), not from {Name}.", nameof(snapshot));
        }

        TrackerToDiscard?.Discard();
        RestoreTables(snapshot);
    }

    /// <summary>Restores the tables from a snapshot of this fake, leaving the unit of work's tracker as it is (a transaction's rollback).</summary>
    internal void RestoreTables(FakeSnapshot snapshot)
    {
        var captured = new HashSet<FakeTable>(snapshot.Tables.Select(static t => t.Table));
        foreach (var table in Volatile.Read(ref _tables))
        {
            if (!captured.Contains(table))
            {
                table.Reset();
            }
        }

        foreach (var (table, state) in snapshot.Tables)
        {
            table.RestoreState(state);
        }
    }

    /// <summary>Stores items directly (upsert) in the table whose value type they are, bypassing the call log and faults.</summary>
    /// <typeparam name="T">An entity type, or <see cref="KeyValuePair{TKey, TValue}"/> for key-value tables.</typeparam>
    /// <param name="items">The items.</param>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> or an item is null.</exception>
    /// <exception cref="ArgumentException">No table of the fake stores <typeparamref name="T"/>.</exception>
    public void Seed<T>(params T[] items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var table = Tables.FirstOrDefault(static t => t.CanSeed(typeof(T)))
            ?? throw new ArgumentException($"{Name} has no table that stores {typeof(T).Name}.", nameof(items));
        foreach (var item in items)
        {
            if (item is null)
            {
                throw new ArgumentNullException(nameof(items), "An item to seed is null.");
            }
        }

        foreach (var item in items)
        {
            table.Seed(item!);
        }
    }

    /// <summary>
    /// Waits for an exclusive section on a key. The lock belongs to the fake's first table whose key type the key has, and
    /// compares keys with that table's comparer (case-insensitive stores lock "alice" and "ALICE" as one key); fakes that
    /// share the table through a backend share its locks. A key of no table's type locks in a registry of the backend
    /// scoped by the fake's name (with <see cref="StringKeyComparer"/> for strings: the options' comparer, else the attribute's).
    /// </summary>
    /// <param name="key">The key to lock.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The held lock; dispose it to release.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is null.</exception>
    public ValueTask<FakeLock> LockAsync(object key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        foreach (var table in Volatile.Read(ref _tables))
        {
            if (table.KeyType.IsInstanceOfType(key))
            {
                return table.LockKeyAsync(key, cancellationToken);
            }
        }

        return Backend.LocksFor(Name, _options.StringKeyComparer ?? Defaults.StringKeyComparer).AcquireAsync(key, cancellationToken);
    }

    private (Exception? Error, TimeSpan Delay) Enter(string member, object?[] arguments)
    {
        _ambient.ThrowIfCancellationRequested();
        if (Volatile.Read(ref _calls) is { Enabled: true } calls)
        {
            calls.Record(new FakeCall(member, arguments, Clock.GetUtcNow()));
        }

        return Volatile.Read(ref _faults) is { HasAny: true } faults ? faults.Take(member) : (null, TimeSpan.Zero);
    }

    private TableOptions TableOptions(string name) => new(name)
    {
        Clock = Clock,
        Quota = Quota,
        DefaultExpiration = DefaultExpiration,
        // Translating fakes map at their own boundary; their tables (which other fakes may share) throw the runtime's types.
        Errors = Defaults.TranslatesErrors ? FakeErrors.Default : Defaults.Errors,
        SizeEstimator = _options.SizeEstimator,
        CopyHooks = _options.CopyHooks,
    };

    // String keys: the options' comparer (ordinal by default). byte[] keys: by their bytes, as every store keyed by bytes
    // compares them (neo's MemoryStore with ByteArrayEqualityComparer, RocksDB, LevelDB, a varbinary primary key); an
    // array's own Equals is its reference, which would find an entry only through the very array that wrote it.
    private IEqualityComparer<TKey>? KeyComparerFor<TKey>()
        => typeof(TKey) == typeof(string) && (_options.StringKeyComparer ?? Defaults.StringKeyComparer) is { } comparer ? (IEqualityComparer<TKey>)comparer
            : typeof(TKey) == typeof(byte[]) ? (IEqualityComparer<TKey>)(object)ByteArrayKeyComparer.Instance
            : null;

    /// <summary>Called by an attached table when one of its entries expires or is evicted.</summary>
    internal void OnEntryEvicted(EntryEvictedEventArgs args) => EntryEvicted?.Invoke(this, args);

    /// <summary>Called by an attached table the first time it keeps a value type by reference.</summary>
    internal void OnValueStoredByReference(ValueStoredByReferenceEventArgs args)
    {
        // Its own lock, not the fake's: a table reports while it holds its own lock.
        var reported = Volatile.Read(ref _storedByReference) ?? Interlocked.CompareExchange(ref _storedByReference, new(), null) ?? _storedByReference;
        lock (reported)
        {
            reported.Add(args);
        }

        ValueStoredByReference?.Invoke(this, args);
    }

    /// <summary>
    /// A table this fake has just created inside the backend's factory, before any other thread can see it: it learns its
    /// first owner by a plain write (no compare-and-swap), and <see cref="Attach"/> then finds the owner already there.
    /// </summary>
    private static TTable OwnedBy<TTable>(FakeCore core, TTable table)
        where TTable : FakeTable
    {
        table.SetFirstOwner(core);
        return table;
    }

    private TTable Attach<TTable>(TTable table)
        where TTable : FakeTable
    {
        // Without the fake's lock (a fresh fake per test attaches its tables in its constructor): the table learns its
        // owner first (AddOwner is idempotent), then joins the array by compare-and-swap, so whoever finds the table in
        // the array finds it already telling this fake of its evictions (see OnEntryEvicted).
        var tables = Volatile.Read(ref _tables);
        if (Array.IndexOf(tables, table) >= 0)
        {
            return table;
        }

        table.AddOwner(this);
        while (Array.IndexOf(tables, table) < 0)
        {
            var seen = Interlocked.CompareExchange(ref _tables, [.. tables, table], tables);
            if (ReferenceEquals(seen, tables))
            {
                break;
            }

            tables = seen;
        }

        return table;
    }
}
