// Source: https://github.com/MassTransit/MassTransit
// Commit: c1e5caa9a49b
// Licence: Apache-2.0
// Path: src/MassTransit.Abstractions/Saga/IQuerySagaRepository.cs (ISagaQuery.cs, ISaga.cs, IProbeSite.cs)
// Adapted: IProbeSite/ProbeContext keep one member each; closed over an OrderState saga; SagaQuery is a small
//   ISagaQuery implementation (the real one is MassTransit.Saga.SagaQuery<T>).
// Real store: src/MassTransit/Sagas/Saga/QuerySagaRepository.cs over the in-memory or EF Core context: Find(query)
//   returns the CorrelationIds of the saga instances that match query.FilterExpression (empty when none).
// Shapes: Find=2; Probe=core
#nullable disable

using System;
using System.Linq;
using System.Linq.Expressions;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MassTransit.IQuerySagaRepositoryCase;

public interface ISaga
{
    Guid CorrelationId { get; set; }
}

public interface ProbeContext
{
    void Add(string key, object value);
}

public interface IProbeSite
{
    void Probe(ProbeContext context);
}

public class OrderState : ISaga
{
    public Guid CorrelationId { get; set; }
    public string CurrentState { get; set; }
    public string CustomerNumber { get; set; }
}

public interface ISagaQuery<TSaga>
    where TSaga : class, ISaga
{
    Expression<Func<TSaga, bool>> FilterExpression { get; }
    Func<TSaga, bool> GetFilter();
}

public interface IQuerySagaRepository<TSaga> :
    IProbeSite
    where TSaga : class, ISaga
{
    Task<IEnumerable<Guid>> Find(ISagaQuery<TSaga> query);
}

[InMemoryFake(typeof(IQuerySagaRepository<OrderState>))]
public partial class OrderStateQueryRepositoryFake;

public sealed class SagaQuery<TSaga>(Expression<Func<TSaga, bool>> filterExpression) : ISagaQuery<TSaga>
    where TSaga : class, ISaga
{
    public Expression<Func<TSaga, bool>> FilterExpression { get; } = filterExpression;

    public Func<TSaga, bool> GetFilter() => FilterExpression.Compile();
}

public static class Smoke
{
    public static async Task RunAsync(IQuerySagaRepository<OrderState> store)
    {
        var a = Guid.NewGuid();
        ((IInMemoryFake)store).Seed(
            new OrderState { CorrelationId = a, CustomerNumber = "C1", CurrentState = "Submitted" },
            new OrderState { CorrelationId = Guid.NewGuid(), CustomerNumber = "C2", CurrentState = "Submitted" });
        var found = (await store.Find(new SagaQuery<OrderState>(s => s.CustomerNumber == "C1"))).ToList();
        Check.Equal(a, found.Single(), "Find returns the CorrelationIds matching the query");
        Check.Equal(2, (await store.Find(new SagaQuery<OrderState>(s => s.CurrentState == "Submitted"))).Count(), "Find returns every match");
        Check.Equal(0, (await store.Find(new SagaQuery<OrderState>(s => s.CustomerNumber == "C9"))).Count(), "no match gives an empty result");
    }
}
