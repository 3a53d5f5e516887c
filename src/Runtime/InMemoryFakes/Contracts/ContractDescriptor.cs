using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Contracts;

/// <summary>
/// Everything a differential contract needs to know about a fake's interface, without reflection: what each classified
/// member means, how to call it, and how to generate, key and compare its entities or values. The generator emits one
/// per fake (see docs/verified-fakes.md, "What the generator emits"); tests may write one by hand in the same shape.
/// </summary>
public abstract class ContractDescriptor
{
    private protected ContractDescriptor(string name, StoreKind kind, IReadOnlyList<ContractOperation> operations)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(operations);
        Name = name;
        Kind = kind;
        Operations = operations;
    }

    /// <summary>The interface's name as written in C# (<c>IUserRepository</c>), for messages and repro snippets.</summary>
    public string Name { get; }

    /// <summary>The kind of store the fake is.</summary>
    public StoreKind Kind { get; }

    /// <summary>The interface type.</summary>
    public abstract Type InterfaceType { get; }

    /// <summary>The classified members, in declaration order.</summary>
    public IReadOnlyList<ContractOperation> Operations { get; }

    /// <summary>Members the generator did not classify (hand-written in the partial class, or unsupported), with the reason. A contract refuses to run while any remain, unless the user excludes them.</summary>
    public IReadOnlyList<ContractUnclassifiedMember> Unclassified { get; init; } = Array.Empty<ContractUnclassifiedMember>();

    /// <summary>The entity of an entity repository; <see langword="null"/> for other kinds.</summary>
    public ContractEntityShape? Entity { get; init; }

    /// <summary>Key and value types of a key-value or blob store; <see langword="null"/> for entity repositories.</summary>
    public ContractKeyValueShape? KeyValue { get; init; }

    /// <summary>The user exception types mapped on the attribute (<c>NotFoundException = typeof(…)</c>…), so errors of those types classify.</summary>
    public IReadOnlyList<ContractErrorMapping> ErrorMappings { get; init; } = Array.Empty<ContractErrorMapping>();

    /// <summary>Creates a fresh fake, typed as its interface.</summary>
    /// <param name="options">Per-instance settings, or <see langword="null"/>.</param>
    /// <returns>The fake.</returns>
    public abstract object CreateFakeObject(InMemoryFakeOptions? options);
}

/// <summary>A <see cref="ContractDescriptor"/> for one interface.</summary>
/// <typeparam name="TInterface">The interface.</typeparam>
public sealed class ContractDescriptor<TInterface> : ContractDescriptor
    where TInterface : class
{
    /// <summary>Creates a descriptor.</summary>
    /// <param name="name">The interface's C# name.</param>
    /// <param name="kind">The store kind.</param>
    /// <param name="createFake">Creates a fresh fake (the generated class's options constructor).</param>
    /// <param name="operations">The classified members.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="createFake"/> or <paramref name="operations"/> is null.</exception>
    public ContractDescriptor(string name, StoreKind kind, Func<InMemoryFakeOptions?, TInterface> createFake, IReadOnlyList<ContractOperation> operations)
        : base(name, kind, operations)
    {
        ArgumentNullException.ThrowIfNull(createFake);
        CreateFake = createFake;
    }

    /// <summary>Creates a fresh fake.</summary>
    public Func<InMemoryFakeOptions?, TInterface> CreateFake { get; }

    /// <inheritdoc />
    public override Type InterfaceType => typeof(TInterface);

    /// <inheritdoc />
    public override object CreateFakeObject(InMemoryFakeOptions? options) => CreateFake(options);
}

/// <summary>One classified member: its meaning, its parameters, its result, and how to call it.</summary>
public sealed class ContractOperation
{
    /// <summary>Describes a member.</summary>
    /// <param name="member">The member name (<c>FindAsync</c>).</param>
    /// <param name="kind">What it means.</param>
    /// <param name="parameters">Its parameters in declaration order (a cancellation token included).</param>
    /// <param name="result">What it returns.</param>
    /// <param name="invoke">
    /// Calls the member on an instance of the interface with one argument per parameter (the token's slot holds the
    /// token) and returns the awaited result boxed (<see langword="null"/> for <see langword="void"/>; an
    /// <see cref="IAsyncEnumerable{T}"/> materialised as a <see cref="List{T}"/>). Exceptions propagate unchanged.
    /// </param>
    /// <exception cref="ArgumentException"><paramref name="member"/> is null or empty.</exception>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ContractOperation(string member, ContractOperationKind kind, IReadOnlyList<ContractParameter> parameters, ContractResult result, Func<object, object?[], CancellationToken, ValueTask<object?>> invoke)
    {
        ArgumentException.ThrowIfNullOrEmpty(member);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(invoke);
        Member = member;
        Kind = kind;
        Parameters = parameters;
        Result = result;
        Invoke = invoke;
    }

    /// <summary>The member name.</summary>
    public string Member { get; }

    /// <summary>What the member means.</summary>
    public ContractOperationKind Kind { get; }

    /// <summary>The parameters in declaration order.</summary>
    public IReadOnlyList<ContractParameter> Parameters { get; }

    /// <summary>What the member returns.</summary>
    public ContractResult Result { get; }

    /// <summary>Calls the member; see the constructor.</summary>
    public Func<object, object?[], CancellationToken, ValueTask<object?>> Invoke { get; }

    /// <summary>How a repro snippet calls it.</summary>
    public ContractInvocationStyle Style { get; init; }

    /// <summary>
    /// The name of the member's <c>out</c> parameter (<c>bool TryGet(string key, out T value)</c>), which is no entry of
    /// <see cref="Parameters"/>: a repro snippet declares it with <c>out var</c> at <see cref="OutParameterPosition"/>.
    /// </summary>
    public string? OutParameter { get; init; }

    /// <summary>The <c>out</c> parameter's position among the member's declared parameters.</summary>
    public int OutParameterPosition { get; init; }

    /// <summary>The member's signature as declared, for messages (<c>Task&lt;User?&gt; FindAsync(int id, CancellationToken cancellationToken)</c>).</summary>
    public string? Signature { get; init; }

    /// <summary>Whether the member needs a time to live (a non-nullable TTL parameter); such members are left out of random sequences unless TTL operations are enabled.</summary>
    public bool RequiresTimeToLive { get; init; }

    /// <summary>Wraps a <see cref="Task"/>-returning call for <see cref="Invoke"/> (generated code passes its call here).</summary>
    /// <param name="task">The member's task.</param>
    /// <returns>A task that completes with <see langword="null"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static async ValueTask<object?> Await(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        await task.ConfigureAwait(false);
        return null;
    }

    /// <summary>Wraps a <see cref="Task{TResult}"/>-returning call for <see cref="Invoke"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The member's task.</param>
    /// <returns>The boxed result.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static async ValueTask<object?> Await<T>(Task<T> task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return await task.ConfigureAwait(false);
    }

    /// <summary>Wraps a <see cref="ValueTask"/>-returning call for <see cref="Invoke"/>.</summary>
    /// <param name="task">The member's task.</param>
    /// <returns>A task that completes with <see langword="null"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static async ValueTask<object?> Await(ValueTask task)
    {
        await task.ConfigureAwait(false);
        return null;
    }

    /// <summary>Wraps a <see cref="ValueTask{TResult}"/>-returning call for <see cref="Invoke"/>.</summary>
    /// <typeparam name="T">The result type.</typeparam>
    /// <param name="task">The member's task.</param>
    /// <returns>The boxed result.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static async ValueTask<object?> Await<T>(ValueTask<T> task) => await task.ConfigureAwait(false);

    /// <summary>Materialises an <see cref="IAsyncEnumerable{T}"/> for <see cref="Invoke"/>.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The member's stream.</param>
    /// <param name="cancellationToken">Observed between items.</param>
    /// <returns>The items as a <see cref="List{T}"/>.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static async ValueTask<object?> Collect<T>(IAsyncEnumerable<T> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = new List<T>();
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Wraps a synchronous result for <see cref="Invoke"/>.</summary>
    /// <param name="value">The member's result.</param>
    /// <returns>A completed task.</returns>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ValueTask<object?> Done(object? value) => new(value);

    /// <summary>A completed task for a <see langword="void"/> member that has run.</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public static ValueTask<object?> Void => default;

    /// <inheritdoc />
    public override string ToString() => Signature ?? Member;
}

/// <summary>A parameter of a classified member.</summary>
/// <param name="Name">The parameter name as declared.</param>
/// <param name="Type">The parameter type.</param>
/// <param name="Role">What it holds.</param>
public sealed record ContractParameter(string Name, Type Type, ContractParameterRole Role)
{
    /// <summary>For <see cref="ContractParameterRole.QueryArgument"/>: the entity property (path) the argument is compared with, so generated arguments hit stored values.</summary>
    public string? Property { get; init; }

    /// <summary>Whether the declared type accepts null (a nullable reference or <see cref="Nullable{T}"/>).</summary>
    public bool IsNullable { get; init; }

    /// <summary>For a collection argument (<c>In</c>, ranges): the element type; <see langword="null"/> otherwise.</summary>
    public Type? ElementType { get; init; }

    /// <summary>
    /// For a <see cref="ContractParameterRole.TimeToLive"/> parameter that cannot be null (an options object): makes the
    /// value that means "no expiry" (<c>static () =&gt; new DistributedCacheEntryOptions()</c>), used while TTL operations
    /// are not part of sequences.
    /// </summary>
    public Func<object?>? NoExpiry { get; init; }

    /// <summary>The C# expression repro snippets write for <see cref="NoExpiry"/> (<c>new DistributedCacheEntryOptions()</c>).</summary>
    public string? NoExpiryCSharp { get; init; }
}

/// <summary>What a classified member returns.</summary>
/// <param name="Shape">How results are compared.</param>
/// <param name="Type">The result type after unwrapping <c>Task</c>/<c>ValueTask</c> (<see cref="void"/> for none); an async stream's is <c>List&lt;T&gt;</c>.</param>
public sealed record ContractResult(ContractResultShape Shape, Type Type)
{
    /// <summary>No result.</summary>
    public static ContractResult None { get; } = new(ContractResultShape.Void, typeof(void));

    /// <summary>Whether the declared result is nullable (null when missing rather than the not-found error).</summary>
    public bool IsNullable { get; init; }

    /// <summary>Which order of a collection is part of the contract.</summary>
    public ContractResultOrder Order { get; init; }

    /// <summary>For <see cref="ContractResultOrder.OrderedBy"/>: the ordering, outermost first.</summary>
    public IReadOnlyList<ContractOrdering> OrderBy { get; init; } = Array.Empty<ContractOrdering>();

    /// <summary>
    /// For <see cref="ContractResultShape.Value"/> and <see cref="ContractResultShape.ValueList"/> results of a user type: the
    /// part that is the contract, as a value tuple (a blob result's key, size and content type, without its ETag and
    /// timestamps, which are the store's to choose). <see langword="null"/> compares the value itself.
    /// </summary>
    public Func<object, object?>? Project { get; init; }
}

/// <summary>One key of a query's <c>OrderBy</c>.</summary>
/// <param name="Property">The entity property.</param>
/// <param name="Descending">Largest first.</param>
public sealed record ContractOrdering(string Property, bool Descending);

/// <summary>A member the generator did not classify, so the contract cannot exercise it.</summary>
/// <param name="Member">The member name.</param>
/// <param name="Reason">Why (hand-written in the partial class; not a known shape…).</param>
public sealed record ContractUnclassifiedMember(string Member, string Reason);

/// <summary>A user exception type mapped to an error kind (from the attribute, or added to a contract).</summary>
/// <param name="Kind">The error kind it means.</param>
/// <param name="ExceptionTypeName">The type's name, for messages.</param>
/// <param name="Matches">Whether an exception is of that type (generated as <c>static e =&gt; e is global::MyNotFound</c>).</param>
public sealed record ContractErrorMapping(ContractErrorKind Kind, string ExceptionTypeName, Func<Exception, bool> Matches);

/// <summary>Key and value types of a key-value or blob store.</summary>
/// <param name="KeyType">The key type.</param>
/// <param name="ValueType">The value type (<c>byte[]</c> for blob content).</param>
public sealed record ContractKeyValueShape(Type KeyType, Type ValueType);
