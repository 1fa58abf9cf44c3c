using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Kinora.Audio.Tests;

/// <summary>ffmpeg's own EBU R128 meter, to cross-check ours: integrated loudness (LUFS) and true peak (dBTP).</summary>
static class Ebur128
{
    public static (double Lufs, double TruePeak) Measure(string ffmpeg, string wav)
    {
        var start = new ProcessStartInfo(ffmpeg) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-hide_banner", "-nostats", "-i", wav, "-af", "ebur128=peak=true", "-f", "null", "-" }) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        string log = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        string summary = log[log.LastIndexOf("Summary:", StringComparison.Ordinal)..];
        double lufs = double.Parse(Regex.Match(summary, @"I:\s+(-?[\d.]+) LUFS").Groups[1].Value, CultureInfo.InvariantCulture);
        double peak = double.Parse(Regex.Match(summary, @"Peak:\s+(-?[\d.]+) dBFS").Groups[1].Value, CultureInfo.InvariantCulture);
        return (lufs, peak);
    }
}
