using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// A read by a <c>Type</c> argument of a store of <c>object</c> values (<c>object GetSetting(string name, Type t)</c>)
/// answers the value when it is of that type and null when the key is missing; a value of another type is a loud
/// <see cref="System.InvalidCastException"/> naming the member, not null (h-sample45's round: RTVS's
/// <c>VsSettingsStorage.GetSetting(name, type)</c> returns the cached value whatever type is asked, where the fake
/// answered null; what a store answers for it, null, the value as stored or a conversion, is in no signature).
/// </summary>
public class TypeArgumentReadTests
{
    [Theory]
    [InlineData("#nullable disable", "object")]
    [InlineData("#nullable enable", "object?")]
    public void A_read_by_a_Type_answers_a_value_of_that_type_null_when_missing_and_fails_loudly_for_another_type(string context, string result)
    {
        var run = GeneratorHarness.Run(Sources.Usings + context + "\nnamespace Settings;\n[InMemoryFake] public interface ISettingsStorage { bool SettingExists(string name); "
            + result + " GetSetting(string name, Type t); void SetSetting(string name, object value); }");
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0001");
        Assertions.CompilationOnly(run);
        BehaviourCheck.Run(run, """
            using static Behaviour.Expect;
            namespace Behaviour;
            public static class Checks
            {
                public static void Run()
                {
                    Settings.ISettingsStorage settings = new Settings.InMemorySettingsStorage();
                    Is(null, settings.GetSetting("FontSize", typeof(int)), "a setting never set reads as null");
                    settings.SetSetting("FontSize", 14);
                    Is(14, settings.GetSetting("FontSize", typeof(int)), "a value of the type asked is answered");
                    Is(14, settings.GetSetting("FontSize", typeof(object)), "also asked as a base type");
                    Throws<System.InvalidCastException>(() => settings.GetSetting("FontSize", typeof(string)), null, "a value of another type is a loud error, not null");
                    try
                    {
                        settings.GetSetting("FontSize", typeof(string));
                    }
                    catch (System.InvalidCastException e)
                    {
                        if (!e.Message.Contains("GetSetting") || !e.Message.Contains("Int32") || !e.Message.Contains("String") || !e.Message.Contains("Store.TryGet"))
                            throw new System.InvalidOperationException("the error should name the member, both types and the one-line store access: " + e.Message);
                    }

                    Throws<System.ArgumentNullException>(() => settings.GetSetting("FontSize", null!), "t", "a null type names its parameter");
                    Is(14, settings.GetSetting("FontSize", typeof(int)), "and the store is unchanged");
                }
            }
            """);
    }
}
