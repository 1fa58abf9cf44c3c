using System.Numerics;
using Kinora.Direction;

namespace Kinora.Render.Tests;

/// <summary>The cascades' fit, computed: stable under camera motion, and covering the slice of view each serves.</summary>
public sealed class ShadowFitTests
{
    static readonly Vector3 Sun = TestScenes.TowardSun(TestScenes.SunElevation, TestScenes.SunAzimuth);

    /// <summary>A point's position in a cascade's map, in texels.</summary>
    static Vector2 Texels(ShadowCascade c, Vector3 world)
    {
        var p = Vector4.Transform(new Vector4(world, 1), c.ViewProjection);
        return new Vector2((p.X * 0.5f + 0.5f) * c.Size, (p.Y * 0.5f + 0.5f) * c.Size);
    }

    [Fact]
    public void While_the_camera_trucks_and_pans_slowly_a_fixed_point_keeps_its_place_within_a_texel()
    {
        // 48 frames: 2 cm and 0.1° a frame. The maps slide only by whole texels and keep their texel size, so a shadow
        // edge falls on the same texels of the ground from frame to frame (no swimming).
        var point = new Vector3(0.37f, 0.02f, -1.3f);
        var start = TestScenes.Camera;
        Vector2[]? fraction = null;
        float[]? texel = null;
        for (int f = 0; f < 48; f++)
        {
            var camera = start with
            {
                Position = start.Position + new Vector3(0.02f * f, 0, 0),
                Forward = Vector3.Transform(start.Forward, Matrix4x4.CreateRotationY(0.001745f * f)),
            };
            var cascades = ShadowFit.Fit(camera, 16f / 9, Sun);
            var now = cascades.Select(c => Texels(c, point)).Select(t => new Vector2(t.X - MathF.Floor(t.X), t.Y - MathF.Floor(t.Y))).ToArray();
            fraction ??= now;
            texel ??= [.. cascades.Select(c => c.TexelMetres)];
            for (int i = 0; i < cascades.Length; i++)
            {
                Assert.Equal(texel[i], cascades[i].TexelMetres);
                var d = Vector2.Abs(now[i] - fraction[i]);
                d = Vector2.Min(d, Vector2.One - d); // 0.999 and 0.001 are the same place
                Assert.True(d.X < 2e-3f && d.Y < 2e-3f, $"frame {f}, cascade {i}: the point moved {d} of a texel within its texel");
            }
        }
    }

    [Theory]
    [InlineData(24)]
    [InlineData(35)]
    [InlineData(85)]
    public void Each_cascade_covers_its_slice_of_the_view_and_the_near_one_is_sharper(float focalLength)
    {
        var camera = TestScenes.Camera with { VerticalFov = CameraFrame.FovForFocalLength(focalLength) };
        var cascades = ShadowFit.Fit(camera, 16f / 9, Sun);
        Assert.Equal(2, cascades.Length);
        Assert.True(cascades[0].TexelMetres < cascades[1].TexelMetres * 0.75f, $"near texel {cascades[0].TexelMetres} m, far {cascades[1].TexelMetres} m");
        Assert.True(cascades[0].TexelMetres < 0.03f, $"the near cascade's texel is {cascades[0].TexelMetres * 100:F1} cm");
        var m = CameraMatrices.For(camera, 16f / 9);
        Matrix4x4.Invert(m.View, out var toWorld);
        float tanY = MathF.Tan(camera.VerticalFov / 2), tanX = tanY * 16f / 9;
        foreach (var (cascade, from, to) in new[] { (cascades[0], 0.05f, ShadowFit.NearReach), (cascades[1], ShadowFit.NearReach * 0.7f, ShadowFit.Reach) })
            foreach (float z in new[] { from, to })
                foreach (var (sx, sy) in new[] { (-1, -1), (-1, 1), (1, -1), (1, 1) })
                {
                    var corner = Vector3.Transform(new Vector3(sx * tanX * z, sy * tanY * z, -z), toWorld);
                    var p = Vector4.Transform(new Vector4(corner, 1), cascade.ViewProjection);
                    Assert.True(MathF.Abs(p.X) <= 1.0001f && MathF.Abs(p.Y) <= 1.0001f && p.Z is > 0 and < 1, $"corner at {z} m lies outside its cascade: {p}");
                }
    }
}
