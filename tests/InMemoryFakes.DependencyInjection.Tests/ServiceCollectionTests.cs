using System;
using System.Linq;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace InMemoryFakes.DependencyInjection.Tests;

public sealed class Customer
{
    public int Id { get; set; }

    public string Name { get; set; } = "";
}

public sealed class Invoice
{
    public int Id { get; set; }

    public int CustomerId { get; set; }
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface ICustomerRepository
{
    Customer Add(Customer customer);

    Customer? Find(int id);

    int Count();
}

[InMemoryFake(UnitOfWorkWrites = UnitOfWorkWrites.Immediate)]
public interface IInvoiceRepository
{
    Invoice Add(Invoice invoice);

    int Count();
}

[InMemoryFake]
public interface ICustomerReadModel
{
    Customer? Find(int id);
}

public sealed class RealCustomerRepository : ICustomerRepository
{
    public Customer Add(Customer customer) => throw new InvalidOperationException("real");

    public Customer? Find(int id) => throw new InvalidOperationException("real");

    public int Count() => throw new InvalidOperationException("real");
}

public class ServiceCollectionTests
{
    [Fact]
    public void AddInMemoryFakes_registers_every_generated_fake_of_the_calling_assembly_as_a_singleton()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider();

        Assert.IsType<InMemoryCustomerRepository>(provider.GetRequiredService<ICustomerRepository>());
        Assert.IsType<InMemoryInvoiceRepository>(provider.GetRequiredService<IInvoiceRepository>());
        Assert.IsType<InMemoryCustomerReadModel>(provider.GetRequiredService<ICustomerReadModel>());
        Assert.Same(provider.GetRequiredService<ICustomerRepository>(), provider.GetRequiredService<ICustomerRepository>());
    }

    [Fact]
    public void AddInMemoryFakes_does_not_override_an_existing_registration()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICustomerRepository, RealCustomerRepository>();

        services.AddInMemoryFakes();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<RealCustomerRepository>(provider.GetRequiredService<ICustomerRepository>());
        Assert.IsType<InMemoryInvoiceRepository>(provider.GetRequiredService<IInvoiceRepository>());
        Assert.Single(services, d => d.ServiceType == typeof(ICustomerRepository));
    }

    [Fact]
    public void ReplaceWithInMemoryFakes_replaces_existing_registrations()
    {
        var services = new ServiceCollection();
        services.AddScoped<ICustomerRepository, RealCustomerRepository>();

        services.ReplaceWithInMemoryFakes(typeof(ICustomerRepository).Assembly);
        using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemoryCustomerRepository>(provider.GetRequiredService<ICustomerRepository>());
        Assert.Single(services, d => d.ServiceType == typeof(ICustomerRepository));
        Assert.Null(provider.GetService<IInvoiceRepository>());
    }

    [Fact]
    public void ReplaceWithInMemoryFake_of_one_interface_adds_it_even_when_nothing_was_registered()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ICustomerRepository, RealCustomerRepository>();

        services.ReplaceWithInMemoryFake<ICustomerRepository>().ReplaceWithInMemoryFake<IInvoiceRepository>();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemoryCustomerRepository>(provider.GetRequiredService<ICustomerRepository>());
        Assert.IsType<InMemoryInvoiceRepository>(provider.GetRequiredService<IInvoiceRepository>());
    }

    [Fact]
    public void AddInMemoryFake_registers_one_interface_and_respects_existing_ones()
    {
        var services = new ServiceCollection();
        services.AddInMemoryFake<IInvoiceRepository>();
        services.AddSingleton<ICustomerRepository, RealCustomerRepository>();
        services.AddInMemoryFake<ICustomerRepository>();
        using var provider = services.BuildServiceProvider();

        Assert.IsType<InMemoryInvoiceRepository>(provider.GetRequiredService<IInvoiceRepository>());
        Assert.IsType<RealCustomerRepository>(provider.GetRequiredService<ICustomerRepository>());
        Assert.Null(provider.GetService<ICustomerReadModel>());
    }

    [Fact]
    public void Fakes_in_one_container_share_a_backend_so_repositories_of_one_entity_see_the_same_rows()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider();

        var added = provider.GetRequiredService<ICustomerRepository>().Add(new Customer { Name = "Ada" });

        Assert.Equal("Ada", provider.GetRequiredService<ICustomerReadModel>().Find(added.Id)!.Name);
    }

    [Fact]
    public void Separate_containers_do_not_share_data()
    {
        using var first = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider();
        using var second = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider();

        first.GetRequiredService<ICustomerRepository>().Add(new Customer { Name = "Ada" });

        Assert.Equal(0, second.GetRequiredService<ICustomerRepository>().Count());
    }

    [Fact]
    public void ResetInMemoryFakes_empties_every_fake_and_restarts_ids()
    {
        using var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider();
        var customers = provider.GetRequiredService<ICustomerRepository>();
        var invoices = provider.GetRequiredService<IInvoiceRepository>();
        customers.Add(new Customer { Name = "Ada" });
        invoices.Add(new Invoice { CustomerId = 1 });

        provider.ResetInMemoryFakes();

        Assert.Equal(0, customers.Count());
        Assert.Equal(0, invoices.Count());
        Assert.Equal(1, customers.Add(new Customer { Name = "Grace" }).Id);
    }

    [Fact]
    public void Fakes_use_the_containers_TimeProvider()
    {
        var clock = new ManualClock();
        using var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddInMemoryFakes().BuildServiceProvider();

        var fake = Fakes.Of(provider.GetRequiredService<ICustomerRepository>());

        Assert.Same(clock, fake.Clock);
    }

    [Fact]
    public void Configure_applies_to_the_created_fakes()
    {
        using var provider = new ServiceCollection()
            .AddInMemoryFakes(options => options.MaxEntries = 1)
            .BuildServiceProvider();
        var customers = provider.GetRequiredService<ICustomerRepository>();
        customers.Add(new Customer { Name = "Ada" });

        Assert.Throws<QuotaExceededException>(() => customers.Add(new Customer { Name = "Grace" }));
    }

    [Fact]
    public void ResetInMemoryFakes_without_fakes_in_the_container_explains_itself()
    {
        using var provider = new ServiceCollection().BuildServiceProvider();

        var error = Assert.Throws<InvalidOperationException>(() => provider.ResetInMemoryFakes());
        Assert.Contains("No in-memory fakes", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddInMemoryFake_for_an_interface_without_a_fake_throws()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ServiceCollection().AddInMemoryFake<IDisposable>());
        Assert.Contains("IDisposable", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_fakes_of_the_given_assembly_are_registered()
    {
        var services = new ServiceCollection().AddInMemoryFakes(typeof(object).Assembly);

        Assert.DoesNotContain(services, d => d.ServiceType.Namespace == typeof(ICustomerRepository).Namespace);
    }
}
