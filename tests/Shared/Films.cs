using System.Diagnostics;

namespace Kinora.Testing;

/// <summary>What ffmpeg decodes from a film. Shared by the test projects that encode films (linked, not copied).</summary>
static class Films
{
    /// <summary>The MD5 of each decoded video frame, in order, as ffmpeg's framemd5 muxer gives them.</summary>
    public static string[] FrameHashes(string film)
    {
        string s = System.Text.Encoding.ASCII.GetString(Decode("-i", film, "-map", "0:v", "-f", "framemd5", "-"));
        return [.. s.Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split(',')[^1].Trim())];
    }

    /// <summary>The mean luma of each decoded frame, full range (black is 0, white 255), from a 32×18 reduction.</summary>
    public static double[] MeanLuma(string film)
    {
        var all = Decode("-i", film, "-map", "0:v", "-vf", "scale=32:18:flags=area", "-f", "rawvideo", "-pix_fmt", "gray", "-");
        const int size = 32 * 18;
        return [.. Enumerable.Range(0, all.Length / size).Select(i => all.AsSpan(i * size, size).ToArray().Average(b => (double)b))];
    }

    /// <summary>The first frame's planar YUV 4:2:0 bytes as coded (no range conversion).</summary>
    public static byte[] FirstFrameYuv(string film) =>
        Decode("-i", film, "-map", "0:v", "-frames:v", "1", "-f", "rawvideo", "-pix_fmt", "yuv420p", "-");

    /// <summary>ffmpeg's standard output for these arguments; the test fails with ffmpeg's words if it fails.</summary>
    static byte[] Decode(params string[] arguments)
    {
        var psi = new ProcessStartInfo("ffmpeg") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("-v");
        psi.ArgumentList.Add("error");
        foreach (var a in arguments) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var err = p.StandardError.ReadToEndAsync();
        using var bytes = new MemoryStream();
        p.StandardOutput.BaseStream.CopyTo(bytes);
        p.WaitForExit();
        Assert.True(p.ExitCode == 0, err.Result);
        return bytes.ToArray();
    }
}
