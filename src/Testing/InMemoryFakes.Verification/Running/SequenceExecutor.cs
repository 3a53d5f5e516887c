using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;

namespace InMemoryFakes.Verification.Running;

/// <summary>A call as it ran on both sides.</summary>
internal sealed record StepRecord(Step Step, int Position, Outcome Fake, Outcome Real)
{
    public bool Differs => Fake.Comparable != Real.Comparable;
}

/// <summary>The calls of one sequence up to (and including) the first difference.</summary>
internal sealed record Execution(IReadOnlyList<StepRecord> Records, bool Differs, IReadOnlyDictionary<int, object> FakeHandles);

/// <summary>Runs a sequence on a fresh fake and a fresh real instance side by side and stops at the first difference.</summary>
internal sealed class SequenceExecutor(ContractDescriptor descriptor, ContractPlan plan, Func<CancellationToken, ValueTask<object>> createReal, Func<object> createFake, Action<object, TimeSpan> advanceFake)
{
    public async Task<Execution> RunAsync(IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        var fake = createFake();
        object real;
        try
        {
            real = await createReal(cancellationToken).AsTask().WaitAsync(plan.FactoryTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            throw new ContractSetupException($"The factory for the real {descriptor.Name} did not return within {Seconds(plan.FactoryTimeout)}. Is its engine running? (Change the limit with WithOperationTimeout.)");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            throw new ContractSetupException(
                ErrorClassifier.IsUnreachable(error)
                    ? $"The factory for the real {descriptor.Name} could not reach its engine: {error.GetType().Name}: {error.Message} Start the engine (or check the connection string) and run again."
                    : $"The factory for the real {descriptor.Name} threw {error.GetType().Name}: {error.Message} The contract needs a factory that returns a fresh, empty real instance for every sequence.",
                error);
        }

        if (real is null)
        {
            throw new ContractSetupException($"The factory for the real {descriptor.Name} returned null; it must return a fresh, empty instance.");
        }

        try
        {
            return await RunOnAsync(fake, real, steps, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            await DisposeAsync(real).ConfigureAwait(false);
            await DisposeAsync(fake).ConfigureAwait(false);
        }
    }

    private async Task<Execution> RunOnAsync(object fake, object real, IReadOnlyList<Step> steps, CancellationToken cancellationToken)
    {
        var records = new List<StepRecord>(steps.Count);
        var fakeHandles = new Dictionary<int, object>();
        var realHandles = new Dictionary<int, object>();
        var fakeKeys = new Dictionary<object, int>();
        var realKeys = new Dictionary<object, int>();
        for (var position = 0; position < steps.Count; position++)
        {
            var step = steps[position];
            if (step.Advance is { } delta)
            {
                advanceFake(fake, delta);
                await plan.AdvanceRealClock!(real, delta).ConfigureAwait(false);
                var done = new Outcome(null, null, null) { Comparable = "completed" };
                records.Add(new StepRecord(step, position, done, done));
                continue;
            }

            var fakeOutcome = await InvokeAsync(step, position, fake, fakeHandles, fakeKeys, isReal: false, cancellationToken).ConfigureAwait(false);
            var realOutcome = await InvokeAsync(step, position, real, realHandles, realKeys, isReal: true, cancellationToken).ConfigureAwait(false);
            var record = new StepRecord(step, position, fakeOutcome, realOutcome);
            records.Add(record);
            if (record.Differs)
            {
                return new Execution(records, true, fakeHandles);
            }
        }

        return new Execution(records, false, fakeHandles);
    }

    private async Task<Outcome> InvokeAsync(Step step, int position, object instance, Dictionary<int, object> handles, Dictionary<object, int> keys, bool isReal, CancellationToken cancellationToken)
    {
        var operation = step.Operation;
        var arguments = new object?[step.Arguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = Resolve(step.Arguments[i], handles, cancellationToken);
        }

        object? value;
        try
        {
            var call = operation.Style == ContractInvocationStyle.Sync
                ? Task.Run(() => operation.Invoke(instance, arguments, cancellationToken).AsTask(), cancellationToken)
                : operation.Invoke(instance, arguments, cancellationToken).AsTask();
            value = await call.WaitAsync(plan.OperationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ContractSetupException($"{(isReal ? "The real" : "The fake")} {descriptor.Name}.{operation.Member} did not complete within {Seconds(plan.OperationTimeout)}. Is the engine running, or is a lock held? (Change the limit with WithOperationTimeout.)");
        }
        catch (Exception error) when (error is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // A classified error is an outcome; only an unclassified one that says the engine is unreachable stops the run.
            var kind = plan.Errors.Classify(error);
            if (isReal && kind is null && ErrorClassifier.IsUnreachable(error))
            {
                throw new ContractSetupException($"The real {descriptor.Name}.{operation.Member} could not reach its engine: {error.GetType().Name}: {error.Message} Start the engine (or check the connection string) and run again.", error);
            }

            return new Outcome(null, error, kind) { Comparable = kind is { } k ? "threw " + k : "threw " + error.GetType().FullName };
        }

        if (value is not null && SequenceGenerator.IsCreator(descriptor, operation))
        {
            // The key this side's store assigned is paired with the other side's through this call: both read as "the key stored by call N".
            var key = operation.Result.Shape == ContractResultShape.Key ? value : descriptor.Entity!.GetKey(value);
            handles[step.Id] = key;
            keys[key] = position;
        }

        return new Outcome(value, null, null) { Comparable = Canonicalizer.Canonical(value, operation.Result, descriptor.Entity, keys) };
    }

    private object? Resolve(ContractValue value, Dictionary<int, object> handles, CancellationToken cancellationToken) => value switch
    {
        LiteralValue { Value: byte[] bytes } => bytes.Clone(),
        LiteralValue literal => literal.Value,
        HandleKeyValue handle => handles.TryGetValue(handle.CreatorId, out var key) ? key : handle.MissingKey,
        EntityValue entity => descriptor.Entity!.Create(ResolveAll(entity.Properties, handles, cancellationToken)),
        TokenValue => cancellationToken,
        NoExpiryValue none => none.Parameter.NoExpiry!(),
        _ => throw new InvalidOperationException("Unknown contract value " + value),
    };

    private object?[] ResolveAll(IReadOnlyList<ContractValue> values, Dictionary<int, object> handles, CancellationToken cancellationToken)
    {
        var resolved = new object?[values.Count];
        for (var i = 0; i < resolved.Length; i++)
        {
            resolved[i] = Resolve(values[i], handles, cancellationToken);
        }

        return resolved;
    }

    private static string Seconds(TimeSpan time)
        => time.TotalSeconds.ToString(time < TimeSpan.FromSeconds(10) ? "0.###" : "0", System.Globalization.CultureInfo.InvariantCulture) + " s";

    private static async ValueTask DisposeAsync(object instance)
    {
        switch (instance)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
