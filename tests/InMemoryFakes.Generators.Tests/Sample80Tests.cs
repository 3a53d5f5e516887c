using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample80 (session 29), a silent guess of a community .NET MAUI application. Dimmer-MAUI vendors AudioSwitcher, whose
/// <c>IPropertyDictionary</c> declares <c>AccessMode Mode { get; }</c> (Read, Write, ReadWrite) beside a settable indexer:
/// its <c>CachedPropertyDictionary</c> ignores the setter in Read mode (the mode of a dictionary no device was loaded into),
/// where the generated setter stored the value whatever the mode said. A key-value member that changes what the store holds
/// (a write, a removal, a clear, an indexer with a setter) is refused when the interface declares the access it was opened
/// with; its reads stay generated.
/// </summary>
public class Sample80Tests
{
    private const string Cause = "which the fake does not hold: a store opened for reading ignores or refuses a change";

    private const string Source = """
        namespace V;

        [Flags]
        public enum AccessMode { Read, Write, ReadWrite = Read | Write }

        public struct PropertyKey
        {
            public PropertyKey(Guid formatId, int propertyId) { FormatId = formatId; PropertyId = propertyId; }
            public Guid FormatId { get; }
            public int PropertyId { get; }
        }

        [InMemoryFake]
        public interface IPropertyDictionary : IDisposable
        {
            AccessMode Mode { get; }
            int Count { get; }
            object? this[PropertyKey key] { get; set; }
            bool Contains(PropertyKey key);
        }

        [InMemoryFake]
        public interface ISettingsFile
        {
            System.IO.FileAccess Access { get; }
            string? Get(string name);
            void Set(string name, string value);
            bool Remove(string name);
            void Clear();
        }
        """;

    [Fact]
    public void Changes_of_a_store_that_declares_its_access_mode_are_refused_and_its_reads_stay()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Source);

        Refusals.Exactly(
            run,
            ("Mode", "only Count (int/long)"),
            ("this", "its interface declares the access the store was opened with ('Mode', of AccessMode: Read, Write, ReadWrite), " + Cause),
            ("Access", "only Count (int/long)"),
            ("Set", "('Access', of FileAccess: Read, Write, ReadWrite), " + Cause),
            ("Remove", Cause),
            ("Clear", Cause));
    }

    [Fact]
    public void With_the_mode_and_the_changes_written_by_hand_the_generated_reads_answer_what_the_table_holds()
    {
        var run = GeneratorHarness.Run(Sources.Usings + Source + """

            public partial class InMemorySettingsFile
            {
                public System.IO.FileAccess Access => System.IO.FileAccess.Read;
                public void Set(string name, string value) { }
                public bool Remove(string name) => false;
                public void Clear() { }
                public void Seed(string name, string value) => Store.Set(name, value);
            }

            public partial class InMemoryPropertyDictionary
            {
                public AccessMode Mode => AccessMode.Read;
                public object? this[PropertyKey key] { get => Store.TryGet(key, out var value) ? value : null; set { } }
            }
            """);

        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    var file = new InMemorySettingsFile();
                    ISettingsFile settings = file;
                    settings.Set("theme", "dark");
                    Is(null, settings.Get("theme"), "the hand-written Set of a read-only file stores nothing");
                    file.Seed("theme", "light");
                    Is("light", settings.Get("theme"), "the generated Get reads what the table holds");

                    IPropertyDictionary properties = new InMemoryPropertyDictionary();
                    var key = new PropertyKey(Guid.Empty, 14);
                    properties[key] = "Speakers";
                    Is(0, properties.Count, "the generated Count counts the table, which the read-only setter left empty");
                    Is(false, properties.Contains(key), "and Contains finds nothing");
                }
            }
            """);
    }

    [Fact]
    public void An_enum_property_that_is_no_access_mode_leaves_the_writes_generated()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace V;

            public enum Scope { Read, Scan }

            [InMemoryFake]
            public interface IScopedSettings
            {
                Scope Scope { get; }
                string? Get(string name);
                void Set(string name, string value);
            }
            """);

        Refusals.Exactly(run, ("Scope", "only Count (int/long)"));
    }
}
