// Source: https://github.com/MicrosoftDocs/mslearn-xamarin-forms-listview
// Commit: ef982368975d18eaf1feb63e93b6dda072ee8717
// Licence: MIT (code, LICENSE-CODE; CC-BY-4.0 documentation): a class's public members transcribed for a test
// Sample: h-sample53 rule, fixed before probing (Corpus/MslearnMrAdtInUnity/ITurbineSiteData.cs gives it whole, with
//   the repositories skipped and why). This one: the 6th and last pick, the first grep hit of xamarin-forms-listview.
// Path: src/exercise1/final/FlagData/FlagRepository.cs (model: FlagData/Flag.cs; data: FlagData/Data/flags.xml and
//   countries.csv, embedded resources; caller: FlagData/FlagDetailsViewModel.cs)
// Adapted: the interface is what "Extract interface" gives from FlagRepository (Countries, Flags, FindByCountry,
//   GetCountries). Flag keeps its six properties and its INotifyPropertyChanged plumbing, in one helper. Nullable
//   disabled, as in the source (netstandard2.0).
// Real store: the constructor reads flags.xml into a List<Flag> sorted by Country (12 flags) and countries.csv into a
//   List<string> of every country's name (about 200, for the page's country picker: not the flags' countries); nothing
//   writes after that. Flags returns that list itself: the same Flag objects each time, which the page binds two-way
//   (an edit of a flag's Description or DateAdopted on the page is the stored flag's), and FlagDetailsViewModel finds
//   the current flag with Flags.IndexOf(flag) (reference equality: Flag overrides no Equals). FindByCountry(country) is
//   the first flag whose Country equals the text ignoring case (OrdinalIgnoreCase), else null. GetCountries() is
//   Flags.Select(f => f.Country): the flags' countries, in the list's order (by country). Countries is the other list,
//   which no member can fill: the script reads it without checking it. The script seeds three flags, in the order the
//   constructor sorts them into.
// First try (10e6d05): incomplete, nothing generated: IMF0009 (Flag has no key: no Id, FlagId or marked property). The
//   probe cannot run (no generated class) | WRONG: none.
// After this round: unchanged, and rightly: no property is shown to identify a flag (the store reads a file once and
//   FindByCountry takes the first match ignoring case), and Flags hands out the list's own objects, which the page
//   edits through two-way binding (a fake copies unless CopyMode = CopyMode.Reference says otherwise). No Key setting
//   is added: the store shows no rule that a country has one flag.
#nullable disable

using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Linq;
using System.Runtime.CompilerServices;
using InMemoryFakes;

namespace Corpus.MslearnXamarinFormsListview.IFlagRepositoryCase;

public class Flag : INotifyPropertyChanged
{
    private DateTime _dateAdopted;
    private string _country;
    private bool _includesShield;
    private string _description;
    private Uri _moreInformationUrl;
    private string _imageUrl;

    public event PropertyChangedEventHandler PropertyChanged;

    public string Country
    {
        get { return _country; }
        set { ChangePropertyValue(ref _country, value); }
    }

    public string ImageUrl
    {
        get { return _imageUrl; }
        set { ChangePropertyValue(ref _imageUrl, value); }
    }

    public DateTime DateAdopted
    {
        get { return _dateAdopted; }
        set { ChangePropertyValue(ref _dateAdopted, value); }
    }

    public bool IncludesShield
    {
        get { return _includesShield; }
        set { ChangePropertyValue(ref _includesShield, value); }
    }

    public string Description
    {
        get { return _description; }
        set { ChangePropertyValue(ref _description, value); }
    }

    public Uri MoreInformationUrl
    {
        get { return _moreInformationUrl; }
        set { ChangePropertyValue(ref _moreInformationUrl, value); }
    }

    private bool ChangePropertyValue<T>(ref T field, T value, [CallerMemberName] string propertyName = "")
    {
        if (!Equals(field, value))
        {
            field = value;
            PropertyChanged?.Invoke(this, new PropertyChangedEventArgs(propertyName));
            return true;
        }
        return false;
    }

    public override string ToString()
    {
        return Country;
    }
}

[InMemoryFake]
public interface IFlagRepository
{
    IList<string> Countries { get; }

    IList<Flag> Flags { get; }

    Flag FindByCountry(string country);

    IEnumerable<string> GetCountries();
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(IFlagRepository repository)
    {
        ((IInMemoryFake)repository).Seed(
            new Flag { Country = "Brazil", ImageUrl = "FlagData.Images.brazil.png", DateAdopted = new DateTime(1889, 11, 19), IncludesShield = false, Description = "Green and yellow" },
            new Flag { Country = "Canada", ImageUrl = "FlagData.Images.canada.png", DateAdopted = new DateTime(1965, 2, 15), IncludesShield = false, Description = "The maple leaf" },
            new Flag { Country = "Nepal", ImageUrl = "FlagData.Images.nepal.png", DateAdopted = new DateTime(1962, 12, 16), IncludesShield = true, Description = "Two pennants" });

        Check.Equal("Nepal", Check.NotNull(repository.FindByCountry("nepal"), "FindByCountry finds a flag ignoring case (OrdinalIgnoreCase)").Country, "the flag of that country");
        Check.Null(repository.FindByCountry("Atlantis"), "FindByCountry of a country without a flag is null");
        Check.Equal("Brazil,Canada,Nepal", string.Join(",", repository.GetCountries()), "GetCountries is the flags' countries, in the list's order");

        var flags = repository.Flags;
        Check.Equal(3, flags.Count, "Flags lists every flag");
        Check.Equal(1, repository.Flags.IndexOf(flags[1]), "the same flag objects each time: IndexOf of a flag read before finds it (the view model's CurrentFlag setter)");
        flags[2].Description = "The only non-rectangular flag";
        Check.Equal("The only non-rectangular flag", repository.FindByCountry("Nepal").Description, "a flag edited through the page's two-way binding is the stored flag");

        _ = repository.Countries; // the picker's list of every country, read from countries.csv: nothing here can fill it
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
