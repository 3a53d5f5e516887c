using System;
using System.Globalization;
using System.Linq;
using InMemoryFakes.Generators.Tests.Infrastructure;
using Xunit;

namespace InMemoryFakes.Generators.Tests;

/// <summary>
/// h-sample136 (session 42), healthcare codebases. bradsp/Lab-Patient-Accounting's <c>IAccountRepository</c> stores a
/// PetaPoco model whose key the class states, <c>[PrimaryKey("account", AutoIncrement = false)]</c> beside
/// <c>[Column("account")] public string AccountNo</c>: the generator read key attributes on properties only, so the whole
/// fake was IMF0009 ("has no key; mark the key property…"), a cause that missed the key the model declares. A class-level
/// <c>[PrimaryKey]</c> now names the key: PetaPoco's and NPoco's by column (several comma-separated), EF Core's by property
/// names, in the order given; <c>AutoIncrement = false</c> keeps the caller's key.
/// </summary>
public class Sample136Tests
{
    private const string PetaPocoAttributes = """

        [AttributeUsage(AttributeTargets.Class)]
        public sealed class PrimaryKeyAttribute(string primaryKey) : Attribute
        {
            public string Value { get; } = primaryKey;
            public bool AutoIncrement { get; set; } = true;
        }

        [AttributeUsage(AttributeTargets.Property)]
        public sealed class ColumnAttribute(string name) : Attribute
        {
            public string Name { get; } = name;
        }
        """;

    private const string Accounts = Sources.Usings + """
        #nullable enable
        namespace V;
        """ + PetaPocoAttributes + """

        [PrimaryKey("account", AutoIncrement = false)]
        public sealed class Account
        {
            [Column("account")] public string AccountNo { get; set; } = "";
            [Column("last_name")] public string LastName { get; set; } = "";
            [Column("status")] public string Status { get; set; } = "";
        }

        [InMemoryFake]
        public interface IAccountStore
        {
            Account Add(Account account);
            Account? Get(string accountNo);
            bool Delete(string accountNo);
            int Count();
        }
        """;

    [Fact]
    public void A_class_level_primary_key_names_the_key_by_its_column()
    {
        var run = GeneratorHarness.Run(Accounts);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAccountStore accounts = new InMemoryAccountStore();
                    accounts.Add(new Account { AccountNo = "A100", LastName = "Doe" });
                    Is("Doe", accounts.Get("A100")?.LastName, "read by the key the class-level [PrimaryKey] names (the column 'account' of AccountNo)");
                    Is(null, accounts.Get("A200"), "a key not stored");
                    Throws<InMemoryFakes.DuplicateKeyException>(() => accounts.Add(new Account { AccountNo = "A100", LastName = "Roe" }), null, "a taken account number is the duplicate error");
                    accounts.Add(new Account { AccountNo = "A200", LastName = "Roe" });
                    Is(2, accounts.Count(), "two accounts, one per key");
                    Is(true, accounts.Delete("A100"), "removed by its key");
                    Is(null, accounts.Get("A100"), "gone");
                }
            }
            """);
    }

    [Fact]
    public void An_int_key_the_class_says_is_no_identity_is_the_callers()
    {
        var source = Accounts
            .Replace("[PrimaryKey(\"account\", AutoIncrement = false)]", "[PrimaryKey(\"patient_no\", AutoIncrement = false)]", StringComparison.Ordinal)
            .Replace("[Column(\"account\")] public string AccountNo { get; set; } = \"\";", "[Column(\"patient_no\")] public int PatientNo { get; set; }", StringComparison.Ordinal)
            .Replace("Account? Get(string accountNo);", "Account? Get(int patientNo);", StringComparison.Ordinal)
            .Replace("bool Delete(string accountNo);", "bool Delete(int patientNo);", StringComparison.Ordinal);
        var run = GeneratorHarness.Run(source);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAccountStore accounts = new InMemoryAccountStore();
                    var first = accounts.Add(new Account { LastName = "Doe" });
                    Is(0, first.PatientNo, "AutoIncrement = false: the INSERT writes the caller's 0, nothing is numbered");
                    Throws<InMemoryFakes.DuplicateKeyException>(() => accounts.Add(new Account { LastName = "Roe" }), null, "a second 0 is the duplicate error, as the primary key's");
                    accounts.Add(new Account { PatientNo = 7, LastName = "Roe" });
                    Is("Roe", accounts.Get(7)?.LastName, "the caller's number is the key");
                }
            }
            """);

        // PetaPoco's default, AutoIncrement = true, is the database's identity: an unset int key is numbered.
        var identity = GeneratorHarness.Run(source.Replace(", AutoIncrement = false)]", ")]", StringComparison.Ordinal));
        Assertions.Clean(identity);
        BehaviourCheck.Run(identity, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IAccountStore accounts = new InMemoryAccountStore();
                    Is(1, accounts.Add(new Account { LastName = "Doe" }).PatientNo, "numbered");
                    Is(2, accounts.Add(new Account { LastName = "Roe" }).PatientNo, "numbered again");
                }
            }
            """);
    }

    [Fact]
    public void Several_columns_or_ef_core_property_names_make_a_composite_key_in_the_order_given()
    {
        const string Lines = Sources.Usings + """
            #nullable enable
            namespace V;
            """ + PetaPocoAttributes + """

            [PrimaryKey("order_no,line_no", AutoIncrement = false)]
            public sealed class OrderLine
            {
                [Column("line_no")] public int LineNo { get; set; }
                [Column("order_no")] public string OrderNo { get; set; } = "";
                [Column("qty")] public int Quantity { get; set; }
            }

            [InMemoryFake]
            public interface IOrderLines
            {
                void Add(OrderLine line);
                OrderLine? Get(string orderNo, int lineNo);
            }
            """;
        var run = GeneratorHarness.Run(Lines);
        Assertions.Clean(run);
        BehaviourCheck.Run(run, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IOrderLines lines = new InMemoryOrderLines();
                    lines.Add(new OrderLine { OrderNo = "O1", LineNo = 1, Quantity = 3 });
                    lines.Add(new OrderLine { OrderNo = "O1", LineNo = 2, Quantity = 5 });
                    lines.Add(new OrderLine { OrderNo = "O2", LineNo = 1, Quantity = 7 });
                    Is(5, lines.Get("O1", 2)?.Quantity, "the pair (order_no, line_no) in the attribute's order");
                    Is(7, lines.Get("O2", 1)?.Quantity, "another order's line 1");
                }
            }
            """);

        // EF Core's [PrimaryKey(nameof(A), nameof(B))] names properties, a params array after the first.
        const string EfCore = Sources.Usings + """
            #nullable enable
            namespace V;

            [AttributeUsage(AttributeTargets.Class)]
            public sealed class PrimaryKeyAttribute(string propertyName, params string[] additionalPropertyNames) : Attribute
            {
                public string PropertyName { get; } = propertyName;
                public string[] AdditionalPropertyNames { get; } = additionalPropertyNames;
            }

            [PrimaryKey(nameof(OrderNo), nameof(LineNo))]
            public sealed class OrderLine
            {
                public int LineNo { get; set; }
                public string OrderNo { get; set; } = "";
                public int Quantity { get; set; }
            }

            [InMemoryFake]
            public interface IOrderLines
            {
                void Add(OrderLine line);
                OrderLine? Get(string orderNo, int lineNo);
            }
            """;
        var ef = GeneratorHarness.Run(EfCore);
        Assertions.Clean(ef);
        BehaviourCheck.Run(ef, Refusals.CheckPreludeForV + """
                public static void Run()
                {
                    IOrderLines lines = new InMemoryOrderLines();
                    lines.Add(new OrderLine { OrderNo = "O1", LineNo = 1, Quantity = 3 });
                    lines.Add(new OrderLine { OrderNo = "O2", LineNo = 1, Quantity = 7 });
                    Is(7, lines.Get("O2", 1)?.Quantity, "the pair (OrderNo, LineNo) in the attribute's order");
                }
            }
            """);
    }

    [Fact]
    public void A_class_level_primary_key_that_names_no_property_is_not_read()
    {
        // "acct_no" maps no property: the attribute names no key, and the conventions decide as before (here the interface
        // proves AccountNo, the property its members take by name).
        var run = GeneratorHarness.Run(Accounts.Replace("[PrimaryKey(\"account\", AutoIncrement = false)]", "[PrimaryKey(\"acct_no\", AutoIncrement = false)]", StringComparison.Ordinal));
        Assertions.Clean(run);

        // Without a member that takes it, nothing names the key, and the type has none (IMF0009), as before.
        var keyless = GeneratorHarness.Run(Accounts
            .Replace("[PrimaryKey(\"account\", AutoIncrement = false)]", "[PrimaryKey(\"acct_no\", AutoIncrement = false)]", StringComparison.Ordinal)
            .Replace("Account? Get(string accountNo);", "", StringComparison.Ordinal)
            .Replace("bool Delete(string accountNo);", "", StringComparison.Ordinal));
        var d = Assert.Single(keyless.GeneratorDiagnostics, static d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.Equal("IMF0009", d.Id);
        Assert.StartsWith("Entity type 'Account' used by IAccountStore has no key;", d.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Lab_patient_accountings_account_repository_gets_its_key_and_refuses_what_it_cannot_prove()
    {
        // The corpus shape (nullable disabled, as the source): the key is now read, so the members are planned one by one.
        const string Repository = Sources.Usings + """
            #nullable disable
            namespace V;
            """ + PetaPocoAttributes + """

            [PrimaryKey("account", AutoIncrement = false)]
            public sealed class Account
            {
                [Column("account")] public string AccountNo { get; set; }
                [Column("status")] public string Status { get; set; }
                [Column("mod_date")] public DateTime UpdatedDate { get; set; }
            }

            [InMemoryFake]
            public interface IAccountRepository
            {
                Account Add(Account table);
                Task<Account> AddAsync(Account table);
                Account GetByAccount(string account);
                Account Update(Account table);
                Account Update(Account table, IEnumerable<string> columns);
                int UpdateStatus(string accountNo, string status);
            }
            """;
        var run = GeneratorHarness.Run(Repository);
        Assert.Equal(new[] { "IMF0001 Update", "IMF0016 GetByAccount" }, Refusals.Listed(run));
        Assert.Contains("it takes 'table' (Account), 'columns' (IEnumerable<string>)", Refusals.Message(run, "Update"), StringComparison.Ordinal);
        Assert.DoesNotContain(run.GeneratorDiagnostics, static d => d.Id == "IMF0009");
    }
}
