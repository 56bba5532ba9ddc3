using Platform.Host;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
var app = builder.Build();
app.UsePlatform();
app.Run();

/// <summary>The host's entry point (public for integration tests).</summary>
public partial class Program;
