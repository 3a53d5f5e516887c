using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes.Contracts;
using InMemoryFakes.Verification.Running;

namespace InMemoryFakes.Verification;

/// <summary>
/// Entry point of verified fakes: a differential contract between a generated fake (the reference) and your real
/// implementation of the same interface.
/// </summary>
/// <example>
/// <code>
/// await FakeContract.For(InMemoryUserRepository.Contract)
///     .RunAsync(() =&gt; new EfUserRepository(CreateEmptyDatabase()), TestContext.Current.CancellationToken);
/// </code>
/// </example>
public static class FakeContract
{
    /// <summary>Starts a contract from a descriptor (the generated one, or one written by hand).</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <param name="descriptor">What the interface's members mean.</param>
    /// <returns>The contract, to configure and run.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="descriptor"/> is null.</exception>
    public static FakeContract<TInterface> For<TInterface>(ContractDescriptor<TInterface> descriptor)
        where TInterface : class
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        return new FakeContract<TInterface>(descriptor);
    }

    /// <summary>Starts a contract from the descriptor the generator registered for <typeparamref name="TInterface"/>.</summary>
    /// <typeparam name="TInterface">The interface.</typeparam>
    /// <returns>The contract.</returns>
    /// <exception cref="ContractSetupException">No descriptor is registered for the interface.</exception>
    public static FakeContract<TInterface> For<TInterface>()
        where TInterface : class
        => new(ContractDescriptors.Find<TInterface>() ?? throw new ContractSetupException(
            $"No contract descriptor is registered for {typeof(TInterface).Name}. Put [InMemoryFake] on the interface (the generator emits and registers the descriptor), or pass a descriptor to FakeContract.For(descriptor)."));
}

/// <summary>A configured differential contract over <typeparamref name="TInterface"/>; see <see cref="FakeContract"/>.</summary>
/// <typeparam name="TInterface">The interface.</typeparam>
public sealed class FakeContract<TInterface>
    where TInterface : class
{
    /// <summary>The master seed when none is set (and <c>INMEMORYFAKES_CONTRACT_SEED</c> is not): runs are the same every time.</summary>
    public const int DefaultSeed = 20_240_601;

    private readonly ContractDescriptor<TInterface> _descriptor;
    private readonly Dictionary<Type, Func<ContractRandom, object?>> _typeGenerators = new();
    private readonly Dictionary<string, Func<ContractRandom, object?>> _propertyGenerators = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, Func<object, string>> _renderers = new();
    private readonly List<Func<Exception, ContractErrorKind?>> _classifiers = new();
    private readonly HashSet<string> _excluded = new(StringComparer.Ordinal);
    private Action<InMemoryFakeOptions>? _configureFake;
    private StoreSemantics? _semantics;
    private Func<object, TimeSpan, ValueTask>? _advanceReal;
    private int? _seed;
    private int? _replay;
    private int _sequences = 100;
    private int _maxSteps = 20;
    private int _shrinkReplays = 300;
    private TimeSpan _operationTimeout = TimeSpan.FromSeconds(10);

    internal FakeContract(ContractDescriptor<TInterface> descriptor)
    {
        _descriptor = descriptor;
    }

    /// <summary>The master seed; every sequence's seed derives from it. Default <see cref="DefaultSeed"/>, or <c>INMEMORYFAKES_CONTRACT_SEED</c>.</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>This contract.</returns>
    public FakeContract<TInterface> WithSeed(int seed)
    {
        _seed = seed;
        return this;
    }

    /// <summary>Runs only the sequence with this seed (a report's <see cref="ContractDifference.SequenceSeed"/>). <c>INMEMORYFAKES_CONTRACT_REPLAY</c> does the same.</summary>
    /// <param name="sequenceSeed">The sequence's seed.</param>
    /// <returns>This contract.</returns>
    public FakeContract<TInterface> Replay(int sequenceSeed)
    {
        _replay = sequenceSeed;
        return this;
    }

    /// <summary>How many random sequences to run (default 100).</summary>
    /// <param name="count">At least 1.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public FakeContract<TInterface> WithSequences(int count)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 1);
        _sequences = count;
        return this;
    }

    /// <summary>The most calls in one sequence (default 20; each sequence draws its length from 1 to this).</summary>
    /// <param name="steps">At least 1.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="steps"/> is less than 1.</exception>
    public FakeContract<TInterface> WithMaxSteps(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 1);
        _maxSteps = steps;
        return this;
    }

    /// <summary>How long one call (or the real factory, at three times this) may take before the run stops with a <see cref="ContractSetupException"/> (default 10 s).</summary>
    /// <param name="timeout">A positive time.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeout"/> is not positive.</exception>
    public FakeContract<TInterface> WithOperationTimeout(TimeSpan timeout)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(timeout, TimeSpan.Zero);
        _operationTimeout = timeout;
        return this;
    }

    /// <summary>The most replays shrinking may use (default 300); it also stops after two minutes.</summary>
    /// <param name="replays">Zero or more.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="replays"/> is negative.</exception>
    public FakeContract<TInterface> WithShrinkBudget(int replays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replays);
        _shrinkReplays = replays;
        return this;
    }

    /// <summary>Configures each fresh fake (quotas, default TTL…). The contract sets a <see cref="ManualClock"/> and the <see cref="WithSemantics"/> first.</summary>
    /// <param name="configure">Changes the options.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="configure"/> is null.</exception>
    public FakeContract<TInterface> ConfigureFake(Action<InMemoryFakeOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _configureFake += configure;
        return this;
    }

    /// <summary>The store choices the fake copies from the real engine (text comparison per property, null ordering).</summary>
    /// <param name="semantics">The semantics.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="semantics"/> is null.</exception>
    public FakeContract<TInterface> WithSemantics(StoreSemantics semantics)
    {
        ArgumentNullException.ThrowIfNull(semantics);
        _semantics = semantics;
        return this;
    }

    /// <summary>Generates values of a type (arguments, entity properties, keys) with your generator, e.g. Bogus.</summary>
    /// <typeparam name="TValue">The type.</typeparam>
    /// <param name="generator">Makes a value from the contract's seeded random source (use it, so runs replay).</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="generator"/> is null.</exception>
    public FakeContract<TInterface> Generate<TValue>(Func<ContractRandom, TValue> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        _typeGenerators[typeof(TValue)] = random => generator(random);
        return this;
    }

    /// <summary>Generates one entity property's values (and the query arguments compared with it).</summary>
    /// <param name="property">The property name.</param>
    /// <param name="generator">Makes a value.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentException"><paramref name="property"/> is not a property of the entity.</exception>
    public FakeContract<TInterface> GenerateProperty(string property, Func<ContractRandom, object?> generator)
    {
        ArgumentNullException.ThrowIfNull(generator);
        if (_descriptor.Entity is not { } entity || entity.Properties.All(p => p.Name != property))
        {
            throw new ArgumentException($"{property} is not a property of {_descriptor.Entity?.TypeName ?? _descriptor.Name}'s entity.", nameof(property));
        }

        _propertyGenerators[property] = generator;
        return this;
    }

    /// <summary>How repro snippets write values of a type as C#.</summary>
    /// <typeparam name="TValue">The type.</typeparam>
    /// <param name="csharp">Writes a value as a C# expression.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="csharp"/> is null.</exception>
    public FakeContract<TInterface> RenderAs<TValue>(Func<TValue, string> csharp)
    {
        ArgumentNullException.ThrowIfNull(csharp);
        _renderers[typeof(TValue)] = value => csharp((TValue)value);
        return this;
    }

    /// <summary>Classifies the real implementation's own exception type as an error kind.</summary>
    /// <typeparam name="TException">The exception type (matched anywhere in the inner-exception chain).</typeparam>
    /// <param name="kind">What it means.</param>
    /// <param name="when">An extra condition, or <see langword="null"/>.</param>
    /// <returns>This contract.</returns>
    public FakeContract<TInterface> MapError<TException>(ContractErrorKind kind, Func<TException, bool>? when = null)
        where TException : Exception
    {
        _classifiers.Add(error => error is TException typed && (when is null || when(typed)) ? kind : null);
        return this;
    }

    /// <summary>Classifies exceptions with your own rule (tried before every built-in one); return <see langword="null"/> to pass.</summary>
    /// <param name="classifier">The rule.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="classifier"/> is null.</exception>
    public FakeContract<TInterface> ClassifyErrors(Func<Exception, ContractErrorKind?> classifier)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        _classifiers.Add(classifier);
        return this;
    }

    /// <summary>Leaves members out of the contract (they are then not checked; the report lists them).</summary>
    /// <param name="members">Member names.</param>
    /// <returns>This contract.</returns>
    public FakeContract<TInterface> Exclude(params string[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        _excluded.UnionWith(members);
        return this;
    }

    /// <summary>
    /// Puts TTL operations and clock moves into the sequences: the fake's <see cref="ManualClock"/> advances, and
    /// <paramref name="advanceRealClock"/> moves the real implementation's clock by the same amount. Only for real
    /// implementations whose time you control (a <c>TimeProvider</c>); check a wall-clock engine's TTLs in one dedicated
    /// test with short TTLs instead.
    /// </summary>
    /// <param name="advanceRealClock">Moves the real instance's clock.</param>
    /// <returns>This contract.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="advanceRealClock"/> is null.</exception>
    public FakeContract<TInterface> WithTimeToLive(Func<TInterface, TimeSpan, ValueTask> advanceRealClock)
    {
        ArgumentNullException.ThrowIfNull(advanceRealClock);
        _advanceReal = (real, delta) => advanceRealClock((TInterface)real, delta);
        return this;
    }

    /// <summary>Runs the contract and throws <see cref="ContractViolationException"/> (with the shrunk repro) at the first difference.</summary>
    /// <param name="createReal">Returns a fresh, empty real instance; called once per sequence and per shrinking replay. Disposable instances are disposed.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ContractViolationException">The real implementation differs from the fake.</exception>
    /// <exception cref="ContractSetupException">The contract cannot run (the message says what to fix).</exception>
    public Task<ContractReport> RunAsync(Func<TInterface> createReal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createReal);
        return RunAsync(_ => new ValueTask<TInterface>(createReal()), cancellationToken);
    }

    /// <summary>Runs the contract with an asynchronous factory; see <see cref="RunAsync(Func{TInterface}, CancellationToken)"/>.</summary>
    /// <param name="createReal">Returns a fresh, empty real instance.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ContractViolationException">The real implementation differs from the fake.</exception>
    /// <exception cref="ContractSetupException">The contract cannot run.</exception>
    public async Task<ContractReport> RunAsync(Func<CancellationToken, ValueTask<TInterface>> createReal, CancellationToken cancellationToken = default)
    {
        var report = await CheckAsync(createReal, cancellationToken).ConfigureAwait(false);
        return report.Passed ? report : throw new ContractViolationException(report);
    }

    /// <summary>Runs the contract and returns the report, difference included, without throwing for a difference.</summary>
    /// <param name="createReal">Returns a fresh, empty real instance.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ContractSetupException">The contract cannot run.</exception>
    public Task<ContractReport> CheckAsync(Func<TInterface> createReal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createReal);
        return CheckAsync(_ => new ValueTask<TInterface>(createReal()), cancellationToken);
    }

    /// <summary>Runs the contract with an asynchronous factory and returns the report.</summary>
    /// <param name="createReal">Returns a fresh, empty real instance.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ContractSetupException">The contract cannot run.</exception>
    public async Task<ContractReport> CheckAsync(Func<CancellationToken, ValueTask<TInterface>> createReal, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(createReal);
        var plan = Plan();
        var values = new ValueGenerators(_typeGenerators, _propertyGenerators);
        CheckGenerators(plan, values);
        var generator = new SequenceGenerator(_descriptor, plan, values);
        var executor = new SequenceExecutor(_descriptor, plan, async ct => await createReal(ct).ConfigureAwait(false), CreateFake, AdvanceFake);
        var masterSeed = _seed ?? EnvironmentInt("INMEMORYFAKES_CONTRACT_SEED") ?? DefaultSeed;
        var replay = _replay ?? EnvironmentInt("INMEMORYFAKES_CONTRACT_REPLAY");
        var seeds = replay is { } only ? new[] { only } : Enumerable.Range(0, _sequences).Select(i => SequenceSeed(masterSeed, i)).ToArray();
        var calls = 0;
        var sequences = 0;
        var coverage = new CoverageCounter(plan.Operations);
        foreach (var seed in seeds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var steps = generator.Generate(seed, _maxSteps);
            var execution = await executor.RunAsync(steps, cancellationToken).ConfigureAwait(false);
            calls += execution.Records.Count;
            sequences++;
            coverage.Add(execution);
            if (!execution.Differs)
            {
                continue;
            }

            var shrinker = new Shrinker(_descriptor, executor.RunAsync, _shrinkReplays, TimeSpan.FromMinutes(2));
            var (shrunk, shrunkExecution) = await shrinker.ShrinkAsync(steps, execution, cancellationToken).ConfigureAwait(false);
            var writer = new SnippetWriter(_descriptor, plan.Renderers);
            var last = shrunkExecution.Records[^1];
            var difference = new ContractDifference(
                seed,
                last.Step.Operation.Member,
                last.Fake.Describe(),
                last.Real.Describe(),
                writer.Lines(shrunkExecution),
                writer.Snippet(shrunkExecution, seed, execution.Records.Count),
                execution.Records.Count,
                shrinker.Replays);
            return new ContractReport(_descriptor.Name, masterSeed, sequences, calls, plan.LeftOut, difference, coverage.Result());
        }

        return new ContractReport(_descriptor.Name, masterSeed, sequences, calls, plan.LeftOut, null, coverage.Result());
    }

    private static int SequenceSeed(int master, int index)
    {
        unchecked
        {
            var x = (uint)master * 2_654_435_761u ^ (uint)(index + 1) * 2_246_822_519u;
            x ^= x >> 15;
            x *= 2_246_822_519u;
            x ^= x >> 13;
            return (int)(x & 0x7FFF_FFFF);
        }
    }

    private static int? EnvironmentInt(string name)
        => int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private object CreateFake()
    {
        var options = new InMemoryFakeOptions { TimeProvider = new ManualClock(), Semantics = _semantics };
        _configureFake?.Invoke(options);
        return _descriptor.CreateFake(options) ?? throw new ContractSetupException($"The descriptor's CreateFake for {_descriptor.Name} returned null.");
    }

    private void AdvanceFake(object fake, TimeSpan delta)
    {
        if (Fakes.Of(fake).Clock is not ManualClock clock)
        {
            throw new ContractSetupException($"TTL operations need the fake on a ManualClock; ConfigureFake replaced its TimeProvider with {Fakes.Of(fake).Clock.GetType().Name}.");
        }

        clock.Advance(delta);
    }

    private ContractPlan Plan()
    {
        var names = new HashSet<string>(_descriptor.Operations.Select(o => o.Member), StringComparer.Ordinal);
        names.UnionWith(_descriptor.Unclassified.Select(u => u.Member));
        var unknown = _excluded.Where(e => !names.Contains(e)).ToList();
        if (unknown.Count > 0)
        {
            throw new ContractSetupException($"Exclude names no member of {_descriptor.Name}: {string.Join(", ", unknown)}. Members: {string.Join(", ", names.Order(StringComparer.Ordinal))}.");
        }

        var unclassified = _descriptor.Unclassified.Where(u => !_excluded.Contains(u.Member)).ToList();
        if (unclassified.Count > 0)
        {
            throw new ContractSetupException(
                $"{_descriptor.Name} has members the generator did not classify, so the contract cannot check them: "
                + string.Join("; ", unclassified.Select(u => $"{u.Member} ({u.Reason})"))
                + $". Rename them to a convention the generator understands (docs/generator.md), or leave them out with .Exclude({string.Join(", ", unclassified.Select(u => "\"" + u.Member + "\""))}) — they are then not verified.");
        }

        var leftOut = _descriptor.Unclassified.Select(u => $"{u.Member} (excluded; not classified: {u.Reason})").ToList();
        var operations = new List<ContractOperation>();
        foreach (var operation in _descriptor.Operations)
        {
            if (_excluded.Contains(operation.Member))
            {
                leftOut.Add($"{operation.Member} (excluded)");
            }
            else if (operation.Parameters.Any(p => p.Role == ContractParameterRole.QueryArgument && p.ElementType is not null && !_typeGenerators.ContainsKey(p.Type)))
            {
                leftOut.Add($"{operation.Member} (takes a collection argument; register Generate<T>(…) for its type to include it)");
            }
            else if (operation.RequiresTimeToLive && _advanceReal is null)
            {
                leftOut.Add($"{operation.Member} (needs a time to live; TTL operations are not in sequences unless WithTimeToLive is set)");
            }
            else
            {
                operations.Add(operation);
            }
        }

        if (operations.Count == 0)
        {
            throw new ContractSetupException($"No member of {_descriptor.Name} is left for the contract to call ({string.Join("; ", leftOut)}).");
        }

        var errors = new ErrorClassifier(_classifiers.ToArray(), _descriptor.ErrorMappings);
        return new ContractPlan
        {
            Operations = operations,
            LeftOut = leftOut,
            TypeGenerators = _typeGenerators,
            Errors = errors,
            Renderers = _renderers,
            AdvanceRealClock = _advanceReal,
            OperationTimeout = _operationTimeout,
            FactoryTimeout = _operationTimeout * 3,
        };
    }

    private void CheckGenerators(ContractPlan plan, ValueGenerators values)
    {
        var missing = new List<string>();
        void Need(Type type, string? property, string where)
        {
            if (!values.CanGenerate(type, property))
            {
                missing.Add($"{where} of type {type.Name}");
            }
        }

        foreach (var operation in plan.Operations)
        {
            foreach (var parameter in operation.Parameters)
            {
                var where = $"{operation.Member}({parameter.Name})";
                switch (parameter.Role)
                {
                    case ContractParameterRole.Entity when _descriptor.Entity is { } entity:
                        foreach (var property in entity.Properties.Where(p => !p.IsConcurrencyToken && !(p.IsKey && entity.KeyAssignment == ContractKeyAssignment.Store)))
                        {
                            Need(property.Type, property.Name, $"{entity.TypeName}.{property.Name}");
                        }

                        break;
                    case ContractParameterRole.Key when _descriptor.Entity is { KeyAssignment: ContractKeyAssignment.Store }:
                    case ContractParameterRole.CancellationToken:
                    case ContractParameterRole.Prefix:
                    case ContractParameterRole.ContentType:
                    case ContractParameterRole.Amount:
                        break;
                    case ContractParameterRole.TimeToLive:
                        if (!parameter.IsNullable && parameter.NoExpiry is null && !(plan.AdvanceRealClock is not null && (parameter.Type == typeof(TimeSpan) || parameter.Type == typeof(TimeSpan?))))
                        {
                            Need(parameter.Type, parameter.Name, where + " (the value that means 'no expiry' when TTLs are not in sequences)");
                        }

                        break;
                    default:
                        Need(parameter.Type, parameter.Role == ContractParameterRole.QueryArgument ? parameter.Property : null, where);
                        break;
                }
            }
        }

        if (missing.Count > 0)
        {
            throw new ContractSetupException($"The contract for {_descriptor.Name} cannot generate values for: {string.Join("; ", missing.Distinct())}. Register a generator with .Generate<T>(random => …) or .GenerateProperty(name, random => …).");
        }
    }
}
