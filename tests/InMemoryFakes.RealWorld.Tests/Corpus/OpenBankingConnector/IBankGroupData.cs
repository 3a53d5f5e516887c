// Source: https://github.com/finlabsuk/open-banking-connector
// Commit: 51a4c8fd641f
// Licence: MIT (an interface signature and minimal models transcribed for a test)
// Sample: h-sample83 rule, fixed before looking at any interface: the repositories find_repos("Bank") lists, in its
//   order, keeping those with C# files (then find_repos("Wallet") if the list ran out); in each, the first C# interface
//   in path order (git ls-files of the newest stored snapshot) whose implementation in the same repository keeps state
//   (a database, cache, blob, table, in-memory collection), with at least 3 members (inherited ones count), outside
//   test paths, not a corpus source already; at most 1 per repository; stop after 5. 57 of the first 69 listed hold no
//   C# file; SoyGustavoFernandez/corebank, szapata85/ACHInterbank and dbaranovsky/PXQuestionBankAdmin have no licence
//   (skipped); KOSASIH/pi-nexus-autonomous-banking-network, databankbni/hf-spaces-mirror-s1,
//   bankcheck/bankcheck.github.io and nassarwafik/ExamBank791381 have no such interface. Picks, in order:
//   AndrewMcLachlan/MooBank ILogicalAccountRepository, SwedbankPay/swedbank-pay-sdk-dotnet IOperationList,
//   biobankinguk/biobankinguk ICapabilityIndexProvider, BankaiNoJutsu/NexusForever IMap,
//   finlabsuk/open-banking-connector IBankGroupData<TBank>.
//   This one: the 5th, of finlabsuk/open-banking-connector: ISupportsValidation (1 member), IGenericHostKeySecretProvider
//   (1) and the non-generic IBankGroupData (none) come first; IBankGroupData<TBank> declares 3, and its implementation
//   (BankGroupBase, through IBankGroupData<TBank, TRegistrationGroup>) keeps a ConcurrentDictionary<BankProfileEnum, TBank>.
// Path: src/OpenBanking.Library.Connector/BankProfiles/BankGroups/IBankGroupData.cs (implementation: BankGroupBase.cs and
//   one class per bank group, here Barclays.cs; models: BankGroup.cs, ../BankProfileEnum.cs)
// Adapted: BankGroup keeps Barclays and Chase of its 14 groups, BankProfileEnum the seven Barclays profiles and
//   Chase_Chase of its 60-odd, without their JSON attributes; BarclaysBank as in Barclays.cs. The interface is faked
//   closed over BarclaysBank on a partial class ([InMemoryFake(typeof(IBankGroupData<BarclaysBank>))]), as the source
//   closes it (Barclays : BankGroupBase<BarclaysBank, BarclaysRegistrationGroup>). One namespace. Nullable enabled, as in
//   the source.
// Real store: Barclays (BankGroupBase): BankGroup is the group given to the constructor (Barclays); GetBank(profile)
//   reads a fixed table of the group's profiles (Barclays_Sandbox -> Sandbox, Barclays_Personal -> Personal, ...) and
//   throws ArgumentOutOfRangeException for a profile of another group; GetBankProfile(bank) is the profile the table
//   maps to that bank (Single: every bank has one). The table is compiled in; nothing writes it.
// Shapes: *=core
// First try (93199585): incomplete: IMF0001 BankGroup (a property that is no Count, Keys, Values or settings object),
//   GetBankProfile ('Profile' after the verb's noun Bank is read by no convention) | WRONG: none: GetBank(profile) reads
//   the fake's table of BarclaysBank values by BankProfileEnum, the table the real class compiles in (a test fills the
//   fake's); a profile not in it throws the fake's not-found error where the real one throws
//   ArgumentOutOfRangeException (loud both).
// After this round: unchanged, and the refusals are right: BankGroup is a constant of the class, and GetBankProfile is a
//   reverse lookup of the same table (Single over its values), which no convention reads from its name.
#nullable enable

using System;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.OpenBankingConnector.IBankGroupDataCase;

public enum BankGroup
{
    Barclays,
    Chase,
}

public enum BankProfileEnum
{
    Barclays_Sandbox,
    Barclays_Personal,
    Barclays_Wealth,
    Barclays_Barclaycard,
    Barclays_Business,
    Barclays_Corporate,
    Barclays_BarclaycardCommercialPayments,
    Chase_Chase,
}

public enum BarclaysBank
{
    Sandbox,
    Personal,
    Wealth,
    Barclaycard,
    Business,
    Corporate,
    BarclaycardCommercialPayments
}

public interface IBankGroupData { }

public interface IBankGroupData<TBank> : IBankGroupData
    where TBank : struct, Enum
{
    BankGroup BankGroup { get; }

    TBank GetBank(BankProfileEnum bankProfile);

    BankProfileEnum GetBankProfile(TBank bank);
}

[InMemoryFake(typeof(IBankGroupData<BarclaysBank>))]
public partial class BarclaysBankGroupFake;

public static class Smoke
{
    public static Task RunAsync(IBankGroupData<BarclaysBank> barclays)
    {
        Check.Equal(BankGroup.Barclays, barclays.BankGroup, "BankGroup is the group of the class");
        Check.Equal(BarclaysBank.Personal, barclays.GetBank(BankProfileEnum.Barclays_Personal), "GetBank reads the group's compiled-in table");
        Check.Equal(BarclaysBank.BarclaycardCommercialPayments, barclays.GetBank(BankProfileEnum.Barclays_BarclaycardCommercialPayments), "every profile of the group has its bank");
        Check.Throws<ArgumentOutOfRangeException>(() => barclays.GetBank(BankProfileEnum.Chase_Chase), "a profile of another group throws");
        Check.Equal(BankProfileEnum.Barclays_Wealth, barclays.GetBankProfile(BarclaysBank.Wealth), "GetBankProfile is the profile the table maps to the bank");
        return Task.CompletedTask;
    }
}
