using System;

namespace InMemoryFakes.DependencyInjection.Persistence;

/// <summary>The fakes' data file could not be loaded or saved. The message names the file; a file that could not be loaded is left as it is.</summary>
public sealed class InMemoryFakesPersistenceException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="path">The file.</param>
    /// <param name="message">What went wrong, naming the file.</param>
    /// <param name="innerException">The cause.</param>
    public InMemoryFakesPersistenceException(string path, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Path = path;
    }

    /// <summary>The full path of the file.</summary>
    public string Path { get; }
}
