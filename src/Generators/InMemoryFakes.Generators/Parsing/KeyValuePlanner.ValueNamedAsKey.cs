using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>
    /// Why a write of a key and a value whose <b>value</b> parameter has the name the store's keyed members give their key
    /// cannot be generated, else null (h-sample130). JWTSimpleServer's first <c>IRefreshTokenStore</c> has
    /// <c>StoreTokenAsync(string accessToken, string refreshToken)</c> beside <c>GetRefreshTokenAsync(string refreshToken)</c>
    /// and <c>InvalidateRefreshToken(string refreshToken)</c>: read key first, the write kept the refresh token under the
    /// access token, so a refresh token stored was never found nor invalidated by the refresh token, where every store of
    /// the interface keys by it (its later in-memory store, <c>_tokens.TryAdd(token.RefreshToken, token)</c>). The names say
    /// the key is the write's second parameter; what is kept under it (the access token, the pair, a token object) is not
    /// said. A write whose key parameter has that name too (<c>Set(string key, string value)</c> beside <c>Get(string key)</c>)
    /// and a value named as no key stay generated.
    /// </summary>
    private static string? ValueNamedAsKeyRefusal(KeyValueShape shape, MemberCandidate candidate, OperationSpec operation)
    {
        if (shape.IsSingle || operation is not KvSetOp { Key: { Kind: KvKeyKind.Argument, Key: { } key } } set)
        {
            return null;
        }

        var keyName = Unescaped(key.Name);
        var valueName = Unescaped(set.Value.Name);
        if (string.Equals(keyName, valueName, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var keyType = TypeNames.Underlying(shape.KeyType);
        var keyedBy = new List<string>();
        var keyedByWriteKey = false;
        foreach (var other in shape.Candidates)
        {
            if (ReferenceEquals(other, candidate) || other.Method is null || other.Parameters.Length == 0 || !FindsByKey(shape, other)
                || !SymbolEqualityComparer.Default.Equals(TypeNames.Underlying(other.Parameters[0].Type), keyType))
            {
                continue;
            }

            var name = other.Parameters[0].Name;
            if (string.Equals(name, valueName, StringComparison.OrdinalIgnoreCase))
            {
                keyedBy.Add(other.Symbol.Name);
            }
            else if (string.Equals(name, keyName, StringComparison.OrdinalIgnoreCase))
            {
                keyedByWriteKey = true;
            }
        }

        if (keyedBy.Count == 0 || keyedByWriteKey)
        {
            return null;
        }

        var distinct = keyedBy.Distinct(StringComparer.Ordinal).ToList();
        var members = string.Join(" and ", distinct);
        return "its value '" + valueName + "' has the name " + members + (distinct.Count == 1 ? " gives its key" : " give their key") + ", and its key '" + keyName
            + "' is a name no member reads or removes by: read key first, the fake would keep the " + valueName + " under the " + keyName
            + ", and " + keyedBy[0] + "(" + valueName + ") would never find it. The names say the key is '" + valueName + "'; what the store keeps under it (the "
            + keyName + ", both, or an object holding them) is the real store's, which the signature does not say. Write the member: Store.Set("
            + valueName + ", " + keyName + ") keeps the " + keyName + " under the " + valueName;
    }

    private static string Unescaped(string name) => name.StartsWith("@", StringComparison.Ordinal) ? name.Substring(1) : name;
}
