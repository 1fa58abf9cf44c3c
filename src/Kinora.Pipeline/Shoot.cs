using System.Diagnostics;
using Kinora.Audio;
using Kinora.Direction;
using Kinora.Output;
using Kinora.Render;

namespace Kinora.Pipeline;

/// <summary>How to shoot: where the film goes, which renderer backend, and who hears about progress.</summary>
public sealed record ShootOptions(string Output, RenderBackend Backend = RenderBackend.Auto, IProgress<ShootProgress>? Progress = null, float RenderScale = 0);

/// <summary>Where a shoot stands: frames done of the total, and the soundtrack's measured loudness once mixed.</summary>
public readonly record struct ShootProgress(string Stage, long Frame, long Frames, double FramesPerSecond, double EtaSeconds);

/// <summary>What a finished shoot measured.</summary>
public sealed record ShootReport(string Film, long Frames, double Seconds, double RenderSeconds, string Renderer, double IntegratedLufs);

/// <summary>
/// Films a plan: mixes the soundtrack, then renders every frame at n/fps and streams it to the encoder as it is
/// made. Memory stays flat whatever the film's length; the film appears at its path only when complete.
/// </summary>
public static class Shoot
{
    public static ShootReport Run(FilmPlan plan, ShootOptions options, CancellationToken ct = default)
    {
        var production = plan.Production;
        var format = production.Bible.Format;
        long frames = production.FrameCount;
        var clock = Stopwatch.StartNew();

        string work = Path.Combine(Path.GetTempPath(), $"kinora-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(work);
        try
        {
            options.Progress?.Report(new ShootProgress("sound", 0, frames, 0, 0));
            string wav = Path.Combine(work, "soundtrack.wav");
            var sound = SoundtrackMixer.Mix(production, wav, ct);

            var metadata = new Dictionary<string, string>
            {
                ["comment"] = $"Kinora; seed {production.Bible.Seed}",
                ["kinora_seed"] = production.Bible.Seed.ToString(),
            };
            using var encoder = new FilmEncoder(options.Output, EncoderSettings.For(format.Width, format.Height, format.Fps), wav, production.Bible.Title, metadata);
            var renderOptions = new RenderOptions(format.Width, format.Height, options.Backend, production.Bible.Style.Look,
                production.Bible.Style.Grain, production.Bible.Seed, options.RenderScale);
            using var renderer = RendererFactory.Create(renderOptions, frame => encoder.Write(frame));

            var tracks = new CameraTrack?[plan.Shots.Shots.Length];
            var renderClock = Stopwatch.StartNew();
            int shotIndex = 0;
            for (long n = 0; n < frames; n++)
            {
                ct.ThrowIfCancellationRequested();
                double t = (double)n / format.Fps;
                while (shotIndex + 1 < plan.Shots.Shots.Length && plan.Shots.Shots[shotIndex + 1].Start <= t + 1e-9) shotIndex++;
                var track = tracks[shotIndex] ??= CameraTrack.For(plan.Shots.Shots[shotIndex], plan.World);
                if (shotIndex > 0) tracks[shotIndex - 1] = null;   // finished shots are let go: memory stays flat
                renderer.Submit(plan.World.Sample(t), track.Sample(t));
                if (options.Progress is not null && (n % 12 == 0 || n == frames - 1))
                {
                    double fps = (n + 1) / Math.Max(1e-6, renderClock.Elapsed.TotalSeconds);
                    options.Progress.Report(new ShootProgress("frames", n + 1, frames, fps, (frames - n - 1) / Math.Max(1e-6, fps)));
                }
            }
            renderer.Flush();
            double renderSeconds = renderClock.Elapsed.TotalSeconds;
            options.Progress?.Report(new ShootProgress("encode", frames, frames, 0, 0));
            encoder.Finish();
            return new ShootReport(Path.GetFullPath(options.Output), frames, clock.Elapsed.TotalSeconds, renderSeconds, renderer.Description, sound.IntegratedLufs);
        }
        finally
        {
            try { Directory.Delete(work, recursive: true); } catch (IOException) { }
        }
    }
}
