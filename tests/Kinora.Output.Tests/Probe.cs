using System.Diagnostics;
using System.Text.Json;

namespace Kinora.Output.Tests;

/// <summary>What ffprobe says of a film: the facts the tests assert.</summary>
public sealed record Probe(string VideoCodec, string Profile, string PixelFormat, int Width, int Height, double FrameRate, double Duration, string? AudioCodec, int SampleRate, int Channels)
{
    public static Probe Of(string path)
    {
        var psi = new ProcessStartInfo(Tools.Ffprobe) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "-v", "error", "-print_format", "json", "-show_streams", "-show_format", path }) psi.ArgumentList.Add(arg);
        using var p = Process.Start(psi)!;
        string json = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        using var doc = JsonDocument.Parse(json);
        var streams = doc.RootElement.GetProperty("streams").EnumerateArray().ToList();
        var v = streams.First(s => s.GetProperty("codec_type").GetString() == "video");
        var a = streams.FirstOrDefault(s => s.GetProperty("codec_type").GetString() == "audio");
        string[] rate = v.GetProperty("r_frame_rate").GetString()!.Split('/');
        bool hasAudio = a.ValueKind == JsonValueKind.Object;
        return new Probe(
            v.GetProperty("codec_name").GetString()!,
            v.TryGetProperty("profile", out var prof) ? prof.GetString()! : "",
            v.GetProperty("pix_fmt").GetString()!,
            v.GetProperty("width").GetInt32(),
            v.GetProperty("height").GetInt32(),
            double.Parse(rate[0]) / double.Parse(rate[1]),
            double.Parse(doc.RootElement.GetProperty("format").GetProperty("duration").GetString()!, System.Globalization.CultureInfo.InvariantCulture),
            hasAudio ? a.GetProperty("codec_name").GetString() : null,
            hasAudio ? int.Parse(a.GetProperty("sample_rate").GetString()!) : 0,
            hasAudio ? a.GetProperty("channels").GetInt32() : 0);
    }
}
