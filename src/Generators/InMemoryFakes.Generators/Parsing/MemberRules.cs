using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Shapes every store kind refuses, whatever the member's name.</summary>
internal static class MemberRules
{
    /// <summary>Why no store kind can implement the member; null when its shape is usable.</summary>
    /// <param name="candidate">The member.</param>
    /// <param name="allowOut">Whether an out parameter is the planner's to read.</param>
    /// <param name="ignored">The attribute's <c>IgnoredParameters</c>, where the candidate's parameters still hold them (an entity repository's).</param>
    public static string? CommonProblem(MemberCandidate candidate, bool allowOut = false, string[]? ignored = null)
    {
        switch (candidate.Symbol)
        {
            case { IsStatic: true }:
                return "static abstract members are not generated";
            case IEventSymbol:
                // Store.Call (the descriptor's hint) is for methods: an event is declared, and when it is raised is the real
                // store's own code (iotedge's ServiceIdentityUpdated after a refresh from IoT Hub), so the hint says how.
                return "events are not supported (when the real store raises one is its own code): declare the event in the partial class and raise it from the members you write";
            case IPropertySymbol { IsIndexer: true }:
                return "indexers are not supported";
            case IPropertySymbol { SetMethod: not null } settable:
                // Session 26: the refusal said only "not supported"; what a set does, and what fits a test, is the fix.
                return "properties with a setter are not supported: what setting one changes in the real store (a setting it reads, a service or a unit of work it uses) is its own code, which no convention follows;"
                    + " an auto-property in the partial class (public " + settable.Type.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + " " + settable.Name + " { get; set; }) keeps what the test sets";
            case IMethodSymbol { ReturnsByRef: true } or IMethodSymbol { ReturnsByRefReadonly: true }:
                return "ref returns are not supported";
        }

        // A member handed the database it works on (a DbContext, a connection, a transaction) is answered by that database,
        // before any convention reads its name (Parsing/HandedStoreRule).
        if (HandedStoreRule.Reason(candidate, ignored ?? System.Array.Empty<string>()) is { } handed)
        {
            return handed;
        }

        if (candidate.TooManyTokens)
        {
            return "it takes more than one CancellationToken (or one by reference)";
        }

        foreach (var parameter in candidate.Parameters)
        {
            if (parameter.RefKind == RefKind.Out && allowOut)
            {
                continue;
            }

            if (parameter.RefKind != RefKind.None && TypeFacts.ReadsAsValue(parameter))
            {
                // Passed by READONLY reference: the member cannot change the caller's variable, so it means what the same
                // parameter by value means. The emitter hands such arguments by value to a private copy of the member
                // (lambdas and async state machines cannot hold a by-reference parameter); a generic method's copy would
                // need constraints an explicit implementation cannot restate, so it stays refused.
                if (candidate.IsGenericMethod)
                {
                    return "its parameter '" + parameter.Name + "' is passed by reference (" + (parameter.RefKind == RefKind.In ? "in" : parameter.RefKind == RefKind.Ref ? "[In] ref" : "ref readonly")
                        + ") on a generic method, which the generated body cannot hand to the call log or an async continuation; take it by value";
                }

                continue;
            }

            if (parameter.RefKind == RefKind.Out && candidate.Shape != ReturnShape.Sync)
            {
                // Task<bool> TryGetAsync(key, out T value): legal on an interface, but no async method can set an out parameter,
                // so the implementation sets it before it hands back the task: looked up at once (the task already complete) or
                // left default while the task answers later. Which of the two is the store's own.
                return "its parameter '" + parameter.Name + "' is passed out, and it returns a task: no async method can set an out parameter, so the store sets '" + parameter.Name
                    + "' before it hands back the task, either looked up at once (the task already complete) or left default while the task answers later, and which one is its own;"
                    + " declare bool " + (candidate.Symbol.Name.EndsWith("Async", System.StringComparison.Ordinal) ? candidate.Symbol.Name.Substring(0, candidate.Symbol.Name.Length - 5) : candidate.Symbol.Name) + "(…, out …) or a Task of the value (null when missing), or write the member (the lookup, then Task.FromResult of whether it found)";
            }

            if (parameter.RefKind != RefKind.None)
            {
                return "its parameter '" + parameter.Name + "' is passed " + (parameter.RefKind == RefKind.Out ? "out" : "by ref")
                    + ": ref and out parameters are not supported (except a TryGet's out value and a void Get's, 'void Get(key, out value)'; in, ref readonly and an in-only [In] ref are read as values)";
            }
        }

        // A span lives on the stack: no table holds one, and no lambda or async state machine captures one.
        foreach (var parameter in candidate.Parameters)
        {
            if (parameter.Type.IsRefLikeType)
            {
                return "its parameter '" + parameter.Name + "' is a " + parameter.Type.ToDisplayString() + ", a ref struct, which the fake can neither store nor hand to the call log; take an array, a string or a ReadOnlyMemory<T>";
            }
        }

        if (candidate.Symbol is IMethodSymbol { ReturnType.IsRefLikeType: true } refLike)
        {
            return "it returns a " + refLike.ReturnType.ToDisplayString() + ", a ref struct, which cannot point into the fake's copies; return an array, a list or a ReadOnlyMemory<T>";
        }

        if (candidate.Shape != ReturnShape.Sync)
        {
            foreach (var parameter in candidate.Parameters)
            {
                if (!TypeFacts.ReadsAsValue(parameter))
                {
                    return "async members cannot have ref or out parameters";
                }
            }
        }

        return null;
    }
}
