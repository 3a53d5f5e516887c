using System.Runtime.CompilerServices;

// The DI package words its "no fake for this interface" error with the runtime's MissingFake.
[assembly: InternalsVisibleTo("InMemoryFakes.DependencyInjection")]
