using System.Diagnostics;
using Kinora.Direction;
using Kinora.Production;
using Kinora.Render;
using Kinora.Render.Tests;
using Kinora.Script;
using Kinora.World;

/// <summary>
/// A character-heavy frame: ten cast members talking in a diner, planned and posed by the world model as a film
/// would be, filmed from the director's first (widest) shot and from a medium shot of the first speaker, at 1080p.
/// </summary>
static class CastBench
{
    const string Screenplay = """
        INT. DINER - NIGHT

        ADA (60s), oilskin coat, grey braid, sits at the counter. TOM (30s), yellow jacket, stands by the door.
        MARA (40s), red dress, long hair. JONAH (50s), heavy, grey suit, hat. LENA (20s), slim, green raincoat.
        OTTO (70s), brown coat, bald. PIA (30s), blue shirt, bun. RUFUS (40s), black jacket, cap. IRIS (50s), white apron. NED (20s), tall, grey hoodie.

        ADA
        Forty years and the storm still finds this place.

        TOM
        It found me first. My boat is on the rocks.

        MARA
        Sit down, both of you. The coffee is hot.

        JONAH
        Nobody is going anywhere tonight.

        LENA
        The road is flooded past the bridge.

        OTTO
        It was like this in sixty-two.

        PIA
        You say that every winter.

        RUFUS
        Then every winter he is right.

        IRIS
        Eat something. All of you.

        NED
        I will take the pie.
        """;

    public static void Run(RenderBackend backend, int frames)
    {
        var screenplay = ScreenplayBuilder.Build(FountainParser.Parse(Screenplay, "cast.fountain"));
        var production = ProductionPlanner.Plan(screenplay, null, new PlanRequest(1, 40, new FilmFormat(1920, 1080, 24)));
        var world = WorldModel.Build(production);
        var shots = Director.Plan(world);
        var wide = shots.Shots.OrderByDescending(s => s.Subjects.Length).First();
        var medium = shots.Shots.FirstOrDefault(s => s.Size is ShotSize.Medium or ShotSize.MediumClose) ?? shots.Shots[^1];
        CloseUps(world, backend, medium.Start);
        foreach (var (name, shot) in new[] { ("wide", wide), ("medium", medium) })
        {
            var track = CameraTrack.For(shot, world);
            double t0 = (shot.Start + shot.End) / 2;
            RgbImage? image = null;
            long checksum = 0;
            using var r = RendererFactory.Create(new RenderOptions(1920, 1080, backend, "natural", 0.15, 1), yuv =>
            {
                checksum += yuv[yuv.Length / 2];
                if (image is null) image = RgbImage.FromI420(yuv, 1920, 1080);
            });
            r.Submit(world.Sample(t0), track.Sample(t0));
            r.Flush();
            Png.Write($"/tmp/render-cast-{name}.png", image!);
            var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            for (int i = 1; i <= frames; i++) r.Submit(world.Sample(t0 + i / 24.0), track.Sample(t0 + i / 24.0));
            r.Flush();
            double seconds = clock.Elapsed.TotalSeconds;
            double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
            var people = world.Sample(t0).Actors.Length;
            Console.WriteLine($"cast {name} ({shot.Size}, {people} people in the scene) 1920x1080: {frames / seconds:F2} frames/s wall, " +
                $"{frames / (cpu / Environment.ProcessorCount):F2} by CPU time ({cpu / frames * 1000:F0} ms CPU per frame) over {frames} frames; /tmp/render-cast-{name}.png");
        }
    }

    /// <summary>Close-ups of the first actor with the mouth at rest and on each viseme: /tmp/render-cast-mouth-*.png.</summary>
    static void CloseUps(WorldModel world, RenderBackend backend, double t)
    {
        var actor = world.Sample(t).Actors[0];
        var eye = actor.Eyes + actor.Forward * 0.75f + new System.Numerics.Vector3(0, -0.03f, 0);
        var camera = new CameraFrame(eye, System.Numerics.Vector3.Normalize(actor.Eyes - new System.Numerics.Vector3(0, 0.05f, 0) - eye), System.Numerics.Vector3.UnitY,
            CameraFrame.FovForFocalLength(50), 0.75f, 2.8f);
        foreach (var viseme in Enum.GetValues<Viseme>())
        {
            var speaking = world.Speaking(new MouthTrack([new MouthCue(actor.Name, t - 1, viseme)]));
            RgbImage? image = null;
            using (var r = RendererFactory.Create(new RenderOptions(640, 360, backend, "natural", 0, 1), yuv => image = RgbImage.FromI420(yuv, 640, 360)))
            {
                r.Submit(speaking.Sample(t), camera);
                r.Flush();
            }
            Png.Write($"/tmp/render-cast-mouth-{viseme}.png", image!);
        }
        Console.WriteLine("/tmp/render-cast-mouth-*.png: close-ups of " + actor.Name + " on each viseme");
    }
}
