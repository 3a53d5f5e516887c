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

/// <summary>How a parameter is passed.</summary>
internal enum ParameterModifier
{
    None,
    Out,
    Ref,
    In,
    RefReadOnly,
}

/// <summary>One interface member the generator implements.</summary>
/// <param name="Kind">Method or property.</param>
/// <param name="Name">The member name (escaped when a keyword).</param>
/// <param name="InterceptName">The plain member name, for the call log and faults.</param>
/// <param name="ExplicitInterface">The interface, when implemented explicitly.</param>
/// <param name="ReturnType">The declared return type, rendered.</param>
/// <param name="Shape">Sync or async shape.</param>
/// <param name="TypeParameters">Method type parameter names.</param>
/// <param name="Constraints">Method constraint clauses.</param>
/// <param name="Parameters">The parameters.</param>
/// <param name="ReturnAttributes">Attributes on the return value (nullability), rendered.</param>
/// <param name="CancellationToken">The token parameter's name, or null.</param>
/// <param name="InterceptArguments">Arguments recorded in the call log.</param>
/// <param name="Operation">What the member does.</param>
/// <param name="NullableOblivious">The member's signature comes from a nullable-oblivious context (<c>#nullable disable</c>): its nullability warnings are off, as the interface's are.</param>
internal sealed record MemberSpec(
    MemberKind Kind,
    string Name,
    string InterceptName,
    string? ExplicitInterface,
    string ReturnType,
    ReturnShape Shape,
    EquatableArray<string> TypeParameters,
    EquatableArray<ConstraintSpec> Constraints,
    EquatableArray<ParameterSpec> Parameters,
    EquatableArray<string> ReturnAttributes,
    string? CancellationToken,
    EquatableArray<InterceptArgumentSpec> InterceptArguments,
    OperationSpec Operation,
    bool NullableOblivious = false);

/// <summary>A parameter as declared.</summary>
/// <param name="Name">The name (escaped).</param>
/// <param name="Type">The type, rendered.</param>
/// <param name="Modifier">out, ref, in or ref readonly.</param>
/// <param name="IsParams">Whether it is a params parameter.</param>
/// <param name="DefaultValue">The default value as a C# literal, or null.</param>
/// <param name="Attributes">Attributes (nullability and enumerator cancellation), rendered.</param>
internal sealed record ParameterSpec(string Name, string Type, ParameterModifier Modifier, bool IsParams, string? DefaultValue, EquatableArray<string> Attributes);

/// <summary>An argument recorded in the call log; an array of references is boxed so it is one argument, not <c>params</c>.</summary>
internal sealed record InterceptArgumentSpec(string Name, bool AsObject);
