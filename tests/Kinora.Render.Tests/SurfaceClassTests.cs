using System.Numerics;
using Kinora.World;

namespace Kinora.Render.Tests;

/// <summary>
/// Each surface is drawn with the scene program holding only the code its material needs. That the pixels stay the
/// same is what the reference images check; here, that each instance lands in its own class's draws.
/// </summary>
public sealed class SurfaceClassTests
{
    static Material Matte(int pattern) => Material.Matte(new Vector3(0.5f, 0.4f, 0.3f), pattern);

    [Fact]
    public void Patterns_and_glass_pick_the_class()
    {
        Assert.Equal(SurfaceClass.Plain, SurfaceClasses.Of(Matte(0)));
        Assert.Equal(SurfaceClass.Masonry, SurfaceClasses.Of(Matte(2)));
        Assert.Equal(SurfaceClass.Masonry, SurfaceClasses.Of(Matte(3)));
        foreach (int textured in new[] { 1, 5, 6, 7, 8, 9, 10 })
            Assert.Equal(SurfaceClass.Textured, SurfaceClasses.Of(Matte(textured)));
        Assert.Equal(SurfaceClass.Glass, SurfaceClasses.Of(Matte(0) with { Glass = true }));
        Assert.Equal(SurfaceClass.Glass, SurfaceClasses.Of(Matte(2) with { Glass = true }));
    }

    [Fact]
    public void A_body_takes_the_richest_class_of_its_materials_and_is_never_glass()
    {
        Assert.Equal(SurfaceClass.Plain, SurfaceClasses.OfBody([Matte(0), Matte(0) with { Glass = true }]));
        Assert.Equal(SurfaceClass.Textured, SurfaceClasses.OfBody([Matte(0), Matte(7)]));
        Assert.Equal(SurfaceClass.Masonry, SurfaceClasses.OfBody([Matte(7), Matte(3)]));
    }

    [Fact]
    public void Each_class_is_drawn_apart_and_the_code_left_out_is_only_what_it_never_runs()
    {
        var records = new InstanceRecords();
        var at = Matrix4x4.CreateTranslation(0, 0, -5);
        records.Pack([
            new Instance(Primitive.Box, at, Matte(0)),
            new Instance(Primitive.Box, at, Matte(6)),
            new Instance(Primitive.Box, at, Matte(2)),
            new Instance(Primitive.Box, at, Matte(0) with { Glass = true }),
            new Instance(Primitive.Box, at, Matte(0)),
        ]);
        Span<Vector4> planes = stackalloc Vector4[6];
        var camera = new Kinora.Direction.CameraFrame(Vector3.Zero, -Vector3.UnitZ, Vector3.UnitY, 0.9f, 5f, 0f);
        DrawList.PlanesOf(CameraMatrices.For(camera, 16f / 9f).ViewProjection, planes);
        var list = new DrawList();
        list.Build(records, planes, Vector3.Zero, 500f, 0);

        Assert.Equal(5, list.Total);
        Assert.Equal((0, 2), list.Groups[DrawList.Group(SurfaceClass.Plain, Primitive.Box, 0)]);
        Assert.Equal(1, list.Groups[DrawList.Group(SurfaceClass.Textured, Primitive.Box, 0)].Count);
        Assert.Equal(1, list.Groups[DrawList.Group(SurfaceClass.Masonry, Primitive.Box, 0)].Count);
        Assert.Equal(1, list.Groups[DrawList.Group(SurfaceClass.Glass, Primitive.Box, 0)].Count);
        Assert.Equal([0u, 4u], list.Indices[..2].ToArray());

        // The plain program has no detail, the textured none of the brick and boards, only glass the dither.
        Assert.Empty(SurfaceClasses.Defines(SurfaceClass.Plain));
        Assert.DoesNotContain("BRICK_AND_BOARDS", SurfaceClasses.Defines(SurfaceClass.Textured));
        Assert.DoesNotContain("GLASS", SurfaceClasses.Defines(SurfaceClass.Masonry));
        Assert.Contains("GLASS", SurfaceClasses.Defines(SurfaceClass.Glass));
    }
}
