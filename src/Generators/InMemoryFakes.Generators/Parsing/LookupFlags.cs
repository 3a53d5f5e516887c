using System.Linq;
using Microsoft.CodeAnalysis;

namespace InMemoryFakes.Generators.Parsing;

/// <summary>
/// A <c>bool</c> flag named in front of the entity word of a lookup that takes parameters (<c>GetActiveUser(int id)</c>,
/// <c>GetPublishedPosts(authorId)</c>, <c>CountUnreadMessages(userId)</c>, <c>DeleteInactiveUsers(tenantId)</c>): one more
/// condition, the flag set (cleared after <c>In</c>/<c>Un</c>/<c>Non</c>/<c>Not</c>), AND-ed with the parameters' equalities,
/// as the real store's <c>Where(u =&gt; u.Id == id &amp;&amp; u.IsActive)</c>. The same reading as a parameterless flag query
/// (<c>ListActive()</c>) and a derived query's subject flag (<c>GetActiveTokensByUserId</c>), for the names without
/// <c>By</c>. Only where the word would otherwise leave the lookup unproven: exactly one flag word, right before an
/// entity word or <c>For</c> (<c>GetUnreadForUser(userId)</c>, since session 20), or alone (<c>GetUnread(userId)</c>,
/// since session 24); a word that names no <c>bool</c> property (<c>GetLockedUser(id)</c> without <c>IsLocked</c>), or that an
/// enum property's member names too (<see cref="EntityParameters.NamedFlag"/>), stays refused.
/// </summary>
internal static class LookupFlags
{
    /// <summary>
    /// The flag a lookup's noun begins with (<c>ActiveUser</c>, <c>InactiveUsersForTenant</c>), and the noun without it in
    /// <paramref name="rest"/>; null when the first word names no <c>bool</c> property, or when more words follow it and
    /// they do not begin with an entity word, <c>For</c> or <c>By</c> (the flag alone is enough: <c>GetUnreadCount(userId)</c>,
    /// <c>GetUnread(userId)</c>).
    /// </summary>
    public static IPropertySymbol? Leading(ParseContext context, EntityInfo entity, string noun, out string rest, out bool negated)
    {
        rest = noun;
        negated = false;
        var words = QueryNameParser.SplitWords(noun);
        if (words.Count == 1 && EntityParameters.NamedFlag(context, entity, noun, out negated, out _) is { } alone)
        {
            // A flag alone before the parameters (GetUnreadCountAsync(userId), GetUnreadAsync(userId), GetActive(tenantId)):
            // what the member reads is this store's rows (its result or its count says so), as in the parameterless
            // CountUnread() and GetActive(); the flag is one more condition beside the parameters' equalities.
            rest = "";
            return alone;
        }

        if (words.Count < 2)
        {
            return null;
        }

        // The entity word after the flag (GetUnreadMessagesForUser), or For or By and the parameters' words (GetUnreadForUser(userId)
        // of a message repository, AnyAbnormalByPatientId(patientId) of lab results: the entity word left out, the parameter named).
        if (!EntityParameters.EntityNounWords(context, entity).Any(n => n.Count > 0 && QueryNameParser.StartsWithWords(words, 1, n)) && words[1] is not ("For" or "By"))
        {
            return null;
        }

        if (EntityParameters.NamedFlag(context, entity, words[0], out negated, out _) is not { } flag)
        {
            return null;
        }

        rest = noun.Substring(words[0].Length);
        return flag;
    }
}
