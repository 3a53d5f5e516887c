using System;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace InMemoryFakes.Packaging.Tests;

/// <summary>
/// Publishes a small app with <c>PublishAot=true</c> (warnings as errors, so any trimming or AOT warning from the
/// packages fails it) and runs the native executable: every DI entry point, the factory table, TTL on a clock.
/// </summary>
public sealed class NativeAotTests(PackedPackages packages)
{
    [Fact]
    public async Task Every_DI_entry_point_works_in_a_NativeAOT_published_app()
    {
        var project = Path.Combine(packages.Projects, "aot-app");
        Directory.CreateDirectory(project);
        await File.WriteAllTextAsync(Path.Combine(project, "AotApp.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <PublishAot>true</PublishAot>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <!-- Faster native compile; behaviour is the same. -->
                <OptimizationPreference>Size</OptimizationPreference>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="InMemoryFakes.DependencyInjection" Version="{packages.Version}" />
                <PackageReference Include="Microsoft.Extensions.DependencyInjection" Version="10.0.14" />
              </ItemGroup>
            </Project>
            """, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(project, "Program.cs"), AppSource, TestContext.Current.CancellationToken);

        var publish = await Dotnet.RunAsync(project, "publish", "-c", "Release", "-o", "out", "--nologo");
        Assert.True(publish.ExitCode == 0, "NativeAOT publish failed:\n" + publish.Output);
        var executable = Path.Combine(project, "out", "AotApp");
        Assert.True(File.Exists(executable), "No native executable at " + executable);
        Assert.False(File.Exists(Path.Combine(project, "out", "AotApp.dll")), "The output is not a native app (an AotApp.dll is next to it).");

        var run = await Dotnet.RunProgramAsync(executable, project, Array.Empty<string>(), TimeSpan.FromMinutes(1));

        Assert.True(run.ExitCode == 0, "The native app reported failures:\n" + run.Output);
        Assert.Contains("native: True", run.Output, StringComparison.Ordinal);
        Assert.Contains("all 11 checks passed", run.Output, StringComparison.Ordinal);
    }

    private const string AppSource = """
        using System.Runtime.CompilerServices;
        using InMemoryFakes;
        using Microsoft.Extensions.DependencyInjection;

        var passed = 0;
        var failed = 0;
        void Check(bool ok, string what)
        {
            Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
            if (ok) passed++; else failed++;
        }

        Console.WriteLine("native: " + !RuntimeFeature.IsDynamicCodeSupported);

        using (var provider = new ServiceCollection().AddInMemoryFakes().BuildServiceProvider())
        {
            var orders = provider.GetRequiredService<IOrders>();
            Check(orders is InMemoryOrders, "AddInMemoryFakes() registers the generated fake");
            Check(provider.GetRequiredService<ISessions>() is InMemorySessions, "AddInMemoryFakes() registers every fake of the app");
            orders.Add(new Order { Customer = "Ada" });
            Check(orders.Find(1)?.Customer == "Ada", "the fake stores and finds an entity with a generated id");
            provider.ResetInMemoryFakes();
            Check(orders.Count() == 0, "ResetInMemoryFakes() empties every fake");
        }

        using (var provider = new ServiceCollection().AddInMemoryFakes(typeof(IOrders).Assembly, o => o.MaxEntries = 1).BuildServiceProvider())
        {
            var orders = provider.GetRequiredService<IOrders>();
            orders.Add(new Order());
            try { orders.Add(new Order()); Check(false, "AddInMemoryFakes(assembly, configure) applies the options"); }
            catch (QuotaExceededException) { Check(true, "AddInMemoryFakes(assembly, configure) applies the options"); }
        }

        var clock = new ManualClock();
        using (var provider = new ServiceCollection().AddSingleton<TimeProvider>(clock).AddInMemoryFake<ISessions>().BuildServiceProvider())
        {
            var sessions = provider.GetRequiredService<ISessions>();
            sessions.Set("s1", "ada", TimeSpan.FromMinutes(20));
            clock.Advance(TimeSpan.FromMinutes(20));
            Check(sessions.Get("s1") is null, "AddInMemoryFake<T>() uses the container's TimeProvider for expiry");
            Check(provider.GetService<IOrders>() is null, "AddInMemoryFake<T>() registers only that interface");
        }

        using (var provider = new ServiceCollection().AddSingleton<IOrders, RealOrders>().ReplaceWithInMemoryFakes(typeof(IOrders).Assembly).BuildServiceProvider())
        {
            Check(provider.GetRequiredService<IOrders>() is InMemoryOrders, "ReplaceWithInMemoryFakes(assembly) replaces a registered store");
            Check(provider.GetService<ISessions>() is null, "ReplaceWithInMemoryFakes(assembly) leaves unregistered interfaces alone");
        }

        using (var provider = new ServiceCollection().AddSingleton<IOrders, RealOrders>().ReplaceWithInMemoryFake<IOrders>().BuildServiceProvider())
        {
            Check(provider.GetRequiredService<IOrders>() is InMemoryOrders, "ReplaceWithInMemoryFake<T>() replaces one store");
        }

        Check(Fakes.Create<IOrders>() is InMemoryOrders, "Fakes.Create<T>() reads the generated factory table");

        Console.WriteLine(failed == 0 ? $"all {passed} checks passed" : $"{failed} of {passed + failed} checks failed");
        return failed == 0 ? 0 : 1;

        public sealed class Order { public int Id { get; set; } public string Customer { get; set; } = ""; }

        [InMemoryFake]
        public interface IOrders { Order Add(Order order); Order? Find(int id); int Count(); }

        [InMemoryFake]
        public interface ISessions { void Set(string key, string value, TimeSpan ttl); string? Get(string key); }

        public sealed class RealOrders : IOrders
        {
            public Order Add(Order order) => throw new InvalidOperationException("the real store was reached");
            public Order? Find(int id) => throw new InvalidOperationException("the real store was reached");
            public int Count() => throw new InvalidOperationException("the real store was reached");
        }
        """;
}
