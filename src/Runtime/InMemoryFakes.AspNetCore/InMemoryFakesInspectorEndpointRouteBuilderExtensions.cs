using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using InMemoryFakes;
using InMemoryFakes.AspNetCore;
using InMemoryFakes.DependencyInjection;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the InMemoryFakes inspector: a development-only page that shows and resets the app's fakes.</summary>
public static class InMemoryFakesInspectorEndpointRouteBuilderExtensions
{
    private static readonly Action<ILogger, string, string, Exception?> NotMapped = LoggerMessage.Define<string, string>(
        LogLevel.Warning,
        new EventId(1, "InspectorNotMapped"),
        "The InMemoryFakes inspector is not mapped at {Path}: it is on in the Development environment only, and this is {Environment}. Set InMemoryFakesInspectorOptions.Enabled to turn it on.");

    /// <summary>
    /// Maps the inspector at <paramref name="path"/>: <c>GET {path}</c> (the page), <c>GET {path}/json</c>, and
    /// <c>POST {path}/clear</c> and <c>POST {path}/reset</c> (antiforgery-protected). It is on in the Development environment;
    /// elsewhere it is not mapped (requests get 404) unless <see cref="InMemoryFakesInspectorOptions.Enabled"/> is set, and in
    /// Production enabling it throws unless <see cref="InMemoryFakesInspectorOptions.AllowInProduction"/> is set too.
    /// </summary>
    /// <param name="endpoints">The app.</param>
    /// <param name="path">Where the page is served, such as <c>/_fakes</c>: starts with <c>/</c>, no route parameters.</param>
    /// <param name="configure">Adjusts the options.</param>
    /// <returns>A builder for conventions (such as <c>RequireAuthorization</c>) on the inspector's endpoints.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> does not start with <c>/</c>, or holds a route parameter.</exception>
    /// <exception cref="InvalidOperationException">The environment is Production and <see cref="InMemoryFakesInspectorOptions.AllowInProduction"/> is not set while the inspector is enabled; or no fakes, or no antiforgery services, are registered.</exception>
    public static IEndpointConventionBuilder MapInMemoryFakesInspector(this IEndpointRouteBuilder endpoints, string path = "/_fakes", Action<InMemoryFakesInspectorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (path[0] != '/' || path.Contains('{', StringComparison.Ordinal) || path.Contains('}', StringComparison.Ordinal))
        {
            throw new ArgumentException($"The inspector's path must start with '/' and hold no route parameter; '{path}' does not.", nameof(path));
        }

        var basePath = path.TrimEnd('/');
        var options = new InMemoryFakesInspectorOptions();
        configure?.Invoke(options);
        var services = endpoints.ServiceProvider;
        var group = endpoints.MapGroup(basePath.Length == 0 ? "/" : basePath);
        var environment = services.GetRequiredService<IHostEnvironment>();
        if (!IsOn(environment, options))
        {
            if (options.Enabled is null && services.GetService<ILoggerFactory>() is { } loggers)
            {
                NotMapped(loggers.CreateLogger("InMemoryFakes.Inspector"), path, environment.EnvironmentName, null);
            }

            return group;
        }

        var host = services.GetService<InMemoryFakesHost>() ?? throw new InvalidOperationException(
            "The InMemoryFakes inspector has nothing to show: no in-memory fakes are registered. Call builder.Services.AddInMemoryFakes() first.");
        var antiforgery = services.GetService<IAntiforgery>() ?? throw new InvalidOperationException(
            "The InMemoryFakes inspector protects its buttons with antiforgery tokens: call builder.Services.AddAntiforgery().");
        var json = JsonFor(host, options);

        // RequestDelegates, not lambdas with bound parameters: nothing here needs reflection, so the package stays trim-safe.
        group.MapGet("/", context =>
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            var page = InspectorPage.Render(InspectorModel.Read(host, json, options), context.Request.PathBase + basePath, tokens.FormFieldName, tokens.RequestToken ?? "");
            context.Response.Headers.CacheControl = "no-store";
            context.Response.Headers["X-Content-Type-Options"] = "nosniff";
            context.Response.Headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'";
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(page, context.RequestAborted);
        });

        group.MapGet("/json", async context =>
        {
            context.Response.Headers.CacheControl = "no-store";
            context.Response.ContentType = "application/json; charset=utf-8";
            InspectorJson.Write(context.Response.BodyWriter, InspectorModel.Read(host, json, options));
            await context.Response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
        });

        group.MapPost("/clear", async context => await (await Act(context, antiforgery, host, basePath, static fake => fake.Clear(), static h => h.Backend.Clear()).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false));
        group.MapPost("/reset", async context => await (await Act(context, antiforgery, host, basePath, static fake => fake.Reset(), static h => h.ResetAll()).ConfigureAwait(false)).ExecuteAsync(context).ConfigureAwait(false));
        return group;
    }

    private static bool IsOn(IHostEnvironment environment, InMemoryFakesInspectorOptions options)
    {
        if (options.Enabled == false)
        {
            return false;
        }

        if (environment.IsProduction())
        {
            if (options.Enabled == true && !options.AllowInProduction)
            {
                throw new InvalidOperationException(
                    "The InMemoryFakes inspector shows and deletes all of the app's in-memory data and has no authentication of its own, so it " +
                    "is refused in the Production environment. Map it only in Development (if (app.Environment.IsDevelopment()) …), or set " +
                    "InMemoryFakesInspectorOptions.AllowInProduction = true if you really mean it (and protect it, e.g. with RequireAuthorization).");
            }

            return options.Enabled == true;
        }

        return options.Enabled == true || environment.IsDevelopment();
    }

    private static JsonSerializerOptions JsonFor(InMemoryFakesHost host, InMemoryFakesInspectorOptions options)
    {
        if (options.JsonTypes.Count == 0 && options.Fallback is null)
        {
            return host.JsonOptions;
        }

        // The inspector's own types first, then the host's; object-typed values keep their tags either way.
        var json = InMemoryFakes.Serialization.FakeJsonTypes.CreateOptions(
            options.JsonTypes.Append(host.JsonOptions.TypeInfoResolver ?? throw new InvalidOperationException("The host's JSON options have no resolver.")),
            options.Fallback);
        json.IncludeFields |= host.JsonOptions.IncludeFields;
        json.MakeReadOnly();
        return json;
    }

    private static async Task<IResult> Act(HttpContext context, IAntiforgery antiforgery, InMemoryFakesHost host, string basePath, Action<IInMemoryFake> one, Action<InMemoryFakesHost> all)
    {
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Text("The request has no valid antiforgery token: use the buttons of the inspector page (reload it first).", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (string.IsNullOrEmpty(form["fake"]))
        {
            all(host);
        }
        else
        {
            var created = host.Created;
            if (!int.TryParse(form["fake"], NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= created.Count || created[index].Core.Name != form["name"])
            {
                return Results.Text("No such fake: reload the inspector page.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
            }

            one(created[index]);
        }

        return Results.Redirect(context.Request.PathBase + basePath, permanent: false, preserveMethod: false);
    }
}
