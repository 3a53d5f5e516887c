// Source: https://github.com/savchenkoaddev/TraffiLearn.WebApi
// Commit: e0126da8cb43
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample75 rule (the whole rule and the repositories it skipped: Corpus/ODataWebApi/
//   IODataInstanceAnnotationContainer.cs). This one: the 3rd pick (the 11th repository listed). Before it in path
//   order: Abstractions/AI/IAIService (a call to an AI model, no store).
// Path: src/TraffiLearn.Application/Abstractions/Data/IUnitOfWork.cs (real store:
//   src/TraffiLearn.Infrastructure/Persistence/UnitOfWork.cs over the EF Core ApplicationDbContext, PostgreSQL)
// Adapted: nothing but the usings. Nullable enabled, as in the source (TraffiLearn.Application.csproj).
// Real store: UnitOfWork over the application's DbContext, whose repositories (IQuestionRepository, ITopicRepository…)
//   stage their changes. SaveChangesAsync is DbContext.SaveChangesAsync: it writes the staged changes and answers the
//   rows written. BeginTransactionAsync(isolationLevel) opens a database transaction at that level and answers its
//   DbTransaction. ExecuteInTransactionAsync(action, isolationLevel) runs the action inside a new transaction, commits
//   it when the action returns and rolls it back (rethrowing) when it throws.
// Shapes: *=3
// First try (ddd0e550): incomplete: IMF0001 all 3 (BeginTransaction and ExecuteInTransaction are no known verb;
//   SaveChanges is Save before a noun of nothing in the store) | WRONG: none (nothing generated).
// After this round: unchanged, and the refusals are right: a unit of work declared alone has no table of its own; the
//   fake's unit of work is a shared one (SaveChanges over the fakes that stage changes on one backend), which the
//   signature does not name, and an ADO.NET DbTransaction at an isolation level is a database's, not the fake's.
#nullable enable

using System;
using System.Data;
using System.Data.Common;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TraffiLearnWebApi.IUnitOfWorkCase;

[InMemoryFake]
public interface IUnitOfWork
{
    Task<DbTransaction> BeginTransactionAsync(
        IsolationLevel isolationLevel = IsolationLevel.ReadCommitted,
        CancellationToken cancellationToken = default);

    Task ExecuteInTransactionAsync(
        Func<Task> action,
        IsolationLevel isolationLevel = IsolationLevel.ReadCommitted,
        CancellationToken cancellationToken = default);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}

public static class Smoke
{
    public static async Task RunAsync(IUnitOfWork unitOfWork)
    {
        Check.Equal(0, await unitOfWork.SaveChangesAsync(), "nothing staged: no row written");

        var ran = false;
        await unitOfWork.ExecuteInTransactionAsync(() => { ran = true; return Task.CompletedTask; });
        Check.True(ran, "ExecuteInTransactionAsync runs the action");

        await Check.ThrowsAsync<InvalidOperationException>(
            () => unitOfWork.ExecuteInTransactionAsync(() => throw new InvalidOperationException("fails")),
            "an action that throws is rolled back and its exception rethrown");

        var transaction = await unitOfWork.BeginTransactionAsync(IsolationLevel.Serializable);
        Check.Equal(IsolationLevel.Serializable, transaction.IsolationLevel, "BeginTransactionAsync opens a transaction at that level");
        await transaction.RollbackAsync();
    }
}
