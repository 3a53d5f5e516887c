// Source: https://github.com/DevToys-app/DevToys
// Commit: 290b0ae0c397
// Licence: MIT (an interface signature transcribed for a test)
// Sample: h-sample35 rule, fixed before probing: in these repositories, in this order (NEventStore/NEventStore,
//   BrighterCommand/Brighter, ProximoSrl/NStore, yevhen/Streamstone, stratisproject/StratisFullNode,
//   NethermindEth/nethermind, JosefNemec/Playnite, Flow-Launcher/Flow.Launcher, blogifierdotnet/Blogifier,
//   madskristensen/Miniblog.Core, HTBox/allReady, akkadotnet/akka.net, DevToys-app/DevToys, ShareX/ShareX), skipping
//   any the tools do not hold or that are over fetch's limit, and every interface already in the corpus (grep of
//   Corpus/ for its name and source path), at the newest stored snapshot (fetch, then git grep for
//   `interface I\w*(Repository|Repo|Store|Storage|Cache|Persistence|Outbox|Inbox|Db)\b` in *.cs, paths sorted
//   ordinally): the first interfaces in ordinal path order not yet in the corpus (at most 2 per repository), outside
//   paths containing "test" (any case), that declare at least 3 members (inherited ones count if the base interface is
//   in the same repository); stop after 8; each transcribed whole (up to 50 members).
//   NethermindEth/nethermind (651 MB) is over fetch's 500 MB limit: skipped. NEventStore, Streamstone, Playnite,
//   Flow.Launcher, Blogifier and Miniblog.Core have no such interface; allReady's only one (ITwitterRepository) is
//   commented out; akka.net's only one (ITestSnapshotStore) is under src/core/Akka.Persistence.TestKit/. Brighter's
//   IAmAnInbox and IAmAnOutbox declare 1 member each (a Tracer setter), NStore's IEnhancedPersistence 1;
//   StratisFullNode's IKeyRepository, INBitcoinBlockRepository and IBlockTransactionMapStore 1 each and
//   ITransactionRepository 2 (it is in the corpus too, transcribed whole beside Corpus/NBitcoin/
//   IColoredTransactionRepository.cs), and its src/NBitcoin/OpenAsset/IColoredTransactionRepository.cs is in the corpus
//   (Corpus/NBitcoin, from MetacoSA/NBitcoin). No other interface of these repositories was in the corpus. So the rule
//   picks 8, in order: Brighter IAmACausationTrackingOutbox and IAmACausationTrackingInbox; NStore IGlobalPersistence
//   and IPartitionPersistence; StratisFullNode IChainStore and IBlockRepository (with its base IBlockStore); DevToys
//   IFileStorage and ISettingsStorage (ShareX not reached).
//   This one: the 2nd of DevToys-app/DevToys (3 members).
// Path: src/app/dev/DevToys.Core/Settings/ISettingsStorage.cs (real stores: src/app/dev/platforms/desktop/DevToys.Windows/
//   Core/SettingsStorage.cs, and the same code in DevToys.Linux/Core, DevToys.MacOS/Core and DevToys.CLI/Core/Settings;
//   used by src/app/dev/DevToys.Core/Settings/SettingsProvider.cs)
// Adapted: XML comments dropped. Nullable enabled, as in the source.
// Real store: SettingsStorage (Windows; Linux, macOS and the CLI the same): a ConcurrentDictionary<string, string>
//   loaded once from settings.ini (name=value lines) through IFileStorage. WriteSetting(name, value) stores
//   value?.ToString() ?? "" (a string: an int 5 is read back as "5", a bool true as "True", null as "") under the
//   name, replacing any, and saves the whole file in the background. TryReadSetting(name, out value) is true with the
//   stored string, or false with null. ResetSetting(name) removes the name (nothing for a missing one).
//   SettingsProvider turns the string back into the setting's type (and writes a default's string form).
// Shapes: *=core
// First try (e79390d): incomplete: IMF0001 WriteSetting (its value is declared object?: what a null value does is the
//   store's own; this one stores "") and ResetSetting (not a known verb); generated: TryReadSetting (a TryGet over a
//   store of object values: true with the stored value, false with null) | WRONG: none in the generated member; what it
//   reads back is what the hand-written WriteSetting stores (the real one stores value?.ToString() ?? "", a string: 14
//   reads back as "14"). The probe passes TryReadSetting of a missing setting and stops at WriteSetting.
// After this round: unchanged. ResetSetting removes the name in this store, but a Reset verb may as well write a
//   default back (no signature says which), so it stays refused; WriteSetting's refusal is right (its null is stored
//   as "", and every value as its string, which is the store's own conversion).
#nullable enable

using System.Diagnostics.CodeAnalysis;
using InMemoryFakes;

namespace Corpus.DevToys.ISettingsStorageCase;

[InMemoryFake]
public interface ISettingsStorage
{
    void WriteSetting(string settingName, object? value);

    bool TryReadSetting(string settingName, [MaybeNullWhen(false)] out object? value);

    void ResetSetting(string settingName);
}

public static class Smoke
{
    public static System.Threading.Tasks.Task RunAsync(ISettingsStorage storage)
    {
        Check.False(storage.TryReadSetting("Theme", out var none), "TryReadSetting of a setting never written is false");
        Check.Null(none, "with null");

        storage.WriteSetting("Theme", "Dark");
        Check.True(storage.TryReadSetting("Theme", out var theme), "TryReadSetting of a written setting is true");
        Check.Equal<object?>("Dark", theme, "with the value written");

        storage.WriteSetting("FontSize", 14);
        Check.True(storage.TryReadSetting("FontSize", out var size), "an int setting is stored");
        Check.Equal<object?>("14", size, "as its string (value?.ToString())");

        storage.WriteSetting("Theme", null);
        Check.True(storage.TryReadSetting("Theme", out var cleared), "a null value is stored too");
        Check.Equal<object?>("", cleared, "as the empty string");

        storage.ResetSetting("Theme");
        Check.False(storage.TryReadSetting("Theme", out _), "ResetSetting removes the setting");
        storage.ResetSetting("NeverWritten");
        return System.Threading.Tasks.Task.CompletedTask;
    }
}
