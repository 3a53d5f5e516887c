namespace InMemoryFakes.Generators.Model;

/// <summary>How a member returns: synchronously, or through a task-like type or an async stream.</summary>
internal enum ReturnShape
{
    Sync,
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
    AsyncEnumerable,
}

/// <summary>Whether the member is a method or a property getter.</summary>
internal enum MemberKind
{
    Method,
    Property,
}

/// <summary>One interface member the generator implements.</summary>
/// <param name="Kind">Method or property.</param>
/// <param name="Name">The member name (escaped when a keyword).</param>
/// <param name="InterceptName">The plain member name, for the call log and faults.</param>
/// <param name="ExplicitInterface">The interface, when implemented explicitly.</param>
/// <param name="ReturnType">The declared return type.</param>
/// <param name="Shape">Sync or async shape.</param>
/// <param name="TypeParameters">Method type parameters, e.g. <c>&lt;T&gt;</c>.</param>
/// <param name="Constraints">Method constraint clauses.</param>
/// <param name="Parameters">The parameters.</param>
/// <param name="ReturnAttributes">Attributes on the return value (nullability).</param>
/// <param name="CancellationToken">The token parameter's name, or null.</param>
/// <param name="InterceptArguments">Arguments recorded in the call log.</param>
/// <param name="Operation">What the member does.</param>
internal sealed record MemberSpec(
    MemberKind Kind,
    string Name,
    string InterceptName,
    string? ExplicitInterface,
    string ReturnType,
    ReturnShape Shape,
    string TypeParameters,
    EquatableArray<string> Constraints,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<string> ReturnAttributes,
    string? CancellationToken,
    EquatableArray<string> InterceptArguments,
    OperationSpec Operation);

/// <summary>A parameter as declared: modifiers (<c>out </c>, <c>params </c>…), type, name, default and attributes.</summary>
internal sealed record ParameterSpec(string Name, string Type, string Modifiers, string? DefaultValue, EquatableArray<string> Attributes);

/// <summary>What a member does with the store.</summary>
/// <param name="Op">The operation.</param>
/// <param name="Result">How the operation's result is turned into the member's result.</param>
/// <param name="Args">Pre-rendered argument expressions (parameter names, key tuples, expirations).</param>
/// <param name="ResultType">The logical result type (the T of <c>Task&lt;T&gt;</c> or of an async stream), or null.</param>
/// <param name="Converter">A converter method or cast target, when the result needs one.</param>
/// <param name="Query">For <see cref="Operation.EntityQuery"/>: the query to run.</param>
internal sealed record OperationSpec(Operation Op, ResultKind Result, EquatableArray<string> Args, string? ResultType, string? Converter, QuerySpec? Query = null);

/// <summary>What a query member asks of the table.</summary>
internal enum QueryKind
{
    /// <summary>The matches as a list (or array, or async stream).</summary>
    List,

    /// <summary>The first match: null, or the not-found error, when there is none.</summary>
    First,

    /// <summary>A page of matches with the total count.</summary>
    Page,

    /// <summary>The number of matches.</summary>
    Count,

    /// <summary>Whether anything matches.</summary>
    Exists,

    /// <summary>Remove the matches; the number removed.</summary>
    Delete,
}

/// <summary>A derived query or predicate method, as C# expressions for the runtime's query calls.</summary>
/// <param name="Kind">What the member returns.</param>
/// <param name="State">The predicate's state (the arguments: one, or a tuple), or null when it takes none.</param>
/// <param name="Predicate">The predicate: a static lambda over the entity (and state), a parameter, or null for every entity.</param>
/// <param name="ProbeProperty">The indexed property an equality condition narrows the query to, or null.</param>
/// <param name="ProbeValue">The probed value, boxed as the property's type.</param>
/// <param name="Order">The ordering (a static field or a parameter), or null for insertion order.</param>
/// <param name="Distinct">Drop entities equal to an earlier match.</param>
/// <param name="Limit">Top/First: keep at most this many; 0 for no limit.</param>
/// <param name="Page">The page request expression, or null.</param>
/// <param name="Statements">Argument checks to run first.</param>
/// <param name="DescriptionArguments">The arguments described in the not-found message of a required single result.</param>
internal sealed record QuerySpec(
    QueryKind Kind,
    string? State,
    string? Predicate,
    string? ProbeProperty,
    string? ProbeValue,
    string? Order,
    bool Distinct,
    int Limit,
    string? Page,
    EquatableArray<string> Statements,
    EquatableArray<string> DescriptionArguments);

/// <summary>The store operations generated members perform.</summary>
internal enum Operation
{
    EntityAdd,
    EntityUpdate,
    EntityUpsert,
    EntityFind,
    EntityDeleteByKey,
    EntityDeleteEntity,
    EntityExists,
    EntityCount,
    EntityGetAll,
    EntityClear,
    EntityAddRange,
    EntityUpdateRange,
    EntityUpsertRange,
    EntityDeleteRangeByKey,
    EntityDeleteRangeByEntity,
    EntityQuery,
    KvGet,
    KvTryGet,
    KvSet,
    KvSetIfAbsent,
    KvDelete,
    KvExists,
    KvIncrement,
    KvIncrementFloat,
    KvRefresh,
    KvClear,
    KvCount,
    KvKeys,
    KvTimeToLive,
    KvExpire,
    BlobPut,
    BlobGet,
    BlobExists,
    BlobDelete,
    BlobList,
    BlobCopy,
    BlobMove,
    BlobInfo,
    BlobUrl,
    BlobClear,
    BlobCount,
}

/// <summary>How an operation's result becomes the member's result.</summary>
internal enum ResultKind
{
    None,
    Bool,
    Value,
    NullableValue,
    NullableStruct,
    Required,
    Key,
    Int,
    Long,
    Double,
    List,
    Array,
    Count,
    Bytes,
    NullableBytes,
    Memory,
    NullableMemory,
    Text,
    NullableText,
    Stream,
    NullableStream,
    Properties,
    NullableProperties,
    Converted,
    NullableConverted,
    Keys,
    KeysArray,
    UrlString,
    Uri,
    TimeSpan,
    Cast,
    NullableCast,
    Page,
}
