using System.Diagnostics;
using System.Security.Cryptography;

namespace Kinora.Cli.Tests;

/// <summary>A prompt in, a film out: the whole flow at a small size, checked with ffprobe and frame hashes.</summary>
[Collection("console")]
public sealed class EndToEndTests : IDisposable
{
    const string Prompt = "A lighthouse keeper on a stormy island rescues a sailor at night and they watch the dawn together.";
    readonly string dir = Directory.CreateTempSubdirectory("kinora-e2e-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    string Render(string name, long seed)
    {
        string film = Path.Combine(dir, name);
        var (code, _, err) = Kinora.Run("render", "--prompt", Prompt, "--duration", "5", "--size", "320x180", "--seed", seed.ToString(), "--progress", "none", "-o", film);
        Assert.True(code == 0, err);
        return film;
    }

    static string Ffprobe(string film, string entries)
    {
        var psi = new ProcessStartInfo("ffprobe") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-v", "error", "-show_entries", entries, "-of", "default=nw=1", film }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string s = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return s;
    }

    static string FrameHashes(string film) => string.Join("\n", Films.FrameHashes(film));

    [Fact]
    public void A_prompt_renders_to_a_five_second_h264_aac_film()
    {
        string film = Render("a.mp4", 1);
        string v = Ffprobe(film, "stream=codec_name,profile,width,height,r_frame_rate,pix_fmt,sample_rate,channels:format=duration");
        Assert.Contains("codec_name=h264", v);
        Assert.Contains("profile=High", v);
        Assert.Contains("width=320", v);
        Assert.Contains("height=180", v);
        Assert.Contains("r_frame_rate=24/1", v);
        Assert.Contains("pix_fmt=yuv420p", v);
        Assert.Contains("codec_name=aac", v);
        Assert.Contains("sample_rate=48000", v);
        Assert.Contains("channels=2", v);
        double duration = double.Parse(v.Split('\n').First(l => l.StartsWith("duration=")).Split('=')[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(duration, 4.9, 5.2);
        Assert.Equal(120, FrameHashes(film).Split('\n').Length);
    }

    [Fact]
    public void The_same_seed_gives_identical_frames_and_another_seed_another_film()
    {
        string a = FrameHashes(Render("a.mp4", 7));
        string b = FrameHashes(Render("b.mp4", 7));
        string c = FrameHashes(Render("c.mp4", 8));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
    }

    [Fact]
    public void Plan_writes_a_folder_that_render_reads()
    {
        string project = Path.Combine(dir, "keeper");
        var (code, _, err) = Kinora.Run("plan", "--prompt", Prompt, "--duration", "4", "--size", "320x180", "-o", project);
        Assert.True(code == 0, err);
        foreach (var f in new[] { "screenplay.fountain", "bible.yaml", "shots.yaml" }) Assert.True(File.Exists(Path.Combine(project, f)), f);
        (code, _, err) = Kinora.Run("render", project, "--progress", "none");
        Assert.True(code == 0, err);
        Assert.Contains("width=320", Ffprobe(Path.Combine(project, "film.mp4"), "stream=width"));
    }
}
