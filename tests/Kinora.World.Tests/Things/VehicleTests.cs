using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests.Things;

public class VehicleTests
{
    static Beat Act(int i, double start, double end, string? who, string text, string? target = null) =>
        new(i, start, end, BeatKind.Action, who, target, "stand", text, null, Nowhere);

    [Fact]
    public void Friends_get_in_the_car_ride_along_the_road_and_get_out()
    {
        var road = new LocationSpec("Coast road", LocationKind.Road, 2, 40, 180);
        var film = Film([Member("ADA"), Member("BEN")], Scene(0, road, 0, 40, ["ADA", "BEN"],
        [
            Say(0, 0, 4, "ADA", "BEN"),
            Act(1, 4, 24, "ADA", "Ada drives the red car along the coast road with Ben.", "BEN"),
            Say(2, 24, 30, "BEN", "ADA"),
            Act(3, 30, 34, "ADA", "They get out of the car."),
            Say(4, 34, 40, "ADA", "BEN"),
        ]));
        var world = WorldModel.Build(film);
        var car = Assert.Single(world.ThingsFor(0).Vehicles.Vehicles);
        Assert.Equal(VehicleKind.Car, car.Design.Kind);
        var drive = Assert.Single(car.Drives);

        float fastest = 0;
        int riding = 0;
        for (double t = 0; t < 40; t += 1 / 24.0)
        {
            var (at, heading) = car.Sample(t);
            Assert.InRange(at.Z, 1.75f - 1e-3f, 1.75f + 1e-3f);            // it keeps to its lane
            Assert.InRange(heading, -MathF.PI / 2 - 1e-3f, -MathF.PI / 2 + 1e-3f);
            fastest = MathF.Max(fastest, car.Speed(t));
            foreach (var name in new[] { "ADA", "BEN" })
            {
                if (world.VehicleOf(name, t) is null) continue;
                var state = world.Actor(name, t)!.Value;
                var seatNow = car.Design.Bounds(at, heading);
                if (t > drive.Start && t < drive.End)
                {
                    riding++;
                    Assert.True(seatNow.Inflate(0.05f).Contains(state.Position + new Vector3(0, 0.05f, 0)), $"{name} is not in the car at {t:0.00} s");
                    Assert.True((state.Velocity - (car.Sample(t + 0.01).At - car.Sample(t - 0.01).At) / 0.02f).Length() < 0.3f, $"{name} does not move with the car");
                }
            }
        }
        Assert.True(riding > 24 * 10, "nobody rode the car");
        Assert.InRange(fastest, 4f, 9.01f);      // a plausible road speed, never more than cruise
        Assert.True(car.Parked.At.X - car.Home.X > 40, "the car hardly moved");
        // After the ride they stand on the road beside the car, out of it.
        Assert.Null(world.VehicleOf("ADA", 39));
        var ada = world.Actor("ADA", 39)!.Value.Position;
        Assert.True(Vector3.Distance(ada with { Y = 0 }, car.Parked.At with { Y = 0 }) < 3.5f);
        Assert.Equal(0f, ada.Y, 3);
        // The car is still parked there in the set's state.
        Assert.Equal(car.Parked.At, world.StateAfter(0).Vehicles["car"].At);
    }

    [Fact]
    public void A_boat_sails_out_of_the_harbour_with_its_skipper_aboard()
    {
        var harbour = new LocationSpec("Harbour", LocationKind.Harbour, 6, 50, 180);
        var film = Film([Member("ADA")], Scene(0, harbour, 0, 30, ["ADA"],
        [
            Say(0, 0, 4, "ADA", "ADA"),
            Act(1, 4, 30, "ADA", "Ada sails the boat out of the harbour."),
        ]));
        var world = WorldModel.Build(film);
        var boat = Assert.Single(world.ThingsFor(0).Vehicles.Vehicles);
        Assert.Equal(VehicleKind.Boat, boat.Design.Kind);
        var drive = Assert.Single(boat.Drives);
        for (double t = drive.Start; t < drive.End; t += 0.25)
        {
            Assert.True(boat.Speed(t) <= 3.01f, "faster than a launch goes");
            var (at, _) = boat.Sample(t);
            Assert.Equal(-0.3f, at.Y, 3);                                   // on the water
            var ada = world.Actor("ADA", t)!.Value.Position;
            Assert.True(Vector3.Distance(ada with { Y = 0 }, at with { Y = 0 }) < 2.7f, $"Ada is not aboard at {t:0.00} s");
        }
        Assert.True(boat.Parked.At.Z < -40, "the boat did not leave the harbour");
    }

    [Fact]
    public void Boarding_a_boat_from_the_quay_the_feet_hop_over_the_gunwale_and_step_down_onto_its_floor()
    {
        var harbour = new LocationSpec("Harbour", LocationKind.Harbour, 6, 50, 180);
        var film = Film([Member("ADA")], Scene(0, harbour, 0, 30, ["ADA"],
        [
            Say(0, 0, 4, "ADA", "ADA"),
            Act(1, 4, 9, "ADA", "Ada boards the boat."),
            Act(2, 9, 30, "ADA", "Ada sails the boat out of the harbour."),
        ]));
        var world = WorldModel.Build(film);
        var boat = Assert.Single(world.ThingsFor(0).Vehicles.Vehicles);
        var ada = world.BlockingFor(0).Track("ADA")!;
        var getIn = Assert.Single(ada.Segments, s => s.Kind == ActorTrack.SegmentKind.GetIn);
        var (at, heading) = boat.Sample(getIn.Start);
        var right = new Vector3(MathF.Cos(heading), 0, -MathF.Sin(heading));
        float Lateral(Vector3 p) => MathF.Abs(Vector3.Dot(p - at, right));
        float top = at.Y + boat.Design.Gunwale, side = boat.Design.HalfSize.Z;

        // Every foot over the hull's side (within a sole's length of it) is above the gunwale's top.
        int over = 0;
        float highest = 0;
        for (double t = getIn.Start; t < getIn.End; t += 1 / 96.0)
        {
            var m = ada.Sample(t);
            foreach (var foot in new[] { m.LeftFoot, m.RightFoot })
            {
                highest = MathF.Max(highest, foot.Y);
                if (MathF.Abs(Lateral(foot) - side) > 0.12f) continue;
                over++;
                Assert.True(foot.Y > top + 0.02f, $"a foot at {foot} passes through the gunwale (top {top:0.00} m) at {t:0.00} s");
            }
        }
        Assert.True(over > 2, "the feet never crossed the side");
        Assert.InRange(highest, top + 0.05f, top + 0.2f);   // a small hop, not a leap
        // Down on the boat's floor, seated, once in; on the quay before.
        Assert.Equal(0f, ada.Sample(getIn.Start).Position.Y, 3);
        var seat = boat.SeatAt(getIn.SeatIndex, getIn.End);
        Assert.Equal(seat.Position.Y, ada.Sample(getIn.End - 1e-3).Position.Y, 2);
        Assert.True(ada.Sample(getIn.End - 1e-3).Sit > 0.99f);
    }
}
