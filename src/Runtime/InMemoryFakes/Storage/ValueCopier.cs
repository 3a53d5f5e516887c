using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;
using System.Threading;

namespace InMemoryFakes.Support;

/// <summary>
/// Isolates stored values from the instances callers hold: copy on write, copy on read. The generator supplies a deep
/// copy for types it can see into and marks immutable types as such; for anything else the runtime applies its run-time
/// rules (<see cref="CopyContext.CopyObject"/>): known immutable types as they are, known copyable types copied, user
/// hooks, and anything else kept by reference and reported through <see cref="ValueStoredByReference"/>. It never makes
/// a member-wise clone of a type nobody vetted.
/// </summary>
/// <typeparam name="T">The stored value type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueCopier<T>
{
    private readonly Func<T, T>? _copy;
    private readonly Func<T, CopyContext, T>? _graphCopy;
    // A copy without a context for values of exactly type T (every field immutable), or null.
    private readonly Func<T, T>? _flatCopy;
    private readonly CopyHooks? _hooks;
    // The types reported as stored by reference; created on the first report (most copiers never make one).
    private HashSet<Type>? _reported;

    // The last run-time type found immutable (a single reference: a racy overwrite only costs a lookup).
    private Type? _immutableSeen;

    // The table this copier was created for, told of each report before the event's handlers (a handler delegate per
    // table otherwise); null until a table claims it. Another table using the same copier subscribes to the event.
    private FakeTable? _reportsTo;

    private ValueCopier(Func<T, T>? copy, Func<T, CopyContext, T>? graphCopy, Func<T, T>? flatCopy, CopyHooks? hooks, bool copies)
    {
        _copy = copy;
        _graphCopy = graphCopy;
        _flatCopy = graphCopy is null ? null : flatCopy;
        _hooks = hooks;
        Copies = copies;
        _runTimeRulesOnly = copies && copy is null && graphCopy is null && _flatCopy is null && hooks is null;
    }

    // Values are copied by the run-time rules alone (an object-typed table, no generated copy, no hooks): a value of the
    // last run-time type found immutable is kept as it is, which KeepsAsIs answers inline for a table's reads.
    private readonly bool _runTimeRulesOnly;

    /// <summary>
    /// Whether <see cref="Copy"/> would hand <paramref name="value"/> back as it is because its run-time type is the last
    /// one found immutable (a string in an <c>object</c> table): a table's read checks it inline before calling Copy.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal bool KeepsAsIs(T value) => _runTimeRulesOnly && value is not null && ReferenceEquals(value.GetType(), _immutableSeen);

    /// <summary>
    /// Raised the first time this copier keeps a value of some type by reference because no rule can copy it (a mutable
    /// type the generator could not see into, with no <see cref="CopyHooks"/> entry and no <see cref="IDeepCopyable{T}"/>):
    /// mutating such a value after a write, or one returned by a read, changes the stored value too. Tables re-raise it with
    /// their name; fakes collect it in <see cref="FakeCore.ValuesStoredByReference"/>.
    /// </summary>
    public event EventHandler<ValueStoredByReferenceEventArgs>? ValueStoredByReference;

    /// <summary>A copier that never copies.</summary>
    public static ValueCopier<T> Reference { get; } = new(null, null, null, null, copies: false);

    /// <summary><see langword="true"/> when values are copied.</summary>
    public bool Copies { get; }

    /// <summary>
    /// The type's own copy when it needs no graph context (a table calls it directly on reads), else null: a plain deep
    /// copy, or the flat copy of a sealed type (no value can be of a subclass, so no run-time type check is needed).
    /// </summary>
    internal Func<T, T>? PlainCopy => !Copies ? null : _copy ?? (_flatCopy is not null && typeof(T).IsSealed ? _flatCopy : null);

    /// <summary>Chooses the copier for a mode.</summary>
    /// <param name="mode">The copy mode.</param>
    /// <param name="deepCopy">A deep copy for <typeparamref name="T"/>, usually generated; <see langword="null"/> to use the runtime's rules.</param>
    /// <param name="isImmutable"><see langword="true"/> when <typeparamref name="T"/> is known to be immutable (no copy needed in <see cref="CopyMode.Auto"/>).</param>
    /// <returns>The copier.</returns>
    public static ValueCopier<T> Create(CopyMode mode, Func<T, T>? deepCopy = null, bool isImmutable = false)
        => Create(mode, deepCopy, null, null, isImmutable, null);

    /// <summary>Chooses the copier for a mode, with the fake's user hooks for values the runtime's rules copy.</summary>
    /// <param name="mode">The copy mode.</param>
    /// <param name="plan">The type's copy (graph-aware) or its immutability; <see langword="null"/> for the runtime's rules.</param>
    /// <param name="hooks">User copies for types no rule knows.</param>
    /// <returns>The copier.</returns>
    public static ValueCopier<T> Create(CopyMode mode, CopyPlan<T>? plan, CopyHooks? hooks)
        => Create(mode, null, plan?.DeepCopy, plan?.FlatCopy, plan?.IsImmutable ?? false, hooks);

    internal static ValueCopier<T> Create(CopyMode mode, Func<T, T>? deepCopy, bool isImmutable, CopyHooks? hooks)
        => Create(mode, deepCopy, null, null, isImmutable, hooks);

    /// <summary>
    /// Chooses the copier for a mode, with a graph-aware copy (what the generator emits for types it can see into: shared
    /// references stay shared, cycles stay cycles) and the fake's user hooks.
    /// </summary>
    /// <param name="mode">The copy mode.</param>
    /// <param name="deepCopy">The type's copy in a <see cref="CopyContext"/>; <see langword="null"/> to use the runtime's rules.</param>
    /// <param name="isImmutable"><see langword="true"/> when <typeparamref name="T"/> is known to be immutable.</param>
    /// <param name="hooks">User copies for types no rule knows (<see cref="InMemoryFakeOptions.CopyHooks"/>).</param>
    /// <returns>The copier.</returns>
    public static ValueCopier<T> Create(CopyMode mode, Func<T, CopyContext, T>? deepCopy, bool isImmutable, CopyHooks? hooks)
        => Create(mode, null, deepCopy, null, isImmutable, hooks);

    /// <summary>Copies a value (or returns it when this copier does not copy).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The copy.</returns>
    public T Copy(T value)
    {
        if (!Copies || value is null)
        {
            return value;
        }

        if (_copy is not null)
        {
            return _copy(value);
        }

        if (_flatCopy is not null && value.GetType() == typeof(T))
        {
            // Every field immutable and no subclass: nothing can be shared or cyclic, so no context to allocate.
            return _flatCopy(value);
        }

        if (_graphCopy is null && IsImmutableAtRunTime(value))
        {
            // The run-time rules keep a known immutable value as it is: no context to allocate, no graph to walk.
            return value;
        }

        var context = new CopyContext(_hooks, Report);
        return context.Complete(_graphCopy is not null ? _graphCopy(value, context) : context.CopyValue(value)!);
    }

    /// <summary>
    /// What <see cref="CopyContext.CopyObject"/> would decide first for a value of a known immutable run-time type (a
    /// string or a boxed number in an <c>object</c> table): keep it. Hooks come first there, so a type with a hook is
    /// left to the context; the last immutable type seen is remembered, so a table of strings pays one type compare.
    /// </summary>
    private bool IsImmutableAtRunTime(T value)
    {
        var type = value!.GetType();
        if (_hooks is not null && _hooks.TryGet(type, out _))
        {
            return false;
        }

        if (ReferenceEquals(type, _immutableSeen))
        {
            return true;
        }

        if (value is IDeepCopyable || !KnownTypes.IsImmutable(type))
        {
            return false;
        }

        _immutableSeen = type;
        return true;
    }

    /// <summary>
    /// <see cref="Create(CopyMode, CopyPlan{T}?, CopyHooks?)"/> with the plan's parts passed as they are: an entity table
    /// takes them from its (static) model, without a plan object per table (a test builds a fresh table every time).
    /// </summary>
    internal static ValueCopier<T> Create(CopyMode mode, Func<T, CopyContext, T> graphCopy, Func<T, T>? flatCopy, bool isImmutable, CopyHooks? hooks)
        => Create(mode, null, graphCopy, flatCopy, isImmutable, hooks);

    private static ValueCopier<T> Create(CopyMode mode, Func<T, T>? copy, Func<T, CopyContext, T>? graphCopy, Func<T, T>? flatCopy, bool isImmutable, CopyHooks? hooks)
    {
        if (mode == CopyMode.Reference || (mode == CopyMode.Auto && (isImmutable || KnownTypes.Immutable<T>.Value)))
        {
            return Reference;
        }

        return new ValueCopier<T>(copy, graphCopy, flatCopy, hooks, copies: true);
    }

    private void Report(Type type, string reason)
    {
        var reported = Volatile.Read(ref _reported) ?? Interlocked.CompareExchange(ref _reported, new HashSet<Type>(), null) ?? _reported;
        lock (reported)
        {
            if (!reported.Add(type))
            {
                return;
            }
        }

        System.Diagnostics.Trace.TraceWarning("InMemoryFakes: values of {0} are stored by reference: {1}.", type.FullName, reason);
        var args = new ValueStoredByReferenceEventArgs(null, type, reason);
        Volatile.Read(ref _reportsTo)?.OnCopierStoredByReference(args);
        ValueStoredByReference?.Invoke(this, args);
    }

    /// <summary>Makes <paramref name="table"/> the one table told of reports directly; false when another table already is.</summary>
    internal bool TryReportTo(FakeTable table)
    {
        if (_unpublished)
        {
            // Made by the claiming table for itself, in its constructor: no other thread has seen it, so a plain write.
            _unpublished = false;
            _reportsTo = table;
            return true;
        }

        return Interlocked.CompareExchange(ref _reportsTo, table, null) is null;
    }

    // Set on a copier a table's constructor made for that table alone, until the table claims it (see TryReportTo).
    private bool _unpublished;

    /// <summary>Marks a copier just made for one table that has not been published yet; the shared <see cref="Reference"/> is left alone.</summary>
    /// <returns>This copier.</returns>
    internal ValueCopier<T> MadeForOneTable()
    {
        if (!ReferenceEquals(this, Reference))
        {
            _unpublished = true;
        }

        return this;
    }
}

/// <summary>A type whose values a store keeps by reference because no copy rule knows it.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ValueStoredByReferenceEventArgs : EventArgs
{
    /// <summary>Creates the event data.</summary>
    /// <param name="store">The table's name, or <see langword="null"/> when raised by a copier on its own.</param>
    /// <param name="valueType">The run-time type kept by reference.</param>
    /// <param name="reason">Why it cannot be copied, and the ways out.</param>
    public ValueStoredByReferenceEventArgs(string? store, Type valueType, string reason)
    {
        ArgumentNullException.ThrowIfNull(valueType);
        ArgumentNullException.ThrowIfNull(reason);
        Store = store;
        ValueType = valueType;
        Reason = reason;
    }

    /// <summary>The table's name, or <see langword="null"/>.</summary>
    public string? Store { get; }

    /// <summary>The type kept by reference.</summary>
    public Type ValueType { get; }

    /// <summary>
    /// Why, and the ways out: register a copy in <see cref="InMemoryFakeOptions.CopyHooks"/>, implement
    /// <see cref="IDeepCopyable{T}"/>, or choose <see cref="CopyMode.Reference"/> on purpose.
    /// </summary>
    public string Reason { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Store ?? "(store)"}: {ValueType.FullName} stored by reference: {Reason}";
}

/// <summary>How values of a type are copied: the graph-aware deep copy the generator writes for it, or that it is immutable.</summary>
/// <typeparam name="T">The value type.</typeparam>
/// <param name="DeepCopy">The type's copy in a <see cref="CopyContext"/>; <see langword="null"/> for the runtime's rules.</param>
/// <param name="IsImmutable"><see langword="true"/> when values are stored as they are (in <see cref="CopyMode.Auto"/>).</param>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed record CopyPlan<T>(Func<T, CopyContext, T>? DeepCopy, bool IsImmutable = false)
{
    /// <summary>
    /// A complete copy made without a <see cref="CopyContext"/>, for a class whose every field is immutable: used for
    /// values whose run-time type is exactly <typeparamref name="T"/> (the generated copy of such a class consults no
    /// hooks either); anything else goes through <see cref="DeepCopy"/>. Ignored without <see cref="DeepCopy"/>.
    /// </summary>
    public Func<T, T>? FlatCopy { get; init; }

    /// <summary>Values of <typeparamref name="T"/> never change: stored as they are.</summary>
    public static CopyPlan<T> Immutable { get; } = new(null, true);

    /// <summary>No generated copy: the runtime's rules (<see cref="CopyContext.CopyObject"/>) apply.</summary>
    public static CopyPlan<T> RuntimeRules { get; } = new(null, false);
}
