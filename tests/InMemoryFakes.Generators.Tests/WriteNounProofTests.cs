using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A write of one entity proves the words of its noun by the entity's and the interface's names only: the entity
/// parameter's own name is a role the store may write apart (Ombi's <c>DeleteTv(EmbyContent tv)</c> also removes the
/// show's episodes), so a word only it proves is refused; the entity's words still prove the write.
/// </summary>
public class WriteNounProofTests
{
    private const string Content = Sources.Usings + """
        namespace Media;

        public class EmbyContent
        {
            public int Id { get; set; }
            public string EmbyId { get; set; } = "";
        }

        """;

    [Fact]
    public void A_noun_only_the_entity_parameter_names_is_refused()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IEmbyContentRepository
            {
                Task<EmbyContent> Add(EmbyContent content);
                Task Delete(EmbyContent request);
                Task DeleteTv(EmbyContent tv);
            }
            """);

        var diagnostic = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("IMF0001", diagnostic.Id);
        Assert.StartsWith("'DeleteTv' of IEmbyContentRepository", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("'Tv' in 'DeleteTv' names neither the entity (EmbyContent) nor the interface (the entity parameter's name is the caller's name for it, which may be a role the store writes apart)",
            diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_noun_of_the_entity_or_the_interface_still_proves_the_write()
    {
        var run = GeneratorHarness.Run(Content + """
            [InMemoryFake(MissingDelete = MissingDelete.Ignore)]
            public interface IEmbyContentRepository
            {
                Task AddEmbyContent(EmbyContent content);
                Task UpdateContent(EmbyContent content);
                Task DeleteEmbyContentAsync(EmbyContent content);
            }
            """);

        Assert.Empty(run.GeneratorDiagnostics);
        Assert.Empty(run.CompilationDiagnostics);
    }
}
