namespace Kinora.Render.Tests;

/// <summary>
/// Frames handed over at the scene's own size in 4:4:4 for the encoder to upscale (RenderOptions.EncoderUpscales)
/// carry the same picture as the renderer's own upscale to 4:2:0.
/// </summary>
public sealed class FrameDeliveryTests
{
    [Fact]
    public void The_scene_size_travels_in_444_only_when_it_is_drawn_smaller_and_divides_by_four()
    {
        Assert.Equal(new FrameLayout(3840, 2160, false), new RenderOptions(3840, 2160).Frames);
        Assert.Equal(new FrameLayout(1920, 1080, true), new RenderOptions(3840, 2160, EncoderUpscales: true).Frames);
        Assert.Equal(new FrameLayout(1088, 612, true), new RenderOptions(1920, 1080, EncoderUpscales: true).Frames);
        Assert.Equal(new FrameLayout(320, 180, false), new RenderOptions(320, 180, EncoderUpscales: true).Frames);
        // 0.7 × 322 = 225 (odd width): the renderer upscales.
        Assert.Equal(new FrameLayout(322, 180, false), new RenderOptions(322, 180, RenderScale: 0.7f, EncoderUpscales: true).Frames);
        Assert.Equal(1920 * 1080 * 3, new RenderOptions(3840, 2160, EncoderUpscales: true).Frames.Bytes);
        Assert.Equal(320 * 180 * 3 / 2, new RenderOptions(320, 180).Frames.Bytes);

        var scope = new RenderOptions(640, 360, RenderScale: 0.5f, LetterboxAspect: 2.39, EncoderUpscales: true);
        var (x, y, w, h) = scope.PictureArea;
        Assert.Equal((x / 2, y / 2, w / 2, h / 2), scope.DeliveredPictureArea);
    }

    [Fact]
    public void A_444_frame_at_the_scenes_size_matches_the_renderers_own_upscale()
    {
        var full = Render(new RenderOptions(640, 360, RenderBackend.Cpu, Grain: 0, Seed: 7, RenderScale: 0.5f));
        var small = Render(new RenderOptions(640, 360, RenderBackend.Cpu, Grain: 0, Seed: 7, RenderScale: 0.5f, EncoderUpscales: true));
        Assert.Equal(640 * 360 * 3 / 2, full.Length);
        Assert.Equal(320 * 180 * 3, small.Length);
        // Luma: the 640×360 plane averaged over 2×2 blocks against the 320×180 one, row for row (no flip).
        double lumaError = 0;
        for (int y = 0; y < 180; y++)
            for (int x = 0; x < 320; x++)
            {
                double mean = (full[2 * y * 640 + 2 * x] + full[2 * y * 640 + 2 * x + 1] + full[(2 * y + 1) * 640 + 2 * x] + full[(2 * y + 1) * 640 + 2 * x + 1]) / 4.0;
                lumaError += Math.Abs(mean - small[y * 320 + x]);
            }
        lumaError /= 320 * 180;
        // Chroma: 4:2:0 of 640×360 is 320×180 per plane, the same grid as the 4:4:4 planes; U then V in both.
        double chromaError = 0;
        for (int i = 0; i < 2 * 320 * 180; i++) chromaError += Math.Abs(full[640 * 360 + i] - small[320 * 180 + i]);
        chromaError /= 2 * 320 * 180;
        Assert.True(lumaError < 3, $"luma differs by {lumaError:F2} levels on average");
        Assert.True(chromaError < 2, $"chroma differs by {chromaError:F2} levels on average");
        Assert.True(small.AsSpan(0, 320 * 180).ToArray().Average(b => (double)b) > 40, "the picture is lit");
    }

    static byte[] Render(RenderOptions options)
    {
        var frames = new List<byte[]>();
        using (var r = RendererFactory.Create(options, f => frames.Add(f.ToArray())))
        {
            r.Submit(TestScenes.Day(), TestScenes.Camera);
            r.Flush();
        }
        return frames.Single();
    }
}
