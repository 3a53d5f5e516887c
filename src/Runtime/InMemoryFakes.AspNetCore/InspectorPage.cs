using System;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using InMemoryFakes.Support;

namespace InMemoryFakes.AspNetCore;

/// <summary>Renders the inspector as one self-contained HTML page (inline CSS, no script, nothing fetched); every value is HTML-encoded.</summary>
internal static class InspectorPage
{
    private const string Style = """
        :root { color-scheme: light; --ink: #1f2430; --muted: #667085; --line: #e4e7ec; --soft: #f6f7f9; --accent: #3b5bdb; --warn: #b42318; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
        header { display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: center; padding: 16px 24px; border-bottom: 1px solid var(--line); background: var(--soft); }
        header h1 { margin: 0; font-size: 18px; }
        header .meta { color: var(--muted); }
        header .actions { margin-left: auto; display: flex; gap: 8px; align-items: center; }
        main { padding: 16px 24px 40px; max-width: 1400px; }
        section.fake { border: 1px solid var(--line); border-radius: 8px; margin: 16px 0; overflow: hidden; }
        .fake-head { display: flex; flex-wrap: wrap; gap: 8px 16px; align-items: center; padding: 12px 16px; border-bottom: 1px solid var(--line); }
        .fake-head h2 { margin: 0; font-size: 16px; }
        .fake-head .type { color: var(--muted); font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
        .fake-head form { margin-left: auto; display: flex; gap: 8px; }
        .badge { display: inline-block; padding: 1px 8px; border-radius: 999px; background: var(--soft); border: 1px solid var(--line); color: var(--muted); font-size: 12px; }
        .table-block { padding: 12px 16px; }
        .table-block h3 { margin: 0 0 8px; font-size: 14px; }
        .table-block h3 .badge { font-weight: normal; margin-left: 6px; }
        table { border-collapse: collapse; width: 100%; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
        th { font-size: 12px; color: var(--muted); font-weight: 600; background: var(--soft); }
        td.key, td.value { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
        td.value pre { margin: 0; white-space: pre-wrap; word-break: break-word; max-height: 220px; overflow: auto; }
        td.num { text-align: right; white-space: nowrap; font-size: 12px; }
        td.when { white-space: nowrap; color: var(--muted); font-size: 12px; }
        .empty { color: var(--muted); font-style: italic; padding: 4px 0; }
        .unshown { color: var(--warn); }
        .calls { padding: 8px 16px 12px; border-top: 1px solid var(--line); background: #fcfcfd; }
        .calls h3 { margin: 0 0 6px; font-size: 13px; }
        .calls ol { margin: 0; padding-left: 18px; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12px; }
        .note { color: var(--muted); font-size: 12px; }
        button { font: inherit; padding: 4px 12px; border-radius: 6px; border: 1px solid var(--line); background: #fff; cursor: pointer; }
        button:hover { border-color: var(--accent); color: var(--accent); }
        button.danger { border-color: #f3c7c3; color: var(--warn); }
        a { color: var(--accent); }
        .error { color: var(--warn); }
        """;

    internal static string Render(InspectorView view, string basePath, string tokenField, string token)
    {
        var html = new Html();
        html.Raw("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Raw("<meta name=\"robots\" content=\"noindex\"><title>InMemoryFakes inspector</title><style>").Raw(Style).Raw("</style></head><body>");
        html.Raw("<header><h1>InMemoryFakes inspector</h1><span class=\"meta\">clock ").Text(Instant(view.Now)).Raw("</span>");
        if (view.Persistence is { } persistence)
        {
            html.Raw("<span class=\"meta\">saved to <code>").Text(persistence.File).Raw("</code> (").Text(Count(persistence.SaveCount, "save")).Raw(" by this process)</span>");
            if (persistence.LastError is { } error)
            {
                html.Raw("<span class=\"error\">last save failed: ").Text(error).Raw("</span>");
            }
        }
        else
        {
            html.Raw("<span class=\"meta\">not persisted: data is lost when the app stops</span>");
        }

        html.Raw("<div class=\"actions\"><a href=\"").Attr(basePath + "/json").Raw("\">JSON</a>");
        Form(html, basePath + "/reset", tokenField, token, null, "Reset all", "danger", "reset-all");
        html.Raw("</div></header><main>");
        if (view.Persistence is { Unclaimed.Count: > 0 } withUnclaimed)
        {
            html.Raw("<p class=\"note\">The file also holds tables no fake of this app uses (kept unchanged): ").Text(string.Join(", ", withUnclaimed.Unclaimed)).Raw("</p>");
        }

        if (view.Fakes.Count == 0)
        {
            html.Raw("<p class=\"empty\">No fake has been created yet.</p>");
        }

        foreach (var fake in view.Fakes)
        {
            RenderFake(html, fake, view.Now, basePath, tokenField, token);
        }

        html.Raw("</main></body></html>");
        return html.ToString();
    }

    private static void RenderFake(Html html, FakeView fake, DateTimeOffset now, string basePath, string tokenField, string token)
    {
        html.Raw("<section class=\"fake\" data-fake=\"").Attr(fake.Name).Raw("\"><div class=\"fake-head\"><h2>").Text(fake.Name).Raw("</h2>");
        html.Raw("<span class=\"type\">").Text(fake.Type).Raw("</span>");
        html.Raw("<span class=\"badge\">").Text(fake.Shared ? "shared backend" : "own backend").Raw("</span>");
        html.Raw("<span class=\"badge\">quota ").Text(Quota(fake.Quota)).Raw("</span>");
        html.Raw("<span class=\"badge\">default expiry ").Text(fake.DefaultExpiry).Raw("</span>");
        html.Raw("<span class=\"badge\">copy ").Text(fake.CopyMode.ToString()).Raw("</span>");
        html.Raw("<form method=\"post\">");
        Hidden(html, tokenField, token);
        Hidden(html, "fake", fake.Index.ToString(CultureInfo.InvariantCulture));
        Hidden(html, "name", fake.Name);
        html.Raw("<button type=\"submit\" formaction=\"").Attr(basePath + "/clear").Raw("\" data-action=\"clear\">Clear</button>");
        html.Raw("<button type=\"submit\" class=\"danger\" formaction=\"").Attr(basePath + "/reset").Raw("\" data-action=\"reset\">Reset</button>");
        html.Raw("</form></div>");

        foreach (var table in fake.Tables)
        {
            html.Raw("<div class=\"table-block\" data-table=\"").Attr(table.Name).Raw("\"><h3>").Text(table.Name);
            html.Raw("<span class=\"badge\">").Text(table.Kind).Raw("</span><span class=\"badge\">").Text(table.KeyType + " \u2192 " + table.ValueType).Raw("</span>");
            html.Raw("<span class=\"badge\">").Text(Count(table.Count, "entry", "entries")).Raw("</span>");
            if (table.Bytes > 0)
            {
                html.Raw("<span class=\"badge\">").Text(Count(table.Bytes, "byte")).Raw("</span>");
            }

            if (table.KeySequence is { } sequence)
            {
                html.Raw("<span class=\"badge\">next generated key ").Text((sequence + 1).ToString(CultureInfo.InvariantCulture)).Raw("</span>");
            }

            html.Raw("</h3>");
            if (table.Entries.Count == 0)
            {
                html.Raw("<p class=\"empty\">empty</p></div>");
                continue;
            }

            html.Raw("<table><thead><tr><th>Key</th><th>Value</th><th>Version</th><th>Size</th><th>Created</th><th>Modified</th><th>Expires</th></tr></thead><tbody>");
            foreach (var entry in table.Entries)
            {
                html.Raw("<tr class=\"entry\" data-key=\"").Attr(entry.KeyJson).Raw("\"><td class=\"key\">").Text(entry.KeyJson).Raw("</td>");
                html.Raw("<td class=\"value\"><pre").Raw(entry.ValueShown ? "" : " class=\"unshown\"").Raw(">").Text(entry.ValueJson).Raw("</pre></td>");
                html.Raw("<td class=\"num\">").Text(entry.Version.ToString(CultureInfo.InvariantCulture)).Raw("</td>");
                html.Raw("<td class=\"num\">").Text(entry.Size == 0 ? "\u2013" : Count(entry.Size, "byte")).Raw("</td>");
                html.Raw("<td class=\"when\">").Text(Instant(entry.CreatedAt)).Raw("</td><td class=\"when\">").Text(Instant(entry.LastModified)).Raw("</td>");
                html.Raw("<td class=\"when\">").Text(Expiry(entry, now)).Raw("</td></tr>");
            }

            html.Raw("</tbody></table>");
            if (table.Hidden > 0)
            {
                html.Raw("<p class=\"note\">and ").Text(Count(table.Hidden, "more entry", "more entries")).Raw(" not shown</p>");
            }

            html.Raw("</div>");
        }

        html.Raw("<div class=\"calls\"><h3>Recent calls</h3>");
        if (!fake.RecordsCalls && fake.CallCount == 0)
        {
            html.Raw("<p class=\"note\">Not recorded: set <code>InMemoryFakeOptions.RecordCalls</code> (in <code>AddInMemoryFakes(o =&gt; o.RecordCalls = true)</code>) to see them. The log grows with every call.</p>");
        }
        else if (fake.RecentCalls.Count == 0)
        {
            html.Raw("<p class=\"empty\">none yet</p>");
        }
        else
        {
            html.Raw("<ol>");
            foreach (var call in fake.RecentCalls)
            {
                html.Raw("<li>").Text(Instant(call.At) + "  " + call.Member + "(" + call.Arguments + ")").Raw("</li>");
            }

            html.Raw("</ol><p class=\"note\">").Text($"latest {fake.RecentCalls.Count} of {fake.CallCount}, newest first").Raw("</p>");
        }

        html.Raw("</div></section>");
    }

    private static void Form(Html html, string action, string tokenField, string token, string? fake, string label, string cssClass, string dataAction)
    {
        html.Raw("<form method=\"post\" action=\"").Attr(action).Raw("\">");
        Hidden(html, tokenField, token);
        if (fake is not null)
        {
            Hidden(html, "fake", fake);
        }

        html.Raw("<button type=\"submit\" class=\"").Attr(cssClass).Raw("\" data-action=\"").Attr(dataAction).Raw("\">").Text(label).Raw("</button></form>");
    }

    private static void Hidden(Html html, string name, string value)
        => html.Raw("<input type=\"hidden\" name=\"").Attr(name).Raw("\" value=\"").Attr(value).Raw("\">");

    internal static string Instant(DateTimeOffset instant) => instant.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Expiry(EntryView entry, DateTimeOffset now)
    {
        if (entry.ExpiresAt is not { } at)
        {
            return "never";
        }

        var text = Instant(at) + " (in " + Span(at - now) + ")";
        return entry.SlidingWindow is { } window ? text + ", sliding " + Span(window) : text;
    }

    private static string Span(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalDays >= 1 ? $"{(int)span.TotalDays}d {span.Hours}h"
            : span.TotalHours >= 1 ? $"{(int)span.TotalHours}h {span.Minutes}m"
            : span.TotalMinutes >= 1 ? $"{(int)span.TotalMinutes}m {span.Seconds}s"
            : span.TotalSeconds >= 1 ? $"{span.Seconds}s"
            : $"{span.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}ms";
    }

    private static string Quota(Quota quota)
    {
        if (!quota.IsLimited)
        {
            return "none";
        }

        var parts = new StringBuilder();
        if (quota.MaxEntries > 0)
        {
            parts.Append(Count(quota.MaxEntries, "entry", "entries"));
        }

        if (quota.MaxBytes > 0)
        {
            parts.Append(parts.Length > 0 ? ", " : "").Append(Count(quota.MaxBytes, "byte"));
        }

        return parts.Append(", ").Append(quota.Policy).ToString();
    }

    private static string Count(long count, string one, string? many = null)
        => count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? one : many ?? one + "s");

    /// <summary>Raw markup for literals written here; <see cref="Text"/> and <see cref="Attr"/> encode everything else.</summary>
    private sealed class Html
    {
        private readonly StringBuilder _builder = new();

        internal Html Raw(string markup)
        {
            _builder.Append(markup);
            return this;
        }

        internal Html Text(string text)
        {
            _builder.Append(HtmlEncoder.Default.Encode(text));
            return this;
        }

        internal Html Attr(string text) => Text(text);

        public override string ToString() => _builder.ToString();
    }
}
