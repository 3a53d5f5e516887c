// Source: https://github.com/dotnet/aspnetcore
// Commit: 490989a8afb5
// Licence: MIT
// Sample: h-msft rule, fixed before probing (Corpus/Datasync/IRepository.cs has it in full): Microsoft's own store
//   interfaces in a fixed order (Datasync IRepository<TEntity>; dotnet/extensions IEvaluationResultStore and
//   IEvaluationResponseCacheProvider; aspnetcore IDataProtectionKeyContext; semantic-kernel
//   IVectorStoreRecordCollection and one other store; kernel-memory's first store not in the corpus; teams-ai or
//   Agents-for-net IStorage), skipping any the tools cannot show or already in the corpus; stop at 8. This one: the 4th.
// Path: src/DataProtection/EntityFrameworkCore/src/IDataProtectionKeyContext.cs (DataProtectionKey.cs)
// Adapted: DataProtectionKey keeps its three properties. Nullable enabled.
// Real store: src/DataProtection/EntityFrameworkCore/src/EntityFrameworkCoreXmlRepository.cs: the interface is
//   implemented by the user's DbContext; DataProtectionKeys is its DbSet (the repository adds a key to it and calls
//   the context's SaveChanges, which the interface does not declare). EF Core's DbSet.Add tracks the key as added;
//   no query sees it until that SaveChanges.
// Shapes: DataProtectionKeys=9
// First try (87df80a): complete (a context fake: DataProtectionKeys is the fake's DbSet, EF Core's
//   semantics) | WRONG: none
#nullable enable

using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;
using Microsoft.EntityFrameworkCore;

namespace Corpus.AspNetCore.IDataProtectionKeyContextCase;

public class DataProtectionKey
{
    public int Id { get; set; }
    public string? FriendlyName { get; set; }
    public string? Xml { get; set; }
}

[InMemoryFake]
public interface IDataProtectionKeyContext
{
    DbSet<DataProtectionKey> DataProtectionKeys { get; }
}

public static class Smoke
{
    public static Task RunAsync(IDataProtectionKeyContext context)
    {
        context.DataProtectionKeys.Add(new DataProtectionKey { FriendlyName = "key-1", Xml = "<key/>" });
        Check.Equal(0, context.DataProtectionKeys.Count(), "an added key is pending: nothing is stored without the context's SaveChanges");
        Check.Equal(0, context.DataProtectionKeys.AsNoTracking().Count(), "a no-tracking query reads the stored keys only");
        return Task.CompletedTask;
    }
}
