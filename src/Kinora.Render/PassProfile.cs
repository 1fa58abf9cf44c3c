using System.Diagnostics;

namespace Kinora.Render;

/// <summary>
/// Optional per-pass cost, for benchmarks: waits for the GL after each pass (glFinish) and charges the process's
/// CPU time (not wall time, which other work on a shared machine distorts) to that pass. Off in production.
/// </summary>
sealed class PassProfile
{
    readonly Dictionary<string, TimeSpan> totals = [];
    TimeSpan last;

    public IReadOnlyDictionary<string, TimeSpan> Totals => totals;

    public void Start() => last = Process.GetCurrentProcess().TotalProcessorTime;

    public void Mark(string pass)
    {
        var now = Process.GetCurrentProcess().TotalProcessorTime;
        totals[pass] = totals.GetValueOrDefault(pass) + (now - last);
        last = now;
    }
}
