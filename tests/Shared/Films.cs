using System.Diagnostics;

namespace Kinora.Testing;

/// <summary>What ffmpeg decodes from a film. Shared by the test projects that render films (linked, not copied).</summary>
static class Films
{
    /// <summary>The MD5 of each decoded video frame, in order, as ffmpeg's framemd5 muxer gives them.</summary>
    public static string[] FrameHashes(string film)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-i", film, "-map", "0:v", "-f", "framemd5", "-" }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        string s = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err.Result);
        return [.. s.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')[^1].Trim())];
    }

    /// <summary>The mean luma of each decoded frame, full range (black is 0, white 255), from a 32×18 reduction.</summary>
    public static double[] MeanLuma(string film)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-i", film, "-map", "0:v", "-vf", "scale=32:18:flags=area", "-f", "rawvideo", "-pix_fmt", "gray", "-" })
            psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        using var bytes = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(bytes);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err.Result);
        var all = bytes.ToArray();
        const int size = 32 * 18;
        return [.. Enumerable.Range(0, all.Length / size).Select(i => all.AsSpan(i * size, size).ToArray().Average(b => (double)b))];
    }
}
