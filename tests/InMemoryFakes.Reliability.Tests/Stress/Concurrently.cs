using System;
using System.Collections.Concurrent;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Reliability.Tests.Stress;

/// <summary>
/// Runs workers on their own threads, released together, plus an optional observer that samples until they finish.
/// Work is bounded by iteration counts; a generous timeout exists only as a deadlock guard and fails the test.
/// With an observer, no worker reports done before the observer has finished a sample it began after the workers were
/// released: on a busy two-core machine the observer thread can otherwise first run after the workers' few milliseconds
/// of work, and a check that only ever saw the final state would pass without having watched anything.
/// </summary>
internal static class Concurrently
{
    public static readonly TimeSpan DeadlockGuard = TimeSpan.FromSeconds(90);

    /// <summary>Runs <paramref name="threads"/> workers (given their index and the guard's token) and the observer; rethrows the first failure.</summary>
    /// <returns>How many times the observer sampled, the final sample after the workers finished included (at least 2 with an observer that did not fail).</returns>
    public static int Run(int threads, Action<int, CancellationToken> worker, Action<CancellationToken>? observe = null)
    {
        using var guard = new CancellationTokenSource(DeadlockGuard);
        var token = guard.Token;
        var errors = new ConcurrentQueue<Exception>();
        var parties = threads + (observe is null ? 0 : 1);
        using var start = new Barrier(parties);
        var running = threads;
        var samples = 0;
        var observerStopped = 0;

        var workers = Enumerable.Range(0, threads).Select(index => Task.Factory.StartNew(() =>
        {
            try
            {
                start.SignalAndWait(token);
                worker(index, token);
            }
            catch (Exception error)
            {
                errors.Enqueue(error);
            }
            finally
            {
                if (observe is not null)
                {
                    // Not a sleep: the worker yields until the observer has sampled once while it still counts as running.
                    SpinWait.SpinUntil(() => Volatile.Read(ref samples) > 0 || Volatile.Read(ref observerStopped) == 1 || token.IsCancellationRequested);
                }

                Interlocked.Decrement(ref running);
            }
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToList();

        if (observe is not null)
        {
            workers.Add(Task.Factory.StartNew(() =>
            {
                try
                {
                    start.SignalAndWait(token);

                    // Keep sampling until every worker is done, then once more on the final state.
                    while (Volatile.Read(ref running) > 0 && !token.IsCancellationRequested)
                    {
                        observe(token);
                        Interlocked.Increment(ref samples);
                    }

                    observe(token);
                    Interlocked.Increment(ref samples);
                }
                catch (Exception error)
                {
                    errors.Enqueue(error);
                }
                finally
                {
                    Volatile.Write(ref observerStopped, 1);
                }
            }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
        }

        try
        {
            Task.WhenAll(workers).Wait(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Assert.Fail($"Deadlock guard: {threads} workers did not finish within {DeadlockGuard.TotalSeconds} s.");
        }

        if (!errors.IsEmpty)
        {
            throw new AggregateException("A worker failed.", errors);
        }

        return samples;
    }

    /// <summary>Runs asynchronous workers on the thread pool; the deadlock guard fails the test.</summary>
    public static async Task RunAsync(int workers, Func<int, CancellationToken, Task> worker)
    {
        using var guard = new CancellationTokenSource(DeadlockGuard);
        var token = guard.Token;
        var tasks = Enumerable.Range(0, workers).Select(index => Task.Run(() => worker(index, token), CancellationToken.None)).ToArray();
        try
        {
            await Task.WhenAll(tasks).WaitAsync(token);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            Assert.Fail($"Deadlock guard: {workers} workers did not finish within {DeadlockGuard.TotalSeconds} s.");
        }
    }
}
