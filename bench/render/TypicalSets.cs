using System.Diagnostics;
using Kinora.Direction;
using Kinora.Pipeline;
using Kinora.Render;
using Kinora.World;

/// <summary>
/// Typical sets as films use them: plans a film from a sample prompt (a furnished interior, a street with several
/// characters), then renders runs of consecutive frames from the middle of several shots exactly as the pipeline
/// does (the shot's camera track, the previous frame's camera for motion blur, the bible's look and grain), with
/// read-back, at each size. Prints frames/s against triangles on screen and resolution.
/// </summary>
static class TypicalSets
{
    static readonly (string Name, string Prompt)[] Films =
    [
        ("kitchen (interior)", "Two rival chefs argue in a busy restaurant kitchen, then cook one dish together before closing time."),
        ("street, night, rain", "A detective in a grey trench coat searches a rainy city at night for a missing violinist and finds her at dawn on the pier."),
        ("village (exterior, day)", "A documentary-style morning in a small fishing village: boats leave the harbour, the market opens, children run to school."),
    ];

    public static void Run(RenderBackend backend, int framesPerShot, IEnumerable<(int W, int H, float Scale)> sizes, string? only = null)
    {
        const int fps = 24;
        foreach (var (name, prompt) in Films.Where(f => only is null || f.Name.StartsWith(only, StringComparison.Ordinal)))
        {
            // A 40-second film by default; KINORA_BENCH_DURATION=600 and KINORA_BENCH_SHOTS=12 sample a whole film's
            // sets, cast and extras as the 10-minute renders meet them.
            int duration = int.TryParse(Environment.GetEnvironmentVariable("KINORA_BENCH_DURATION"), out int d) ? d : 40;
            int count = int.TryParse(Environment.GetEnvironmentVariable("KINORA_BENCH_SHOTS"), out int c) ? c : 3;
            var plan = Planning.Plan(new FilmSource.Prompt(prompt), new PlanOverrides(Duration: duration, Fps: fps));
            // Shots spread evenly over the film (three by default: a sixth, half and five sixths in); a run of
            // frames from the middle of each.
            var shots = plan.Shots.Shots;
            var picks = Enumerable.Range(0, count).Select(k => shots.Length * (2 * k + 1) / (2 * count)).Distinct().Select(i => shots[i]).ToArray();
            var frames = new List<(WorldFrame World, CameraFrame Camera, CameraFrame? Previous)>();
            foreach (var shot in picks)
            {
                var track = CameraTrack.For(shot, plan.World);
                long first = (long)Math.Ceiling((shot.Start + shot.End) / 2 * fps) - framesPerShot / 2;
                for (long n = first; n < first + framesPerShot; n++)
                {
                    double t = (double)n / fps;
                    frames.Add((plan.World.Sample(t), track.Sample(t), track.Sample(t - 1.0 / fps)));
                }
            }
            double triangles = frames.Average(f => f.World.Set.Instances.Concat(f.World.Dynamic).Sum(i => (double)RenderStatistics.TrianglesPerInstance(i.Shape)));
            int actors = (int)Math.Round(frames.Average(f => f.World.Actors.Length));
            var style = plan.Production.Bible.Style;
            foreach (var (w, h, scale) in sizes)
            {
                long checksum = 0;
                // As a film renders them: a scene drawn below the output size goes to the encoder at its own size
                // (KINORA_BENCH_UPSCALE=renderer for the renderer's own upscale).
                bool encoderUpscales = Environment.GetEnvironmentVariable("KINORA_BENCH_UPSCALE") != "renderer";
                using var r = RendererFactory.Create(new RenderOptions(w, h, backend, style.Look, style.Grain, plan.Production.Bible.Seed, scale,
                    EncoderUpscales: encoderUpscales), yuv => checksum += yuv[yuv.Length / 2]);
                ((GlRenderer)r).DepthPrepass = Environment.GetEnvironmentVariable("KINORA_ZPREPASS") != "0";
                ((GlRenderer)r).Reflections = Environment.GetEnvironmentVariable("KINORA_REFLECTIONS") != "0";
                // Warm-up: the set's upload and every shader variant the shots need (compiled once a film, by LLVM on
                // llvmpipe, a few hundred milliseconds each), so the figures are the steady state a film sees.
                foreach (var f in frames.Where((_, i) => i % framesPerShot < 2)) r.Submit(f.World, f.Camera, f.Previous);
                r.Flush();
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                foreach (var f in frames) r.Submit(f.World, f.Camera, f.Previous);
                r.Flush();
                double seconds = clock.Elapsed.TotalSeconds;
                double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
                var (iw, ih) = ((GlRenderer)r).InternalSize;
                Console.WriteLine($"{name}: {w}x{h} (internal {iw}x{ih}), {triangles / 1000:F0}k triangles, {actors} actors, look {style.Look}: " +
                    $"{frames.Count / seconds:F2} frames/s wall, {frames.Count / (cpu / Environment.ProcessorCount):F2} by CPU time ({cpu / frames.Count * 1000:F0} ms CPU per frame) over {frames.Count} frames");
                if (Environment.GetEnvironmentVariable("KINORA_RENDER_PROFILE") == "1")
                {
                    var gr = (GlRenderer)r;
                    gr.Profile = new PassProfile();
                    foreach (var f in frames) r.Submit(f.World, f.Camera, f.Previous);
                    r.Flush();
                    Console.WriteLine("  CPU ms per frame by pass: " + string.Join(", ", gr.Profile.Totals.Select(kv => $"{kv.Key} {kv.Value.TotalMilliseconds / frames.Count:F0}")));
                    // KINORA_BENCH_PER_SHOT=1: the same split for each sampled shot, to see which shots cost what.
                    if (Environment.GetEnvironmentVariable("KINORA_BENCH_PER_SHOT") == "1")
                        for (int k = 0; k < picks.Length; k++)
                        {
                            gr.Profile = new PassProfile();
                            var run = frames.Skip(k * framesPerShot).Take(framesPerShot).ToArray();
                            foreach (var f in run) r.Submit(f.World, f.Camera, f.Previous);
                            r.Flush();
                            var w0 = run[0].World;
                            float motion = run[0].Previous is { } before ? Kinora.Render.Lens.ScreenMotion(run[0].Camera, before, iw, ih) : 0;
                            Console.WriteLine($"  shot {picks[k].Id} at {w0.Time:F0} s ({w0.Set.Id}, {w0.Light.Practicals.Length} practicals, sun {w0.Light.SunElevation * 180 / Math.PI:F0}°, " +
                                $"rain {w0.Atmosphere.Rain:F1}, motion {motion:F1} px, {GlRenderer.MotionBlurTaps(motion, iw)} blur taps): " +
                                string.Join(", ", gr.Profile.Totals.Select(kv => $"{kv.Key} {kv.Value.TotalMilliseconds / run.Length:F0}")));
                        }
                    gr.Profile = null;
                }
            }
        }
    }
}
