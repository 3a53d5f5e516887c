using System.Runtime.CompilerServices;

// The DI package words its "no fake for this interface" error with the runtime's MissingFake.
[assembly: InternalsVisibleTo("InMemoryFakes.DependencyInjection")]

// Types only the tests need (KeyLocks, KeyGenerator) are internal.
[assembly: InternalsVisibleTo("InMemoryFakes.Runtime.Tests")]
[assembly: InternalsVisibleTo("InMemoryFakes.Reliability.Tests")]
[assembly: InternalsVisibleTo("InMemoryFakes.Integration.Tests")]
[assembly: InternalsVisibleTo("InMemoryFakes.Generators.Tests")]
