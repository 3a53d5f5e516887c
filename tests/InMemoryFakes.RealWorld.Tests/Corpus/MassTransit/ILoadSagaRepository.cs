// Source: https://github.com/MassTransit/MassTransit
// Commit: c1e5caa9a49b
// Licence: Apache-2.0
// Path: src/MassTransit.Abstractions/ILoadSagaRepository.cs (ISaga.cs, IProbeSite.cs, ProbeContext.cs)
// Adapted: IProbeSite/ProbeContext keep one member each; closed over an OrderState saga (as the docs' sample).
// Real store: src/MassTransit/Sagas/Saga/LoadSagaRepository.cs over the in-memory (IndexedSagaDictionary) or EF Core
//   repository context: Load(correlationId) returns the saga instance with that CorrelationId, or null. The repository
//   is read-only (instances are written by the saga's consume pipeline), so the script seeds it. Probe adds
//   diagnostic information only.
// After h-oblivious2 (session 30): still incomplete (other members); Load answers null for a missing key as before, now
//   with IMF0026 (Info): a key-value read declared without nullable annotations says nothing of a missing key, and
//   stores of that signature disagree (docs/generator.md, Oblivious reads, the other kinds); the real store answers
//   null for one, as the fake does (`MissingKeyReads = MissingKeyRead.Default` on the attribute states it and silences
//   the Info).
// Shapes: Load=4; Probe=core
#nullable disable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MassTransit.ILoadSagaRepositoryCase;

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

public interface ILoadSagaRepository<TSaga> :
    IProbeSite
    where TSaga : class, ISaga
{
    Task<TSaga> Load(Guid correlationId);
}

[InMemoryFake(typeof(ILoadSagaRepository<OrderState>))]
public partial class OrderStateLoadRepositoryFake;

public static class Smoke
{
    public static async Task RunAsync(ILoadSagaRepository<OrderState> store)
    {
        var id = Guid.NewGuid();
        ((IInMemoryFake)store).Seed(new OrderState { CorrelationId = id, CurrentState = "Submitted" });
        Check.Equal("Submitted", (await store.Load(id))?.CurrentState, "Load finds the saga by CorrelationId");
        Check.Null(await store.Load(Guid.NewGuid()), "Load of an unknown CorrelationId returns null");
    }
}
