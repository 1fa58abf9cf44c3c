using System.Collections.Immutable;
using System.Numerics;
using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>Small hand-built worlds: a street corner with a red box, a figure, a tree and a building.</summary>
static class TestScenes
{
    /// <summary>The sun 40° up in the west-north-west: side light, shadows falling toward the camera and right.</summary>
    public static readonly double SunElevation = 40 * Math.PI / 180;
    public static readonly double SunAzimuth = 290 * Math.PI / 180;

    public static readonly Vector3 RedBoxCentre = new(0, 0.5f, 0);

    public static Vector3 TowardSun(double elevation, double azimuth) =>
        Vector3.Normalize(new Vector3((float)(Math.Sin(azimuth) * Math.Cos(elevation)), (float)Math.Sin(elevation), (float)(-Math.Cos(azimuth) * Math.Cos(elevation))));

    public static CameraFrame Camera => new(new Vector3(1.5f, 1.7f, 7.5f), Vector3.Normalize(RedBoxCentre + new Vector3(0, 0.3f, 0) - new Vector3(1.5f, 1.7f, 7.5f)), Vector3.UnitY, CameraFrame.FovForFocalLength(35), 7.5f, 2.8f);

    /// <summary>A close-up of the figure's head on a long lens wide open: 85 mm at f/1.8, focused on the face 2.4 m away.</summary>
    public static CameraFrame CloseUp
    {
        get
        {
            var face = new Vector3(-1.4f, 1.68f, 1.2f);
            var eye = face + Vector3.Normalize(new Vector3(0.55f, 0.02f, 1f)) * 2.4f;
            return new(eye, Vector3.Normalize(face - eye), Vector3.UnitY, CameraFrame.FovForFocalLength(85), Vector3.Distance(eye, face), 1.8f);
        }
    }

    /// <summary>The same framing as <see cref="Camera"/> a frame (1/24 s) earlier, on a fast pan to the left.</summary>
    public static CameraFrame PanningFrom
    {
        get
        {
            var c = Camera;
            return c with { Forward = Vector3.Normalize(Vector3.Transform(c.Forward, Matrix4x4.CreateRotationY(-0.05f))) };
        }
    }

    static Instance Box(Vector3 centre, Vector3 size, Material m, float yaw = 0) =>
        new(Primitive.Box, Matrix4x4.CreateScale(size) * Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(centre), m);

    static Instance Shape(Primitive p, Vector3 centre, Vector3 size, Material m) =>
        new(p, Matrix4x4.CreateScale(size) * Matrix4x4.CreateTranslation(centre), m);

    public static SetGeometry Street { get; } = BuildStreet();

    static SetGeometry BuildStreet()
    {
        var grass = Material.Matte(new(0.12f, 0.22f, 0.06f), 1);
        var asphalt = new Material(new(0.09f, 0.09f, 0.095f), 0.9f, 0, Vector3.Zero, 6);
        var brick = Material.Matte(new(0.45f, 0.2f, 0.13f), 2);
        var plaster = Material.Matte(new(0.7f, 0.66f, 0.58f), 2);
        var wood = Material.Matte(new(0.35f, 0.2f, 0.1f), 3);
        var leaves = Material.Matte(new(0.12f, 0.28f, 0.07f), 8);
        var red = new Material(new(0.7f, 0.04f, 0.03f), 0.5f, 0, Vector3.Zero);
        var metal = new Material(new(0.8f, 0.8f, 0.82f), 0.3f, 1, Vector3.Zero);
        var window = new Material(new(0.05f, 0.05f, 0.06f), 0.2f, 0, new(0.9f, 0.62f, 0.28f));
        var b = ImmutableArray.CreateBuilder<Instance>();
        b.Add(Shape(Primitive.Plane, new(0, 0, 0), new(120, 1, 120), grass));
        b.Add(Shape(Primitive.Plane, new(0, 0.01f, -4), new(120, 1, 5), asphalt));
        b.Add(Box(RedBoxCentre, new(1, 1, 1), red));
        // Low enough that the top rows of the test camera's frame are sky.
        b.Add(Box(new(-7, 2.5f, -16), new(8, 5, 6), brick));
        b.Add(Box(new(6, 2, -15), new(6, 4, 6), plaster));
        for (int i = 0; i < 3; i++) b.Add(Box(new(-9.5f + i * 2.5f, 2.2f, -12.95f), new(1.2f, 1.6f, 0.1f), window));
        b.Add(Box(new(3.2f, 0.45f, 1.5f), new(1.6f, 0.9f, 0.8f), wood, 0.4f));
        b.Add(Shape(Primitive.Cylinder, new(-5, 1.2f, -6), new(0.3f, 2.4f, 0.3f), wood));
        b.Add(Shape(Primitive.Sphere, new(-5, 2.8f, -6), new(2.2f, 2.0f, 2.2f), leaves));
        b.Add(Shape(Primitive.Cone, new(6, 0.6f, -2), new(0.8f, 1.2f, 0.8f), Material.Matte(new(0.8f, 0.35f, 0.05f))));
        b.Add(Shape(Primitive.Cylinder, new(1.8f, 2, -2), new(0.12f, 4, 0.12f), metal));
        return new SetGeometry("test-street", b.ToImmutable(), new Aabb(new(-10, 0, -10), new(10, 0, 10)), [], [], false, 0);
    }

    /// <summary>A standing figure from primitives (~20 parts, like the World stage's).</summary>
    public static ImmutableArray<Instance> Figure(Vector3 feet, float yaw)
    {
        var skin = Material.Matte(new(0.6f, 0.42f, 0.32f));
        var coat = new Material(new(0.12f, 0.16f, 0.3f), 0.8f, 0, Vector3.Zero, 7);
        var trousers = new Material(new(0.15f, 0.14f, 0.13f), 0.85f, 0, Vector3.Zero, 7);
        var hair = Material.Matte(new(0.08f, 0.05f, 0.03f));
        var r = Matrix4x4.CreateRotationY(yaw) * Matrix4x4.CreateTranslation(feet);
        Instance Part(Primitive p, Vector3 at, Vector3 size, Material m) => new(p, Matrix4x4.CreateScale(size) * Matrix4x4.CreateTranslation(at) * r, m);
        return
        [
            Part(Primitive.Capsule, new(-0.1f, 0.45f, 0), new(0.28f, 0.95f, 0.28f), trousers),
            Part(Primitive.Capsule, new(0.1f, 0.45f, 0), new(0.28f, 0.95f, 0.28f), trousers),
            Part(Primitive.Box, new(0, 1.2f, 0), new(0.42f, 0.62f, 0.24f), coat),
            Part(Primitive.Capsule, new(-0.28f, 1.15f, 0), new(0.2f, 0.7f, 0.2f), coat),
            Part(Primitive.Capsule, new(0.28f, 1.15f, 0), new(0.2f, 0.7f, 0.2f), coat),
            Part(Primitive.Cylinder, new(0, 1.55f, 0), new(0.1f, 0.12f, 0.1f), skin),
            Part(Primitive.Sphere, new(0, 1.7f, 0), new(0.21f, 0.25f, 0.23f), skin),
            Part(Primitive.Sphere, new(0, 1.76f, 0.02f), new(0.22f, 0.16f, 0.22f), hair),
            Part(Primitive.Box, new(-0.1f, 0.04f, -0.05f), new(0.11f, 0.08f, 0.26f), hair),
            Part(Primitive.Box, new(0.1f, 0.04f, -0.05f), new(0.11f, 0.08f, 0.26f), hair),
        ];
    }

    public static WorldFrame Day(double time = 1.0) => Frame(time, DayLight, Clear);

    public static WorldFrame Night(double time = 1.0) => Frame(time, NightLight, new Atmosphere(0.004f, new(0.02f, 0.025f, 0.04f), 0, 0, 1));

    public static WorldFrame Rain(double time = 1.0) => Frame(time, OvercastLight, new Atmosphere(0.02f, new(0.42f, 0.45f, 0.5f), 0.8f, 0, 4));

    /// <summary>Night in the rain: puddles on the asphalt mirror the street lamp.</summary>
    public static WorldFrame RainNight(double time = 1.0) =>
        Frame(time, NightLight with { Practicals = [.. NightLight.Practicals, new PointLight(new(-9, 4.2f, -5.5f), new(6f, 4.2f, 2.2f), 10f)] },
            new Atmosphere(0.01f, new(0.03f, 0.035f, 0.05f), 0.8f, 0, 3));

    /// <summary>Down the road from its east end, a little above it: puddles between the camera and the far lamp.</summary>
    public static CameraFrame RoadCamera => new(new Vector3(8, 1.6f, -3.8f), Vector3.Normalize(new Vector3(-1, -0.16f, -0.05f)), Vector3.UnitY, CameraFrame.FovForFocalLength(35), 10f, 5.6f);

    static readonly Atmosphere Clear = new(0.0f, new(0.6f, 0.7f, 0.85f), 0, 0, 2);

    static Lighting DayLight => new(TowardSun(SunElevation, SunAzimuth), new(2.8f, 2.66f, 2.4f), new(0.3f, 0.5f, 1.0f), new(0.8f, 0.88f, 1.0f),
        new(0.32f, 0.42f, 0.64f), SunElevation, SunAzimuth, [], 1.0f); // ambient as the World stage derives it from the sky

    static Lighting OvercastLight => new(TowardSun(SunElevation, SunAzimuth), new(0.5f, 0.5f, 0.52f), new(0.42f, 0.45f, 0.5f), new(0.55f, 0.57f, 0.6f),
        new(0.38f, 0.4f, 0.44f), SunElevation, SunAzimuth, [], 1.0f);

    internal static Lighting NightLight => new(TowardSun(0.6, 2.0), new(0.05f, 0.06f, 0.09f), new(0.004f, 0.007f, 0.02f), new(0.015f, 0.02f, 0.035f),
        new(0.008f, 0.011f, 0.025f), -0.5, 0.2,
        [new PointLight(new(1.8f, 3.9f, -1.8f), new(6f, 4.2f, 2.2f), 10f), new PointLight(new(-7, 2.2f, -12.5f), new(2.5f, 1.8f, 0.9f), 6f)], 1.6f);

    static WorldFrame Frame(double time, Lighting light, Atmosphere atmosphere, SetGeometry? set = null)
    {
        var dynamic = Figure(new(-1.4f, 0, 1.2f), 0.5f);
        var actors = ImmutableArray.Create(new ActorState("MARA", new(-1.4f, 0, 1.2f), 0.5f, new(-1.4f, 1.7f, 1.2f), 1.75f, Vector3.Zero, false));
        return new WorldFrame(time, 0, set ?? Street, dynamic, light, atmosphere, actors);
    }

    /// <summary>Where the lighthouse's lamp burns, across the bay (declared before Harbour, which uses it).</summary>
    public static readonly Vector3 LighthouseLamp = new(-28, 15, -70);

    static readonly Vector3[] MooringLamps = [new(7, 2.0f, -18), new(-9, 2.0f, -28)];

    /// <summary>Open water (Material.Pattern 4) 30 cm below a stone quay, a headland and a lighthouse across the bay.</summary>
    public static SetGeometry Harbour { get; } = BuildHarbour();

    static SetGeometry BuildHarbour()
    {
        var sea = new Material(new(0.007f, 0.045f, 0.08f), 0.08f, 0, Vector3.Zero, 4);
        var stone = Material.Matte(new(0.36f, 0.35f, 0.33f), 2);
        var rock = Material.Matte(new(0.2f, 0.19f, 0.17f));
        var white = Material.Matte(new(0.8f, 0.8f, 0.78f));
        var b = ImmutableArray.CreateBuilder<Instance>();
        b.Add(Shape(Primitive.Plane, new(0, -0.3f, -100), new(600, 1, 400), sea));
        b.Add(Box(new(0, -0.5f, 7), new(40, 1, 6), stone));
        b.Add(Box(RedBoxCentre + new Vector3(0, 0, 5.5f), new(1, 1, 1), new Material(new(0.7f, 0.04f, 0.03f), 0.5f, 0, Vector3.Zero)));
        b.Add(Box(new(-40, 4, -80), new(70, 9, 16), rock));
        b.Add(Shape(Primitive.Cylinder, LighthouseLamp with { Y = 7 }, new(2.4f, 15, 2.4f), white));
        // Two mooring posts out in the water, each with a lamp on top at night.
        foreach (var post in MooringLamps) b.Add(Shape(Primitive.Cylinder, post with { Y = 0.8f }, new(0.25f, 2.2f, 0.25f), rock));
        return new SetGeometry("test-harbour", b.ToImmutable(), new Aabb(new(-10, 0, 4), new(10, 0, 10)), [], [], false, 0);
    }

    /// <summary>From the quay over the water toward the headland.</summary>
    public static CameraFrame HarbourCamera => new(new Vector3(1.5f, 1.8f, 7.5f), Vector3.Normalize(new Vector3(-0.1f, -0.09f, -1f)), Vector3.UnitY, CameraFrame.FovForFocalLength(32), 20f, 5.6f);

    /// <summary>The harbour by day; skyScale multiplies the sky's colours (and the fill they give).</summary>
    public static WorldFrame HarbourDay(double time = 1.0, float skyScale = 1f)
    {
        var light = DayLight;
        light = light with { SkyZenith = light.SkyZenith * skyScale, SkyHorizon = light.SkyHorizon * skyScale, Ambient = light.Ambient * skyScale };
        return Frame(time, light, Clear, Harbour);
    }

    /// <summary>The harbour at night: a lamp on each mooring post, the lighthouse's two beams turning once in 12 s, a light mist.</summary>
    public static WorldFrame HarbourNight(double time = 1.0)
    {
        float a = (float)(time / 12.0 % 1.0 * Math.Tau) + 2.2f;
        var lamp = new Vector3(2.4f, 1.2f, 0.5f);
        LightBeam Beam(float angle) => new(LighthouseLamp, Vector3.Normalize(new Vector3(MathF.Sin(angle), -0.06f, -MathF.Cos(angle))), lamp * 900f, 0.05f, 450f);
        var light = NightLight with
        {
            Practicals = [.. MooringLamps.Select(p => new PointLight(p, new(6f, 4.2f, 2.2f), 8f))],
            Beams = [Beam(a), Beam(a + MathF.PI)],
        };
        return Frame(time, light, new Atmosphere(0.01f, new(0.02f, 0.025f, 0.04f), 0, 0, 3), Harbour);
    }
}
