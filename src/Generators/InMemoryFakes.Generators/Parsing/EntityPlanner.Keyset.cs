using System;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class EntityPlanner
{
    private sealed partial class MemberPlan
    {
        /// <summary>
        /// Keyset paging (since session 24): <c>{ListVerb}[{Entities}|Page[{Entities}]]After(lastId, take)</c>
        /// (<c>GetAfterAsync(int lastId, int take)</c>, <c>GetPageAfter(long? lastId, int limit)</c>): the rows whose key is
        /// greater than <c>lastId</c>, in key order, at most <c>take</c> of them, as the real store's
        /// <c>Where(x =&gt; x.Id &gt; lastId).OrderBy(x =&gt; x.Id).Take(take)</c>; a null <c>lastId</c> (a nullable parameter) is
        /// no condition, the first page. The first parameter must be named as the last key seen (<c>last</c>/<c>after</c> and
        /// <c>Id</c>, <c>Key</c> or the key property's name), the second as a count (<see cref="Conventions.TakeParameterNames"/>),
        /// and the result a list of the entity. Refused for a key whose order is not the C# operators' on integers: a
        /// <see cref="Guid"/> (.NET and SQL Server order it differently), text (the database's collation), anything else.
        /// Null when the name is no such read.
        /// </summary>
        private OperationSpec? KeysetPage(MemberCandidate candidate, IParameterSymbol[] significant, out string? reason, out bool reported)
        {
            reason = null;
            reported = false;
            var words = QueryNameParser.SplitWords(candidate.Verb);
            if (words.Count < 2 || words[words.Count - 1] != "After" || !Conventions.IsOneOf(words[0], Conventions.BareListVerbs.Concat(new[] { "List" }).ToArray()))
            {
                return null;
            }

            var middle = string.Concat(words.Skip(1).Take(words.Count - 2));
            if (middle.StartsWith("Page", StringComparison.Ordinal))
            {
                middle = middle.Substring("Page".Length);
            }

            if (middle.Length > 0 && !IsBare(middle) && !IsPluralNoun(middle))
            {
                return null;
            }

            if (significant.Length != 2 || !IsLastKeyName(significant[0].Name) || !Conventions.NameIn(significant[1].Name, Conventions.TakeParameterNames)
                || significant[1].Type.SpecialType != SpecialType.System_Int32)
            {
                return Fail("'" + candidate.Verb + "' reads as keyset paging (the rows after the last key seen, in key order), which takes the last key (lastId) and then how many (take, count or limit: an int), and it declares "
                    + (significant.Length == 0 ? "none" : string.Join(", ", significant.Select(static p => p.Type.ToDisplayString() + " " + p.Name))), out reason);
            }

            if (_entity.Keys.Count != 1)
            {
                return Fail("keyset paging orders by the key, and " + EntityParameters.EntityDisplay(_entity) + "'s key is composite, whose order (which part first) the name does not say; write the member", out reason);
            }

            var key = _entity.Keys[0];
            var keyType = TypeNames.Underlying(key.Type);
            if (!IsOrderedKey(keyType))
            {
                return Fail(keyType.SpecialType == SpecialType.System_String
                    ? "keyset paging orders by the key, and " + key.Name + " is text, whose order is the database's collation (SQL Server's case-insensitive default, not ordinal), so which rows come after '" + significant[0].Name + "' is the store's own; write the member"
                    : keyType.ToDisplayString() == "System.Guid"
                        ? "keyset paging orders by the key, and " + key.Name + " is a Guid, which .NET (Guid.CompareTo: byte by byte from the first) and SQL Server (uniqueidentifier: the last six bytes first) order differently, so which rows come after '" + significant[0].Name + "' is the store's own; write the member"
                        : "keyset paging orders by the key, and " + key.Name + " is " + keyType.ToDisplayString() + ", which the fake orders by no rule the store is known to share (only integer keys are read); write the member", out reason);
            }

            var given = TypeNames.Underlying(significant[0].Type);
            if (!TypeFacts.SameType(given, keyType))
            {
                return Fail("parameter '" + significant[0].Name + "' is " + significant[0].Type.ToDisplayString() + ", not the key type " + keyType.ToDisplayString() + " (or its nullable form, null for the first page)", out reason);
            }

            if (candidate.Shape == ReturnShape.AsyncEnumerable || TypeFacts.SequenceResult(_context, candidate, _entity.Type, out _) is null)
            {
                return Fail("keyset paging returns one page of " + EntityParameters.EntityDisplay(_entity) + " rows, so it must return a list or an array of them", out reason);
            }

            reported = true;
            return QueryBinder.BindKeyset(_context, candidate, _entity, _store, _unique, _indexed, candidate.Verb, significant[0], significant[1]);
        }

        /// <summary><c>lastId</c>, <c>afterId</c>, <c>lastKey</c>, <c>last{KeyProperty}</c>: the last key seen.</summary>
        private bool IsLastKeyName(string name)
        {
            foreach (var prefix in new[] { "last", "after" })
            {
                if (name.Length > prefix.Length && name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    var rest = name.Substring(prefix.Length);
                    if (string.Equals(rest, "Id", StringComparison.OrdinalIgnoreCase) || string.Equals(rest, "Key", StringComparison.OrdinalIgnoreCase)
                        || (_entity.Keys.Count == 1 && string.Equals(rest, _entity.Keys[0].Name, StringComparison.OrdinalIgnoreCase)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>Integer keys: the C# operators order them as every database does.</summary>
        private static bool IsOrderedKey(ITypeSymbol type) => type.SpecialType is SpecialType.System_Int16 or SpecialType.System_Int32 or SpecialType.System_Int64
            or SpecialType.System_UInt16 or SpecialType.System_UInt32 or SpecialType.System_UInt64 or SpecialType.System_Byte or SpecialType.System_SByte;
    }
}
