#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Threading;
using System.Threading.Tasks;

namespace InMemoryFakes.Integration.Tests.RealWorld;

// ABP's repository shapes (Volo.Abp.Ddd.Domain's IBasicRepository family and module repositories such as
// ISettingRepository), in a #nullable disable file as ABP's sources are: an oblivious result says nothing about a missing
// entity, so the FindAsync/GetAsync pair decides it, as ABP does (FindAsync → null, GetAsync → EntityNotFoundException).

public class AbpSetting
{
    public Guid Id { get; set; }

    public string Name { get; set; }

    public string Value { get; set; }

    public string ProviderName { get; set; }

    public string ProviderKey { get; set; }
}

[InMemoryFake]
public interface IAbpSettingRepository
{
    Task<AbpSetting> InsertAsync(AbpSetting entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task<AbpSetting> GetAsync(Guid id, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<AbpSetting> FindAsync(Guid id, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<AbpSetting> FindAsync(Expression<Func<AbpSetting, bool>> predicate, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<AbpSetting> GetAsync(Expression<Func<AbpSetting, bool>> predicate, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<List<AbpSetting>> GetListAsync(string providerName, string providerKey);

    Task<List<AbpSetting>> GetListAsync(string[] names, string providerName, string providerKey);

    Task<IQueryable<AbpSetting>> WithDetailsAsync(params Expression<Func<AbpSetting, object>>[] propertySelectors);

    IQueryable<AbpSetting> WithDetails();

    Task<List<AbpSetting>> GetPagedListAsync(int skipCount, int maxResultCount, string sorting, bool includeDetails = false, CancellationToken cancellationToken = default);
}

// The same lookups without a FindAsync by key: nothing in the interface says whether GetAsync throws or answers null
// (stores of that signature disagree), so the attribute states it; without the setting both GetAsync are IMF0001.
[InMemoryFake(MissingKeyReads = MissingKeyRead.Default)]
public interface IAbpGetOnlyRepository
{
    Task<AbpSetting> InsertAsync(AbpSetting entity, bool autoSave = false, CancellationToken cancellationToken = default);

    Task<List<AbpSetting>> GetListAsync(bool includeDetails = false, CancellationToken cancellationToken = default);

    Task<AbpSetting> GetAsync(Guid id, bool includeDetails = true, CancellationToken cancellationToken = default);

    Task<AbpSetting> GetAsync(Expression<Func<AbpSetting, bool>> predicate, bool includeDetails = true, CancellationToken cancellationToken = default);
}
