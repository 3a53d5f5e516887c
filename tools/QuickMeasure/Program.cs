using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using InMemoryFakes;

namespace QuickMeasure;

/// <summary>A customer with a unique, two indexed and one plain property.</summary>
public sealed class Customer
{
    public int Id { get; set; }

    [Unique]
    public string Email { get; set; } = "";

    [Indexed]
    public string City { get; set; } = "";

    [Indexed]
    public string Country { get; set; } = "";

    public string Name { get; set; } = "";

    public int Age { get; set; }

    public List<string> Tags { get; set; } = new();
}

[InMemoryFake]
public interface ICustomers
{
    void Add(Customer customer);

    Customer? Find(int id);

    Customer? FindByEmail(string email);

    IReadOnlyList<Customer> FindByCity(string city);

    IReadOnlyList<Customer> FindByCountry(string country);

    Customer? FindByName(string name);

    int CountByCountry(string country);
}

/// <summary>
/// Medians of timed batches (ns per operation) for a key lookup and indexed equality queries over one table, in the
/// default copy mode (every result is a deep copy) and in CopyMode.Reference. Usage:
/// <c>dotnet run -c Release --project tools/QuickMeasure [-- rows]</c> (default 100000 rows).
/// </summary>
public static class Program
{
    private const int Batches = 15;

    public static void Main(string[] args)
    {
        var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
        Console.WriteLine($"{rows:N0} customers; medians of {Batches} batches; {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        foreach (var mode in new[] { CopyMode.Auto, CopyMode.Reference })
        {
            Measure(rows, mode);
        }
    }

    private static void Measure(int rows, CopyMode mode)
    {
#pragma warning disable CA1859 // Measured through the interface, as the code under test calls a fake.
        ICustomers customers = new InMemoryCustomers(new InMemoryFakeOptions { CopyMode = mode });
#pragma warning restore CA1859
        for (var i = 1; i <= rows; i++)
        {
            customers.Add(new Customer
            {
                Id = i,
                Email = "user" + i + "@example.com",
                City = "city" + (i % (rows / 10)),
                Country = "country" + (i % 100),
                Name = "name" + i,
                Age = 18 + (i % 60),
                Tags = { "tag" + (i % 7) },
            });
        }

        var random = new Random(42);
        var ids = Enumerable.Range(0, 4096).Select(_ => 1 + random.Next(rows)).ToArray();
        var emails = ids.Select(static id => "user" + id + "@example.com").ToArray();
        var cities = ids.Select(id => "city" + (id % (rows / 10))).ToArray();
        var countries = ids.Select(static id => "country" + (id % 100)).ToArray();
        var names = ids.Take(64).Select(static id => "name" + id).ToArray();

        Console.WriteLine();
        Console.WriteLine($"CopyMode.{mode}");
        var key = Time("Find(id)                      key lookup", i => customers.Find(ids[i & 4095])!.Id);
        var unique = Time("FindByEmail(email)            [Unique], 1 match", i => customers.FindByEmail(emails[i & 4095])!.Id);
        var city = Time("FindByCity(city)              [Indexed], 10 matches", i => customers.FindByCity(cities[i & 4095]).Count);
        var country = Time("FindByCountry(country)        [Indexed], " + (rows / 100) + " matches", i => customers.FindByCountry(countries[i & 4095]).Count, scale: 100);
        Time("CountByCountry(country)       [Indexed], " + (rows / 100) + " matches", i => customers.CountByCountry(countries[i & 4095]), scale: 100);
        var scan = Time("FindByName(name)              no index: full scan", i => customers.FindByName(names[i & 63])!.Id, scale: 10_000);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ratios to the key lookup: [Unique] {unique / key:F2}x, [Indexed] 10 matches {city / key:F2}x, [Indexed] {rows / 100} matches {country / key:F1}x, scan {scan / key:F0}x"));
    }

    private static double Time(string label, Func<int, int> operation, int scale = 1)
    {
        var iterations = Math.Max(1, 200_000 / scale);
        var sink = 0;
        for (var i = 0; i < iterations; i++)
        {
            sink += operation(i);
        }

        var samples = new double[Batches];
        for (var batch = 0; batch < Batches; batch++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < iterations; i++)
            {
                sink += operation(i);
            }

            samples[batch] = watch.Elapsed.TotalNanoseconds / iterations;
        }

        Array.Sort(samples);
        var median = samples[Batches / 2];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {label,-55} {median,12:N0} ns/op{(sink == int.MinValue ? "!" : "")}"));
        return median;
    }
}
