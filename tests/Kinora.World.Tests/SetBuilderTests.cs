using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

public sealed class SetBuilderTests
{
    public static TheoryData<LocationKind> Kinds()
    {
        var data = new TheoryData<LocationKind>();
        foreach (var k in Enum.GetValues<LocationKind>()) data.Add(k);
        return data;
    }

    /// <summary>Rough triangles the renderer spends on each primitive (its meshes are 100–400 triangles for round shapes).</summary>
    static int Triangles(Primitive p) => p switch
    {
        Primitive.Box => 12,
        Primitive.Plane => 2,
        Primitive.Cone => 64,
        Primitive.Cylinder => 128,
        _ => 384,
    };

    [Fact]
    public void The_same_location_gives_an_identical_set()
    {
        var spec = new LocationSpec("Main Street", LocationKind.Street, 42, 51.5, 172);
        var a = SetBuilder.Build(spec);
        var b = SetBuilder.Build(spec);
        Assert.Equal(a.Id, b.Id);
        Assert.True(a.Instances.SequenceEqual(b.Instances));
        Assert.True(a.Marks.SequenceEqual(b.Marks));
        Assert.True(a.Obstacles.SequenceEqual(b.Obstacles));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_different_seed_gives_a_different_set(LocationKind kind)
    {
        var a = SetBuilder.Build(new LocationSpec("P", kind, 1, 40, 80));
        var b = SetBuilder.Build(new LocationSpec("P", kind, 2, 40, 80));
        Assert.NotEqual(a.Id, b.Id);
        Assert.False(a.Instances.SequenceEqual(b.Instances));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_builds_a_readable_set_with_clear_marks(LocationKind kind)
    {
        foreach (long seed in new long[] { 1, 2, 3, 99 })
        {
            var set = SetBuilder.Build(new LocationSpec("P", kind, seed, 40, 80));
            Assert.InRange(set.Instances.Length, 300, 3000);
            int triangles = set.Instances.Sum(i => Triangles(i.Shape)) + set.NightGlow.Sum(i => Triangles(i.Shape));
            Assert.True(triangles < 100_000, $"{kind}/{seed}: about {triangles} triangles");
            Assert.InRange(set.Marks.Length, 4, 8);
            var size = set.Stage.Size;
            Assert.InRange(MathF.Max(size.X, size.Z), 4f, 22f);
            foreach (var m in set.Marks)
            {
                Assert.True(set.Stage.Contains(m with { Y = 0.5f }), $"{kind}/{seed}: mark {m} off the stage");
                float clear = SetBuilder.Clearance(set.Obstacles, m);
                Assert.True(clear >= 0.5f, $"{kind}/{seed}: mark {m} only {clear:0.00} m from an obstacle");
            }
            for (int i = 0; i < set.Marks.Length; i++)
                for (int j = i + 1; j < set.Marks.Length; j++)
                    Assert.True(Vector3.Distance(set.Marks[i], set.Marks[j]) >= 1.5f);
            foreach (var inst in set.Instances)
            {
                var p = inst.Transform.Translation;
                Assert.True(float.IsFinite(p.X) && float.IsFinite(p.Y) && float.IsFinite(p.Z));
                Assert.InRange(p.Length(), 0, 1000);
            }
            Assert.Equal(kind is LocationKind.Interior or LocationKind.Office or LocationKind.Kitchen or LocationKind.Diner or LocationKind.Warehouse, set.Interior);
            if (set.Interior) Assert.InRange(set.CeilingHeight, 2.4f, 10f);
        }
    }

    [Fact]
    public void A_recurring_location_is_the_same_set_object()
    {
        var where = new LocationSpec("Room", LocationKind.Interior, 5, 40, 80);
        var other = new LocationSpec("Field", LocationKind.Meadow, 5, 40, 80);
        var film = Staging.Film([Staging.Member("ADA")],
            Staging.Scene(0, where, 0, 5, ["ADA"], []),
            Staging.Scene(1, other, 5, 10, ["ADA"], []),
            Staging.Scene(2, where, 10, 15, ["ADA"], []));
        var world = WorldModel.Build(film);
        Assert.Same(world.SetFor(0), world.SetFor(2));
        Assert.NotSame(world.SetFor(0), world.SetFor(1));
        Assert.Equal(2, world.Sets.Count);
    }

    [Fact]
    public void Streets_have_lit_windows_and_lamps_for_the_night()
    {
        var set = SetBuilder.Build(new LocationSpec("S", LocationKind.Street, 3, 40, 80));
        Assert.True(set.NightGlow.Length > 20);
        Assert.True(set.Practicals.Length >= 6);
        Assert.All(set.NightGlow, g => Assert.True(g.Material.Emission.Length() > 0));
    }
}
