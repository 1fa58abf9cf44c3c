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

    [Theory]
    [InlineData(3840, 2160)]
    [InlineData(1920, 1080)]
    public void A_film_on_the_ultrafast_preset_is_still_h264_high(int width, int height)
    {
        string film = Path.Combine(dir, $"{height}.mp4");
        using (var e = new FilmEncoder(film, EncoderSettings.For(width, height, 24), null))
        {
            for (int i = 0; i < 3; i++) e.Write(TestMedia.Frame(width, height, i));
            e.Finish();
        }
        var p = Probe.Of(film);
        Assert.Equal("High", p.Profile);
        Assert.Equal((width, height), (p.Width, p.Height));
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
        Assert.Equal("ultrafast", EncoderSettings.For(1920, 1080, 24).Preset);
        Assert.Contains("deblock=0,0", EncoderSettings.For(1920, 1080, 24).X264Params);
        Assert.Equal("ultrafast", EncoderSettings.For(3840, 2160, 24).Preset);
        Assert.Contains("cabac=1", EncoderSettings.For(3840, 2160, 24).X264Params);
    }

    [Fact]
    public void Frames_at_the_scenes_size_in_444_are_upscaled_and_the_letterbox_bars_blacked_exactly()
    {
        // 160×90 4:4:4 in, a 320×180 film out with a 2.39 picture: bars of 26 rows top and bottom.
        var input = new Kinora.Render.FrameLayout(160, 90, FullChroma: true);
        var settings = EncoderSettings.For(320, 180, 24) with { Input = input, Picture = (0, 26, 320, 128) };
        Assert.Equal("scale=320:180:flags=lanczos,drawbox=x=0:y=0:w=320:h=26:color=black:t=fill,drawbox=x=0:y=154:w=320:h=26:color=black:t=fill", settings.Filter);
        Assert.Null(EncoderSettings.For(320, 180, 24).Filter);
        string film = Path.Combine(dir, "up.mp4");
        using (var e = new FilmEncoder(film, settings, null))
        {
            // A bright, reddish frame everywhere, bars included: the encoder must black the bars itself.
            var frame = new byte[input.Bytes];
            Array.Fill(frame, (byte)180, 0, 160 * 90);
            Array.Fill(frame, (byte)110, 160 * 90, 160 * 90);
            Array.Fill(frame, (byte)170, 2 * 160 * 90, 160 * 90);
            Assert.Throws<ArgumentException>(() => e.Write(new byte[160 * 90 * 3 / 2]));
            for (int i = 0; i < 6; i++) e.Write(frame);
            e.Finish();
        }
        var p = Probe.Of(film);
        Assert.Equal((320, 180), (p.Width, p.Height));
        Assert.Equal("yuv420p", p.PixelFormat);
        var yuv = Films.FirstFrameYuv(film);
        Assert.Equal(320 * 180 * 3 / 2, yuv.Length);
        for (int y = 0; y < 180; y++)
        {
            var row = yuv.AsSpan(y * 320, 320).ToArray();
            bool bar = y < 26 || y >= 154;
            // x264 at CRF 20 lets a macroblock that straddles the edge ring by a level or two.
            if (bar) Assert.True(row.Max() <= 22 && row.Average(b => b) <= 17, $"row {y} is a bar: max {row.Max()}");
            else if (y >= 30 && y < 150) Assert.True(row.All(b => Math.Abs(b - 180) <= 3), $"row {y} is picture: {row.Min()}..{row.Max()}");
        }
        // Chroma survives: V (Cr) above neutral in the picture, neutral in the bars.
        int v = 320 * 180 + 160 * 90;
        Assert.InRange(yuv[v + 45 * 160 + 80], 166, 174);
        Assert.InRange(yuv[v + 2 * 160 + 80], 126, 130);
    }
}
