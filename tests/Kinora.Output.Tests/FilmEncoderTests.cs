namespace Kinora.Output.Tests;

public sealed class FilmEncoderTests : IDisposable
{
    readonly string dir = Directory.CreateTempSubdirectory("kinora-encoder-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);



    [Fact]
    public void Frames_and_a_soundtrack_become_an_h264_high_aac_mp4()
    {
        string film = Path.Combine(dir, "film.mp4");
        using (var e = new FilmEncoder(film, EncoderSettings.For(320, 180, 24), TestMedia.Wav(Path.Combine(dir, "a.wav"), 2), "Test"))
        {
            for (int i = 0; i < 48; i++) e.Write(TestMedia.Frame(320, 180, i));
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
            for (int i = 0; i < 3; i++) e.Write(TestMedia.Frame(3840, 2160, i));
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
            for (int i = 0; i < 10; i++) e.Write(TestMedia.Frame(320, 180, i));
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
