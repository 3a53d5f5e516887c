using System;
using System.Globalization;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>ExistingBlobWrites applies to a blob store's writes without an overwrite parameter, and is IMF0010 wherever it means nothing.</summary>
public class ExistingBlobWritesSettingTests
{
    [Fact]
    public void On_a_key_value_store_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Blobs;

            [InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse)]
            public interface ICache
            {
                string? Get(string key);
                void Set(string key, string value, TimeSpan ttl);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("ExistingBlobWrites: it says what a blob store's write does to a name already stored, and ICache is a key-value store", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void On_a_blob_store_whose_writes_take_an_overwrite_parameter_it_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Blobs;

            [InMemoryFake(ExistingBlobWrites = ExistingBlobWrite.Refuse)]
            public interface IFiles
            {
                Task Upload(string name, Stream content, bool overwrite);
                Task<Stream?> OpenRead(string name);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("no member of IFiles is one (an overwrite parameter says it itself); remove it", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_the_enum_does_not_have_is_IMF0010()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Blobs;

            [InMemoryFake(ExistingBlobWrites = (ExistingBlobWrite)4)]
            public interface IFiles
            {
                Task Upload(string name, Stream content);
                Task<Stream?> OpenRead(string name);
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0010", d.Id);
        Assert.Contains("ExistingBlobWrites = 4 is not an ExistingBlobWrite (Replace or Refuse)", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}

/// <summary>A blob store's GetNames lists names, so it returns strings.</summary>
public class BlobNamesRefusalTests
{
    [Fact]
    public void GetNames_returning_anything_but_strings_is_refused()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            #nullable enable
            namespace Blobs;

            [InMemoryFake]
            public interface IFiles
            {
                Task Upload(string name, Stream content);
                Task<Stream?> OpenRead(string name);
                Task<IEnumerable<int>> GetNames();
            }
            """);

        var d = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", d.Id);
        Assert.Contains("'GetNames' of IFiles matches no blob store convention: 'GetNames' lists names, so it must return a list of string keys", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
