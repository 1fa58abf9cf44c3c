namespace Kinora.Output.Tests;

public sealed class FilmEncoderTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-encoder-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    static byte[] Frame(int w, int h, int n)
    {
        var f = new byte[w * h * 3 / 2];
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) f[y * w + x] = (byte)(16 + (x + y + n * 4) % 200);
        Array.Fill(f, (byte)128, w * h, w * h / 2);
        return f;
    }

    static string Wav(string path, double seconds)
    {
        int rate = 48000, n = (int)(rate * seconds);
        using var w = new BinaryWriter(File.Create(path));
        w.Write("RIFF"u8); w.Write(36 + n * 4); w.Write("WAVE"u8);
        w.Write("fmt "u8); w.Write(16); w.Write((short)1); w.Write((short)2); w.Write(rate); w.Write(rate * 4); w.Write((short)4); w.Write((short)16);
        w.Write("data"u8); w.Write(n * 4);
        for (int i = 0; i < n; i++) { short s = (short)(3000 * Math.Sin(i * 2 * Math.PI * 440 / rate)); w.Write(s); w.Write(s); }
        return path;
    }

    [Fact]
    public void Frames_and_a_soundtrack_become_an_h264_high_aac_mp4()
    {
        string film = Path.Combine(dir, "film.mp4");
        using (var e = new FilmEncoder(film, EncoderSettings.For(320, 180, 24), Wav(Path.Combine(dir, "a.wav"), 2), "Test"))
        {
            for (int i = 0; i < 48; i++) e.Write(Frame(320, 180, i));
            e.Finish();
        }
        var p = Probe.Of(film);
        Assert.Equal("h264", p.VideoCodec);
        Assert.Equal("High", p.Profile);
        Assert.Equal("yuv420p", p.PixelFormat);
        Assert.Equal((320, 180), (p.Width, p.Height));
        Assert.Equal(24, p.FrameRate, 3);
        Assert.Equal(2.0, p.Duration, 1);
        Assert.Equal("aac", p.AudioCodec);
        Assert.Equal(48000, p.SampleRate);
        Assert.Equal(2, p.Channels);
        Assert.Empty(Directory.GetFiles(dir, ".*partial*"));
    }

    [Fact]
    public void A_4k_film_is_still_h264_high()
    {
        string film = Path.Combine(dir, "uhd.mp4");
        using (var e = new FilmEncoder(film, EncoderSettings.For(3840, 2160, 24), null))
        {
            for (int i = 0; i < 3; i++) e.Write(Frame(3840, 2160, i));
            e.Finish();
        }
        var p = Probe.Of(film);
        Assert.Equal("High", p.Profile);
        Assert.Equal((3840, 2160), (p.Width, p.Height));
    }

    [Fact]
    public void An_abandoned_encode_leaves_nothing_at_the_destination()
    {
        string film = Path.Combine(dir, "never.mp4");
        using (var e = new FilmEncoder(film, EncoderSettings.For(320, 180, 24), null))
        {
            for (int i = 0; i < 10; i++) e.Write(Frame(320, 180, i));
        }
        Assert.False(File.Exists(film));
        Assert.Empty(Directory.GetFiles(dir));
    }

    [Fact]
    public void A_frame_of_the_wrong_size_is_refused()
    {
        using var e = new FilmEncoder(Path.Combine(dir, "x.mp4"), EncoderSettings.For(320, 180, 24), null);
        Assert.Throws<ArgumentException>(() => e.Write(new byte[100]));
    }

    [Fact]
    public void The_preset_gets_faster_as_frames_get_larger()
    {
        Assert.Equal("faster", EncoderSettings.For(1280, 720, 24).Preset);
        Assert.Equal("veryfast", EncoderSettings.For(1920, 1080, 24).Preset);
        Assert.Equal("ultrafast", EncoderSettings.For(3840, 2160, 24).Preset);
        Assert.Contains("cabac=1", EncoderSettings.For(3840, 2160, 24).X264Params);
    }
}
