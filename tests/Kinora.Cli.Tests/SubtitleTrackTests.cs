using System.Diagnostics;

namespace Kinora.Cli.Tests;

[Collection("console")]
public sealed class SubtitleTrackTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-subtitles-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void A_film_with_dialogue_carries_its_subtitles_inside_and_beside_it()
    {
        string screenplay = Path.Combine(dir, "two.fountain");
        File.WriteAllText(screenplay, """
            INT. KITCHEN - NIGHT

            MAYA stands at the stove. BEN enters.

            BEN
            Is it ready?

            MAYA
            Almost. Sit down.
            """);
        string film = Path.Combine(dir, "film.mp4");
        var (code, _, err) = Kinora.Run("render", "--screenplay", screenplay, "--duration", "8", "--size", "320x180", "--progress", "none", "-o", film);
        Assert.True(code == 0, err);

        var psi = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true };
        foreach (var a in new[] { "-v", "error", "-show_entries", "stream=codec_type,codec_name", "-of", "csv=p=0", film }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string streams = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        Assert.Contains("mov_text,subtitle", streams);

        var srt = File.ReadAllText(Path.Combine(dir, "film.srt"));
        Assert.Contains("Is it ready?", srt);
        Assert.Contains("Almost. Sit down.", srt);
        var times = srt.Split('\n').Where(l => l.Contains("-->")).Select(l => TimeSpan.ParseExact(l[..12], @"hh\:mm\:ss\,fff", null).TotalSeconds).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[0] < times[1]);
        Assert.All(times, t => Assert.InRange(t, 0, 8));
        Assert.StartsWith("WEBVTT", File.ReadAllText(Path.Combine(dir, "film.vtt")));
    }
}
