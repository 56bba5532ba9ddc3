// Design-time host for `dotnet ef`: it only exists so the EF tools can build each module's DbContext
// (see the IDesignTimeDbContextFactory classes in this project and README.md).
Console.WriteLine("Platform.DesignTime: run `dotnet ef` with --startup-project tools/Platform.DesignTime (see README.md).");
