using System;

namespace InMemoryFakes.Verification.Engines;

/// <summary>A real engine cannot be started on this machine (not installed, or it failed to start). The message names what to install or fix.</summary>
public sealed class EngineUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="engine">The engine, e.g. "PostgreSQL".</param>
    /// <param name="message">One line: what is missing and what to install.</param>
    /// <param name="innerException">The cause, if any.</param>
    public EngineUnavailableException(string engine, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Engine = engine;
    }

    /// <summary>The engine.</summary>
    public string Engine { get; }
}
