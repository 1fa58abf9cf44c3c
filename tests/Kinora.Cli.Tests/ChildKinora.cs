using System.Diagnostics;

namespace Kinora.Cli.Tests;

/// <summary>The real kinora command in a child process (dotnet kinora.dll), with its own render cache.</summary>
static class ChildKinora
{
    public static ProcessStartInfo StartInfo(string cache, params string[] args)
    {
        string host = Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        var psi = new ProcessStartInfo(host) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "kinora.dll"));
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["KINORA_CACHE"] = cache;
        return psi;
    }

    public static (int Code, string Err) Run(string cache, params string[] args)
    {
        using var p = Process.Start(StartInfo(cache, args))!;
        var err = p.StandardError.ReadToEndAsync();
        p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, err.Result);
    }
}
