using Kinora.Production;

namespace Kinora.World.Tests;

/// <summary>The desert's rover is a parked vehicle of the set, which the crew keeps out of the foreground and the frame's edge.</summary>
public sealed class DesertRoverTests
{
    [Fact]
    public void The_rover_is_the_deserts_one_parked_vehicle_whole_and_without_its_tracks()
    {
        var desert = SetBuilder.Build(new LocationSpec("Red Desert", LocationKind.Desert, 7, 30, 172));
        var rover = Assert.Single(desert.ParkedVehicles);
        Assert.Equal(VehicleKind.Car, rover.Kind);
        // Chassis, solar deck, rockers, six wheels and their struts, the mast and its head, the antenna and its dish.
        Assert.True(rover.Parts.Length >= 20, $"{rover.Parts.Length} parts");
        var size = rover.Bounds.Max - rover.Bounds.Min;
        Assert.InRange(size.Y, 2.4f, 3.0f);   // the mast's camera head stands about 2.6 m up
        Assert.InRange(MathF.Max(size.X, size.Z), 2.4f, 4.0f); // 2.4 × 2.6 m, turned up to 29° on the pan
        Assert.True(rover.Bounds.Min.Y >= -0.01f, "the tracks in the sand are not part of it");
    }
}
