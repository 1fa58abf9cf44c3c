using System.Diagnostics;

namespace Kinora.Output.Tests;

public sealed class FilmAssemblerTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-assembler-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);



    static string[] Lines(string tool, params string[] args)
    {
        var psi = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        string s = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return s.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Fact]
    public void Segments_join_by_stream_copy_with_every_frame_once_on_its_time()
    {
        var settings = EncoderSettings.For(320, 180, 24);
        int[] lengths = [37, 50, 13];
        var parts = new List<FilmAssembler.Part>();
        int frame = 0;
        foreach (int length in lengths)
        {
            string part = Path.Combine(dir, $"part{parts.Count}.mp4");
            using (var e = new FilmEncoder(part, settings, null))
            {
                for (int i = 0; i < length; i++) e.Write(TestMedia.Frame(320, 180, frame++));
                e.Finish();
            }
            parts.Add(new FilmAssembler.Part(part, length));
        }
        string film = Path.Combine(dir, "film.mp4");
        FilmAssembler.Assemble(parts, settings, TestMedia.Wav(Path.Combine(dir, "sound.wav"), 100 / 24.0), film, "Joints");

        Assert.Equal(parts.SelectMany(p => Films.FrameHashes(p.Path)), Films.FrameHashes(film));
        var pts = Lines(Tools.Ffprobe, "-v", "error", "-select_streams", "v", "-show_entries", "packet=pts", "-of", "csv=p=0", film)
            .Select(long.Parse).Order().ToArray();
        Assert.Equal(100, pts.Length);
        var steps = pts.Zip(pts.Skip(1), (a, b) => b - a).Distinct().ToArray();
        Assert.Single(steps);   // no gap and no overlap at a joint
        var p = Probe.Of(film);
        Assert.Equal("aac", p.AudioCodec);
        Assert.Equal(100 / 24.0, p.Duration, 2);
        Assert.Empty(Directory.GetFiles(dir, ".*"));
    }

    [Fact]
    public void A_failed_assembly_leaves_nothing_at_the_destination()
    {
        string film = Path.Combine(dir, "film.mp4");
        File.WriteAllText(Path.Combine(dir, "broken.mp4"), "not a film");
        Assert.Throws<EncoderException>(() => FilmAssembler.Assemble([new FilmAssembler.Part(Path.Combine(dir, "broken.mp4"), 10)], EncoderSettings.For(320, 180, 24), null, film));
        Assert.False(File.Exists(film));
        Assert.Empty(Directory.GetFiles(dir, ".*"));
    }
}
