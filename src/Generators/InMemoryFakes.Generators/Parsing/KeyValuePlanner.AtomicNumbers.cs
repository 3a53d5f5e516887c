using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes.Generators.Model;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

internal static partial class KeyValuePlanner
{
    /// <summary>The names of the steps of an atomic number, as java.util.concurrent.atomic names them (after <c>Async</c> is dropped).</summary>
    private static readonly (string Name, AtomicStep Step)[] AtomicStepNames =
    {
        ("IncrementAndGet", AtomicStep.IncrementAndGet), ("DecrementAndGet", AtomicStep.DecrementAndGet), ("AddAndGet", AtomicStep.AddAndGet),
        ("GetAndIncrement", AtomicStep.GetAndIncrement), ("GetAndDecrement", AtomicStep.GetAndDecrement), ("GetAndAdd", AtomicStep.GetAndAdd),
        ("GetAndSet", AtomicStep.GetAndSet), ("CompareAndSet", AtomicStep.CompareAndSet),
    };

    /// <summary>The names of the value a compare-and-set compares with: the store-wide list and Java's <c>expect</c>.</summary>
    private static readonly string[] AtomicExpectedNames = Conventions.ComparisonValueNames.Concat(new[] { "expect" }).ToArray();

    /// <summary>
    /// The step a member's name says, or null: <c>CompareAndSet</c> only in an atomic number, a store with another of the
    /// steps (elsewhere it is <c>TryUpdate(key, newValue, comparisonValue)</c>'s synonym, with that order).
    /// </summary>
    private static AtomicStep? AtomicStepOf(KeyValueShape shape, MemberCandidate candidate)
    {
        // Only over int/long values: elsewhere AddAndGet is as likely "add this value, then hand it back" (a session, a
        // row), and a string's GetAndSet (Redis's GETSET) answers null for a missing key, not 0.
        if (candidate.Method is null || shape.IsObjectStore || !(TypeFacts.IsInt(shape.ValueType) || TypeFacts.IsLong(shape.ValueType)) || AtomicStepNamed(candidate.Verb) is not { } step)
        {
            return null;
        }

        return step != AtomicStep.CompareAndSet || IsAtomicNumber(shape) ? step : null;
    }

    /// <summary>The step a verb names exactly (<see cref="AtomicStepNames"/>), or null.</summary>
    private static AtomicStep? AtomicStepNamed(string verb)
    {
        foreach (var (name, step) in AtomicStepNames)
        {
            if (string.Equals(verb, name, StringComparison.Ordinal))
            {
                return step;
            }
        }

        return null;
    }

    /// <summary>Whether a member other than a compare-and-set is a step of an atomic number (<c>IncrementAndGet</c>, <c>GetAndAdd</c>…).</summary>
    private static bool IsAtomicNumber(KeyValueShape shape)
        => shape.Candidates.Any(static c => c.Method is not null && AtomicStepNamed(c.Verb) is { } step && step != AtomicStep.CompareAndSet);

    /// <summary>
    /// A step of an atomic number (issue 10 shape 19; h-sample88: Hazelcast's <c>IAtomicLong</c>): <c>IncrementAndGet()</c>,
    /// <c>DecrementAndGet()</c>, <c>AddAndGet(delta)</c> hand out the value after the step; <c>GetAndIncrement()</c>,
    /// <c>GetAndDecrement()</c>, <c>GetAndAdd(delta)</c>, <c>GetAndSet(value)</c> the value before it;
    /// <c>CompareAndSet(expected, value)</c> writes only over the expected value and says whether it did. The names are
    /// java.util.concurrent.atomic's, which Hazelcast, Redisson and Ignite keep, and they fix the meaning: each step is
    /// atomic and a value never written is 0 (a new atomic long). Of the store's single value, or by key (the key first);
    /// only in a store of int or long values (<see cref="AtomicStepOf"/>). Refused otherwise, with the reason.
    /// </summary>
    private static OperationSpec? AtomicNumber(ParseContext context, KeyValueShape shape, MemberCandidate candidate, AtomicStep step, out string? reason)
    {
        reason = null;
        var name = candidate.Verb;
        var valueType = shape.ValueType;
        var isInt = TypeFacts.IsInt(valueType);
        if (shape.HasRegions || shape.HasTags)
        {
            return Fail("'" + name + "' is a step of an atomic number, which keeps no regions or tags", out reason);
        }

        var args = candidate.Parameters;
        KvKeySpec key;
        if (shape.IsSingle)
        {
            key = KvKeySpec.Single;
        }
        else if (args.Length > 0 && IsKey(context, shape, args[0]))
        {
            key = KvKeySpec.Of(Declarations.Argument(args[0]));
            args = args.Skip(1).ToArray();
        }
        else
        {
            return Fail("'" + name + "' is a step of an atomic number: it must take the key first", out reason);
        }

        var wanted = step switch
        {
            AtomicStep.AddAndGet or AtomicStep.GetAndAdd or AtomicStep.GetAndSet => 1,
            AtomicStep.CompareAndSet => 2,
            _ => 0,
        };
        if (args.Length != wanted || args.Any(a => a.RefKind != RefKind.None || !(TypeFacts.SameType(a.Type, valueType) || (!isInt && TypeFacts.IsInt(a.Type)))))
        {
            var what = wanted switch
            {
                0 => "nothing",
                1 => step == AtomicStep.GetAndSet ? "the new value" : "the delta",
                _ => "the expected value and the new value",
            };
            return Fail("'" + name + "' is a step of an atomic number: it must take " + (key.Kind == KvKeyKind.Single ? "" : "the key, then ") + what
                + " (" + valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + (wanted > 1 ? " each" : "") + ")", out reason);
        }

        if (step == AtomicStep.CompareAndSet)
        {
            if (!TypeFacts.IsBool(candidate.Result) || candidate.Shape == ReturnShape.AsyncEnumerable)
            {
                return Fail("'" + name + "' is a step of an atomic number: it must return bool (whether it wrote)", out reason);
            }

            // Java and Hazelcast take the expected value first (expect, update; comparand, value), ConcurrentDictionary's
            // TryUpdate last: only the names say which is which.
            var firstExpected = Conventions.NameIn(args[0].Name, AtomicExpectedNames);
            var secondExpected = Conventions.NameIn(args[1].Name, AtomicExpectedNames);
            if (firstExpected == secondExpected)
            {
                return Fail("'" + name + "' is a step of an atomic number, but neither of its parameter names alone says which is the expected value (Java's compareAndSet(expect, update) takes it first, "
                    + "ConcurrentDictionary's TryUpdate(key, newValue, comparisonValue) last): name it expected, expect, comparand or comparisonValue", out reason);
            }

            var (expected, value) = firstExpected ? (args[0], args[1]) : (args[1], args[0]);
            return new KvAtomicOp(key, step, null, TypeNames.Escape(value.Name), TypeNames.Escape(expected.Name), isInt);
        }

        if (candidate.Result is not { } result || candidate.Shape == ReturnShape.AsyncEnumerable || !TypeFacts.SameType(result, valueType))
        {
            return Fail("'" + name + "' is a step of an atomic number: it must return the " + (step is AtomicStep.IncrementAndGet or AtomicStep.DecrementAndGet or AtomicStep.AddAndGet ? "new" : "old")
                + " value (" + valueType.ToDisplayString(SymbolDisplayFormat.MinimallyQualifiedFormat) + ")", out reason);
        }

        var argument = wanted == 1 ? TypeNames.Escape(args[0].Name) : null;
        return step == AtomicStep.GetAndSet
            ? new KvAtomicOp(key, step, null, argument, null, isInt)
            : new KvAtomicOp(key, step, argument, null, null, isInt);
    }

    /// <summary>
    /// In an atomic number (a store with a step of <see cref="AtomicNumber"/>), a read declared not null of a value never
    /// written is 0, as the steps read it (a new atomic long is 0), unless <c>MissingKeyReads</c> is stated.
    /// </summary>
    private static void AtomicReads(ParseContext context, StoreBuilder store)
    {
        if (context.Settings.MissingKeyReadsStated || !store.Members.Any(static m => m.Operation is KvAtomicOp))
        {
            return;
        }

        for (var i = 0; i < store.Members.Count; i++)
        {
            if (store.Members[i].Operation is KvGetOp { Result: KvGetResult.Required } get)
            {
                store.Members[i] = store.Members[i] with { Operation = get with { Result = KvGetResult.DefaultWhenMissing } };
            }
        }
    }
}
