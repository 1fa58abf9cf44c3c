using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Kinora.Production;
using Kinora.Render;

namespace Kinora.Pipeline;

/// <summary>
/// How a film is cut into segments for rendering, and the cache key of each segment and of the soundtrack.
/// Each shot is its own segment, or several of at most MaxFrames frames when it is longer, so that editing one
/// shot changes the keys of that shot's segments only and the rest of the film comes from the cache.
/// </summary>
public sealed record SegmentPlan(ImmutableArray<Segment> Segments, string SoundtrackKey, long Frames)
{
    /// <summary>Bump when a change to the code changes pixels or sound without changing the assembly version.</summary>
    public const int CacheGeneration = 3;

    /// <summary>The longest segment, in seconds of film time.</summary>
    public const double MaxSeconds = 10;

    /// <summary>Frames that belong to the film: the same count the encoder is fed.</summary>
    public static SegmentPlan For(FilmPlan plan, RenderOptions render)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(render);
        var production = plan.Production;
        int fps = production.Bible.Format.Fps;
        long frames = production.FrameCount;
        var shots = plan.Shots.Shots;
        string productionHash = ProductionHash(plan);
        string common = Lines(
            $"kinora {CodeVersion} generation {CacheGeneration}",
            $"size {render.Width}x{render.Height} fps {fps} backend {render.Backend} scale {render.RenderScale.ToString("R", CultureInfo.InvariantCulture)}",
            $"look {render.Look} grain {render.Grain.ToString("R", CultureInfo.InvariantCulture)} seed {render.Seed}",
            $"production {productionHash}");

        // Frame n belongs to the last shot that starts at or before n/fps: the rule the renderer has always used.
        var firstFrame = new long[shots.Length + 1];
        int shot = 0;
        for (long n = 0; n < frames; n++)
        {
            double t = (double)n / fps;
            while (shot + 1 < shots.Length && shots[shot + 1].Start <= t + 1e-9) firstFrame[++shot] = n;
        }
        for (int k = shot + 1; k <= shots.Length; k++) firstFrame[k] = frames;

        long max = Math.Max(1, (long)Math.Round(MaxSeconds * fps));
        var segments = ImmutableArray.CreateBuilder<Segment>();
        for (int k = 0; k < shots.Length; k++)
        {
            long start = firstFrame[k], count = firstFrame[k + 1] - start;
            if (count <= 0) continue;   // a shot shorter than a frame is never seen
            string shotRecord = JsonSerializer.Serialize(shots[k]);
            long pieces = (count + max - 1) / max;
            // A dissolve shows the neighbouring shot too, and a fade is timed by it, so a transition makes the first or last
            // piece depend on that shot as well.
            string from = k > 0 && shots[k].TransitionIn != Kinora.Direction.Transition.Cut ? "from " + JsonSerializer.Serialize(shots[k - 1]) : "";
            string into = k + 1 < shots.Length && shots[k + 1].TransitionIn != Kinora.Direction.Transition.Cut ? "into " + JsonSerializer.Serialize(shots[k + 1]) : "";
            for (long p = 0; p < pieces; p++)
            {
                long a = start + count * p / pieces, b = start + count * (p + 1) / pieces;
                string key = Hash(Lines(common, $"frames {a} {b - a}", $"shot {k} {shotRecord}",
                    p == 0 ? from : "", p == pieces - 1 ? into : ""));
                segments.Add(new Segment(segments.Count, a, b - a, k, k, key));
            }
        }
        string soundKey = Hash(Lines($"kinora {CodeVersion} generation {CacheGeneration}", $"soundtrack {productionHash}",
            $"options {Kinora.Audio.SoundtrackOptions.Default}", "score and foley 1"));
        return new SegmentPlan(segments.ToImmutable(), soundKey, frames);
    }

    /// <summary>
    /// The production as text: screenplay, bible (with every default filled in) and length. The world and
    /// everything the camera sees follow from these, so a change to any of them re-renders the whole film; an
    /// edit to shots.yaml does not change it.
    /// </summary>
    static string ProductionHash(FilmPlan plan)
    {
        var p = plan.Production;
        return Hash(Lines(plan.ScreenplayText, BibleYaml.Write(p.Bible), $"duration {p.Duration.ToString("R", CultureInfo.InvariantCulture)}",
            $"format {p.Bible.Format.Width}x{p.Bible.Format.Height} {p.Bible.Format.Fps} seed {p.Bible.Seed}"));
    }

    /// <summary>The code that made a cached file: the assembly's informational version (with its source revision).</summary>
    public static string CodeVersion { get; } =
        typeof(SegmentPlan).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    static string Lines(params string[] lines) => string.Join("\n", lines);

    static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
