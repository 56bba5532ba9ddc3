// The cold-start baseline of tools/Platform.Benchmarks: a minimal ASP.NET Core app with one endpoint.
// Started exactly like the host (dotnet <dll> --urls http://127.0.0.1:<port>), timed to the first 200 of GET /ping.
var app = WebApplication.CreateBuilder(args).Build();
app.MapGet("/ping", () => "pong");
app.Run();
