using Microsoft.Playwright;
using Platform.Host.Tenants;
using Platform.Host.Tests.Support;
using Xunit;

namespace Platform.Host.Tests.OpenApi;

/// <summary>
/// The real host (its own process, embedded SQLite, demo tenant, every module) and Debian's Chromium driven by
/// Playwright: <c>/swagger</c> opens without a key, an operation tried without authorising is refused with 401,
/// and after the Authorize dialog takes the demo administrator's key the same operation answers 200 with the key
/// sent in <c>X-Api-Key</c>.
/// </summary>
public sealed class SwaggerBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string ListedPath = "/api/core/customers";
    private const string ListedTag = "customer";

    [Fact]
    public async Task Swagger_opens_in_chromium_and_its_authorize_button_sends_the_key()
    {
        Assert.True(File.Exists(Chromium), $"Chromium is not installed at {Chromium}: `apt-get install -y chromium` (.ci/run does).");
        var folder = Directory.CreateTempSubdirectory("platform-swagger-").FullName;
        try
        {
            using var host = await ChildPlatform.StartAsync(new Dictionary<string, string>
            {
                ["Platform__DataFolder"] = folder,
                ["Platform__ModuleRoot"] = RepoPaths.ModuleRoot,
                ["Logging__LogLevel__Default"] = "Warning",
            }, TimeSpan.FromMinutes(2));
            var key = (await File.ReadAllTextAsync(Path.Combine(folder, "keys", PlatformBootstrap.DemoKeyFile))).Trim();

            using var playwright = await Playwright.CreateAsync();
            await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            });
            var page = await browser.NewPageAsync();
            page.SetDefaultTimeout(30_000);

            // Tags start collapsed (a large document); a deep link opens one.
            var opened = await page.GotoAsync(host.BaseUrl + "/swagger/index.html#/" + ListedTag);
            Assert.Equal(200, opened!.Status);
            await Assertions.Expect(page.Locator(".information-container .title")).ToContainTextAsync("Platform API");

            var operation = page.Locator($".opblock-get:has(.opblock-summary-path[data-path='{ListedPath}'])").First;
            await operation.Locator(".opblock-summary").ClickAsync();

            var refused = await ExecuteAsync(page, operation);
            Assert.Equal(401, refused.Status);
            Assert.False((await refused.Request.AllHeadersAsync()).ContainsKey("x-api-key"));

            await page.Locator(".auth-wrapper .btn.authorize").ClickAsync();
            var dialog = page.Locator(".modal-ux");
            await dialog.Locator("input").First.FillAsync(key);
            await dialog.Locator(".auth-btn-wrapper .btn.authorize").ClickAsync();
            await dialog.Locator(".auth-btn-wrapper .btn-done, .close-modal").First.ClickAsync();

            var answered = await ExecuteAsync(page, operation);
            Assert.True(answered.Status == 200, $"{answered.Url} answered {answered.Status}: {await answered.TextAsync()}");
            Assert.Equal(key, (await answered.Request.AllHeadersAsync())["x-api-key"]);
            await Assertions.Expect(operation.Locator(".live-responses-table tbody .response-col_status").First).ToContainTextAsync("200");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static async Task<IResponse> ExecuteAsync(IPage page, ILocator operation) =>
        await page.RunAndWaitForResponseAsync(
            () => operation.Locator(".btn.execute").ClickAsync(),
            response => new Uri(response.Url).AbsolutePath == ListedPath);
}
