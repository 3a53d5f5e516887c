namespace InMemoryFakes;

/// <summary>
/// A type that copies itself. The runtime (for <c>object</c>-typed values and for types the generator cannot copy) and
/// the generator (at compile time) call <see cref="DeepCopy"/> instead of copying the type's members, so a type whose
/// state the generator cannot reach (private fields of a type from another assembly) can still be isolated.
/// </summary>
/// <remarks>
/// Copy child objects through the context (<c>context.CopyValue(child)</c>, <c>context.CopyList(…)</c>) so
/// shared references and cycles are kept; a type that can reference itself calls <c>context.Remember(this, copy)</c>
/// before copying its members.
/// </remarks>
/// <typeparam name="T">The type itself.</typeparam>
public interface IDeepCopyable<out T> : IDeepCopyable
    where T : IDeepCopyable<T>
{
    /// <summary>Returns a copy that shares no mutable state with this instance.</summary>
    /// <param name="context">The copy in progress: copy children through it.</param>
    /// <returns>The copy.</returns>
    new T DeepCopy(CopyContext context);

    /// <inheritdoc />
    object IDeepCopyable.DeepCopy(CopyContext context) => DeepCopy(context);
}

/// <summary>The untyped face of <see cref="IDeepCopyable{T}"/>, for values whose type is known only at run time. Implement <see cref="IDeepCopyable{T}"/>.</summary>
public interface IDeepCopyable
{
    /// <summary>Returns a copy that shares no mutable state with this instance.</summary>
    /// <param name="context">The copy in progress.</param>
    /// <returns>The copy.</returns>
    object DeepCopy(CopyContext context);
}
