using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators;

internal sealed partial class Parser
{
    private static readonly string[] EntityWriteVerbs = { "Add", "Insert", "Create", "Update", "Upsert", "Save", "AddOrUpdate", "Put", "Delete", "Remove", "InsertOrUpdate" };
    private static readonly string[] BlobVerbs = { "Upload", "Download", "OpenRead", "Open", "GetUrl", "Url", "Copy", "Move", "Stat", "GetProperties", "Info", "GetInfo", "GetBytes", "ReadAllBytes" };
    private static readonly string[] KeyValueVerbs = { "Set", "Increment", "Decrement", "Refresh", "Touch", "Expire", "GetTimeToLive", "Ttl", "GetTtl", "Keys", "GetKeys", "SetIfAbsent", "TryGet", "TryGetValue", "ContainsKey" };

    private StoreSpec? PlanStore(AttributeSettings settings, List<MemberCandidate> candidates, out List<MemberSpec> members)
    {
        members = new List<MemberSpec>();
        var pending = candidates.Where(static c => !c.IsHandWritten).ToList();
        var kind = settings.ForcedKind;
        EntityInfo? entity = null;
        if (kind is null or StoreKindModel.EntityRepository)
        {
            var votes = new List<(ITypeSymbol Type, int Votes, Location? Where)>();
            foreach (var candidate in candidates)
            {
                _cancellationToken.ThrowIfCancellationRequested();
                foreach (var type in EntityVotes(candidate, kind == StoreKindModel.EntityRepository))
                {
                    var index = votes.FindIndex(v => SymbolEqualityComparer.Default.Equals(v.Type, type));
                    if (index < 0)
                    {
                        votes.Add((type, 1, candidate.Location));
                    }
                    else
                    {
                        votes[index] = (votes[index].Type, votes[index].Votes + 1, votes[index].Where);
                    }
                }
            }

            var ordered = votes.OrderByDescending(static v => v.Votes).ToList();
            foreach (var vote in ordered)
            {
                if (TryGetEntity(vote.Type) is { } found)
                {
                    entity = found;
                    break;
                }
            }

            if (entity is null && ordered.Count > 0 && (kind == StoreKindModel.EntityRepository || (BlobScore(candidates) == 0 && KeyValueScore(candidates) == 0)))
            {
                var keyless = ordered[0];
                if (keyless.Type is ITypeParameterSymbol)
                {
                    Report(DiagnosticDescriptors.OpenGenericWithoutKey, IdentifierLocation(), _interface.ToDisplayString(), "its entity type parameter '" + keyless.Type.Name + "' has no constraint with a key property");
                }
                else
                {
                    Report(DiagnosticDescriptors.EntityWithoutKey, keyless.Where, keyless.Type.Name, _interfaceName);
                }

                return null;
            }

            if (entity is null && kind == StoreKindModel.EntityRepository)
            {
                Report(DiagnosticDescriptors.EntityWithoutKey, _attributeLocation, "(none)", _interfaceName);
                return null;
            }

            if (entity is not null)
            {
                kind = StoreKindModel.EntityRepository;
            }
        }

        kind ??= BlobScore(candidates) > KeyValueScore(candidates) ? StoreKindModel.Blob : StoreKindModel.KeyValue;
        switch (kind.Value)
        {
            case StoreKindModel.EntityRepository:
                return PlanEntity(entity!, pending, members);
            case StoreKindModel.Blob:
                return PlanBlob(pending, members);
            default:
                return PlanKeyValue(pending, members);
        }
    }

    private IEnumerable<ITypeSymbol> EntityVotes(MemberCandidate candidate, bool liberal)
    {
        if (candidate.Method is null)
        {
            yield break;
        }

        var verb = candidate.Verb;
        if (candidate.Parameters.Length == 1 && EntityWriteVerbs.Any(v => verb.StartsWith(v, StringComparison.Ordinal)))
        {
            var type = TypeNames.Underlying(candidate.Parameters[0].Type);
            if (IsEntityCandidateType(type))
            {
                yield return type;
            }
            else if (ElementType(type) is { } element && IsEntityCandidateType(element))
            {
                yield return element;
            }
        }

        if (candidate.Parameters.Length == 0 && candidate.Result is { } result)
        {
            var element = candidate.Shape == ReturnShape.AsyncEnumerable ? result : ElementType(TypeNames.Underlying(result));
            if (element is not null && IsEntityCandidateType(TypeNames.Underlying(element)))
            {
                yield return TypeNames.Underlying(element);
            }
        }

        // A derived query or predicate method is about the entity it returns (or filters), key or no key parameter.
        if (IsDerivedQuery(verb) || candidate.Parameters.Any(static p => PredicateSubject(p.Type) is not null))
        {
            var subject = candidate.Parameters.Select(static p => PredicateSubject(p.Type)).FirstOrDefault(static t => t is not null);
            if (subject is null && candidate.Result is { } returned)
            {
                var type = TypeNames.Underlying(returned);
                subject = candidate.Shape == ReturnShape.AsyncEnumerable ? type
                    : type is INamedTypeSymbol { Name: "Page", Arity: 1 } page && page.ContainingNamespace?.ToDisplayString() == "InMemoryFakes" ? page.TypeArguments[0]
                    : ElementType(type) ?? type;
            }

            if (subject is not null && IsEntityCandidateType(TypeNames.Underlying(subject)) && TryGetEntity(subject) is not null)
            {
                yield return TypeNames.Underlying(subject);
            }
        }

        if (candidate.Parameters.Length >= 1 && candidate.Result is { } read && candidate.Shape != ReturnShape.AsyncEnumerable)
        {
            var type = TypeNames.Underlying(read);
            if (IsEntityCandidateType(type) && (liberal || (TryGetEntity(type) is { } entity && KeyParametersMatch(entity, candidate.Parameters))))
            {
                yield return type;
            }
        }
    }

    /// <summary>The T of a <c>Func&lt;T, bool&gt;</c> or <c>Expression&lt;Func&lt;T, bool&gt;&gt;</c> parameter type, or null.</summary>
    private static ITypeSymbol? PredicateSubject(ITypeSymbol type)
    {
        type = TypeNames.Underlying(type);
        if (type is INamedTypeSymbol { Name: "Expression", Arity: 1 } expression && expression.ContainingNamespace?.ToDisplayString() == "System.Linq.Expressions")
        {
            type = expression.TypeArguments[0];
        }

        return type is INamedTypeSymbol { Name: "Func", Arity: 2 } func && func.ContainingNamespace?.ToDisplayString() == "System" && IsBool(func.TypeArguments[1])
            ? func.TypeArguments[0]
            : null;
    }

    /// <summary>A user-defined class, struct or record, or a type parameter: something that could be an entity.</summary>
    private static bool IsEntityCandidateType(ITypeSymbol type)
    {
        if (type is ITypeParameterSymbol parameter)
        {
            return parameter.TypeParameterKind == TypeParameterKind.Type;
        }

        if (type is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct } named || named.IsTupleType || type.SpecialType != SpecialType.None)
        {
            return false;
        }

        var ns = named.ContainingNamespace?.ToDisplayString() ?? "";
        return !(ns == "System" || ns.StartsWith("System.", StringComparison.Ordinal) || ns == "InMemoryFakes");
    }

    /// <summary>The element type of an array or generic collection, or null.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
        {
            return array.ElementType;
        }

        if (type is INamedTypeSymbol { IsGenericType: true, Arity: 1 } named && named.ContainingNamespace?.ToDisplayString() is "System.Collections.Generic" or "System.Collections.ObjectModel")
        {
            return named.Name switch
            {
                "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "IList" or "ICollection" or "List" or "ISet" or "HashSet" or "IReadOnlySet" or "Collection" or "ReadOnlyCollection" => named.TypeArguments[0],
                _ => null,
            };
        }

        return null;
    }

    private int BlobScore(List<MemberCandidate> candidates)
    {
        var score = 0;
        var bytes = false;
        foreach (var candidate in candidates)
        {
            if (BlobVerbs.Any(v => candidate.Verb.StartsWith(v, StringComparison.Ordinal)))
            {
                score += 2;
            }

            var types = candidate.Parameters.Select(static p => p.Type).Concat(candidate.Result is null ? Array.Empty<ITypeSymbol>() : new[] { candidate.Result });
            foreach (var type in types)
            {
                var name = TypeNames.Underlying(type).ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat);
                if (name is "global::System.IO.Stream" or "global::System.ReadOnlyMemory<byte>" or "global::InMemoryFakes.BlobProperties")
                {
                    score += 2;
                }
                else if (name == "byte[]")
                {
                    bytes = true;
                }
            }

            if (candidate.Parameters.Any(static p => p.Name.Equals("contentType", StringComparison.OrdinalIgnoreCase) || p.Name.Equals("metadata", StringComparison.OrdinalIgnoreCase)))
            {
                score += 2;
            }
        }

        return score + (bytes ? 1 : 0);
    }

    private int KeyValueScore(List<MemberCandidate> candidates)
    {
        var score = 0;
        foreach (var candidate in candidates)
        {
            if (KeyValueVerbs.Any(v => candidate.Verb.StartsWith(v, StringComparison.Ordinal)))
            {
                score += 2;
            }

            if (candidate.Parameters.Any(p => TryExpiration(p, out _)))
            {
                score += 2;
            }
        }

        return score;
    }

    /// <summary>Reasons every store kind refuses a member, whatever its name; null when the member's shape is usable.</summary>
    private static string? CommonProblem(MemberCandidate candidate, bool allowOut = false)
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

        if (candidate.Shape != ReturnShape.Sync && candidate.Parameters.Any(static p => p.RefKind != RefKind.None))
        {
            return "async members cannot have ref, in or out parameters";
        }

        return null;
    }

    private static bool IsBool(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Boolean;

    private static bool IsInt(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Int32;

    private static bool IsLong(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_Int64;

    private static bool IsString(ITypeSymbol? type) => type?.SpecialType == SpecialType.System_String;

    private static bool SameType(ITypeSymbol? a, ITypeSymbol? b)
        => a is not null && b is not null && SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(a), TypeNames.Underlying(b));

    /// <summary>How a sequence result is returned: as the runtime's list, as an array, or as an async stream.</summary>
    private static ResultKind? SequenceResult(MemberCandidate candidate, ITypeSymbol element, out string? problem)
    {
        problem = null;
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            if (SameType(candidate.Result, element))
            {
                return ResultKind.List;
            }
        }
        else if (candidate.Result is { } result && candidate.Shape is ReturnShape.Sync or ReturnShape.TaskOfT or ReturnShape.ValueTaskOfT)
        {
            var type = TypeNames.Underlying(result);
            if (type is IArrayTypeSymbol { Rank: 1 } array && SameType(array.ElementType, element))
            {
                return ResultKind.Array;
            }

            if (type is INamedTypeSymbol { Arity: 1 } named && named.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"
                && named.Name is "IEnumerable" or "IReadOnlyList" or "IReadOnlyCollection" or "IList" or "ICollection" or "List"
                && SameType(named.TypeArguments[0], element))
            {
                return ResultKind.List;
            }
        }

        problem = "a list of " + element.ToDisplayString() + " must be returned as IReadOnlyList<T>, IReadOnlyCollection<T>, IList<T>, ICollection<T>, List<T>, IEnumerable<T>, T[] or IAsyncEnumerable<T>";
        return null;
    }

    /// <summary>The result kind of a member that returns nothing, a bool, or (when allowed) the count as int/long.</summary>
    private static ResultKind? VoidOrBool(MemberCandidate candidate)
    {
        if (candidate.Shape == ReturnShape.AsyncEnumerable)
        {
            return null;
        }

        if (candidate.IsVoid)
        {
            return ResultKind.None;
        }

        return IsBool(candidate.Result) ? ResultKind.Bool : null;
    }

    private static bool Matches(string verb, IEnumerable<string> prefixes, IEnumerable<string> middles, IEnumerable<string>? suffixes = null)
    {
        var suffixList = suffixes?.ToArray() ?? new[] { "" };
        foreach (var prefix in prefixes)
        {
            if (!verb.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var middle in middles)
            {
                foreach (var suffix in suffixList)
                {
                    if (verb.Length == prefix.Length + middle.Length + suffix.Length && verb == prefix + middle + suffix)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
