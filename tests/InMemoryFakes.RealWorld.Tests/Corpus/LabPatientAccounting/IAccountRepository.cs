// Source: https://github.com/bradsp/Lab-Patient-Accounting
// Commit: b9fdbeecc173 (the snapshot's HEAD, 2026-07-09; IAccountRepository.cs and AccountRepository.cs last changed in
//   29620b3 "Refactor services to make UnitOfWork optional", 2025-02-08; RepositoryBase.cs, RepositoryCoreBase.cs,
//   Models/Account.cs, Models/AccountStatus.cs and Models/IBaseEntity.cs read at the same commit)
// Licence: AGPL-3.0 (LICENSE at the root, and the README's "License" section; an interface signature and a minimal model
//   transcribed for a test)
// Sample: h-sample136 rule, fixed by the lead before any interface was looked at (/work/prompts/out/h-sample136-rule.md,
//   with the walk): healthcare codebases; the repositories find_repos("Clinic") lists, in its order (then "Hospital",
//   "Patient", "Pharmacy"), keeping those with C# files; in each, at its newest stored snapshot, the FIRST C# interface
//   declaration in git grep's order outside test paths whose implementation in the same repository keeps state and which
//   has at least 3 members (inherited ones count when the base is declared in the same repository); licensed, not a
//   corpus source, at most 1 per repository, stop after 3. Picks: (1) SherifOthman/clinic-api IRepository<TEntity>,
//   (2) jiroftsoft/ClinicApp IBaseRepository<T>, (3) bradsp/Lab-Patient-Accounting IAccountRepository (this one).
//   This one: the "Patient" list's 18th repository (the "Clinic" list gave two picks and ran out, the "Hospital" list
//   gave none); the snapshot's third interface (the first two, ICdmDetail and IBaseEntity, are the properties of table
//   models: no store).
// Path: LabBilling Library/Repositories/IAccountRepository.cs (real store: LabBilling Library/Repositories/
//   AccountRepository.cs, a RepositoryBase<Account> (RepositoryBase.cs) over the PetaPoco IDatabase its unit of work
//   hands it, SQL Server table acc, primary key column account, not auto-increment; model: Models/Account.cs,
//   Models/AccountStatus.cs, Models/IBaseEntity.cs)
// Adapted: the namespace (the source's LabBilling.Core.DataAccess and LabBilling.Core.Models); Account cut down to its
//   key, status, name and audit columns (of its 30 mapped columns and 20 [Ignore]d navigations and computed
//   properties), without its PetaPocoModel<Account> base; PetaPoco's TableName, PrimaryKey, Column and Ignore
//   attributes declared here with the same names and arguments (the generator matches attributes by name).
//   AccountStatus cut down to four of its thirteen codes and IsValid over them. Nullable disabled, as in the source
//   (LabBilling Core.csproj sets no Nullable).
// Real store: AccountRepository over PetaPoco, each call one SQL statement on the unit of work's connection, seen at once
//   by the next read. Add(account) (and AddAsync, Task.Run of it): an empty Status becomes AccountStatus.New ("NEW");
//   PatFullName is set to PatNameDisplay ("Last,First Middle", trimmed; with a suffix "Last Suffix,First Middle"; a
//   CLIENT fin code keeps PatFullName); the audit columns are stamped (UpdatedDate = DateTime.Now, UpdatedHost,
//   UpdatedApp, UpdatedUser = the machine, program and Windows user) and rowguid = Guid.NewGuid(); then INSERT (a taken
//   account number breaks the primary key: the SqlException wrapped in ApplicationException "Exception encountered in
//   RepositoryBase.Add", nothing stored), and it returns the row read back by its key (SingleOrDefault: a new instance).
//   GetByAccount(account) (and its async form): the row with that account number (SingleOrDefault by primary key; SQL
//   Server's default collation ignores case) or null. Update(account) (and UpdateAsync): the same Status and
//   PatFullName rules and audit stamps, then UPDATE of every column WHERE account = @key; an account number not stored
//   updates 0 rows and nothing is said (PetaPoco's Update returns the count, RepositoryBase.Update ignores it); it
//   returns the instance given. Update(account, columns): the same rules and stamps on the instance, then UPDATE of the
//   audit columns and the named ones only (property names mapped to their columns), the others kept as stored.
//   UpdateStatus(accountNo, status) (and its async form): ArgumentNullException for an empty account number or status,
//   ArgumentOutOfRangeException for a status AccountStatus.IsValid refuses, else UPDATE acc SET status and the audit
//   columns WHERE account = @accountNo, returning the rows updated (1, or 0 for an account number not stored).
// Shapes: *=core
// First try (7c1e58fd): incomplete, nothing generated: IMF0009 on the interface ("Entity type 'Account' used by
//   IAccountRepository has no key; mark the key property with [Key] or [FakeKey], name it Id or AccountId, or name it with
//   Key = "…" on [InMemoryFake] …"): a wrong cause, the model states its key, PetaPoco's class-level
//   [PrimaryKey("account", AutoIncrement = false)] on the column [Column("account")] of AccountNo | WRONG: none (nothing
//   generated).
// After this round: the class-level [PrimaryKey] names the key (h-sample136: docs/generator.md#entity-repository,
//   Sample136Tests). Generated: Add, AddAsync, Update(Account), UpdateAsync, UpdateStatus, UpdateStatusAsync; refused:
//   GetByAccount and GetByAccountAsync IMF0016 ("names 'Account', which is not a property of Account": the word and the
//   parameter name the key's column, account, which no convention reads; Left), Update(Account, IEnumerable<string>
//   columns) IMF0001 (the columns it writes: right); IMF0025 (Info) names UpdatedDate. Still incomplete; the probe stops
//   at the script's first call, GetByAccount.
// Still wrong: Add (and AddAsync) stores the account as given, where AccountRepository.Add writes Status "NEW" for an
//   empty status and PatFullName from the name parts, and stamps the audit columns and rowguid (UpdatedDate reported by
//   IMF0025; Status and PatFullName are the store's own rules, in no signature); Update likewise; UpdateStatus stores any
//   status and answers 0 for an empty account number, where the real one throws ArgumentOutOfRangeException for a
//   status AccountStatus.IsValid refuses and ArgumentNullException for an empty account number (guards of its own).
//   Loud: Update of an account number not stored is the not-found error, where the real UPDATE changes no row and says
//   nothing (MissingUpdate = Ignore would state it). Not reached by the script.
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.LabPatientAccounting.IAccountRepositoryCase;

[AttributeUsage(AttributeTargets.Class)]
public sealed class TableNameAttribute(string value) : Attribute
{
    public string Value { get; } = value;
}

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

[AttributeUsage(AttributeTargets.Property)]
public sealed class IgnoreAttribute : Attribute
{
}

public interface IBaseEntity
{
    //tables based on this interface will implement audit fields
    DateTime UpdatedDate { get; set; }
    string UpdatedUser { get; set; }
    string UpdatedApp { get; set; }
    string UpdatedHost { get; set; }
    Guid rowguid { get; set; }
}

public static class AccountStatus
{
    public static readonly string New = "NEW";
    public static readonly string ReadyToBill = "RTB";
    public static readonly string Hold = "HOLD";
    public static readonly string Closed = "CLOSED";

    public static bool IsValid(string status)
        => status == New || status == ReadyToBill || status == Hold || status == Closed;
}

[TableName("acc")]
[PrimaryKey("account", AutoIncrement = false)]
public sealed class Account : IBaseEntity
{
    [Column("account")]
    public string AccountNo { get; set; }

    [Column("pat_name")]
    public string PatFullName { get; set; }

    [Column("last_name")]
    public string PatLastName { get; set; }

    [Column("first_name")]
    public string PatFirstName { get; set; }

    [Column("middle_name")]
    public string PatMiddleName { get; set; }

    [Column("name_suffix")]
    public string PatNameSuffix { get; set; }

    [Column("cl_mnem")]
    public string ClientMnem { get; set; }

    [Column("fin_code")]
    public string FinCode { get; set; }

    [Column("status")]
    public string Status { get; set; }

    [Column("mod_date")]
    public DateTime UpdatedDate { get; set; }

    [Column("mod_user")]
    public string UpdatedUser { get; set; }

    [Column("mod_prg")]
    public string UpdatedApp { get; set; }

    [Column("mod_host")]
    public string UpdatedHost { get; set; }

    public Guid rowguid { get; set; }

    /// <summary>
    /// Generates full name display from name parts.
    /// </summary>
    [Ignore]
    public string PatNameDisplay
    {
        get
        {
            if (FinCode != "CLIENT")
            {
                if (string.IsNullOrEmpty(PatNameSuffix))
                {
                    return $"{PatLastName},{PatFirstName} {PatMiddleName}".TrimEnd();
                }
                else
                {
                    return $"{PatLastName} {PatNameSuffix},{PatFirstName} {PatMiddleName}".TrimEnd();
                }
            }
            else
            {
                return PatFullName;
            }
        }
    }
}

[InMemoryFake]
public interface IAccountRepository
{
    Account Add(Account table);
    Task<Account> AddAsync(Account table);
    Account GetByAccount(string account);
    Task<Account> GetByAccountAsync(string account);
    Account Update(Account table);
    Account Update(Account table, IEnumerable<string> columns);
    Task<Account> UpdateAsync(Account table);
    int UpdateStatus(string accountNo, string status);
    Task<int> UpdateStatusAsync(string accountNo, string status);
}

public static class Smoke
{
    public static async Task RunAsync(IAccountRepository repository)
    {
        Check.Null(repository.GetByAccount("A100"), "an account not stored reads as null (SingleOrDefault by the primary key)");

        var added = repository.Add(new Account { AccountNo = "A100", PatLastName = "Doe", PatFirstName = "Jane", FinCode = "A", ClientMnem = "CL1" });
        Check.Equal("A100", added.AccountNo, "Add returns the row read back by its key");
        var stored = repository.GetByAccount("A100");
        Check.Equal("Doe", stored.PatLastName, "the account is stored at once (an INSERT)");
        Check.Equal("NEW", stored.Status, "an empty status is stored as AccountStatus.New (AccountRepository.Add)");
        Check.Equal("Doe,Jane", stored.PatFullName, "PatFullName is stored as PatNameDisplay (AccountRepository.Add)");
        Check.True(stored.rowguid != Guid.Empty, "RepositoryBase.Add stamps a new rowguid");

        Check.Throws<Exception>(() => repository.Add(new Account { AccountNo = "A100", PatLastName = "Roe" }), "a taken account number breaks the primary key (ApplicationException around the SqlException)");
        Check.Equal("Doe", repository.GetByAccount("A100").PatLastName, "the failed insert stored nothing");

        Check.Equal(1, repository.UpdateStatus("A100", "HOLD"), "UpdateStatus answers the one row updated");
        Check.Equal("HOLD", repository.GetByAccount("A100").Status, "UpdateStatus writes the status column");
        Check.Equal(0, repository.UpdateStatus("A999", "HOLD"), "UpdateStatus of an account number not stored updates 0 rows");
        Check.Null(repository.GetByAccount("A999"), "and creates nothing");
        Check.Throws<ArgumentOutOfRangeException>(() => repository.UpdateStatus("A100", "BOGUS"), "a status AccountStatus.IsValid refuses is ArgumentOutOfRangeException");
        Check.Throws<ArgumentNullException>(() => repository.UpdateStatus("", "HOLD"), "an empty account number is ArgumentNullException");
        Check.Equal(1, await repository.UpdateStatusAsync("A100", "RTB"), "UpdateStatusAsync is UpdateStatus");
        Check.Equal("RTB", (await repository.GetByAccountAsync("A100")).Status, "GetByAccountAsync reads the row");

        var changed = repository.GetByAccount("A100");
        changed.PatFirstName = "Janet";
        changed.ClientMnem = "CL2";
        repository.Update(changed, new[] { nameof(Account.PatFirstName) });
        var partly = repository.GetByAccount("A100");
        Check.Equal("Janet", partly.PatFirstName, "Update(account, columns) writes the columns named");
        Check.Equal("CL1", partly.ClientMnem, "and keeps the others as stored");

        var whole = repository.GetByAccount("A100");
        whole.ClientMnem = "CL3";
        whole.Status = "";
        var returned = repository.Update(whole);
        Check.True(ReferenceEquals(whole, returned), "Update returns the instance given");
        var updated = repository.GetByAccount("A100");
        Check.Equal("CL3", updated.ClientMnem, "Update writes every column");
        Check.Equal("NEW", updated.Status, "an empty status is written as AccountStatus.New (AccountRepository.Update)");

        repository.Update(new Account { AccountNo = "A555", PatLastName = "Nobody" });
        Check.Null(repository.GetByAccount("A555"), "Update of an account number not stored updates no row, and nothing is said");

        var viaAsync = await repository.AddAsync(new Account { AccountNo = "A200", PatLastName = "Roe", PatFirstName = "Rick", Status = "HOLD" });
        Check.Equal("HOLD", viaAsync.Status, "AddAsync is Add: a status given is kept");
        var asyncUpdated = await repository.UpdateAsync(new Account { AccountNo = "A200", PatLastName = "Roe", PatFirstName = "Rita", Status = "HOLD" });
        Check.Equal("Roe,Rita", repository.GetByAccount("A200").PatFullName, "UpdateAsync is Update: PatFullName follows the name parts");
        Check.Equal("A200", asyncUpdated.AccountNo, "UpdateAsync returns the instance given");
    }
}
