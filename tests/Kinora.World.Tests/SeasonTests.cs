using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

/// <summary>The season of a location's date dresses its foliage; the layout stays the same set.</summary>
public sealed class SeasonTests
{
    static LocationSpec Forest(int day, double latitude) => new("THE WOODS", LocationKind.Forest, 11, latitude, day);

    /// <summary>Mean albedo of the foliage (pattern 8), in linear RGB.</summary>
    static Vector3 Foliage(SetGeometry set)
    {
        var leaves = set.Instances.Where(i => i.Material.Pattern == 8).Select(i => i.Material.Albedo).ToList();
        Assert.NotEmpty(leaves);
        return leaves.Aggregate(Vector3.Zero, (a, b) => a + b) / leaves.Count;
    }

    [Fact]
    public void Autumn_leaves_are_redder_than_summer_leaves_in_the_same_layout()
    {
        var summer = SetBuilder.Build(Forest(196, 48));
        var autumn = SetBuilder.Build(Forest(288, 48));
        Assert.Equal(summer.Instances.Length, autumn.Instances.Length);
        Assert.Equal(summer.Instances.Select(i => i.Transform), autumn.Instances.Select(i => i.Transform));
        var s = Foliage(summer);
        var a = Foliage(autumn);
        Assert.True(s.Y > s.X, $"summer leaves are green: {s}");
        Assert.True(a.X > a.Y * 1.5f, $"autumn leaves are rust: {a}");
    }

    [Fact]
    public void The_southern_hemisphere_has_winter_in_july()
    {
        var north = Foliage(SetBuilder.Build(Forest(196, 48)));
        var south = Foliage(SetBuilder.Build(Forest(196, -40)));
        Assert.Equal(Season.Winter, Forest(196, -40).Season);
        Assert.True(south.Y < north.Y, $"bare winter twigs are less green: {south} vs {north}");
    }
}
