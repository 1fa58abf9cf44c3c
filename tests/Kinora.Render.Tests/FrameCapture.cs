using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>Renders frames and keeps copies of what the sink received, in order.</summary>
sealed class FrameCapture : IDisposable
{
    readonly List<byte[]> frames = [];

    public IRenderer Renderer { get; }

    public IReadOnlyList<byte[]> Frames => frames;

    public FrameCapture(int width = 320, int height = 180, string look = "natural", double grain = 0, long seed = 7, float scale = 0)
    {
        Renderer = RendererFactory.Create(new RenderOptions(width, height, RenderBackend.Cpu, look, grain, seed, scale), yuv => frames.Add(yuv.ToArray()));
    }

    public byte[] RenderOne(WorldFrame world, CameraFrame camera)
    {
        int before = frames.Count;
        Renderer.Submit(world, camera);
        Renderer.Flush();
        Assert.Equal(before + 1, frames.Count);
        return frames[^1];
    }

    public RgbImage RenderRgb(WorldFrame world, CameraFrame camera) => RgbImage.FromI420(RenderOne(world, camera), Renderer.Width, Renderer.Height);

    public void Dispose() => Renderer.Dispose();
}
