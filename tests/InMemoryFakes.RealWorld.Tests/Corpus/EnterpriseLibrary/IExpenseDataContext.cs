// Source: https://github.com/microsoftarchive/enterprise-library
// Commit: 74d5dd3a443a
// Licence: Apache-2.0 (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample85 rule, fixed before probing: the repositories find_repos("Library") lists, in its order, keeping
//   those with C# files (find_repos("Book") next had the list run out; it did not); in each, the first C# interface in
//   path order (git grep of the fetched snapshot) outside test paths whose implementation in the same repository keeps
//   state (a database, cache, blob, table, in-memory collection) and that has at least 3 members, not already a corpus
//   source; at most 1 per repository; stop after 5. Of the 88 repositories listed up to the fifth pick, 75 have no C#
//   file in the index (docs/generator-rounds.md, h-sample85, names them); WonderlandLibrary/client-sources (decompiled game
//   clients, over fetch's limit), bossaia/alexandrialibrary, w01f/VolgaTeam.SalesLibrary (vendor licences only),
//   AustenXiyue/RimWorldLibrary (decompiled game code) and nburgessx/LIBRARY_UPDATE have no licence file;
//   Beneficial-Strategies/Iso20022Library's two interfaces keep no state; AzureAD/microsoft-authentication-library-for-js
//   has C# only in sample web APIs, with no interface; annium/library has no snapshot to fetch and find_files lists a
//   4,244-file union over its history, whose first interfaces (Backuper's IConnection, a pg_dump wrapper; Blazor form
//   and chart-series contexts) keep no state or have no stored implementation to read: skipped unsettled, a gap. The 5
//   picks, in order: MoLibrary IMoJwtAuthManager, MsalDotnet ICacheSessionManager, EnterpriseLibrary
//   IExpenseDataContext, AwsMaterialProviders ICryptographicMaterialsCache, NanoLibrary IRepository.
//   This one: the 1st of microsoftarchive/enterprise-library (the aExpense reference implementation, EL-V5 copy; the
//   EL-V6 copy is the same interface).
// Path: RI/aExpense/EL-V5/aExpense/DataAccessLayer/IExpenseDataContext.cs (implementation: ExpensesDataContext.cs over
//   the LINQ to SQL DataContext of Expenses.designer.cs; the table interface IExpenseTable.cs and its ExpenseTable.cs;
//   models: Expense and ExpenseDetail in Expenses.designer.cs)
// Adapted: Expense keeps Id, UserName, Title, Amount, Approved and Approver; ExpenseDetail keeps Id, ExpenseId,
//   Description and Amount (the change-notification plumbing, the EntitySet/EntityRef associations and the other columns
//   are dropped). IExpenseTable<TEntity> is transcribed too (the two members the context's properties expose, over its
//   IEnumerable<TEntity> base). The project builds without nullable annotations (#nullable disable).
// Real store: ExpensesDataContext, a LINQ to SQL DataContext over the aExpense SQL database. Expenses and ExpenseDetails
//   wrap the context's Table<T> in a new ExpenseTable<T> on every read: enumerating one (or its Collection) queries the
//   table; InsertOnSubmit(entity) queues an insert that is NOT written until SubmitChanges. SubmitChanges writes every
//   queued insert and every change to an entity read through this context (change tracking), in one transaction; an
//   insert whose Id is already in the table fails there (SqlException, primary key) and nothing of the batch is
//   written. Dispose releases the connection; ExpenseRepository makes one context per operation.
// Shapes: *=3; Expenses=9; ExpenseDetails=9; Dispose=17
// First try (1a8c558c): incomplete: IMF0001 on Expenses and ExpenseDetails (they return IExpenseTable<T>, an interface of
//   the project's own: only a Count and an IQueryable of the entities are supported) and SubmitChanges (its signature
//   proves no entity type and its name names none of the stored types) | WRONG: none (Dispose is a no-op, as the real
//   context's Dispose leaves the database as it is).
// After this round: unchanged, and the refusals are right: IExpenseTable<T> is the project's own table interface (an
//   enumeration of the rows plus InsertOnSubmit, which queues an insert until SubmitChanges), a type the fake would
//   have to implement with the real DataContext's deferred inserts and change tracking; SubmitChanges is LINQ to SQL's
//   SaveChanges, which the generator does not know as a unit-of-work verb, and with both tables refused there is no
//   generated member whose writes it would commit.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.EnterpriseLibrary.IExpenseDataContextCase;

public class Expense
{
    public Guid Id { get; set; }

    public string UserName { get; set; }

    public string Title { get; set; }

    public decimal Amount { get; set; }

    public bool Approved { get; set; }

    public string Approver { get; set; }
}

public class ExpenseDetail
{
    public Guid Id { get; set; }

    public Guid ExpenseId { get; set; }

    public string Description { get; set; }

    public decimal Amount { get; set; }
}

public interface IExpenseTable<TEntity> : IEnumerable<TEntity> where TEntity : class
{
    IEnumerable<TEntity> Collection { get; }
    void InsertOnSubmit(TEntity entity);
}

[InMemoryFake]
public interface IExpenseDataContext : IDisposable
{
    IExpenseTable<Expense> Expenses { get; }
    IExpenseTable<ExpenseDetail> ExpenseDetails { get; }
    void SubmitChanges();
}

public static class Smoke
{
    public static Task RunAsync(IExpenseDataContext db)
    {
        Check.Equal(0, db.Expenses.Count(), "a new database holds no expense");

        var expense = new Expense { Id = Guid.NewGuid(), UserName = "ADATUM\\johndoe", Title = "Taxi", Amount = 12.5m };
        db.Expenses.InsertOnSubmit(expense);
        db.ExpenseDetails.InsertOnSubmit(new ExpenseDetail { Id = Guid.NewGuid(), ExpenseId = expense.Id, Description = "Airport", Amount = 12.5m });
        Check.Equal(0, db.Expenses.Count(), "InsertOnSubmit writes nothing before SubmitChanges");

        db.SubmitChanges();
        Check.Equal(1, db.Expenses.Count(), "SubmitChanges writes the queued expense");
        Check.Equal(1, db.ExpenseDetails.Collection.Count(d => d.ExpenseId == expense.Id), "and its detail");

        var stored = db.Expenses.Single(e => e.Id == expense.Id);
        stored.Approved = true;
        stored.Approver = "ADATUM\\mary";
        db.SubmitChanges();
        Check.True(db.Expenses.Single(e => e.Id == expense.Id).Approved, "a change to an expense read through the context is written by SubmitChanges");

        db.Dispose();
        return Task.CompletedTask;
    }
}
