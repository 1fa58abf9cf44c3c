using System.Collections.Immutable;
using System.Numerics;
using Kinora.Direction;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>
/// The water plane a reflection mirrors about (no GL): the one with the most water in view, only when it is open water
/// (not puddles alone) and the camera looks down on it, and the part of the screen its water covers.
/// </summary>
public sealed class WaterMirrorTests
{
    static readonly Material Sea = new(new(0.007f, 0.045f, 0.08f), 0.08f, 0, Vector3.Zero, 4);

    static Instance Plane(Vector3 centre, float x, float z) => new(Primitive.Plane, Matrix4x4.CreateScale(x, 1, z) * Matrix4x4.CreateTranslation(centre), Sea);

    /// <summary>A harbour's sea 0.25 m down and, on the quay, a dozen puddles: all water, two heights.</summary>
    static readonly ImmutableArray<Instance> Water =
    [
        .. Enumerable.Range(0, 12).Select(i => Plane(new(-6 + i, 0.01f, 4 + i % 3), 0.9f, 1.2f)),
        Plane(new(0, -0.25f, -100), 400, 200),
    ];

    static WaterMirror? Choose(CameraFrame camera, ImmutableArray<Instance> water)
    {
        var records = new InstanceRecords();
        records.Pack(water);
        var cam = CameraMatrices.For(camera, 16f / 9);
        var all = Enumerable.Range(0, water.Length).Select(i => (uint)i).ToArray();
        return WaterMirror.Choose(records, all, cam.ViewProjection, camera.Position);
    }

    static CameraFrame Looking(Vector3 eye, Vector3 forward) => new(eye, Vector3.Normalize(forward), Vector3.UnitY, CameraFrame.FovForFocalLength(35), 10, 5.6f);

    [Fact]
    public void The_sea_outweighs_the_puddles_and_covers_the_screen_below_the_horizon()
    {
        // Out over the sea, level, so the horizon is the middle row (y = 0 in device coordinates).
        var mirror = Choose(Looking(new(0, 1.7f, -2), -Vector3.UnitZ), Water);
        Assert.NotNull(mirror);
        Assert.Equal(-0.25f, mirror.Value.Height, 3);
        var s = mirror.Value.Screen;
        Assert.Equal(-1f, s.X, 3);
        Assert.Equal(1f, s.Z, 3);
        Assert.Equal(-1f, s.Y, 3);
        // The sea's far edge, 200 m out and 1.95 m below the eye: just under the horizon.
        Assert.InRange(s.W, -0.05f, 0f);
    }

    [Fact]
    public void Puddles_alone_are_not_mirrored()
    {
        Assert.Null(Choose(Looking(new(0, 1.7f, 12), new(0, -0.3f, -1)), Water.RemoveAt(Water.Length - 1)));
    }

    [Fact]
    public void A_pond_is_mirrored_at_its_own_height_over_its_part_of_the_screen()
    {
        // 8 × 6 m, 3 to 9 m ahead and 1.7 m down, seen from 17° down: from 13° below the picture's middle (device
        // y −0.66 at a 35 mm lens's ±19°) to 6° above it (0.31).
        var mirror = Choose(Looking(new(0, 1.7f, 12), new(0, -0.3f, -1)), [.. Water.RemoveAt(Water.Length - 1), Plane(new(0, 0.01f, 6), 8, 6)]);
        Assert.NotNull(mirror);
        Assert.Equal(0.01f, mirror.Value.Height, 3);
        Assert.InRange(mirror.Value.Screen.Y, -0.7f, -0.62f);
        Assert.InRange(mirror.Value.Screen.W, 0.27f, 0.35f);
    }

    [Fact]
    public void A_camera_at_or_below_the_water_sees_no_reflection()
    {
        Assert.Null(Choose(Looking(new(0, -0.25f, 8), -Vector3.UnitZ), [Water[^1]]));
        Assert.Null(Choose(Looking(new(0, -2f, 8), Vector3.UnitY), [Water[^1]]));
    }

    [Fact]
    public void The_reflection_maps_a_point_to_its_mirror_image_about_the_plane()
    {
        var mirror = new WaterMirror(-0.25f, Vector4.Zero);
        var p = Vector3.Transform(new Vector3(3, 2, -7), mirror.Reflection);
        Assert.Equal(new Vector3(3, -2.5f, -7), p);
    }
}
