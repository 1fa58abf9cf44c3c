using System.Numerics;
using Kinora.Production;

namespace Kinora.World.Tests;

/// <summary>The lighthouse: its beacon, and the beams the lighting turns from it by the story clock.</summary>
public sealed class BeaconTests
{
    static readonly SetGeometry Island = SetBuilder.Build(new LocationSpec("Lighthouse Island", LocationKind.Island, 5, 56, 300));

    [Fact]
    public void The_island_has_a_lighthouse_beacon_and_a_street_has_none()
    {
        var beacon = Assert.Single(Island.Beacons);
        Assert.True(beacon.Position.Y > 10, $"the lamp stands at {beacon.Position}");
        Assert.Empty(SetBuilder.Build(new LocationSpec("Main Street", LocationKind.Street, 5, 51.5, 172)).Beacons);
    }

    [Fact]
    public void At_night_the_beacon_throws_two_opposite_beams_that_turn_with_the_clock_and_by_day_none()
    {
        // Midnight and noon in late October at 56° N.
        var night = Daylight.For(56, 300, 0.0, "clear", Island);
        Assert.Equal(2, night.Beams.Length);
        Assert.True(Vector3.Dot(night.Beams[0].Direction, night.Beams[1].Direction) < -0.99f);
        Assert.True(night.Beams[0].Direction.Y < 0, "the beams tilt down toward the sea");
        var period = Island.Beacons[0].Period;
        // A quarter turn later the beam points a quarter turn round (compare the horizontal directions).
        var later = Daylight.For(56, 300, period / 4 / 3600.0, "clear", Island);
        static Vector2 Flat(Vector3 d) => Vector2.Normalize(new Vector2(d.X, d.Z));
        float dot = Vector2.Dot(Flat(night.Beams[0].Direction), Flat(later.Beams[0].Direction));
        Assert.True(MathF.Abs(dot) < 0.01f, $"after a quarter turn the beam should be at right angles: cos = {dot:F3}");
        Assert.Empty(Daylight.For(56, 300, 12.0, "clear", Island).Beams);
    }
}
