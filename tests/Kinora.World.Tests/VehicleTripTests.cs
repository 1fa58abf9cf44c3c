using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests;

/// <summary>
/// A trip between places: the driver's hands on the wheel while the car is driven, a car that pulls up at a diner
/// with everyone aboard and parks, the riders getting out, the car still parked there in the next scene at that
/// place, and the same car (the same paint) at every place it goes.
/// </summary>
public sealed class VehicleTripTests
{
    static Beat Act(int i, double start, double end, string? who, string text, string? target = null) =>
        new(i, start, end, BeatKind.Action, who, target, "stand", text, null, Nowhere);

    static readonly LocationSpec Road = new("Coast road", LocationKind.Road, 2, 40, 180);
    static readonly LocationSpec Lot = new("DINER - PARKING LOT", LocationKind.Diner, 5, 40, 180);

    static readonly WorldModel Trip = WorldModel.Build(Film([Member("ADA"), Member("BEN")],
        Scene(0, Road, 0, 30, ["ADA", "BEN"],
        [
            Say(0, 0, 4, "ADA", "BEN"),
            Act(1, 4, 30, "ADA", "Ada drives the car along the coast road with Ben.", "BEN"),
        ]),
        Scene(1, Lot, 30, 50, ["ADA", "BEN"],
        [
            Act(0, 30, 38, null, "They pull up outside in the car and get out."),
            Say(1, 38, 44, "ADA", "BEN"),
            Say(2, 44, 50, "BEN", "ADA"),
        ]),
        Scene(2, Lot, 50, 60, ["ADA", "BEN"], [Say(0, 50, 55, "ADA", "BEN"), Say(1, 55, 60, "BEN", "ADA")])));

    [Fact]
    public void The_driver_holds_the_wheel_while_the_car_is_driven()
    {
        var car = Trip.ThingsFor(0).Vehicles.Vehicles.Single();
        var drive = car.Drives.Single();
        int held = 0;
        for (double t = drive.Start + 0.5; t < drive.End; t += 0.5)
        {
            var (at, heading) = car.Sample(t);
            var grips = Steering.Grips(car.Design, at, heading)!.Value;
            var driver = new[] { "ADA", "BEN" }.Single(n => Vector3.Distance(Trip.Pose(n, t)!.LeftHand, grips.Left) < 0.03f);
            var pose = Trip.Pose(driver, t)!;
            Assert.True(Vector3.Distance(pose.RightHand, grips.Right) < 0.03f, $"{driver}'s right hand is off the wheel at {t:0.0} s");
            // The arms keep their lengths: the elbow sits an upper arm from the shoulder.
            var k = Trip.Performer(driver)!.Skeleton;
            Assert.InRange(Vector3.Distance(pose.LeftShoulder, pose.LeftElbow), k.UpperArm - 0.01f, k.UpperArm + 0.01f);
            Assert.InRange(Vector3.Distance(pose.LeftElbow, pose.LeftHand), k.Forearm - 0.01f, k.Forearm + 0.01f);
            var passenger = driver == "ADA" ? "BEN" : "ADA";
            Assert.True(Vector3.Distance(Trip.Pose(passenger, t)!.LeftHand, grips.Left) > 0.2f);
            held++;
        }
        Assert.True(held > 10);
    }

    [Fact]
    public void A_car_pulls_up_at_the_diner_with_everyone_aboard_and_they_get_out()
    {
        var set = Trip.SetFor(1);
        Assert.False(set.Interior);                       // the diner seen from its parking lot
        var car = Trip.ThingsFor(1).Vehicles.Vehicles.Single();
        var arrival = car.Drives.Single();
        Assert.True(arrival.Start < 31, "the car does not arrive at the start of the scene");
        Assert.True(Vector3.Distance(car.Home, car.Parked.At) > 30, "the car does not come along the road");
        foreach (var name in new[] { "ADA", "BEN" })
        {
            Assert.NotNull(Trip.VehicleOf(name, 31));    // aboard as it drives in
            Assert.Null(Trip.VehicleOf(name, 45));       // out on the lot afterwards
            var p = Trip.Actor(name, 45)!.Value.Position;
            Assert.Equal(0f, p.Y, 2);
            Assert.True(Vector3.Distance(p with { Y = 0 }, car.Parked.At with { Y = 0 }) < 4f, $"{name} is not beside the car");
        }
        Assert.True(car.Speed(arrival.End + 0.5) < 0.01f, "the car does not stop");
        // In the next scene there the car stands where it was parked; it is the same car as on the road.
        var later = Trip.ThingsFor(2).Vehicles.Vehicles.Single();
        Assert.Equal(car.Parked.At, later.Home);
        Assert.Empty(later.Drives);
        var road = Trip.ThingsFor(0).Vehicles.Vehicles.Single();
        Assert.Equal(road.Design.Parts[0].Material, later.Design.Parts[0].Material);
    }
}
