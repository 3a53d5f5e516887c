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

    /// <summary>
    /// <c>ref</c> marked <c>[In]</c> and not <c>[Out]</c> (a COM interop declaration of a native <c>[in]</c> reference):
    /// declared <c>ref</c>, read as a value, never written back.
    /// </summary>
    RefIn,
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
/// <param name="Signature">The member as declared, types as the user wrote them, for messages (<c>Task&lt;User?&gt; FindAsync(int id, CancellationToken cancellationToken = default)</c>).</param>
/// <param name="ResultTypeOf">The result without <c>Task</c>/<c>ValueTask</c> (an async stream's element), for <c>typeof</c>; null for none.</param>
/// <param name="DeclaringInterface">The interface that declares the member, rendered: a call through it is never ambiguous.</param>
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
    bool NullableOblivious = false,
    string Signature = "",
    string? ResultTypeOf = null,
    string DeclaringInterface = "")
{
    /// <summary>
    /// A <c>bool</c> parameter that says whether the read tracks what it returns (<c>trackChanges</c>, <c>tracked</c>,
    /// <c>asNoTracking</c>): under a unit of work, an untracked read returns saved rows whose changes no save writes.
    /// </summary>
    public string? TrackingFlag { get; init; }

    /// <summary>Whether <see cref="TrackingFlag"/> says "do not track" when true (<c>asNoTracking</c>).</summary>
    public bool TrackingFlagNegated { get; init; }

    /// <summary>
    /// A write's <c>bool</c> save flag (<c>autoSave</c>, <c>persist</c>…) beside the repository's own save, whose writes wait
    /// for it (Parsing/SaveFlags): when the argument is true the member saves every pending change after its work, as the
    /// generated save does. Null for any other member.
    /// </summary>
    public string? SaveFlag { get; init; }

    /// <summary>The <c>BlankKeys</c> guard on the member's key parameter, or null.</summary>
    public BlankKeyGuardSpec? BlankKeyGuard { get; init; }

    /// <summary>What a null key means under the declaring framework interface's contract (<c>IOptionsMonitorCache</c>: <c>""</c>), or null.</summary>
    public NullKeyMeaningSpec? NullKeyMeans { get; init; }
}

/// <summary>A key parameter given <paramref name="Value"/> (a C# expression) when it is null.</summary>
internal sealed record NullKeyMeaningSpec(string Parameter, string Value);

/// <summary>
/// A guard against a null, empty or white-space key (<c>BlankKeys</c>): <paramref name="Throw"/> throws
/// <c>ArgumentException</c> naming <paramref name="Parameter"/>; otherwise the member returns <paramref name="Result"/>
/// (nothing when null), after setting the out parameter <paramref name="Out"/> to default.
/// </summary>
internal sealed record BlankKeyGuardSpec(string Parameter, bool Throw, string? Result, string? Out);

/// <summary>A parameter as declared.</summary>
/// <param name="Name">The name (escaped).</param>
/// <param name="Type">The type, rendered.</param>
/// <param name="Modifier">out, ref, in or ref readonly.</param>
/// <param name="IsParams">Whether it is a params parameter.</param>
/// <param name="DefaultValue">The default value as a C# literal, or null.</param>
/// <param name="Attributes">Attributes (nullability and enumerator cancellation), rendered.</param>
/// <param name="TypeOf">The type for <c>typeof</c> (no top-level nullable reference annotation).</param>
/// <param name="IsNullable">Declared nullable (<c>string?</c>, <c>int?</c>); an oblivious type is not.</param>
/// <param name="ElementTypeOf">A collection's element type for <c>typeof</c> (not for <c>string</c>), or null.</param>
internal sealed record ParameterSpec(string Name, string Type, ParameterModifier Modifier, bool IsParams, string? DefaultValue, EquatableArray<string> Attributes, string TypeOf = "", bool IsNullable = false, string? ElementTypeOf = null);

/// <summary>An argument recorded in the call log; an array of references is boxed so it is one argument, not <c>params</c>.</summary>
/// <param name="Name">The parameter.</param>
/// <param name="AsObject">Box it as one <c>object</c>.</param>
/// <param name="Recorded">The expression recorded instead of the parameter (a copy of a buffer the caller may reuse), or null.</param>
internal sealed record InterceptArgumentSpec(string Name, bool AsObject, string? Recorded = null);
