using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;

namespace InMemoryFakes;

/// <summary>
/// One deep copy of an object graph: remembers the copy of every object it has copied, so shared references stay shared
/// and cycles stay cycles, and runs member copies from a work list instead of recursing, so a chain of a million nodes
/// copies without deepening the stack. Linear in the size of the graph. Generated copies and user hooks
/// (<see cref="IDeepCopyable{T}"/>, <see cref="CopyHooks"/>) are written against it; the runtime makes one per copied value.
/// </summary>
/// <remarks>
/// <para><b>How a type's copy is written</b> (what the generator emits, and what a hand-written copy can do):</para>
/// <code>
/// static Node Copy(Node node, CopyContext context) => context.Copy(node, static n => new Node(), static (from, to, c) =>
/// {
///     to.Name = from.Name;                                      // immutable: as is
///     to.Next = c.Copy(from.Next, ...);                         // another object: its copy (made once)
///     to.Tags = c.CopyHashSet(from.Tags, copyElement: null);    // keeps HashSet, its comparer
///     to.Children = c.CopyList(from.Children, Copy);            // elements copied by Copy
/// });
/// </code>
/// <para><see cref="Copy{T}(T, Func{T, T}, Action{T, T, CopyContext})"/> makes the empty copy at once (so a reference back to
/// the object finds it) and fills its members later, from the work list. <see cref="DeepCopy{T}(T, Func{T, CopyContext, T}, CopyHooks?)"/>
/// runs the whole list before it returns. Hashed and sorted collections whose elements need copying get their elements
/// added last, once every element is complete, because their hash codes and order may depend on the elements' state.</para>
/// </remarks>
public sealed partial class CopyContext
{
    // Allocated on first use: most reads copy one flat object, which needs one remembered pair and one pending fill.
    private CopyMap _copies;
    private Queue<IPendingStep>? _pending;
    private Stack<IPendingStep>? _last;
    private readonly CopyHooks? _hooks;
    private readonly Action<Type, string>? _storedByReference;

    /// <summary>Creates a context with no hooks that reports nothing.</summary>
    public CopyContext()
        : this(null, null)
    {
    }

    /// <summary>Creates a context.</summary>
    /// <param name="hooks">User copies for types the runtime does not know; consulted first by <see cref="CopyValue{T}"/> and <see cref="CopyObject"/>.</param>
    /// <param name="storedByReference">Told (type, reason) each time a value had to be kept by reference because no rule knows how to copy it.</param>
    public CopyContext(CopyHooks? hooks, Action<Type, string>? storedByReference)
    {
        _hooks = hooks;
        _storedByReference = storedByReference;
    }

    /// <summary>How many objects this context has copied so far.</summary>
    public int CopiedObjects => _copies.Count;

    /// <summary>Copies a whole graph: runs <paramref name="copy"/> in a new context, then every step it deferred.</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copy">The type's copy, usually generated.</param>
    /// <param name="hooks">User copies for types the runtime does not know.</param>
    /// <returns>The complete copy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="copy"/> is null.</exception>
    [return: NotNullIfNotNull(nameof(value))]
    public static T? DeepCopy<T>(T? value, Func<T, CopyContext, T> copy, CopyHooks? hooks = null)
    {
        ArgumentNullException.ThrowIfNull(copy);
        if (value is null)
        {
            return value;
        }

        var context = new CopyContext(hooks, null);
        return context.Complete(copy(value, context))!;
    }

    /// <summary>Runs every deferred step, then returns <paramref name="result"/>, now complete.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="result">The copy made in this context.</param>
    /// <returns><paramref name="result"/>.</returns>
    public T Complete<T>(T result)
    {
        while (true)
        {
            while (_pending is not null && _pending.TryDequeue(out var step))
            {
                step.Run(this);
            }

            // Adds into hashed and sorted collections come last, innermost first; they never defer more work.
            if (_last is null || !_last.TryPop(out var last))
            {
                return result;
            }

            last.Run(this);
        }
    }

    /// <summary>
    /// The copy of an object with members: made once per object (the same original always gives the same copy).
    /// <paramref name="create"/> makes the empty copy now; <paramref name="fill"/> copies the members into it later, from
    /// the work list, so references back to the object (cycles) find its copy and deep graphs never recurse.
    /// </summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="original">The object; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="create">Makes the empty copy (a constructor call, or <c>RuntimeHelpers.GetUninitializedObject</c>).</param>
    /// <param name="fill">Copies the members: <c>(original, copy, context)</c>.</param>
    /// <returns>The copy (filled by the time the outermost copy completes).</returns>
    [return: NotNullIfNotNull(nameof(original))]
    public T? Copy<T>(T? original, Func<T, T> create, Action<T, T, CopyContext> fill)
        where T : class
    {
        if (original is null)
        {
            return null;
        }

        if (_copies.TryGetValue(original, out var done))
        {
            return (T)done;
        }

        ArgumentNullException.ThrowIfNull(create);
        ArgumentNullException.ThrowIfNull(fill);
        var copy = create(original);
        _copies.Add(original, copy);
        Enqueue(new PendingFill<T>(fill, original, copy));
        return copy;
    }

    /// <summary>
    /// The copy of an object made in one go by <paramref name="copy"/> (for types whose copy needs no reference back to
    /// itself, or that calls <see cref="Remember"/> before copying its members): made once per object.
    /// </summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="original">The object; <see langword="null"/> gives <see langword="null"/>.</param>
    /// <param name="copy">Makes the copy.</param>
    /// <returns>The copy.</returns>
    [return: NotNullIfNotNull(nameof(original))]
    public T? Share<T>(T? original, Func<T, CopyContext, T> copy)
        where T : class
    {
        if (original is null)
        {
            return null;
        }

        if (_copies.TryGetValue(original, out var done))
        {
            return (T)done;
        }

        ArgumentNullException.ThrowIfNull(copy);
        var made = copy(original, this);
        _copies.TryAdd(original, made);
        return (T)_copies[original];
    }

    /// <summary>Records <paramref name="copy"/> as the copy of <paramref name="original"/>, before its members are copied, so a cycle back to it ends there.</summary>
    /// <param name="original">The original object.</param>
    /// <param name="copy">Its copy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="original"/> already has another copy.</exception>
    public void Remember(object original, object copy)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(copy);
        if (_copies.TryGetValue(original, out var existing))
        {
            if (!ReferenceEquals(existing, copy))
            {
                throw new InvalidOperationException($"This context already copied the {original.GetType().Name} once; an object has exactly one copy.");
            }

            return;
        }

        _copies.Add(original, copy);
    }

    /// <summary>The copy this context already made of <paramref name="original"/>, if any.</summary>
    /// <typeparam name="T">The object's type.</typeparam>
    /// <param name="original">The original object.</param>
    /// <param name="copy">Its copy.</param>
    /// <returns><see langword="true"/> when it was copied before.</returns>
    public bool TryGetCopy<T>(T original, [NotNullWhen(true)] out T? copy)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(original);
        if (_copies.TryGetValue(original, out var done))
        {
            copy = (T)done;
            return true;
        }

        copy = null;
        return false;
    }

    /// <summary>Defers a step until the members being copied now are done (the work list; never recursion).</summary>
    /// <param name="step">The step.</param>
    public void Defer(Action<CopyContext> step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Enqueue(new PendingAction(step));
    }

    /// <summary>Keeps a value by reference because nothing can copy it, and tells whoever listens (once per type, at the table).</summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="reason">Why it cannot be copied.</param>
    /// <returns><paramref name="value"/>.</returns>
    public T StoreByReference<T>(T value, string reason)
    {
        if (value is not null)
        {
            _storedByReference?.Invoke(value.GetType(), reason);
        }

        return value;
    }

    private void DeferLast(IPendingStep step) => (_last ??= new Stack<IPendingStep>()).Push(step);

    private void Enqueue(IPendingStep step) => (_pending ??= new Queue<IPendingStep>()).Enqueue(step);

    /// <summary>
    /// Original → copy, by reference: the first pair is held in two fields, a dictionary is made only for a second one
    /// (a copy of one flat object, the common read, allocates no dictionary). Same contract as the dictionary it stands
    /// for: <see cref="Add"/> throws for a key already there.
    /// </summary>
    private struct CopyMap
    {
        private object? _soleOriginal;
        private object? _soleCopy;
        private Dictionary<object, object>? _map;

        public readonly int Count => _map?.Count ?? (_soleOriginal is null ? 0 : 1);

        public readonly object this[object original] => TryGetValue(original, out var copy) ? copy : throw new KeyNotFoundException();

        public readonly bool TryGetValue(object original, [NotNullWhen(true)] out object? copy)
        {
            if (_map is not null)
            {
                return _map.TryGetValue(original, out copy);
            }

            if (_soleOriginal is not null && ReferenceEquals(_soleOriginal, original))
            {
                copy = _soleCopy!;
                return true;
            }

            copy = null;
            return false;
        }

        public void Add(object original, object copy)
        {
            if (!TryAdd(original, copy))
            {
                throw new ArgumentException("This context already copied the object once.", nameof(original));
            }
        }

        public bool TryAdd(object original, object copy)
        {
            if (_map is null && _soleOriginal is null)
            {
                _soleOriginal = original;
                _soleCopy = copy;
                return true;
            }

            if (_map is null)
            {
                if (ReferenceEquals(_soleOriginal, original))
                {
                    return false;
                }

                _map = new Dictionary<object, object>(ReferenceEqualityComparer.Instance) { [_soleOriginal!] = _soleCopy! };
                _soleOriginal = null;
                _soleCopy = null;
            }

            return _map.TryAdd(original, copy);
        }
    }

    /// <summary>A step on the work list.</summary>
    private interface IPendingStep
    {
        void Run(CopyContext context);
    }

    private sealed class PendingFill<T> : IPendingStep
    {
        private readonly Action<T, T, CopyContext> _fill;
        private readonly T _original;
        private readonly T _copy;

        public PendingFill(Action<T, T, CopyContext> fill, T original, T copy)
        {
            _fill = fill;
            _original = original;
            _copy = copy;
        }

        public void Run(CopyContext context) => _fill(_original, _copy, context);
    }

    private sealed class PendingAction : IPendingStep
    {
        private readonly Action<CopyContext> _step;

        public PendingAction(Action<CopyContext> step)
        {
            _step = step;
        }

        public void Run(CopyContext context) => _step(context);
    }

    private sealed class PendingAdds<T> : IPendingStep
    {
        private readonly ICollection<T> _target;
        private readonly T[] _items;

        public PendingAdds(ICollection<T> target, T[] items)
        {
            _target = target;
            _items = items;
        }

        public void Run(CopyContext context)
        {
            foreach (var item in _items)
            {
                _target.Add(item);
            }
        }
    }
}
