using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class EntityPlanner
{
    private sealed partial class MemberPlan
    {
        /// <summary>
        /// A bulk flag write (notification, inbox and task repositories): <c>{Verb}All[{Noun}][As{Word}][For|By{Words}](params)</c>,
        /// where <c>{Verb}</c> is <c>Mark</c>/<c>Flag</c>/<c>Set</c> with a flag word (<c>MarkAllAsRead(userId)</c>,
        /// <c>MarkAllNotificationsAsReadForUser(userId)</c>) or a verb whose participle is a flag (<c>ArchiveAllForUser(userId)</c>,
        /// <c>UnarchiveAll()</c>), proven exactly as the single-row forms prove it (<see cref="FlagValue"/>, <see cref="ParticipleFlag"/>).
        /// Each parameter must name a property, as the filtered reads require; none means every row; a collection named as the
        /// keys is the keys form (<see cref="FlagByKeys"/>). Null when the name is no such write.
        /// </summary>
        private OperationSpec? BulkFlag(MemberCandidate candidate, IParameterSymbol[] args, out string? reason, out bool reported)
        {
            reason = null;
            reported = false;
            var verb = candidate.Verb;
            var words = QueryNameParser.SplitWords(verb);
            var all = words.IndexOf("All");
            if (all < 1)
            {
                return null;
            }

            var head = string.Concat(words.Take(all));
            var rest = WithoutLeadingNoun(string.Concat(words.Skip(all + 1)));
            string word;
            string tail;
            if (Conventions.IsOneOf(head, Conventions.MarkAsVerbs))
            {
                var marked = rest.StartsWith("As", System.StringComparison.Ordinal) && rest.Length > 2 && char.IsUpper(rest[2]);
                var flagWords = QueryNameParser.SplitWords(marked ? rest.Substring(2) : rest);
                var at = flagWords.FindIndex(static w => w is "For" or "By");
                word = string.Concat(at < 0 ? flagWords : flagWords.Take(at));
                tail = at < 0 ? "" : string.Concat(flagWords.Skip(at));
                if (word.Length == 0 || (!marked && BoolFlag(word, out _) is null))
                {
                    // SetAllPrices(price): no flag word; another convention's, or none.
                    return null;
                }
            }
            else if (ParticipleFlag(head, out var problem) is { } participle)
            {
                if (problem is not null)
                {
                    return Fail(problem, out reason);
                }

                if (rest.Length > 0 && !NameWords.StartsWithWordAndMore(rest, "For") && !NameWords.StartsWithWordAndMore(rest, "By"))
                {
                    return Fail("'" + rest + "' in '" + verb + "' names neither " + EntityParameters.EntityDisplay(_entity) + " rows nor For/By and the properties that select them, so which rows it changes is not said", out reason);
                }

                word = participle;
                tail = rest;
            }
            else
            {
                return null;
            }

            if (KeysCollection(args) is { } keys && tail.Length == 0)
            {
                // MarkAllAsRead(IEnumerable<Guid> ids): every entity with one of the keys.
                return FlagByKeys(candidate, word, keys, out reason);
            }

            if (args.Length == 0 && tail.Length > 0)
            {
                return Fail("'" + tail + "' in '" + verb + "' says which " + EntityParameters.EntityDisplay(_entity) + " rows it changes, but it takes no parameter to compare them with", out reason);
            }

            // ByTenant as ForTenant: the words are proven as a lookup's are (the entity, a parameter, an owner word), with no By{Key} shortcut.
            if (UnprovenNounWord(candidate, tail.StartsWith("By", System.StringComparison.Ordinal) ? "For" + tail.Substring(2) : tail, byKey: false) is { } unproven)
            {
                return Fail("'" + unproven + "' in '" + verb + "' names neither the entity (" + _entity.Name + "), the interface nor a parameter, so which " + _entity.Name + " rows it changes cannot be proven", out reason);
            }

            var bound = EntityParameters.BindLookup(_context, _entity, args, keyByName: false, out var unbound);
            if (bound is null)
            {
                return Fail(unbound ?? "its parameters must name properties of " + EntityParameters.EntityDisplay(_entity), out reason);
            }

            if (bound.FirstOrDefault(static b => b.Meaning == ParameterMeaning.Key) is { } key)
            {
                return Fail("'All' in '" + verb + "' says many rows, and '" + key.Parameter.Name + "' is the key of " + EntityParameters.EntityDisplay(_entity)
                    + ", which selects one; which rows it changes is not said (the single-row form takes the key without All; a collection of keys is named ids)", out reason);
            }

            if (BulkResult(candidate) is not { } result)
            {
                return Fail("a bulk flag write returns nothing, the number of rows it matched (int or long) or whether it matched any (bool)", out reason);
            }

            if (FlagValue(word, toggle: false, out reason) is not { } target)
            {
                return null;
            }

            if (args.Length == 0)
            {
                // MarkAllAsRead(): every row, the filter with no condition.
                var every = new QuerySpec(QueryKind.Delete, default, default, false, EquatableArray<QueryArgumentSpec>.Empty, EquatableArray<ConditionGroupSpec>.Empty,
                    null, null, null, null, false, 0, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
                return new EntitySetFieldWhereOp(every, null, null, Written(target.Property), target.Value, result);
            }

            reported = true;
            if (QueryBinder.BindEquality(_context, candidate, _entity, _store, _unique, _indexed, QueryVerb.Delete, head, bound) is not { } filter)
            {
                return null;
            }

            reported = false;
            return new EntitySetFieldWhereOp(filter.Query, null, null, Written(target.Property), target.Value, result);
        }

        /// <summary>
        /// The flag write over a collection of keys (<c>MarkAsRead(IEnumerable&lt;Guid&gt; ids)</c>, <c>Archive(Guid[] ids)</c>): each
        /// entity with one of the keys, as one step. A key not stored is what the single-row form makes of a missing key:
        /// the not-found error (nothing changed) when it returns nothing, skipped (not counted) for a count or bool.
        /// </summary>
        private OperationSpec? FlagByKeys(MemberCandidate candidate, string word, IParameterSymbol keys, out string? reason)
        {
            if (BulkResult(candidate) is not { } result)
            {
                return Fail("a flag write over a collection of keys returns nothing, the number of rows it changed (int or long) or whether it changed any (bool)", out reason);
            }

            if (FlagValue(word, toggle: false, out reason) is not { } target)
            {
                return null;
            }

            return new EntitySetFieldWhereOp(null, TypeNames.Escape(keys.Name), keys.Name, Written(target.Property), target.Value, result);
        }

        /// <summary>The one parameter when it is a collection (not <c>params</c>) of the entity's single key type named as the keys (<c>ids</c>, <c>notificationIds</c>), else null.</summary>
        private IParameterSymbol? KeysCollection(IParameterSymbol[] args)
            => args.Length == 1 && _entity.Keys.Count == 1 && !args[0].IsParams && TypeFacts.ReadsAsValue(args[0]) && args[0].Type.SpecialType != SpecialType.System_String
                && TypeFacts.EnumerableElement(args[0].Type) is { } element && !TypeNames.IsNullableValueType(element) && TypeFacts.SameType(element, _entity.KeyType)
                && EntityParameters.NamesTheKeys(_entity, args[0].Name)
                ? args[0]
                : null;

        /// <summary>What a bulk flag write returns: nothing, whether it wrote any, or how many; null for anything else.</summary>
        private static SetFieldResult? BulkResult(MemberCandidate candidate)
            => candidate.Shape == ReturnShape.AsyncEnumerable ? null
                : candidate.IsVoid ? SetFieldResult.None
                : TypeFacts.IsBool(candidate.Result) ? SetFieldResult.Bool
                : TypeFacts.IsIntOrLong(candidate.Result) ? SetFieldResult.Count
                : null;

        private PropertyWriteSpec Written(IPropertySymbol property)
            => new(TypeNames.Escape(property.Name), _entity.Type.IsRecord || _entity.Type.TypeKind == TypeKind.Struct);

        /// <summary>The name without a leading entity word, singular or plural, or a neutral plural (<c>NotificationsAsRead</c> → <c>AsRead</c>).</summary>
        private string WithoutLeadingNoun(string name)
        {
            foreach (var noun in _plural.Concat(_single).Concat(Conventions.NeutralPluralNouns).Where(static n => n.Length > 0).OrderByDescending(static n => n.Length))
            {
                if (NameWords.StartsWithWord(name, noun))
                {
                    return name.Substring(noun.Length);
                }
            }

            return name;
        }
    }
}
