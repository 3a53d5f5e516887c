// Source: https://github.com/tokenidp/tokenidp
// Commit: f809620c680d
// Licence: MIT (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample111 rule (the whole rule and the repositories it skipped: Corpus/Lachain/IBlockProducer.cs). This
//   one: the 2nd pick (the 74th repository find_repos("Token") lists). No snapshot could be had, so the file index's
//   path order (as h-sample109 did for RHEMA-ERP); the index is the union over the history, and this file's folder
//   (Admin.Core/Application, namespace Identity.Application) looks older than the src/ layout beside it, which the
//   index cannot date. Before it in path order: Admin.Core/Activities and ApiResources (use-case classes, no
//   interface), Application/Identity/IAuthorization (2 members), IIdentityService (2), Application/Mappings/IMapFrom
//   (1, a default method).
// Path: Admin.Core/Application/PowerBI/IPowerBIService.cs (real store: Admin.Core/Infrastructure/Identity/
//   PowerBIService.cs, Power BI's REST API through IRestClient, the Azure AD token kept in the app's ICache)
// Adapted: BIReport is built in the source as new(reportId, datasetId, embedUrl), here a record of those three;
//   PowerBIResponse and BIEmbedTokenRequest are not in the index, here empty classes. Nullable enabled, as in the
//   source (Admin.Core.csproj).
// Real store: PowerBIService. GetADAccessToken() reads the token cached under AD_ACCESS_TOKEN; only when one is
//   cached and expires within 5 minutes does it authenticate again (client credentials from configuration) and
//   cache the new one; it answers the access token's string, so null when nothing is cached (the condition never
//   fetches a first token). GetReports(token, reportIds) GETs each report by id from Power BI and answers the ones
//   found (report id, dataset id, embed URL), in the order asked; an id Power BI does not answer is left out.
//   GetEmbedToken(token, request) POSTs the request to Power BI's GenerateToken endpoint and answers its response.
//   Nothing is written by GetReports or GetEmbedToken; the reports and tokens are Power BI's.
// Shapes: *=none
// First try (fa08f2db): incomplete: IMF0001 on all 3, read as a key-value store of no value type (nothing is written):
//   GetADAccessToken, GetReports and GetEmbedToken ("'ADAccessToken' / 'Reports' / 'EmbedToken' after it is no noun of
//   this store (the interface's subject, or Item/Entry/CacheItem…)") | WRONG: none (nothing generated).
// After this round: unchanged, rightly: the reports and embed tokens are Power BI's, read with the caller's token, and
//   the cached token's refresh rule (which never fetches a first one) is the service's. The causes are thin: GetReports
//   returns BIReport, whose noun Report its name carries, and the real reason is that no member writes anything (Left).
//   The probe stops at GetADAccessToken, its first line.
#nullable enable

using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TokenIdp.IPowerBIServiceCase;

public sealed record BIReport(string ReportId, string DatasetId, string EmbedUrl);

public sealed class PowerBIResponse
{
}

public sealed class BIEmbedTokenRequest
{
}

[InMemoryFake]
public interface IPowerBIService
{
    Task<string> GetADAccessToken();

    Task<IEnumerable<BIReport>> GetReports(string token, string[] reportIds);

    Task<PowerBIResponse> GetEmbedToken(string token, BIEmbedTokenRequest request);
}

public static class Smoke
{
    // A fresh app: nothing cached, a Power BI workspace that holds no report of the ids asked.
    public static async Task RunAsync(IPowerBIService powerBi)
    {
        Check.Null(await powerBi.GetADAccessToken(), "with no token cached the source fetches none and answers null");
        Check.Equal(0, (await powerBi.GetReports("token", new[] { "r1", "r2" })).Count(), "reports Power BI does not hold are left out");
    }
}
