using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>Shapes every store kind refuses, whatever the member's name.</summary>
internal static class MemberRules
{
    /// <summary>Why no store kind can implement the member; null when its shape is usable.</summary>
    public static string? CommonProblem(MemberCandidate candidate, bool allowOut = false)
    {
        switch (candidate.Symbol)
        {
            case { IsStatic: true }:
                return "static abstract members are not generated";
            case IEventSymbol:
                return "events are not supported";
            case IPropertySymbol { IsIndexer: true }:
                return "indexers are not supported";
            case IPropertySymbol { SetMethod: not null }:
                return "properties with a setter are not supported";
            case IMethodSymbol { ReturnsByRef: true } or IMethodSymbol { ReturnsByRefReadonly: true }:
                return "ref returns are not supported";
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

            if (parameter.RefKind != RefKind.None)
            {
                return "ref, in and out parameters are not supported";
            }
        }

        if (candidate.Shape != ReturnShape.Sync)
        {
            foreach (var parameter in candidate.Parameters)
            {
                if (parameter.RefKind != RefKind.None)
                {
                    return "async members cannot have ref, in or out parameters";
                }
            }
        }

        return null;
    }
}
