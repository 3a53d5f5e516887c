using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>Writes a shrunk sequence as C# a user can paste into a test against the real implementation.</summary>
internal sealed class SnippetWriter(ContractDescriptor descriptor, IReadOnlyDictionary<Type, Func<object, string>> renderers)
{
    public IReadOnlyList<string> Lines(Execution execution)
    {
        var variables = new Dictionary<int, string>();
        var lines = new List<string>();
        var count = 0;
        var entityName = descriptor.Entity is { } shape ? char.ToLowerInvariant(shape.TypeName[0]) + shape.TypeName.Substring(1) : "value";
        for (var i = 0; i < execution.Records.Count; i++)
        {
            var record = execution.Records[i];
            var step = record.Step;
            if (step.Advance is { } delta)
            {
                lines.Add($"// move both clocks forward by {delta.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s (the fake's ManualClock, and the real one through your hook)");
                continue;
            }

            var call = Call(step, execution, variables);
            var last = i == execution.Records.Count - 1 && record.Differs;
            if (last)
            {
                lines.Add(step.Operation.Result.Shape == ContractResultShape.Void ? call + ";" : "var result = " + call + ";");
                lines.Add("// expected (the fake, the reference): " + record.Fake.Describe());
                lines.Add("// actual (the real implementation):   " + record.Real.Describe());
                continue;
            }

            if (record.Fake.Threw)
            {
                var kind = record.Fake.Kind is { } k ? "ContractErrorKind." + k : "null";
                lines.Add(step.Operation.Style == ContractInvocationStyle.Sync
                    ? $"Repro.Throws({kind}, () => {call});"
                    : $"await Repro.ThrowsAsync({kind}, async () => {call});");
                continue;
            }

            if (SequenceGenerator.IsCreator(descriptor, step.Operation) && execution.FakeHandles.ContainsKey(step.Id))
            {
                var name = entityName + (++count).ToString(CultureInfo.InvariantCulture);
                variables[step.Id] = step.Operation.Result.Shape == ContractResultShape.Key ? name : name + "." + KeyName();
                lines.Add($"var {name} = {call};");
                continue;
            }

            lines.Add(call + ";");
        }

        return lines;
    }

    private string KeyName() => descriptor.Entity!.Properties.First(static p => p.IsKey).Name;

    private string Call(Step step, Execution execution, Dictionary<int, string> variables)
    {
        var operation = step.Operation;
        var arguments = new List<string>();
        for (var i = 0; i < step.Arguments.Count; i++)
        {
            arguments.Add(Argument(step.Arguments[i], variables));
        }

        if (operation.OutParameter is { } outParameter)
        {
            // bool TryGet(key, out value): the out parameter is no argument of the step; the snippet declares it in place.
            arguments.Insert(Math.Clamp(operation.OutParameterPosition, 0, arguments.Count), "out var " + outParameter);
        }

        var call = $"repository.{operation.Member}({string.Join(", ", arguments)})";
        return operation.Style switch
        {
            ContractInvocationStyle.Await => "await " + call,
            ContractInvocationStyle.AsyncEnumerable => "await " + call + ".ToListAsync()",
            _ => call,
        };
    }

    private string Argument(ContractValue value, Dictionary<int, string> variables) => value switch
    {
        TokenValue => "CancellationToken.None",
        NoExpiryValue none => none.Parameter.NoExpiryCSharp ?? "default",
        HandleKeyValue handle => variables.TryGetValue(handle.CreatorId, out var variable) ? variable : Literal(handle.MissingKey),
        EntityValue entity => Entity(entity, variables),
        LiteralValue literal => Literal(literal.Value),
        _ => "default",
    };

    private string Entity(EntityValue entity, Dictionary<int, string> variables)
    {
        var shape = descriptor.Entity!;
        if (shape.Construction == ContractConstruction.Constructor)
        {
            return $"new {shape.TypeName}({string.Join(", ", entity.Properties.Select(p => Argument(p, variables)))})";
        }

        var parts = new List<string>();
        for (var i = 0; i < entity.Properties.Count; i++)
        {
            var property = shape.Properties[i];
            var value = entity.Properties[i];
            if (value is LiteralValue literal && (literal.Value is null || property.IsConcurrencyToken || (property.IsKey && Equals(literal.Value, SequenceGenerator.DefaultOf(property.Type)))))
            {
                continue;
            }

            parts.Add(property.Name + " = " + Argument(value, variables));
        }

        return parts.Count == 0 ? $"new {shape.TypeName}()" : $"new {shape.TypeName} {{ {string.Join(", ", parts)} }}";
    }

    public string Literal(object? value)
    {
        if (value is not null && renderers.TryGetValue(value.GetType(), out var render))
        {
            return render(value);
        }

        var c = CultureInfo.InvariantCulture;
        return value switch
        {
            null => "null",
            string s => Canonicalizer.Literal(s),
            bool b => b ? "true" : "false",
            int i => i.ToString(c),
            long l => l.ToString(c) + "L",
            short s => "(short)" + s.ToString(c),
            byte b => "(byte)" + b.ToString(c),
            double d => d.ToString("R", c) + "d",
            float f => f.ToString("R", c) + "f",
            decimal m => m.ToString(c) + "m",
            char ch => "'" + (ch == '\'' ? "\\'" : ch.ToString()) + "'",
            Guid g => $"new Guid(\"{g:D}\")",
            TimeSpan t => t.Ticks % TimeSpan.TicksPerSecond == 0 ? $"TimeSpan.FromSeconds({(t.Ticks / TimeSpan.TicksPerSecond).ToString(c)})" : $"TimeSpan.FromTicks({t.Ticks.ToString(c)})",
            DateTime t => $"new DateTime({t.Ticks.ToString(c)}L, DateTimeKind.{t.Kind}) /* {t.ToString("O", c)} */",
            DateTimeOffset o => $"new DateTimeOffset({o.Ticks.ToString(c)}L, TimeSpan.FromMinutes({o.Offset.TotalMinutes.ToString(c)})) /* {o.ToString("O", c)} */",
            DateOnly d => $"new DateOnly({d.Year}, {d.Month}, {d.Day})",
            byte[] bytes => bytes.Length == 0 ? "Array.Empty<byte>()" : "new byte[] { " + string.Join(", ", bytes.Select(x => x.ToString(c))) + " }",
            Enum e => Enum.IsDefined(e.GetType(), e) ? e.GetType().Name + "." + e : $"({e.GetType().Name}){System.Convert.ToInt64(e, c).ToString(c)}",
            _ => $"default /* {value.GetType().Name}: {value}; render it with RenderAs<{value.GetType().Name}>(…) */",
        };
    }

    public string Snippet(Execution execution, int sequenceSeed, int originalCalls)
    {
        var text = new StringBuilder();
        var calls = execution.Records.Count;
        text.AppendLine(CultureInfo.InvariantCulture, $"// {descriptor.Name}: the real implementation differs from the fake after {calls} call{(calls == 1 ? "" : "s")} (shrunk from {originalCalls}).");
        text.AppendLine(CultureInfo.InvariantCulture, $"// Replay this sequence with FakeContract.For<{descriptor.Name}>(…).Replay({sequenceSeed}), or INMEMORYFAKES_CONTRACT_REPLAY={sequenceSeed}.");
        text.AppendLine(CultureInfo.InvariantCulture, $"var repository = /* a fresh, empty real {descriptor.Name} */;");
        foreach (var line in Lines(execution))
        {
            text.AppendLine(line);
        }

        return text.ToString();
    }
}
