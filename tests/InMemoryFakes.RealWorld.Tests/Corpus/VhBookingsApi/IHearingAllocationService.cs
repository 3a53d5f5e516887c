// Source: https://github.com/hmcts/vh-bookings-api
// Commit: d516ceecdad1
// Licence: MIT (an interface signature and a cut-down model transcribed for a test)
// Sample: h-sample102 rule, fixed before probing: the repositories find_repos("Booking") lists, in its order, keeping
//   those with C# files (find_files(repo, ext="cs") returns rows; find_repos("Hotel") only if that list runs out: it
//   did); a repository with no licence file of its own is skipped; in each kept one, at its newest stored snapshot
//   (fetch, then git grep for interfaces in *.cs, paths sorted ordinally; find_files/read_file where no snapshot can be
//   had), the first interface outside paths containing "test" (any case) whose implementation in the same repository
//   keeps state (a database, cache, blob, table, file, in-memory collection) and which has at least 3 members
//   (inherited ones count when the base is in the same repository); not a corpus source already; at most 1 per
//   repository; stop after 3. In order: gevorg33/booking-app, c50bossio/6fb-booking, triyder/AlpineClubBookingsNZ,
//   ivopogace/riviera-sunbed-booking, LibreBooking/app (PHP), no C#; kazemim99/Booking has C# but no licence file of its
//   own (only a font's under booksy-admin/public): skipped; Exclusive048/BeautyBooking, rock7652-beep/steamfoot-booking,
//   hiephanguyen01/booking-saas, webmalc/maxibooking-hotel, thatskiff33/AlpineClubBookingsNZ, slammer1870/
//   enterprise-bookings, DanLika/rab_booking, football-investment/practice-booking-system, PhamAnhQuannn/bus-booking-vn,
//   Wunderbyte-GmbH/moodle-mod_booking, MoonWalka/app-booking-2 no C#; hmcts/vh-bookings-api (MIT) gives this one;
//   Lorvello/real-bookings-assistant no C#; Douk771/ServiceBooking has C#, no snapshot and no LICENSE, LICENSE.md or
//   LICENSE.txt in the index: skipped; Dipesh600/..., gensweaty/daily-booking-platform, pranavkanttripathi1989/online-
//   booking-system, leamonline/Smarter-dog-bookings, Rakibulislammridha/booking-prescription, Blueprint-Agency/booking-
//   system, cemek7/Booking, johazores/my-booking-engine, Amrutha-A-J/MJ_FoodBank_Booking, hoppers99/AlpineClubBookingsNZ
//   no C#; bartstc/booking-app has C# and no licence file: skipped; aseguragonzalez/resbooking, shalean-developer/
//   booking-system, azat-dev/Booking, ravisainiiitr/iic-booking-backend, TuanThanhIT/project-badminton-booking,
//   Charelk2/booking-app, Norinohi/Norinohi-booking, TMap-Works/spa-booking, hathoregy026/hathor-booking-system,
//   ThanhLuan150/cinema-booking, JANDA-Developers/booking, AaronMaru/maru-skybookingservice-v1, awethemes/awebooking,
//   espresso23/Petties-Veterinary-Appointment-Booking-Platform no C#; Nerova-Systems/Nerova-Bookings (MIT) gives
//   ISessionRepository; xalatechnologies/drammen-booking-portal, alysesue/bookings-api, GreekBS/Booking-, sameeks/
//   bookingbug-angular, ryan-saffer/react-booking-system, ninggiangboy/room-booking no C#; Ylandolsi/booking_monorepo has
//   C# and no licence file of its own (only node_modules'): skipped; BookingQube-collab/fec-os, fabien-roy/glo-4002-
//   booking-api, housseinou1/taxi-booking, Farzin-habibp0ur/booking-os, shmily1325/eswake-booking, Rabafi/boroko-
//   bookings-FullCode-2 no C#; epmpl/ADVTBOOKING has C# (WebForms) and no licence file (its snapshot is over the size
//   limit): skipped; lumiobooking/lumio-booking ... LongIch2810/Medical-Appointment-Booking-System (12 repositories) no
//   C#, and between them Capstone-FA25-MABS/BookingCareSystemBackend has C# and no licence file: skipped; HLoc26/Vinabooking-New,
//   cryptoganster/bookings-software, salmanhoussam/WhatsApp-Appointment-Booking-System2, KyleLGovender/medbookings no C#;
//   itechwyrlo/ApexBooking has C# and no licence file: skipped; jtlhltd/ai-booking-mvp, pminhtaiii/Flight-Booking-System,
//   footballinvestmentkft/practice-booking-system, Wolferlk/Booking_System, RogerDevCode/basic-booking-wm no C#;
//   meysamhadeli/booking-microservices is a corpus source; Narek-Hovakimyan/pro-booking-platform no C#; KeerthanaBathina/
//   PropelIQ-Appointment-Booking-and-Clinical-Intell, jamiemitchellconsultants/EventBooking and ikebotch/afh-booking-
//   function-app have C# and no licence file: skipped; arjunpatel1/flight-booking-api, juanma-cvega/booking-engine,
//   sonjw222/booking-app, tengisea/2025-intern-hf-hotel-booking, booking1234/booking, Phunguy65/train-ticket-booking-
//   system-plus, pdhuy2k3/booking-platform, ECCdigital/smart-city-booking-vue-app, wilsonwaters/parkstay-bookings no C#;
//   artem130807/BarberBooking has C# and no licence file: skipped; fredyglen/roomie-hostel-booking-platform,
//   luzatrade/reversebooking no C#: the list (100) ran out at 2 picks. find_repos("Hotel") (100; webmalc/maxibooking-hotel
//   and tengisea/2025-intern-hf-hotel-booking were in the first list): 89 others list no .cs file;
//   zuluhotelaustralia/zuluhotel, Zubplug/hotel_pms, bek1nd/hotel, karimabdelsalam/hotella and subashbos/HotelPOS are
//   corpus sources; fmancini-create/HotelAccelerator (one .cs script), mahinshaaboobakar/hotelOsApps and livefreeor/
//   booking2hotel have C# and no licence file: skipped; thehfhotel/new-hotel's LICENSE is "All rights reserved ...
//   no rights are granted to use, copy": skipped. Both lists ran out at 2 picks.
//   This one: the 1st pick. In ordinal path order, the interfaces before it keep no state or have fewer than 3 members:
//   IBookingsApiClient (an HTTP client), IFeatureToggles (LaunchDarkly, no members), IRandomGenerator,
//   IRandomNumberGenerator, four request/response contracts (DTO interfaces), ICommand/IQuery (markers),
//   ICommandHandler/ICommandHandler<T>/IQueryHandler/IQueryHandler<,>/the two factories (1 member each).
//   HearingAllocationService reads and writes BookingsDbContext (EF Core on SQL Server) itself.
// Path: BookingsApi/BookingsApi.DAL/Services/HearingAllocationService.cs (interface and implementation in one file);
//   the entities under BookingsApi/BookingsApi.Domain (Hearing.cs, VideoHearing.cs, JusticeUser.cs, Allocation.cs) and
//   BookingsApi/BookingsApi.DAL/Dtos/HearingAllocationResultDto.cs
// Adapted: Hearing, VideoHearing, JusticeUser and Allocation cut down to what the members read (ids, schedule, the
//   allocation list, the user name); HearingAllocationResultDto as in the source. DomainRuleException as a plain
//   exception with the source's (name, message) constructor. The namespaces (one for all). Nullable disabled, as in the
//   source (BookingsApi.DAL sets no Nullable).
// Real store: HearingAllocationService over BookingsDbContext. AllocateAutomatically(hearingId) loads the hearing
//   (DomainRuleException "HearingNotFound" when missing; "HearingAlreadyAllocated" when it has an allocation), picks
//   among the CSOs (justice users with the VHO role) those the hearing can be allocated to (working hours, non
//   availability, a concurrency limit from AllocateHearingConfiguration), prefers the fewest allocations and breaks ties
//   with IRandomNumberGenerator ("NoCsosAvailable" when none), adds an Allocation and saves. AllocateManually(hearingId,
//   justiceUserCsoId) loads the hearing ("HearingNotFound"), deallocates it if allocated, loads the CSO ("CsoNotFound"
//   when missing; no role or availability check), adds the allocation and saves. AllocateHearingsToCso(ids, csoId)
//   runs AllocateManually for each and returns the hearings, rethrowing a DomainRuleException as "NoCsosAvailable".
//   DeallocateFromUnavailableHearings(justiceUserId) ("JusticeUserNotFound") removes the user's future allocations the
//   user is no longer available for, without saving (the caller saves). CheckAndDeallocateHearing(hearing) removes the
//   hearing's allocation when its CSO is not available then (no store access). CheckForAllocationClashes(hearings)
//   computes, per hearing, the work-hours and non-availability clashes and the concurrent-hearing count (no store access).
// Shapes: *=12
// First try (cc7c7c0f): incomplete: all 6 refused (IMF0001): AllocateAutomatically, AllocateManually,
//   AllocateHearingsToCso and CheckForAllocationClashes ("not a known verb"); DeallocateFromUnavailableHearings ("its
//   signature proves no entity type and its name names none of the types IHearingAllocationService stores");
//   CheckAndDeallocateHearing ("it is about Hearing, which no member of IHearingAllocationService writes ... a projection");
//   IMF0021 (Info) twice: the abstract Hearing reached through Allocations[].Hearing has no JSON metadata | WRONG: none
//   (nothing generated). The refusals are right: each member is a domain operation over hearings and CSOs (availability
//   windows, a concurrency limit, a random tie-break, a deallocation the caller saves), not a read or write of rows a
//   signature could name; the real store's allocation rules live in the entities and the configuration.
// After this round: unchanged (no rule touches it).
#nullable disable

using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.VhBookingsApi.IHearingAllocationServiceCase;

public class DomainRuleException : Exception
{
    public DomainRuleException(string name, string message) : base(message) => Name = name;

    public string Name { get; }
}

public class JusticeUser
{
    public Guid Id { get; set; }
    public string Username { get; set; }
    public IList<Allocation> Allocations { get; set; } = new List<Allocation>();
}

public class Allocation
{
    public long Id { get; set; }
    public Guid HearingId { get; set; }
    public Hearing Hearing { get; set; }
    public Guid JusticeUserId { get; set; }
    public JusticeUser JusticeUser { get; set; }
}

public abstract class Hearing
{
    public Guid Id { get; set; }
    public DateTime ScheduledDateTime { get; set; }
    public int ScheduledDuration { get; set; }
    public DateTime ScheduledEndTime => ScheduledDateTime.AddMinutes(ScheduledDuration);
    public IList<Allocation> Allocations { get; set; } = new List<Allocation>();
    public JusticeUser AllocatedTo => Allocations.Count > 0 ? Allocations[0].JusticeUser : null;
}

public class VideoHearing : Hearing
{
}

public class HearingAllocationResultDto
{
    public Guid HearingId { get; set; }
    public DateTime ScheduledDateTime { get; set; }
    public int Duration { get; set; }
    public string CaseNumber { get; set; }
    public string CaseType { get; set; }
    public string AllocatedCso { get; set; }
    public bool? HasWorkHoursClash { get; set; }
    public bool? HasNonAvailabilityClash { get; set; }
    public int? ConcurrentHearingsCount { get; set; }
}

[InMemoryFake]
public interface IHearingAllocationService
{
    Task<JusticeUser> AllocateAutomatically(Guid hearingId);
    Task<JusticeUser> AllocateManually(Guid hearingId, Guid justiceUserCsoId);
    Task DeallocateFromUnavailableHearings(Guid justiceUserId);
    void CheckAndDeallocateHearing(Hearing hearing);
    Task<List<VideoHearing>> AllocateHearingsToCso(List<Guid> postRequestHearings, Guid postRequestCsoId);
    List<HearingAllocationResultDto> CheckForAllocationClashes(List<VideoHearing> hearings);
}

public static class Smoke
{
    public static async Task RunAsync(IHearingAllocationService service)
    {
        var missingHearing = Guid.NewGuid();
        var missingCso = Guid.NewGuid();

        await Check.ThrowsAsync<DomainRuleException>(() => service.AllocateManually(missingHearing, missingCso), "AllocateManually of a hearing not stored throws HearingNotFound");
        await Check.ThrowsAsync<DomainRuleException>(() => service.AllocateAutomatically(missingHearing), "AllocateAutomatically of a hearing not stored throws HearingNotFound");
        await Check.ThrowsAsync<DomainRuleException>(() => service.DeallocateFromUnavailableHearings(missingCso), "DeallocateFromUnavailableHearings of a user not stored throws JusticeUserNotFound");

        var unallocated = new VideoHearing { Id = Guid.NewGuid(), ScheduledDateTime = new DateTime(2026, 12, 7, 10, 0, 0, DateTimeKind.Utc), ScheduledDuration = 45 };
        service.CheckAndDeallocateHearing(unallocated);
        Check.Equal(0, unallocated.Allocations.Count, "CheckAndDeallocateHearing of a hearing with no CSO does nothing");

        var clashes = service.CheckForAllocationClashes(new List<VideoHearing>());
        Check.Equal(0, clashes.Count, "CheckForAllocationClashes of no hearings is empty");
    }
}
