using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A refused member of a service layer whose result wraps the entity in an outcome of the user's own
/// (<c>ServiceResponse&lt;Product&gt;</c>, <c>OperationResult</c>) says why no convention fills it and where the fake
/// belongs instead (h-everyday5 found 21 such members whose refusal only said "it must return Product").
/// </summary>
public class ResultWrapperNoteTests
{
    [Fact]
    public void A_refusal_of_a_member_returning_a_service_outcome_names_the_outcome_and_points_to_the_repository()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Services;
            public class ServiceResponse<T> { public T? Data { get; set; } public bool Success { get; set; } = true; public string Message { get; set; } = ""; }
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IProductService
            {
                Task<ServiceResponse<Product>> GetByIdAsync(int id);
                Task<Product?> FindAsync(int id);
                Task AddAsync(Product product);
            }
            """);
        var refused = Assert.Single(run.GeneratorDiagnostics, static d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("IMF0001", refused.Id);
        var message = refused.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'GetByIdAsync' of IProductService", message, System.StringComparison.Ordinal);
        Assert.Contains("; its result ServiceResponse<Product> is an outcome the service builds itself (when Success is false, and with which message, is its own), so no store convention fills it: fake the repository the service calls, or write the member.",
            message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_refusal_of_a_member_returning_the_entity_or_a_framework_type_adds_nothing()
    {
        var run = GeneratorHarness.Run(Sources.Usings + """
            namespace Services;
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; }
            [InMemoryFake]
            public interface IProducts
            {
                Task<Product?> FindAsync(int id);
                Task AddAsync(Product product);
                Task<Product?> GetNewestAsync(string color);
            }
            """);
        Assert.All(run.GeneratorDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error),
            static d => Assert.DoesNotContain("outcome the service builds", d.GetMessage(CultureInfo.InvariantCulture), System.StringComparison.Ordinal));
        Assert.NotEmpty(run.GeneratorDiagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error));
    }
}
