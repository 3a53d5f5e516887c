// Source: https://github.com/fmbot-discord/fmbot
// Commit: 041fa21471d2
// Licence: Apache-2.0 with the Commons Clause (no selling of the software; an interface signature transcribed for a
//   test)
// Sample: h-sample74 rule, fixed before probing (the rule and the walk are in Corpus/Modix/IClaimMappingRepository.cs):
//   the first C# interface outside test paths, in ordinal path order at the newest snapshot, with at least 3 members
//   and an implementation in the same repository that keeps state; not a corpus source already; a licence that allows
//   transcribing a signature; at most 1 per repository; stop after 5. This one: the 3rd pick (the 50th repository of
//   find_repos("Discord"), the .fmbot Last.fm Discord bot), the first interface of the repository in path order.
// Path: src/FMBot.Bot/Interfaces/IPrefixService.cs (implementation src/FMBot.Bot/Services/PrefixService.cs)
// Adapted: nothing (no model). Nullable disabled, as in the source (FMBot.Bot does not enable it).
// Real store: PrefixService over a static ConcurrentDictionary<ulong, string> of text-command prefixes by Discord guild
//   id, filled from the Guilds table (FMBotDbContext). StorePrefix(prefix, key) sets the guild's prefix, and removes it
//   when prefix is null. GetPrefix(key) answers the guild's prefix, or the bot's configured default prefix
//   (BotSettings.Bot.Prefix) when the guild has none or key is null. RemovePrefix(key) removes the guild's prefix
//   (nothing when it has none). LoadAllPrefixes() stores the prefix of every guild row that has one. ReloadPrefix(id)
//   reads that guild's row: stores its prefix, or removes the entry when there is no row (a row whose prefix is null
//   removes it too, through StorePrefix).
// Shapes: StorePrefix=*; GetPrefix=*; RemovePrefix=1; LoadAllPrefixes=*; ReloadPrefix=*
// First try (ddd0e550): incomplete: read as a key-value store of string by ulong; IMF0001 StorePrefix (its first
//   parameter, prefix, is not the key), GetPrefix (a ulong? key: what null does is the store's), LoadAllPrefixes (a
//   Task with no result read as a list), ReloadPrefix (no known verb); RemovePrefix generated (removes the key) |
//   WRONG: none (RemovePrefix removes the entry, as ConcurrentDictionary.TryRemove does; nothing when absent).
// After this round: unchanged. The refusals are right for GetPrefix (a missing or null key answers the configured
//   default, no null), LoadAllPrefixes and ReloadPrefix (they read the database the interface does not show).
//   StorePrefix is a set whose parameters are named (prefix, the noun; key) but in value-then-key order, and a null
//   prefix removes; a convention for that order was not written this round (see the round's section).
//   Since h-leftover3 (session 29) StorePrefix is generated: a write whose value comes first is read as a set when the
//   names say which is which (key named key, prefix named after the member's noun); a null prefix is
//   ArgumentNullException where fmbot removes the entry (loud). Still incomplete: GetPrefix, LoadAllPrefixes and
//   ReloadPrefix stay refused, rightly.
#nullable disable

using System.Threading.Tasks;
using InMemoryFakes;

namespace Corpus.Fmbot.IPrefixServiceCase;

[InMemoryFake]
public interface IPrefixService
{
    void StorePrefix(string prefix, ulong key);

    string GetPrefix(ulong? key);

    void RemovePrefix(ulong key);

    Task LoadAllPrefixes();

    Task ReloadPrefix(ulong discordGuildId);
}

public static class Smoke
{
    public static Task RunAsync(IPrefixService prefixes)
    {
        // The default prefix is configuration (BotSettings.Bot.Prefix): the script compares with it, never a literal.
        var defaultPrefix = prefixes.GetPrefix(null);
        Check.Equal(defaultPrefix, prefixes.GetPrefix(1UL), "a guild with no prefix gets the default one");

        prefixes.StorePrefix("!", 1UL);
        prefixes.StorePrefix("?", 2UL);
        Check.Equal("!", prefixes.GetPrefix(1UL), "StorePrefix sets the guild's prefix");
        Check.Equal("?", prefixes.GetPrefix(2UL), "per guild");
        Check.Equal(defaultPrefix, prefixes.GetPrefix(null), "a null guild id still gets the default");

        prefixes.StorePrefix("$", 1UL);
        Check.Equal("$", prefixes.GetPrefix(1UL), "StorePrefix replaces the guild's prefix");

        prefixes.RemovePrefix(1UL);
        Check.Equal(defaultPrefix, prefixes.GetPrefix(1UL), "RemovePrefix brings back the default");
        prefixes.RemovePrefix(1UL);
        Check.Equal("?", prefixes.GetPrefix(2UL), "removing a missing prefix changes nothing");

        prefixes.StorePrefix(null, 2UL);
        Check.Equal(defaultPrefix, prefixes.GetPrefix(2UL), "StorePrefix(null) removes the guild's prefix");
        return Task.CompletedTask;
    }
}
