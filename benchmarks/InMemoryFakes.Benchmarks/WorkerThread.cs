using System;
using System.Threading;

namespace InMemoryFakes.Benchmarks;

/// <summary>
/// A second thread for the two-thread benchmarks, started once and reused: each <see cref="Run"/> wakes it with one piece
/// of work, runs the other piece on the calling thread, and waits for both. No thread is created or taken from the pool
/// per invocation, and no barrier or shared counter is touched while the work runs. The handoff (an event set, spun on
/// before blocking) is counted against the two-thread side, as it must be.
/// </summary>
internal sealed class WorkerThread : IDisposable
{
    // The most a ManualResetEventSlim spins before it blocks: back-to-back invocations hand over without a kernel wait.
    private const int SpinCount = 2047;

    private readonly ManualResetEventSlim _start = new(false, SpinCount);
    private readonly ManualResetEventSlim _done = new(false, SpinCount);
    private readonly Thread _thread;
    private Func<int>? _work;
    private int _result;
    private Exception? _error;
    private volatile bool _stopping;

    public WorkerThread()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "benchmark worker" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="onWorker"/> on the worker and <paramref name="here"/> on this thread, together; the sum of their results.</summary>
    public int Run(Func<int> onWorker, Func<int> here)
    {
        _work = onWorker;
        _done.Reset();
        _start.Set();
        var mine = here();
        _done.Wait();
        if (_error is { } error)
        {
            throw new InvalidOperationException("The worker thread's half failed.", error);
        }

        return mine + _result;
    }

    public void Dispose()
    {
        _stopping = true;
        _start.Set();
        _thread.Join();
        _start.Dispose();
        _done.Dispose();
    }

    private void Loop()
    {
        while (true)
        {
            _start.Wait();
            _start.Reset();
            if (_stopping)
            {
                return;
            }

            try
            {
                _result = _work!();
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                _error = error;
            }

            _done.Set();
        }
    }
}
