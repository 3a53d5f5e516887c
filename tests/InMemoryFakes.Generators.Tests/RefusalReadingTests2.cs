using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-leftover2 (session 28): two refusals whose member and fix line were right but whose reason misread the member.
/// MASA Blazor's <c>IPopupService</c> was read as a blob store because <c>Open</c> is a blob verb, though its
/// <c>Open(Type componentType, …)</c> hands out no content; BootstrapBlazor's <c>IEnumerable&lt;IDynamicObject&gt;
/// GetItems()</c> was refused as "a list of IEnumerable&lt;IDynamicObject&gt;".
/// </summary>
public class RefusalReadingTests2
{
    [Fact]
    public void An_Open_that_returns_no_stream_makes_no_blob_store_and_its_refusals_speak_of_no_blob()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public class SnackbarOptions { public string? Content { get; set; } }

            [InMemoryFake]
            public interface IPopupService
            {
                void Clear();
                void Close(Type componentType);
                Task EnqueueSnackbarAsync(SnackbarOptions options);
                Task<object?> OpenAsync(Type componentType, IDictionary<string, object?> parameters);
                void Open(Type componentType, IDictionary<string, object?>? parameters = null);
                void OpenOrUpdate(Type componentType, IDictionary<string, object?> parameters);
            }
            """);

        Refusals.Exactly(run,
            ("Clear", "no member of IPopupService puts a value in or hands one out"),
            ("Close", "'Close' is not a known verb (Get, TryGet, Set/Put"),
            ("EnqueueSnackbarAsync", "'EnqueueSnackbar' is not a known verb (Get, TryGet, Set/Put"),
            ("OpenAsync", "'Open' is not a known verb (Get, TryGet, Set/Put"),
            ("Open", "'Open' is not a known verb (Get, TryGet, Set/Put"),
            ("OpenOrUpdate", "'OpenOrUpdate' is not a known verb (Get, TryGet, Set/Put"));
        Assert.All(run.GeneratorDiagnostics, static d => Assert.DoesNotContain("blob", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Store.Call(nameof(Open), componentType, parameters)", Refusals.Message(run, "Open"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_Open_that_returns_a_stream_still_says_blob_store()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            [InMemoryFake]
            public interface IDocuments
            {
                Task<Stream> OpenAsync(string name);
                Task SaveAsync(string name, Stream content);
                void Delete(string name);
                FileStream OpenCopy(string name);
            }
            """);

        Refusals.Exactly(run, ("OpenCopy", "blob store"));
        Assert.StartsWith("'OpenCopy' of IDocuments matches no blob store convention", Refusals.Message(run, "OpenCopy"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyless_read_of_the_sequence_the_store_keeps_whole_names_that_sequence_not_a_list_of_it()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace V;

            public interface IDynamicObject { Guid DynamicObjectPrimaryKey { get; set; } object? GetValue(string propertyName); }

            [InMemoryFake]
            public interface IDynamicObjectContext
            {
                IEnumerable<IDynamicObject> GetItems();
                Task AddAsync(IEnumerable<IDynamicObject> selectedItems);
                Task<bool> DeleteAsync(IEnumerable<IDynamicObject> items);
            }
            """);

        const string ByReference = "which compares by reference (an interface)";
        Refusals.Exactly(run,
            ("GetItems", "it takes no key and reads every value, but returns IEnumerable<IDynamicObject>, which is what the store was read to keep under each key (its members write or read IEnumerable<IDynamicObject> whole): whether the store keeps one list of IDynamicObject or many IDynamicObject values, each under a key, is not said"),
            ("AddAsync", ByReference),
            ("DeleteAsync", ByReference));
        Assert.DoesNotContain("a list of System.Collections.Generic.IEnumerable", Refusals.Message(run, "GetItems"), StringComparison.Ordinal);
        Assert.Contains("Store.Call(nameof(GetItems))", Refusals.Message(run, "GetItems"), StringComparison.Ordinal);
    }
}
