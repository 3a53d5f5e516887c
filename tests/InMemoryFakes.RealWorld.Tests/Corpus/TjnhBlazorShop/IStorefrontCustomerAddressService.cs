// Source: https://github.com/TjnhPro/BlazorShop
// Commit: 353e20a70f9f
// Licence: MIT (an interface signature and cut-down records transcribed for a test)
// Sample: h-sample104 rule (the whole rule and the walk are in Corpus/AntDesignBlazor/IAnchor.cs): the 3rd pick (the
//   16th repository of find_repos("Blazor")). Before it in path order: IAddressValidationService (same file, 2 members,
//   no state: it normalizes and validates a request).
// Path: BlazorShop.Application/CommerceNode/Addresses/AddressDtos.cs (the interface and its records;
//   ServiceResponse.cs, ServiceResponseOfT.cs and ServiceResponseType.cs under BlazorShop.Application/DTOs); real store:
//   BlazorShop.Infrastructure/Data/CommerceNode/Services/StorefrontCustomerAddressService.cs (EF Core,
//   CommerceNodeDbContext.CommerceCustomerAddresses), with AddressValidationService.cs
// Adapted: the records as in the source, CustomerAddressCreateRequest and CustomerAddressDto whole; ServiceResponse's
//   untyped Payload and ServiceResponse<T>'s ResponseType kept. The namespaces (one for all). Nullable enabled, as in
//   the source (BlazorShop.Application.csproj and BlazorShop.Infrastructure.csproj).
// Real store: a table of addresses, each with a database Id, a PublicId (a new Guid the create assigns: the key every
//   member takes), the store and customer it belongs to, DeletedAtUtc (a soft delete) and CreatedAtUtc/UpdatedAtUtc.
//   Every member first resolves the customer from the context: the one of the store with context.AppUserId (else the
//   one with context.Email, upper-cased, which then gets the AppUserId); a blank StoreId or AppUserId resolves none.
//   ListAsync: the customer's addresses not deleted, default shipping first, then default billing, then by
//   CreatedAtUtc; no customer: Success with an empty list. CreateAsync: no customer and no Email or AppUserId:
//   Success false, ValidationError; else creates the customer if needed; validates and normalizes the request
//   (trimmed, CountryCode upper-cased and two letters, names, Address1, City and PostalCode required; AU/CA/US need a
//   state): invalid: Success false, ValidationError, message "field:code …"; else a new PublicId; the first address of
//   the customer becomes default shipping and default billing whatever the request says; a default clears that default
//   on the customer's other addresses; Success with the DTO. UpdateAsync(context, addressPublicId, request): an address
//   not there (or another customer's, or deleted): Success false, NotFound; else validates as above and replaces every
//   field, the two default flags included (true clears them on the others; false leaves the customer without that
//   default); Success with the DTO. DeleteAsync: not there: Success false, NotFound (in Payload, the untyped response);
//   else sets DeletedAtUtc and clears its flags, and a default it held passes to the oldest remaining address; Success.
//   SetDefaultShippingAsync / SetDefaultBillingAsync: not there: NotFound; else that flag moves to this address.
// Shapes: *=4,14; CreateAsync=4,13,14; DeleteAsync=4,14; SetDefaultShippingAsync=4,14,20; SetDefaultBillingAsync=4,14,20
// First try (cc7c7c0f): incomplete: IMF0001 on all 6, read as a key-value store keyed by the context: ListAsync
//   ("GetAll must take no parameters, or a collection of keys"), CreateAsync and UpdateAsync ("no member reads a value
//   back, and the writes take CustomerAddressCreateRequest and System.Guid in equal numbers…"), DeleteAsync ("its
//   parameter 'addressPublicId' (System.Guid) after the key 'context' is nothing a key-value store knows"),
//   SetDefaultShippingAsync and SetDefaultBillingAsync ("'DefaultShipping' after it is no noun of this store"); each
//   adds "its result ServiceResponse<…> is an outcome the service builds itself (when Success is false, and with which
//   message, is its own), so no store convention fills it: fake the repository the service calls, or write the member";
//   nothing generated | WRONG: none (nothing generated).
// After this round: unchanged, and rightly: the members are a service's over a customer it resolves (or creates) from
//   the context, with validation, normalization, defaults that move between addresses and soft deletes, answered as
//   ServiceResponse outcomes; no store convention fits, and each message ends with the right advice (fake
//   CommerceNodeDbContext's addresses, or write the member). Left: the messages call the context "the key" of a
//   key-value store, which it is not (it names the customer the addresses belong to).
#nullable enable

using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.TjnhBlazorShop.IStorefrontCustomerAddressServiceCase;

public enum ServiceResponseType
{
    None = 0,
    Success = 1,
    ValidationError = 2,
    NotFound = 3,
    Conflict = 4,
    Failure = 5,
}

public record ServiceResponse(bool Success = false, string? Message = null, Guid? Id = null)
{
    public object? Payload { get; init; }
}

public record ServiceResponse<TPayload>(bool Success = false, string? Message = null, Guid? Id = null)
{
    public TPayload? Payload { get; init; }

    public ServiceResponseType ResponseType { get; init; }
}

public sealed record CustomerAddressCreateRequest(
    string FirstName,
    string LastName,
    string? Company,
    string Address1,
    string? Address2,
    string City,
    string PostalCode,
    string CountryCode,
    string? StateProvinceCode,
    string? StateProvinceName,
    string? Phone,
    string? Email,
    bool IsDefaultShipping,
    bool IsDefaultBilling);

public sealed record CustomerAddressDto(
    Guid PublicId,
    string FirstName,
    string LastName,
    string? Company,
    string Address1,
    string? Address2,
    string City,
    string PostalCode,
    string CountryCode,
    string? StateProvinceCode,
    string? StateProvinceName,
    string? Phone,
    string? Email,
    bool IsDefaultShipping,
    bool IsDefaultBilling,
    DateTimeOffset CreatedAtUtc,
    DateTimeOffset UpdatedAtUtc);

public sealed record StorefrontCustomerAddressContext(
    Guid StoreId,
    string AppUserId,
    string? Email,
    string? FullName);

[InMemoryFake]
public interface IStorefrontCustomerAddressService
{
    Task<ServiceResponse<IReadOnlyList<CustomerAddressDto>>> ListAsync(
        StorefrontCustomerAddressContext context,
        CancellationToken cancellationToken = default);

    Task<ServiceResponse<CustomerAddressDto>> CreateAsync(
        StorefrontCustomerAddressContext context,
        CustomerAddressCreateRequest request,
        CancellationToken cancellationToken = default);

    Task<ServiceResponse<CustomerAddressDto>> UpdateAsync(
        StorefrontCustomerAddressContext context,
        Guid addressPublicId,
        CustomerAddressCreateRequest request,
        CancellationToken cancellationToken = default);

    Task<ServiceResponse> DeleteAsync(
        StorefrontCustomerAddressContext context,
        Guid addressPublicId,
        CancellationToken cancellationToken = default);

    Task<ServiceResponse<CustomerAddressDto>> SetDefaultShippingAsync(
        StorefrontCustomerAddressContext context,
        Guid addressPublicId,
        CancellationToken cancellationToken = default);

    Task<ServiceResponse<CustomerAddressDto>> SetDefaultBillingAsync(
        StorefrontCustomerAddressContext context,
        Guid addressPublicId,
        CancellationToken cancellationToken = default);
}

public static class Smoke
{
    private static CustomerAddressCreateRequest Address(string city, bool shipping = false, bool billing = false)
        => new(" Ana ", "Ivanova", null, "1 Main Street", null, city, "1000", "bg", null, null, null, null, shipping, billing);

    public static async Task RunAsync(IStorefrontCustomerAddressService service)
    {
        var store = Guid.NewGuid();
        var ana = new StorefrontCustomerAddressContext(store, "user-ana", "ana@example.com", "Ana Ivanova");
        var bob = new StorefrontCustomerAddressContext(store, "user-bob", "bob@example.com", "Bob");

        var none = await service.ListAsync(ana);
        Check.True(none.Success, "ListAsync of a customer with no address succeeds");
        Check.Equal(0, none.Payload!.Count, "with no address");

        var first = await service.CreateAsync(ana, Address("Sofia"));
        Check.True(first.Success, "CreateAsync of a valid address succeeds");
        var sofia = first.Payload!;
        Check.True(sofia.PublicId != Guid.Empty, "and assigns a PublicId");
        Check.Equal("Ana", sofia.FirstName, "the request is trimmed");
        Check.Equal("BG", sofia.CountryCode, "and the country code upper-cased");
        Check.True(sofia.IsDefaultShipping && sofia.IsDefaultBilling, "the first address becomes both defaults, whatever the request says");

        var invalid = await service.CreateAsync(ana, Address("Sofia") with { CountryCode = "BGR" });
        Check.False(invalid.Success, "an invalid address is refused");
        Check.Equal(ServiceResponseType.ValidationError, invalid.ResponseType, "as a validation error");

        var second = await service.CreateAsync(ana, Address("Plovdiv", shipping: true));
        var plovdiv = second.Payload!;
        Check.True(plovdiv.IsDefaultShipping, "a new default shipping address takes the default");
        var list = (await service.ListAsync(ana)).Payload!;
        Check.Equal(2, list.Count, "ListAsync lists the customer's addresses");
        Check.Equal(plovdiv.PublicId, list[0].PublicId, "default shipping first");
        Check.False(list[1].IsDefaultShipping, "and the other lost the shipping default");
        Check.True(list[1].IsDefaultBilling, "but kept the billing default");

        Check.Equal(0, (await service.ListAsync(bob)).Payload!.Count, "another customer's list is his own");
        var notBobs = await service.UpdateAsync(bob, sofia.PublicId, Address("Varna"));
        Check.Equal(ServiceResponseType.NotFound, notBobs.ResponseType, "another customer's address is not found");

        var missing = await service.UpdateAsync(ana, Guid.NewGuid(), Address("Varna"));
        Check.False(missing.Success, "UpdateAsync of an address not there fails");
        Check.Equal(ServiceResponseType.NotFound, missing.ResponseType, "as not found");

        var updated = await service.UpdateAsync(ana, sofia.PublicId, Address("Varna", billing: true));
        Check.True(updated.Success, "UpdateAsync replaces the address");
        Check.Equal("Varna", updated.Payload!.City, "with the new fields");

        var billing = await service.SetDefaultBillingAsync(ana, plovdiv.PublicId);
        Check.True(billing.Payload!.IsDefaultBilling, "SetDefaultBillingAsync moves the billing default to this address");
        list = (await service.ListAsync(ana)).Payload!;
        Check.False(list[1].IsDefaultBilling, "off the other one");

        var deleted = await service.DeleteAsync(ana, plovdiv.PublicId);
        Check.True(deleted.Success, "DeleteAsync deletes the address");
        list = (await service.ListAsync(ana)).Payload!;
        Check.Equal(1, list.Count, "which is no longer listed");
        Check.True(list[0].IsDefaultShipping && list[0].IsDefaultBilling, "and its defaults pass to the remaining address");
        var again = await service.DeleteAsync(ana, plovdiv.PublicId);
        Check.False(again.Success, "DeleteAsync of an address no longer there fails");
        Check.Equal((object)ServiceResponseType.NotFound, again.Payload!, "with NotFound in the payload");
    }
}
