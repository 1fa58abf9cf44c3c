using Kinora.Direction;
using Kinora.Output;
using Kinora.Render;

namespace Kinora.Pipeline;

/// <summary>
/// Renders segments of one plan into the render cache, one after another, with one renderer. Every frame is a
/// function of its time alone (grain is keyed by film time), so a segment's pixels do not depend on which
/// segments this camera shot before, or on which process shot it.
/// </summary>
public sealed class SegmentCamera : IDisposable
{
    readonly FilmPlan plan;
    readonly RenderCache cache;
    readonly EncoderSettings settings;
    readonly IRenderer renderer;
    readonly Kinora.World.WorldModel world;
    FilmEncoder? encoder;

    /// <summary>mouths: the soundtrack's lip-sync; without it every mouth stays closed.</summary>
    public SegmentCamera(FilmPlan plan, RenderOptions options, RenderCache cache, Kinora.World.MouthTrack? mouths = null)
    {
        this.plan = plan;
        world = mouths is null ? plan.World : plan.World.Speaking(mouths);
        this.cache = cache;
        var format = plan.Production.Bible.Format;
        settings = EncoderSettings.For(format.Width, format.Height, format.Fps);
        // Frames read back after a failed segment are dropped, not given to the next segment's encoder.
        renderer = RendererFactory.Create(options, frame => encoder?.Write(frame));
    }

    public string Description => renderer.Description;

    /// <summary>False after a failure left the renderer in doubt: make a new camera.</summary>
    public bool Usable { get; private set; } = true;

    /// <summary>Renders and encodes one segment to its cache file; framesDone hears the count of frames submitted.</summary>
    public void Shoot(Segment segment, Action<long>? framesDone, CancellationToken ct)
    {
        if (!Usable) throw new InvalidOperationException("this camera failed before; make a new one");
        var shots = plan.Shots.Shots;
        int fps = plan.Production.Bible.Format.Fps;
        string destination = cache.SegmentFile(segment.Key);
        bool complete = false;
        try
        {
            using var encoding = new FilmEncoder(destination, settings, null, "Kinora segment");
            encoder = encoding;
            int shotIndex = segment.FirstShot;
            CameraTrack? track = null;
            for (long n = segment.FirstFrame; n < segment.EndFrame; n++)
            {
                ct.ThrowIfCancellationRequested();
                double t = (double)n / fps;
                while (shotIndex < segment.LastShot && shots[shotIndex + 1].Start <= t + 1e-9) { shotIndex++; track = null; }
                track ??= CameraTrack.For(shots[shotIndex], plan.World);
                renderer.Submit(world.Sample(t), track.Sample(t));
                long done = n - segment.FirstFrame + 1;
                if (done % 6 == 0 || n == segment.EndFrame - 1) framesDone?.Invoke(done);
            }
            renderer.Flush();
            if (encoding.FramesWritten != segment.FrameCount)
                throw new EncoderException($"segment {segment.Index}: the renderer gave {encoding.FramesWritten} frames of {segment.FrameCount}");
            encoding.Finish();
            complete = true;
        }
        finally
        {
            encoder = null;
            if (!complete)
            {
                try { renderer.Flush(); }
                catch (Exception) { Usable = false; }
            }
        }
    }

    public void Dispose() => renderer.Dispose();
}
