// Source: https://github.com/MarsonShine/MS.Microservice
// Commit: 06fee1593d02
// Licence: Apache-2.0 (an interface signature and minimal models transcribed for a test)
// Sample: h-sample71 rule (the whole rule and the repositories it skipped: Corpus/EndazonMicroservicesPlatform/
//   IConversionJobStore.cs). This one: the 5th pick (the 57th repository listed). Its first file in path order,
//   MS.Microservice.AI/src/MS.Microservice.AI.Abstractions/AIProductionReadinessAbstractions.cs, declares IAIRateLimiter
//   (1 member) first, then this interface, whose implementation keeps an in-memory collection.
// Path: MS.Microservice.AI/src/MS.Microservice.AI.Abstractions/AIProductionReadinessAbstractions.cs (real store:
//   MS.Microservice.AI/src/MS.Microservice.AI.Core/AIProductionServices.cs, DefaultAICircuitBreaker; options:
//   AIProductionOptions.cs, AICircuitBreakerOptions; model: AIRequestContext beside the interface, AICapability.cs)
// Adapted: the namespace; AIProviderException cut to its message, code and retry-after. The XML comments dropped.
//   Nullable enabled, as in the source.
// Real store: DefaultAICircuitBreaker, a ConcurrentDictionary<string, CircuitState> keyed by "{Provider}:{Model}"
//   (ignoring case), each state a failure count and an open-until time from a TimeProvider. With Enabled = false (the
//   option's default) EnsureAllowedAsync and RecordFailureAsync do nothing; enabled (as this script assumes, with the
//   defaults FailureThreshold = 5, BreakDurationSeconds = 30): RecordFailureAsync(context, exception) adds one failure,
//   and at the threshold opens the circuit until now + the break; EnsureAllowedAsync(context) throws AIProviderException
//   (code "circuit_open") while it is open; RecordSuccessAsync(context) drops the state (enabled or not). A null context,
//   or a null exception, is ArgumentNullException.
// Shapes: *=none
// First try (0487eace): incomplete, nothing generated: IMF0001 all 3 (EnsureAllowed, RecordSuccess, RecordFailure: no
//   known verb) | WRONG: none.
// After this round: unchanged, and the refusals are right: a circuit breaker (failure counts, a threshold and a break
//   on a clock, all from options), a policy that no store convention describes; issue 10 keeps such commands as
//   diagnostics.
#nullable enable

using System;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MsMicroservice.IAICircuitBreakerCase;

public enum AICapability
{
    Chat = 1,

    Tts = 2,

    Asr = 3,

    ImageGeneration = 4,

    ImageEdit = 5,
}

public sealed record AIRequestContext
{
    public required string Provider { get; init; }

    public required string Model { get; init; }

    public required AICapability Capability { get; init; }

    public string? Scenario { get; init; }

    public string? RequestId { get; init; }
}

public class AIProviderException : Exception
{
    public AIProviderException(string message, string code, TimeSpan? retryAfter = null)
        : base(message)
    {
        Code = code;
        RetryAfter = retryAfter;
    }

    public string Code { get; }

    public TimeSpan? RetryAfter { get; }
}

[InMemoryFake]
public interface IAICircuitBreaker
{
    ValueTask EnsureAllowedAsync(AIRequestContext context, CancellationToken cancellationToken = default);

    ValueTask RecordSuccessAsync(AIRequestContext context, CancellationToken cancellationToken = default);

    ValueTask RecordFailureAsync(AIRequestContext context, Exception exception, CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IAICircuitBreaker breaker)
    {
        var chat = new AIRequestContext { Provider = "qwen", Model = "qwen-max", Capability = AICapability.Chat };
        var sameModelOtherCase = new AIRequestContext { Provider = "Qwen", Model = "QWEN-MAX", Capability = AICapability.Tts };
        var other = new AIRequestContext { Provider = "qwen", Model = "qwen-turbo", Capability = AICapability.Chat };
        var failure = new TimeoutException("provider timed out");

        await breaker.EnsureAllowedAsync(chat);
        for (var i = 0; i < 4; i++)
        {
            await breaker.RecordFailureAsync(chat, failure);
        }

        await breaker.EnsureAllowedAsync(chat);
        await breaker.RecordFailureAsync(sameModelOtherCase, failure);
        await Check.ThrowsAsync<AIProviderException>(async () => await breaker.EnsureAllowedAsync(chat), "the fifth failure of a provider and model, in any case, opens the circuit");
        await breaker.EnsureAllowedAsync(other);

        await breaker.RecordSuccessAsync(chat);
        await breaker.EnsureAllowedAsync(chat);
        await Check.ThrowsAsync<ArgumentNullException>(async () => await breaker.RecordFailureAsync(chat, null!), "a null exception throws");
    }
}
