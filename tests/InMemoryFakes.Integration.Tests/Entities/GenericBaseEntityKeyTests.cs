using System.Collections.Generic;
using Xunit;

namespace InMemoryFakes.Integration.Tests.Entities;

// A base entity generic in its key with a protected setter (SimplCommerce's EntityBaseWithTypedId<TId>): an ORM sets the
// key, so the fake does too, through an [UnsafeAccessor] class with the base type's own type parameter (.NET 9+).

public abstract class TypedIdEntity<TId>
{
    public virtual TId Id { get; protected set; } = default!;
}

public sealed class Brand : TypedIdEntity<long>
{
    public string Name { get; set; } = "";
}

public sealed class Coupon : TypedIdEntity<System.Guid>
{
    public string Code { get; set; } = "";
}

[InMemoryFake]
public interface IBrandRepository
{
    Brand Add(Brand brand);

    Brand? Find(long id);

    IReadOnlyList<Brand> List();
}

[InMemoryFake]
public interface ICouponRepository
{
    void Add(Coupon coupon);

    Coupon? Find(System.Guid id);
}

public sealed class GenericBaseEntityKeyTests
{
    [Fact]
    public void A_long_key_behind_a_protected_setter_of_a_generic_base_is_generated()
    {
        var brands = new InMemoryBrandRepository();

        var apple = brands.Add(new Brand { Name = "Apple" });
        var nokia = brands.Add(new Brand { Name = "Nokia" });

        Assert.Equal(1, apple.Id);
        Assert.Equal(2, nokia.Id);
        Assert.Equal("Nokia", brands.Find(2)?.Name);
    }

    [Fact]
    public void A_guid_key_behind_a_protected_setter_of_a_generic_base_is_generated_on_the_callers_entity()
    {
        var coupons = new InMemoryCouponRepository();
        var coupon = new Coupon { Code = "WELCOME" };

        coupons.Add(coupon);

        Assert.NotEqual(System.Guid.Empty, coupon.Id);
        Assert.Equal("WELCOME", coupons.Find(coupon.Id)?.Code);
    }
}
