// Source: https://github.com/cosmos-open/cosmos-holiday
// Commit: ced7df073e70
// Licence: Apache-2.0 (an interface signature and cut-down models transcribed for a test)
// Sample: h-sample93 rule (Corpus/CosmosFramework/ICommandBinder.cs has it in full, with the skipped repositories and
//   the five picks).
//   This one: the 3rd pick. Before it in path order: IBizHolidayDefinition, IBizRegionHolidayDefinition and
//   IBizWeekendDefinition (definitions, data), IBizHolidayGlobalizationManager (4 members: a read-only lookup of the
//   translations embedded in the assembly), and IFixedHolidayFunc and IHolidayFunc (a holiday's own data and rules).
// Path: src/Cosmos.Business.Extensions.Holiday/Cosmos/Business/Extensions/Holiday/Core/IHolidayManager.Fixed.cs
//   (implementation: HolidayManager.HFixed.cs over Trees/DailyNodeTree.cs and Trees/DailyNode.cs; models:
//   IFixedHolidayFunc.cs, IHolidayFunc.cs, DailyAnswer.cs; Country and CountryCode are the Cosmos.I18N.Countries
//   package's)
// Adapted: IFixedHolidayFunc and IHolidayFunc as in the source; Country, CountryCode and HolidayType keep the values
//   the script uses (CountryCode.ToCountry is the package's extension, written here for these values); DailyAnswer
//   keeps Name, Type, CountryCode and its dates as DateTime (the source's DateInfo is Cosmos.Extensions.DateTime's);
//   FixedHoliday, a minimal IFixedHolidayFunc for the script, stands for the source's BaseFixedHolidayFunc
//   definitions (one class per holiday). Nullable disabled, as in the source.
// Real store: HolidayManager's DailyNodeTree: twelve month buckets of IFixedHolidayFunc. Add(func) puts the func in
//   the bucket of its Month, or in each month from FromDate to ToDate when it spans several (null is ignored; nothing
//   is deduplicated); AddRange adds each. Get() lists the buckets January to December. Get(month) lists a bucket (a
//   month outside 1..12 throws DateTimeOutOfRangeException); Get(country) and Get(code) keep the funcs whose Country or
//   BelongsToCountry is that country (the code maps to its country), month by month; Get(…, regionCode, …) keeps
//   those whose MatchRegion(regionCode) is true; Get(year, month[, day]) keeps those in force that year (Since and End)
//   that MatchDate(month[, day]) (an invalid date throws InvalidDateTimeException). GetFixedHolidays(…) answers
//   ToDailyAnswer(year) of each func the matching Get finds: the holiday's dates in that year.
// Shapes: *=6,15
// First try (45df1faa): incomplete: IMF0001 on 36 of the 37 members, read as a key-value store keyed by Country with
//   lists of IFixedHolidayFunc as values: Add ('it must take the key, the value'), AddRange ('Range' is no noun of
//   this store), Get() ('it takes no key, but other members do'), the eight Gets by a CountryCode ('code' is not the
//   key, Country), the Gets by a month or a year ('not the key', or 'nothing a key-value store knows' after the
//   country), the fifteen GetFixedHolidays ('a read of several entries takes nothing or a collection of keys');
//   generated: Get(Country country), the list kept under the country | WRONG: Get(country) read a table that nothing
//   fills (the adds are refused) and answered null, where the real manager answers the holidays whose Country or
//   BelongsToCountry is that country (silent).
// After this round: Get(Country country) is refused too (Sample93Tests; docs/generator.md, key-value store, refused
//   guesses): a store whose values are lists of a type that another member (Add(func), AddRange(funcColl)) takes
//   without a key keeps those items one by one, and a read by a key selects among them, which a table of lists kept
//   under each key does not do. The other refusals are right: the reads filter the holidays by country, region and
//   the years they are in force, and GetFixedHolidays computes each holiday's dates in a year, the functions' own code.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.CosmosHoliday.IFixedHolidayManagerCase;

public enum Country
{
    China,
    UnitedStates,
}

public enum CountryCode
{
    CN,
    US,
}

public static class CountryCodeExtensions
{
    public static Country ToCountry(this CountryCode code) => code == CountryCode.CN ? Country.China : Country.UnitedStates;
}

public enum HolidayType
{
    Public,
    Bank,
    Religion,
}

public class DailyAnswer
{
    public string Name { get; set; }
    public HolidayType Type { get; set; }
    public DateTime FromDate { get; set; }
    public DateTime ToDate { get; set; }
    public CountryCode CountryCode { get; set; }
}

public interface IHolidayFunc
{
    Country Country { get; }
    Country BelongsToCountry { get; }
    string RegionCode { get; }
    List<string> RegionCodes { get; }
    string GetRegionCode();
    bool MatchRegion(string regionCode);
    HolidayType HolidayType { get; }
    string Name { get; }
    string I18NIdentityCode { get; }
    string GlobalizationKey { get; }
}

public interface IFixedHolidayFunc : IHolidayFunc
{
    int Month { get; }
    int Day { get; }
    (int Month, int Day)? FromDate { get; set; }
    (int Month, int Day)? ToDate { get; set; }
    int Length { get; }
    bool MatchDate(int month);
    bool MatchDate(int month, int day);
    int? Since { get; }
    int? End { get; }
    int? TimeStepValue { get; }
    DailyAnswer ToDailyAnswer(int year);
}

public sealed class FixedHoliday : IFixedHolidayFunc
{
    public FixedHoliday(Country country, CountryCode code, string name, int month, int day)
    {
        Country = country;
        BelongsToCountry = country;
        Code = code;
        Name = name;
        Month = month;
        Day = day;
    }

    public CountryCode Code { get; }
    public Country Country { get; }
    public Country BelongsToCountry { get; }
    public string RegionCode => null;
    public List<string> RegionCodes { get; } = new();
    public string GetRegionCode() => null;
    public bool MatchRegion(string regionCode) => RegionCodes.Count == 0 || RegionCodes.Contains(regionCode);
    public HolidayType HolidayType => HolidayType.Public;
    public string Name { get; }
    public string I18NIdentityCode => Name;
    public string GlobalizationKey => Name;
    public int Month { get; }
    public int Day { get; }
    public (int Month, int Day)? FromDate { get; set; }
    public (int Month, int Day)? ToDate { get; set; }
    public int Length => 1;
    public bool MatchDate(int month) => month == Month;
    public bool MatchDate(int month, int day) => month == Month && day == Day;
    public int? Since { get; set; }
    public int? End { get; set; }
    public int? TimeStepValue => null;

    public DailyAnswer ToDailyAnswer(int year) => new()
    {
        Name = Name,
        Type = HolidayType,
        FromDate = new DateTime(year, Month, Day),
        ToDate = new DateTime(year, Month, Day),
        CountryCode = Code,
    };
}

[InMemoryFake]
public interface IFixedHolidayManager
{
    #region Add

    void Add(IFixedHolidayFunc func);

    void AddRange(IEnumerable<IFixedHolidayFunc> funcColl);

    #endregion

    #region Get func

    IEnumerable<IFixedHolidayFunc> Get();
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code);
    IEnumerable<IFixedHolidayFunc> Get(Country country);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, string regionCode);
    IEnumerable<IFixedHolidayFunc> Get(Country country, string regionCode);
    IEnumerable<IFixedHolidayFunc> Get(int month);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, int month);
    IEnumerable<IFixedHolidayFunc> Get(Country country, int month);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, string regionCode, int month);
    IEnumerable<IFixedHolidayFunc> Get(Country country, string regionCode, int month);
    IEnumerable<IFixedHolidayFunc> Get(int year, int month);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, int year, int month);
    IEnumerable<IFixedHolidayFunc> Get(Country country, int year, int month);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, string regionCode, int year, int month);
    IEnumerable<IFixedHolidayFunc> Get(Country country, string regionCode, int year, int month);
    IEnumerable<IFixedHolidayFunc> Get(int year, int month, int day);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, int year, int month, int day);
    IEnumerable<IFixedHolidayFunc> Get(Country country, int year, int month, int day);
    IEnumerable<IFixedHolidayFunc> Get(CountryCode code, string regionCode, int year, int month, int day);
    IEnumerable<IFixedHolidayFunc> Get(Country country, string regionCode, int year, int month, int day);

    #endregion

    #region Get DailyAnswer

    IEnumerable<DailyAnswer> GetFixedHolidays(int year);
    IEnumerable<DailyAnswer> GetFixedHolidays(CountryCode code, int year);
    IEnumerable<DailyAnswer> GetFixedHolidays(Country country, int year);
    IEnumerable<DailyAnswer> GetFixedHolidays(CountryCode code, string regionCode, int year);
    IEnumerable<DailyAnswer> GetFixedHolidays(Country country, string regionCode, int year);
    IEnumerable<DailyAnswer> GetFixedHolidays(int year, int month);
    IEnumerable<DailyAnswer> GetFixedHolidays(CountryCode code, int year, int month);
    IEnumerable<DailyAnswer> GetFixedHolidays(Country country, int year, int month);
    IEnumerable<DailyAnswer> GetFixedHolidays(CountryCode code, string regionCode, int year, int month);
    IEnumerable<DailyAnswer> GetFixedHolidays(Country country, string regionCode, int year, int month);
    IEnumerable<DailyAnswer> GetFixedHolidays(int year, int month, int day);
    IEnumerable<DailyAnswer> GetFixedHolidays(CountryCode code, int year, int month, int day);
    IEnumerable<DailyAnswer> GetFixedHolidays(Country country, int year, int month, int day);
    IEnumerable<DailyAnswer> GetFixedHolidays(CountryCode code, string regionCode, int year, int month, int day);
    IEnumerable<DailyAnswer> GetFixedHolidays(Country country, string regionCode, int year, int month, int day);

    #endregion
}

public static class Smoke
{
    public static Task RunAsync(IFixedHolidayManager holidays)
    {
        Check.Equal(0, holidays.Get().Count(), "a new manager holds no fixed holiday");

        var newYear = new FixedHoliday(Country.China, CountryCode.CN, "New Year", 1, 1);
        var independence = new FixedHoliday(Country.UnitedStates, CountryCode.US, "Independence Day", 7, 4) { Since = 1870 };
        holidays.Add(newYear);
        holidays.AddRange(new IFixedHolidayFunc[] { independence });
        holidays.Add(null);
        Check.Equal(2, holidays.Get().Count(), "Add and AddRange put each holiday in (null is ignored)");

        Check.Equal("New Year", holidays.Get(1).Single().Name, "Get(month) lists the holidays of that month");
        Check.Equal(0, holidays.Get(2).Count(), "and none of another month");
        Check.Throws<Exception>(() => holidays.Get(13).ToList(), "a month outside 1..12 throws");
        Check.Equal("Independence Day", holidays.Get(Country.UnitedStates).Single().Name, "Get(country) keeps that country's holidays");
        Check.Equal("New Year", holidays.Get(CountryCode.CN).Single().Name, "Get(code) keeps the holidays of the code's country");
        Check.Equal(0, holidays.Get(1800, 7).Count(), "Get(year, month) keeps a holiday only in the years it is in force");
        Check.Equal("Independence Day", holidays.Get(2020, 7, 4).Single().Name, "Get(year, month, day) finds the holiday of that day");

        var answer = holidays.GetFixedHolidays(CountryCode.US, 2020).Single();
        Check.Equal(new DateTime(2020, 7, 4), answer.FromDate, "GetFixedHolidays answers the holiday's date in that year");
        Check.Equal(2, holidays.GetFixedHolidays(2021).Count(), "for every holiday in force");
        return Task.CompletedTask;
    }
}
