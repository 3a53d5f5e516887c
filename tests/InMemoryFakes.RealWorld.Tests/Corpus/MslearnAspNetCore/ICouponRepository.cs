// Source: https://github.com/MicrosoftDocs/mslearn-aspnet-core
// Commit: 087ccb8bcde6
// Licence: MIT (code samples; CC-BY-4.0 documentation)
// Sample: h-sample7 rule, fixed before probing: in these repositories, in this order (dotnet/AspNetCore.Docs,
//   dotnet/docs, the Azure-Samples repositories whose name starts with cosmos-db, azure-sql or storage-blob,
//   microsoft/PowerToys, microsoft/Windows-appsample-*, MicrosoftDocs/mslearn-*, dotnet/aspire-samples,
//   dotnet/maui-samples; each group in ordinal name order), skipping any the tools do not hold, at its newest stored
//   snapshot (fetch, then git grep): the first interfaces in ordinal path order (at most 2 per repository; an identical
//   copy of one already taken from the same repository does not count), whose name ends in Repository, Store, Storage
//   or Cache, that declare at least 3 members and are not already in the corpus; stop after 12. AspNetCore.Docs (874
//   MB), dotnet/docs (1.7 GB) and PowerToys (565 MB) are over fetch's 500 MB limit: skipped. The 33 Azure-Samples
//   repositories fetched (those with C#, by name or find_files) had none; of the 15 microsoft/Windows-appsample-*,
//   only customers-orders-database (whose first 2 are in the corpus) and lunch-scheduler had any; of the 100+
//   mslearn-* repositories the 38 .NET ones fetched were searched (mslearn-microservices-architecture's
//   IDeliveryRepository has 2 members; the other mslearn-tailspin-spacegame-web-* modules copy its
//   IDocumentDBRepository). 11 interfaces from 8 repositories.
//   This one: the 2nd of MicrosoftDocs/mslearn-aspnet-core.
// Path: modules/microservices-apigateway-aspnet-core/src/Services/Coupon/Coupon.API/Infrastructure/Repositories/ICouponRepository.cs
//   (model: Infrastructure/Models/Coupon.cs)
// Adapted: Coupon's MongoDB attributes are left out. The project builds without nullable annotations (#nullable disable).
// Real store: Coupon.API/Infrastructure/Repositories/CouponRepository.cs (MongoDB, collection seeded with coupons):
//   FindCouponByCodeAsync(code) the first coupon whose Code equals code, or null; UpdateCouponConsumedByCodeAsync(code,
//   orderId) sets Consumed = true and OrderId = orderId on the first coupon with that Code (UpdateOne, no upsert:
//   nothing when none); UpdateCouponReleasedByOrderIdAsync(orderId) sets Consumed = false and OrderId = 0 on the first
//   coupon whose OrderId is orderId (nothing when none). The interface has no insert: a fake is filled with Seed.
// Shapes: *=4; UpdateCouponConsumedByCodeAsync=20; UpdateCouponReleasedByOrderIdAsync=20
// First try (4060da2): incomplete: IMF0001 UpdateCouponConsumedByCodeAsync, UpdateCouponReleasedByOrderIdAsync (which
//   fields they set, and to what, is in the store's code, not the names) | WRONG: none (FindCouponByCodeAsync generated
//   as the first coupon with that Code, or null)
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.MslearnAspNetCore.ICouponRepositoryCase;

public class Coupon
{
    public string Id { get; set; }
    public int Discount { get; set; }
    public string Code { get; set; }
    public bool Consumed { get; set; }
    public int OrderId { get; set; }
}

[InMemoryFake]
public interface ICouponRepository
{
    Task<Coupon> FindCouponByCodeAsync(string code);
    Task UpdateCouponConsumedByCodeAsync(string code, int orderId);
    Task UpdateCouponReleasedByOrderIdAsync(int orderId);
}

public static class Smoke
{
    public static async Task RunAsync(ICouponRepository repository)
    {
        Check.Null(await repository.FindCouponByCodeAsync("DISC-5"), "FindCouponByCodeAsync of an unknown code is null");
        await repository.UpdateCouponConsumedByCodeAsync("DISC-5", 42);
        Check.Null(await repository.FindCouponByCodeAsync("DISC-5"), "UpdateCouponConsumedByCodeAsync of an unknown code inserts nothing (no upsert)");
        await repository.UpdateCouponReleasedByOrderIdAsync(42);
        Check.Null(await repository.FindCouponByCodeAsync("DISC-5"), "UpdateCouponReleasedByOrderIdAsync with no such order changes nothing");
    }
}
