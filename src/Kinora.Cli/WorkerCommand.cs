namespace Kinora.Cli;

/// <summary>How to start this same kinora as a segment worker, however it was started itself.</summary>
public static class WorkerCommand
{
    public static IReadOnlyList<string> Find()
    {
        string? self = Environment.ProcessPath;
        string name = Path.GetFileNameWithoutExtension(self ?? "");
        if (self is not null && name == "kinora") return [self];
        string dll = typeof(CommandLine).Assembly.Location;
        // Run through a .NET host (dotnet kinora.dll, a test host): start the same host on kinora.dll.
        if (self is not null && name == "dotnet") return [self, dll];
        string apphost = Path.Combine(Path.GetDirectoryName(dll)!, OperatingSystem.IsWindows() ? "kinora.exe" : "kinora");
        if (File.Exists(apphost)) return [apphost];
        return ["dotnet", dll];
    }
}
