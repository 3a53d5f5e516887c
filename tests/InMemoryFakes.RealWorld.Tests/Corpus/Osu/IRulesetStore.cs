// Source: https://github.com/ppy/osu
// Commit: e9451fe70b91
// Licence: MIT
// Sample: h-sample5 rule, fixed before probing: in these repositories, in this order (loic-sharma/BaGet,
//   Kareadita/Kavita, NuGet/NuGetGallery, smartstore/Smartstore, grandnode/grandnode2, akkadotnet/akka.net, ppy/osu,
//   dnnsoftware/Dnn.Platform, btcpayserver/btcpayserver, Sonarr/Sonarr, Azure/azure-functions-host, duplicati/duplicati),
//   skipping any the find_repos/fetch tools do not hold or already in the corpus, stopping after 8 usable ones, at its
//   newest stored snapshot: the first 2 interfaces in ordinal path order, outside paths containing "test" (any case),
//   whose name ends in Repository, Store, Storage or Cache and that declare at least 3 members. BaGet and akka.net had
//   none, Dnn.Platform's snapshot is too large to fetch, azure-functions-host had one: 15 interfaces from 8
//   repositories (Kavita, NuGetGallery, Smartstore, grandnode2, osu, btcpayserver, Sonarr, azure-functions-host).
//   This one: the 2nd of ppy/osu.
// Path: osu.Game/Rulesets/IRulesetStore.cs (models: IRulesetInfo.cs, RulesetInfo.cs, osu.Game/Database/IHasOnlineID.cs)
// Adapted: IRulesetInfo drops CreateInstance and its IEquatable/IComparable; RulesetInfo (the one implementation, a
//   Realm object keyed by ShortName) keeps ShortName, OnlineID, Name, InstantiationInfo and Available. The project's
//   <Nullable>enable</Nullable> is kept.
// Real store: osu.Game/Rulesets/RulesetStore.cs (RealmRulesetStore.cs fills it from the loaded ruleset assemblies):
//   AvailableRulesets the rulesets that loaded and are available, sorted; GetRuleset(int id) the available ruleset
//   whose OnlineID equals id, or null; GetRuleset(string shortName) the one whose ShortName equals shortName, or null.
// Shapes: *=15; AvailableRulesets=12
// First try (ffaa154): incomplete: IMF0001 GetRuleset(int), AvailableRulesets | WRONG: none (GetRuleset(string) is
//   generated as a key-value read keyed by the short name, the real RulesetInfo's primary key)
#nullable enable

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Osu.IRulesetStoreCase;

public interface IHasOnlineID<out T>
    where T : IEquatable<T>
{
    T OnlineID { get; }
}

public interface IRulesetInfo : IHasOnlineID<int>
{
    string Name { get; }

    string ShortName { get; }

    string InstantiationInfo { get; }
}

public class RulesetInfo : IRulesetInfo
{
    public RulesetInfo(string shortName, string name, string instantiationInfo, int onlineID)
    {
        ShortName = shortName;
        Name = name;
        InstantiationInfo = instantiationInfo;
        OnlineID = onlineID;
    }

    public string ShortName { get; set; }

    public int OnlineID { get; set; }

    public string Name { get; set; }

    public string InstantiationInfo { get; set; }

    public bool Available { get; set; }
}

[InMemoryFake]
public interface IRulesetStore
{
    IRulesetInfo? GetRuleset(int id);

    IRulesetInfo? GetRuleset(string shortName);

    IEnumerable<IRulesetInfo> AvailableRulesets { get; }
}

public static class Smoke
{
    public static Task RunAsync(IRulesetStore store)
    {
        ((IInMemoryFake)store).Seed(
            new KeyValuePair<string, IRulesetInfo>("osu", new RulesetInfo("osu", "osu!", "osu.Game.Rulesets.Osu.OsuRuleset", 0) { Available = true }),
            new KeyValuePair<string, IRulesetInfo>("mania", new RulesetInfo("mania", "osu!mania", "osu.Game.Rulesets.Mania.ManiaRuleset", 3) { Available = true }));
        Check.Equal("osu!", store.GetRuleset("osu")?.Name, "GetRuleset(shortName) finds the ruleset");
        Check.Null(store.GetRuleset("taiko"), "GetRuleset of an unknown short name is null");
        Check.Equal("osu!mania", store.GetRuleset(3)?.Name, "GetRuleset(id) finds the ruleset by OnlineID");
        Check.Null(store.GetRuleset(1), "GetRuleset of an unknown OnlineID is null");
        Check.Equal(2, store.AvailableRulesets.Count(), "AvailableRulesets lists the available rulesets");
        return Task.CompletedTask;
    }
}
