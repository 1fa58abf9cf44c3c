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
    readonly PictureMixer mixer;
    readonly Kinora.World.WorldModel world;
    FilmEncoder? encoder;

    /// <summary>mouths: the soundtrack's lip-sync; without it every mouth stays closed.</summary>
    public SegmentCamera(FilmPlan plan, RenderOptions options, RenderCache cache, Kinora.World.MouthTrack? mouths = null)
    {
        this.plan = plan;
        world = mouths is null ? plan.World : plan.World.Speaking(mouths);
        this.cache = cache;
        var format = plan.Production.Bible.Format;
        // A scene drawn below the film's size travels at its own size and ffmpeg upscales it (RenderOptions.Frames).
        options = options with { EncoderUpscales = true };
        var frames = options.Frames;
        settings = EncoderSettings.For(format.Width, format.Height, format.Fps) with { Input = frames, Picture = options.PictureArea };
        // Frames read back after a failed segment are dropped, not given to the next segment's encoder.
        mixer = new PictureMixer(frames, frame => encoder?.Write(frame));
        renderer = RendererFactory.Create(options, frame => { if (encoder is not null) mixer.Receive(frame); });
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
            mixer.Reset();
            int shotIndex = segment.FirstShot;
            var tracks = new Dictionary<int, CameraTrack>();
            CameraTrack Track(int k)
            {
                if (!tracks.TryGetValue(k, out var track))
                {
                    if (tracks.Count > 4) tracks.Clear();
                    tracks[k] = track = CameraTrack.For(shots[k], plan.World);
                }
                return track;
            }
            for (long n = segment.FirstFrame; n < segment.EndFrame; n++)
            {
                ct.ThrowIfCancellationRequested();
                double t = (double)n / fps;
                while (shotIndex < segment.LastShot && shots[shotIndex + 1].Start <= t + 1e-9) shotIndex++;
                var picture = Cutting.At(shots, shotIndex, t);
                var frame = world.Sample(t);
                var track = Track(picture.Shot);
                // Camera motion blur looks back one frame, within the shot only (no blur across a cut).
                double before = (double)(n - 1) / fps;
                CameraFrame? previous = before >= shots[picture.Shot].Start - 1e-9 ? track.Sample(before) : null;
                mixer.Expect(picture);
                renderer.Submit(frame, track.Lit(t), previous);
                // The other shot of a dissolve is in another scene, with its own world: hold its frame nearest the cut.
                if (picture.Mixed)
                {
                    var other = shots[picture.Other];
                    long held = picture.Other > shotIndex ? (long)Math.Ceiling(other.Start * fps - 1e-9) : (long)Math.Ceiling(other.End * fps - 1e-9) - 1;
                    double at = (double)held / fps;
                    renderer.Submit(world.Sample(at), Track(picture.Other).Lit(at), null);
                }
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
