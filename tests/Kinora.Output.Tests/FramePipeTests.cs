namespace Kinora.Output.Tests;

public sealed class FramePipeTests
{
    /// <summary>A stream that takes its time over each write, as ffmpeg does while it encodes.</summary>
    sealed class SlowSink(int failAfter = int.MaxValue) : MemoryStream
    {
        int writes;
        public override void Write(ReadOnlySpan<byte> buffer)
        {
            if (++writes > failAfter) throw new IOException("Broken pipe");
            Thread.Sleep(2);
            base.Write(buffer);
        }
    }

    static byte[] Frame(int n, int bytes) => Enumerable.Range(0, bytes).Select(i => (byte)(n * 31 + i)).ToArray();

    [Fact]
    public void Frames_reach_the_encoder_whole_and_in_order_though_the_renderer_reuses_its_buffer()
    {
        const int bytes = 4096, count = 40;
        var sink = new SlowSink();
        using (var pipe = new FramePipe(sink, bytes))
        {
            var reused = new byte[bytes];
            for (int n = 0; n < count; n++)
            {
                Frame(n, bytes).CopyTo(reused, 0);
                pipe.Write(reused);
            }
            pipe.Close();
        }
        var written = sink.ToArray();
        Assert.Equal(bytes * count, written.Length);
        for (int n = 0; n < count; n++) Assert.Equal(Frame(n, bytes), written.AsSpan(n * bytes, bytes).ToArray());
    }

    [Fact]
    public void A_pipe_that_breaks_fails_the_next_write_or_the_close_and_never_hangs()
    {
        const int bytes = 1024;
        using var pipe = new FramePipe(new SlowSink(failAfter: 2), bytes);
        var error = Record.Exception(() =>
        {
            for (int n = 0; n < 50; n++) pipe.Write(Frame(n, bytes));
            pipe.Close();
        });
        Assert.IsType<IOException>(error);
    }

    [Fact]
    public void An_encoder_that_dies_is_reported_as_an_encoder_failure_and_leaves_nothing()
    {
        string dir = Directory.CreateTempSubdirectory("kinora-pipe-").FullName;
        try
        {
            string film = Path.Combine(dir, "film.mp4");
            // x264 refuses an unknown preset when it opens, so ffmpeg exits after the first frame it reads.
            var settings = EncoderSettings.For(320, 180, 24) with { Preset = "no-such-preset" };
            var error = Record.Exception(() =>
            {
                using var e = new FilmEncoder(film, settings, null);
                for (int i = 0; i < 48; i++) e.Write(TestMedia.Frame(320, 180, i));
                e.Finish();
            });
            Assert.IsType<EncoderException>(error);
            Assert.Empty(Directory.GetFiles(dir));
        }
        finally { Directory.Delete(dir, recursive: true); }
    }
}
