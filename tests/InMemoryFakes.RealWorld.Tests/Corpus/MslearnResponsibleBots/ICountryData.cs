// Source: https://github.com/MicrosoftDocs/mslearn-responsible-bots
// Commit: 7856d46f4485cf1aabaf976898d6e2bc3dba992d
// Licence: MIT (LICENSE): a class's public members transcribed for a test
// Sample: h-sample53 rule, fixed before probing (Corpus/MslearnMrAdtInUnity/ITurbineSiteData.cs gives it whole, with
//   the repositories skipped and why). This one: the 3rd pick, the only grep hit of responsible-bots.
// Path: src/CountryData.cs (Country is declared in the same file; used by src/Bots/EchoBot.cs)
// Adapted: the interface is what "Extract interface" gives from CountryData (GetCapital, GetCountry, GetFlag,
//   GetPopulation; its Countries and Flags properties are protected). Country as it is (its only constructor parses a
//   line of worldcities.csv). Nullable disabled, as in the source (netcoreapp2.1, no Nullable).
// Real store: CountryData reads two files once, in its constructor: worldcities.csv (simplemaps' world cities: every
//   city, not only capitals, most populous first) into Country rows whose Capital is the line's city (field 0), Name
//   its country (field 4) and Population field 9; and countryflags.csv into a Dictionary of the lower-cased country
//   name to its flag's URL. Nothing writes after that. GetCapital(country) is the Capital of the FIRST row, in the
//   file's order, whose Name equals the text ignoring case (ToLower on both sides), else null; GetCountry(city) the
//   Name of the first row whose Capital equals the city ignoring case, else null; GetPopulation(city) that row's
//   Population, else null; GetFlag(country) the URL stored under the lower-cased name, else null. A null argument
//   throws NullReferenceException (ToLower of null). The script seeds three rows (the fake has no file to read).
// First try (10e6d05): incomplete, no member generated: read as a key-value store of strings keyed by string (Country
//   has no key and no member takes or returns it), with IMF0001 on all four (GetCapital, GetCountry, GetFlag and
//   GetPopulation "are not known verbs"). The probe cannot run: no generated member stores Country, so the script's
//   seed fails | WRONG: none (no member generated).
// After this round: unchanged, and rightly: each member reads one property of the first row, in the file's order, whose
//   other property equals the text ignoring case (GetFlag from another file): an order, a comparison and a source no
//   signature gives.
#nullable disable

using System;
using System.Collections.Generic;
using System.Linq;
using InMemoryFakes;

namespace Corpus.MslearnResponsibleBots.ICountryDataCase;

public class Country
{
    public Country(string s)
    {
        var t = s.Split(',');
        Capital = t[0].Trim('"');
        Name = t[4].Trim('"');
        float res;
        Population =
            float.TryParse(t[9].Trim('"'), out res) ? (int)res : 0;
    }

    public string Name { get; set; }
    public string Capital { get; set; }
    public int Population { get; set; }
}

[InMemoryFake]
public interface ICountryData
{
    string GetCapital(string country);

    string GetCountry(string city);

    string GetFlag(string country);

    int? GetPopulation(string city);
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(ICountryData data)
    {
        ((IInMemoryFake)data).Seed(
            new Country("\"Sydney\",\"Sydney\",\"-33.8650\",\"151.2094\",\"Australia\",\"AU\",\"AUS\",\"New South Wales\",\"admin\",\"4840600\",\"1036074917\""),
            new Country("\"Melbourne\",\"Melbourne\",\"-37.8136\",\"144.9631\",\"Australia\",\"AU\",\"AUS\",\"Victoria\",\"admin\",\"4529500\",\"1036533631\""),
            new Country("\"Paris\",\"Paris\",\"48.8566\",\"2.3522\",\"France\",\"FR\",\"FRA\",\"Île-de-France\",\"primary\",\"11020000\",\"1250015082\""));

        Check.Equal("Sydney", data.GetCapital("Australia"), "GetCapital is the city of the first row of the country (the file's order)");
        Check.Equal("Paris", data.GetCapital("france"), "comparing the country's name ignoring case");
        Check.Null(data.GetCapital("Atlantis"), "GetCapital of a country with no row is null");

        Check.Equal("Australia", data.GetCountry("melbourne"), "GetCountry is the country of the first row of the city, ignoring case");
        Check.Null(data.GetCountry("Gotham"), "GetCountry of a city with no row is null");

        Check.Equal(11020000, data.GetPopulation("PARIS"), "GetPopulation is the city's population, ignoring case");
        Check.Null(data.GetPopulation("Gotham"), "GetPopulation of a city with no row is null");

        Check.Null(data.GetFlag("Atlantis"), "GetFlag of a country with no flag is null (the flags are another file, not the rows)");
        Check.Throws<NullReferenceException>(() => data.GetCapital(null), "a null country throws NullReferenceException (ToLower of null)");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
