using System.Collections.Immutable;
using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

/// <summary>The set's volumes by their true shapes: what the camera keeps out of and cannot see through.</summary>
public sealed class SetVolumesTests
{
    static Instance Make(Primitive shape, Vector3 centre, Vector3 size, float yaw = 0) =>
        new(shape, SetBuilder.Place(centre, size, Quaternion.CreateFromAxisAngle(Vector3.UnitY, yaw)), Material.Matte(Vector3.One));

    [Fact]
    public void A_crown_is_an_ellipsoid_not_its_box()
    {
        var volumes = SetVolumes.Of([Make(Primitive.Sphere, new(0, 6, 0), new(4, 3, 4))]);
        Assert.True(volumes.Contains(new(0, 6, 0)));
        Assert.True(volumes.Contains(new(1.9f, 6, 0)));
        Assert.False(volumes.Contains(new(1.9f, 7.4f, 1.9f)));   // in the box's corner, outside the crown
        Assert.True(volumes.Contains(new(2.15f, 6, 0), 0.2f));   // within the lens clearance
        Assert.False(volumes.Contains(new(2.3f, 6, 0), 0.2f));
        Assert.True(volumes.Blocks(new(-5, 6, 0), new(5, 6, 0)));
        Assert.False(volumes.Blocks(new(-5, 6, 2.2f), new(5, 6, 2.2f)));
        Assert.False(volumes.Blocks(new(-5, 6, 0), new(-2.1f, 6, 0)));   // stops short of it
    }

    [Fact]
    public void Cones_cylinders_and_turned_boxes_keep_their_shapes()
    {
        var volumes = SetVolumes.Of([
            Make(Primitive.Cone, new(10, 2, 0), new(2, 4, 2)),
            Make(Primitive.Cylinder, new(20, 1, 0), new(0.6f, 2, 0.6f)),
            Make(Primitive.Box, new(30, 1, 0), new(4, 2, 0.2f), MathF.PI / 4),
        ]);
        Assert.Equal(3, volumes.Count);
        Assert.True(volumes.Contains(new(10.9f, 0.1f, 0)));     // wide at the base
        Assert.False(volumes.Contains(new(10.9f, 3.6f, 0)));    // narrow at the tip
        Assert.True(volumes.Contains(new(20.25f, 1, 0)));
        Assert.False(volumes.Contains(new(20.25f, 1, 0.25f)));  // outside the round trunk, inside its box
        Assert.True(volumes.Contains(new(31, 1, -1)));          // along the turned wall
        Assert.False(volumes.Contains(new(31, 1, 1)));
        Assert.True(volumes.Blocks(new(10, 1, -3), new(10, 1, 3)));
        Assert.False(volumes.Blocks(new(10.3f, 3.8f, -3), new(10.3f, 3.8f, 3)));
        Assert.True(volumes.Blocks(new(20, 1, -3), new(20, 1, 3)));
        Assert.False(volumes.Blocks(new(20.4f, 1, -3), new(20.4f, 1, 3)));
    }

    [Fact]
    public void Planes_grass_blades_and_wires_are_left_out()
    {
        var volumes = SetVolumes.Of([
            Make(Primitive.Plane, Vector3.Zero, new(100, 1, 100)),
            Make(Primitive.Cone, new(0, 0.15f, 0), new(0.035f, 0.3f, 0.035f)),
            Make(Primitive.Cylinder, new(0, 2, 0), new(0.02f, 0.6f, 0.02f)),
        ]);
        Assert.Equal(0, volumes.Count);
        Assert.False(volumes.Blocks(new(-1, 0.1f, 0), new(1, 2, 0)));
    }

    [Fact]
    public void The_forest_knows_its_crowns_and_its_clearing_is_open()
    {
        var forest = SetBuilder.Build(new LocationSpec("WOODS", LocationKind.Forest, 3, 50, 172));
        var crowns = forest.Instances.Where(i => i.Shape is Primitive.Sphere or Primitive.Cone && i.Transform.M42 > 3).ToArray();
        Assert.True(crowns.Length > 100);
        foreach (var crown in crowns) Assert.True(forest.Volumes.Contains(crown.Transform.Translation), $"crown at {crown.Transform.Translation}");
        foreach (var mark in forest.Marks) Assert.False(forest.Volumes.Contains(mark + new Vector3(0, 1.6f, 0), 0.2f), $"mark {mark}");
    }

    [Fact]
    public void Every_recipe_leaves_its_marks_in_the_open()
    {
        foreach (var kind in Enum.GetValues<LocationKind>())
        {
            var set = SetBuilder.Build(new LocationSpec("P", kind, 11, 40, 172));
            Assert.True(set.Volumes.Count > 0, $"{kind} has no volumes");
            foreach (var mark in set.Marks)
                Assert.False(set.Volumes.Contains(mark + new Vector3(0, 1.6f, 0), 0.1f), $"{kind}: eyes over mark {mark} inside the set");
        }
    }
}
