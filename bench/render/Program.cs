using System.Collections.Immutable;
using System.Diagnostics;
using System.Numerics;
using Kinora.Direction;
using Kinora.Render;
using Kinora.Render.Tests;
using Kinora.World;

// Render benchmark: a street (set of ~470 instances + 60 ten-part figures, ~140k triangles at full detail) at 1080p and 4K on the chosen backend.
//   dotnet run -c Release --project bench/render -- [bench|sets|preview|cast] [cpu|gpu|auto] [frames]
// "sets" plans films from sample prompts (a kitchen, a rainy street at night, a village) and renders frames from
// their shots as the pipeline would (frames = frames per shot, three shots per film).
// "cast" renders a diner scene with ten cast members (the real humanoids, posed by the world model) at 1080p.
// "preview" writes PNGs of the test scenes and the benchmark street to /tmp/render-*.png.
// "village-water" plans the fishing-village film and writes its harbour from the quay and over the boats to
// /tmp/render-village-*.png (KINORA_REFLECTIONS=0: without the water's reflection of the set, to -off.png).
string mode = args.Length > 0 ? args[0] : "bench";
var backend = args.Length > 1 ? Enum.Parse<RenderBackend>(args[1], ignoreCase: true) : RenderBackend.Cpu;
int frames = args.Length > 2 ? int.Parse(args[2]) : 24;

if (mode == "cast")
{
    CastBench.Run(backend, frames);
    return;
}

if (mode == "village-water")
{
    var plan = Kinora.Pipeline.Planning.Plan(new Kinora.Pipeline.FilmSource.Prompt(
        "A documentary-style morning in a small fishing village: boats leave the harbour, the market opens, children run to school."),
        new Kinora.Pipeline.PlanOverrides(Duration: 40, Fps: 24));
    var worldFrame = plan.World.Sample(17.0); // the harbour's establishing shot
    foreach (var (name, eye, look) in new[] { ("quay", new Vector3(3, 1.7f, -7.5f), new Vector3(-0.3f, -0.12f, -1f)),
                 ("boats", new Vector3(-12, 2.2f, -4f), new Vector3(0.6f, -0.25f, -1f)) })
    {
        RgbImage? image = null;
        bool on = Environment.GetEnvironmentVariable("KINORA_REFLECTIONS") != "0";
        using (var r = RendererFactory.Create(new RenderOptions(960, 540, backend, "natural", 0.15, 1), yuv => image = RgbImage.FromI420(yuv, 960, 540)))
        {
            ((GlRenderer)r).Reflections = on;
            r.Submit(worldFrame, new CameraFrame(eye, Vector3.Normalize(look), Vector3.UnitY, CameraFrame.FovForFocalLength(28), 20, 5.6f));
            r.Flush();
        }
        string file = $"/tmp/render-village-{name}{(on ? "" : "-off")}.png";
        Png.Write(file, image!);
        Console.WriteLine(file);
    }
    return;
}

if (mode == "preview")
{
    foreach (var (name, world, camera, previous, letterbox) in new (string, WorldFrame, CameraFrame, CameraFrame?, double?)[]
    {
        ("day", TestScenes.Day(), TestScenes.Camera, null, null), ("night", TestScenes.Night(), TestScenes.Camera, null, null),
        ("rain", TestScenes.Rain(), TestScenes.Camera, null, null), ("street", BenchScene.Frame(0), BenchScene.Camera(0), null, null),
        ("closeup", TestScenes.Day(), TestScenes.CloseUp, null, null), ("pan", TestScenes.Day(), TestScenes.Camera, TestScenes.PanningFrom, null),
        ("scope", TestScenes.Day(), TestScenes.Camera, null, 2.39),
        ("harbour", TestScenes.HarbourDay(), TestScenes.HarbourCamera, null, null),
        ("harbour-night", TestScenes.HarbourNight(), TestScenes.HarbourCamera, null, null),
        ("rain-night", TestScenes.RainNight(), TestScenes.RoadCamera, null, null),
    })
    {
        RgbImage? image = null;
        string look = Environment.GetEnvironmentVariable("KINORA_PREVIEW_LOOK") ?? "natural";
        using (var r = RendererFactory.Create(new RenderOptions(960, 540, backend, look, 0.15, 1, LetterboxAspect: letterbox), yuv => image = RgbImage.FromI420(yuv, 960, 540)))
        {
            r.Submit(world, camera, previous);
            r.Flush();
        }
        string file = look == "natural" ? $"/tmp/render-{name}.png" : $"/tmp/render-{name}-{look}.png";
        Png.Write(file, image!);
        Console.WriteLine(file);
    }
    return;
}

if (mode == "scale")
{
    // 1080p at several render scales; a 640×360 crop from the centre at 100 % to judge the upscale.
    foreach (float scale in new[] { 1f, 0.75f, 2f / 3f })
    {
        RgbImage? image = null;
        using (var r = RendererFactory.Create(new RenderOptions(1920, 1080, backend, "natural", 0.15, 1, scale), yuv => image = RgbImage.FromI420(yuv, 1920, 1080)))
        {
            r.Submit(TestScenes.Day(), TestScenes.Camera);
            r.Flush();
        }
        var crop = new RgbImage(640, 360);
        for (int y = 0; y < 360; y++) for (int x = 0; x < 640; x++) crop[x, y] = image![x + 560, y + 300];
        Png.Write($"/tmp/render-scale-{scale:F2}.png", crop);
        Console.WriteLine($"/tmp/render-scale-{scale:F2}.png");
    }
    return;
}

if (mode == "sets")
{
    // KINORA_BENCH_SCALE: a render scale other than the automatic one.
    float scale = float.TryParse(Environment.GetEnvironmentVariable("KINORA_BENCH_SCALE"), System.Globalization.CultureInfo.InvariantCulture, out float s) ? s : 0f;
    var sizes = Environment.GetEnvironmentVariable("KINORA_BENCH_SIZES") == "1080p" ? new[] { (1920, 1080, scale) } : [(1920, 1080, scale), (3840, 2160, scale)];
    TypicalSets.Run(backend, frames, sizes, args.Length > 3 ? args[3] : null);
    return;
}

Console.WriteLine($"scene: {BenchScene.Triangles()} triangles ({BenchScene.Set.Instances.Length} set instances, {BenchScene.Frame(0).Dynamic.Length} dynamic)");
foreach (var (w, h, scale) in new[] { (1920, 1080, 0f), (1920, 1080, 1f), (3840, 2160, 0f) })
{
    long checksum = 0;
    using var r = RendererFactory.Create(new RenderOptions(w, h, backend, "natural", 0.15, 1, scale), yuv => checksum += yuv[yuv.Length / 2]);
    ((GlRenderer)r).DepthPrepass = Environment.GetEnvironmentVariable("KINORA_ZPREPASS") != "0";
    r.Submit(BenchScene.Frame(0), BenchScene.Camera(0)); // warm-up: set upload, shader compile
    r.Flush();
    var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    for (int i = 1; i <= frames; i++) r.Submit(BenchScene.Frame(i / 24.0), BenchScene.Camera(i / 24.0));
    r.Flush();
    double seconds = clock.Elapsed.TotalSeconds;
    double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
    var gr = (GlRenderer)r;
    var (iw, ih) = gr.InternalSize;
    // CPU seconds / cores estimates the wall time on an idle machine (llvmpipe keeps both cores busy).
    Console.WriteLine($"{w}x{h} (internal {iw}x{ih}): {frames / seconds:F2} frames/s wall, {frames / (cpu / Environment.ProcessorCount):F2} frames/s by CPU time ({cpu / frames * 1000:F0} ms CPU per frame) over {frames} frames [{r.Description}]");
    if (Environment.GetEnvironmentVariable("KINORA_RENDER_PROFILE") == "1")
    {
        gr.Profile = new PassProfile();
        for (int i = 1; i <= 4; i++) r.Submit(BenchScene.Frame(i / 24.0), BenchScene.Camera(i / 24.0));
        r.Flush();
        Console.WriteLine("  CPU ms per frame by pass: " + string.Join(", ", gr.Profile.Totals.Select(kv => $"{kv.Key} {kv.Value.TotalMilliseconds / 4:F0}")));
    }
}

/// <summary>A street of buildings, lamp posts and trees with 60 walking figures.</summary>
static class BenchScene
{
    public static readonly SetGeometry Set = Build();

    static SetGeometry Build()
    {
        var b = ImmutableArray.CreateBuilder<Instance>();
        b.AddRange(TestScenes.Street.Instances);
        var rng = new Random(1234); // benchmark layout only; never reaches product output
        for (int i = 0; i < 40; i++)
        {
            float x = (i % 2 == 0 ? -1 : 1) * (9 + (float)rng.NextDouble() * 3), z = -i * 6f + 20;
            float h = 6 + (float)rng.NextDouble() * 14;
            b.Add(new(Primitive.Box, Matrix4x4.CreateScale(6, h, 5.5f) * Matrix4x4.CreateTranslation(x, h / 2, z), Material.Matte(new(0.4f + (float)rng.NextDouble() * 0.3f, 0.3f, 0.25f), 2)));
            for (int k = 0; k < 6; k++)
                b.Add(new(Primitive.Box, Matrix4x4.CreateScale(0.1f, 1.4f, 1.0f) * Matrix4x4.CreateTranslation(x - MathF.Sign(x) * 3.01f, 2 + (k / 3) * 3.2f, z - 1.8f + (k % 3) * 1.8f), new Material(new(0.05f, 0.05f, 0.06f), 0.2f, 0, Vector3.Zero)));
        }
        for (int i = 0; i < 60; i++)
        {
            float x = (i % 2 == 0 ? -5.5f : 5.5f), z = -i * 4f + 20;
            b.Add(new(Primitive.Cylinder, Matrix4x4.CreateScale(0.3f, 3, 0.3f) * Matrix4x4.CreateTranslation(x, 1.5f, z), Material.Matte(new(0.3f, 0.2f, 0.1f), 3)));
            b.Add(new(Primitive.Sphere, Matrix4x4.CreateScale(2.4f) * Matrix4x4.CreateTranslation(x, 3.8f, z), Material.Matte(new(0.12f, 0.26f, 0.07f), 8)));
            b.Add(new(Primitive.Sphere, Matrix4x4.CreateScale(1.6f) * Matrix4x4.CreateTranslation(x + 0.6f, 4.6f, z + 0.3f), Material.Matte(new(0.14f, 0.3f, 0.08f), 8)));
        }
        b.Add(new(Primitive.Plane, Matrix4x4.CreateScale(8, 1, 300) * Matrix4x4.CreateTranslation(0, 0.02f, -100), new Material(new(0.08f, 0.08f, 0.085f), 0.9f, 0, Vector3.Zero, 6)));
        return new SetGeometry("bench-street", b.ToImmutable(), new Aabb(new(-10, 0, -200), new(10, 0, 20)), [], [], false, 0);
    }

    public static WorldFrame Frame(double t)
    {
        var dynamic = ImmutableArray.CreateBuilder<Instance>();
        for (int i = 0; i < 30; i++)
        {
            float x = -3.5f + (i % 6) * 1.4f, z = 8 - (i / 6) * 5f - (float)t * 1.3f * (i % 2 == 0 ? 1 : -1);
            dynamic.AddRange(TestScenes.Figure(new(x, 0, z), i * 0.7f));
            dynamic.AddRange(TestScenes.Figure(new(x + 0.5f, 0, z + 0.5f), i * 0.3f));
        }
        var day = TestScenes.Day(t);
        return day with { Set = Set, Dynamic = dynamic.ToImmutable() };
    }

    public static CameraFrame Camera(double t) =>
        new(new Vector3(1.5f + (float)t * 0.2f, 1.8f, 12f), Vector3.Normalize(new Vector3(-0.15f, -0.08f, -1)), Vector3.UnitY, CameraFrame.FovForFocalLength(28), 10, 4);

    public static int Triangles() => Set.Instances.Concat(Frame(0).Dynamic).Sum(i => RenderStatistics.TrianglesPerInstance(i.Shape));
}
