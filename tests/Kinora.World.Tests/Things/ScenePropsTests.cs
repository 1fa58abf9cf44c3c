using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests.Things;

public class ScenePropsTests
{
    static Beat Act(int i, double start, double end, string? who, string text, string? target = null) =>
        new(i, start, end, BeatKind.Action, who, target, "stand", text, null, Nowhere);

    static float Lowest(PropTrack prop, RigidPose pose) => prop.BoundsAt(pose).Min.Y;

    [Fact]
    public void A_dropped_box_falls_and_comes_to_rest_on_the_floor()
    {
        var where = new LocationSpec("Depot", LocationKind.Warehouse, 5, 40, 80);
        var film = Film([Member("ADA")], Scene(0, where, 0, 14, ["ADA"],
        [
            Say(0, 0, 3, "ADA", "ADA"),
            Act(1, 3, 6, "ADA", "Ada drops the box."),
            Act(2, 6, 14, "ADA", "Ada waits."),
        ]));
        var world = WorldModel.Build(film);
        var (box, _) = Assert.Single(world.PropsAt(0));
        Assert.Equal("box", box.Id);
        Assert.Equal("ADA", box.HolderAt(1));

        float lowest = float.MaxValue, highestBefore = 0;
        for (double t = 0; t < 14; t += 1 / 48.0)
        {
            var pose = world.PropsAt(t)[0].Pose;
            if (box.HolderAt(t) is null) lowest = MathF.Min(lowest, Lowest(box, pose));
            if (t < 3) highestBefore = MathF.Max(highestBefore, pose.Position.Y);
        }
        Assert.True(highestBefore > 0.5f, "the box was not in Ada's hands before she dropped it");
        Assert.True(lowest > -0.001f, $"the box sank {-lowest * 1000:0.0} mm into the floor");
        var rest = world.PropsAt(13.9)[0].Pose;
        var up = Vector3.Transform(Vector3.UnitY, rest.Orientation);
        float[] halves = [box.Design.HalfExtents.X, box.Design.HalfExtents.Y, box.Design.HalfExtents.Z];
        Assert.Contains(halves, h => MathF.Abs(rest.Position.Y - h) < 0.001f);
        Assert.False(box.FlyingAt(13.9));
    }

    [Fact]
    public void A_thrown_ball_flies_toward_the_catcher_bounces_and_stops()
    {
        var where = new LocationSpec("Field", LocationKind.Meadow, 3, 40, 80);
        var film = Film([Member("ADA"), Member("BEN")], Scene(0, where, 0, 16, ["ADA", "BEN"],
        [
            Say(0, 0, 3, "ADA", "BEN"),
            Act(1, 3, 5, "ADA", "Ada throws the ball to Ben.", "BEN"),
            Act(2, 5, 16, "BEN", "Ben waits."),
        ]));
        var world = WorldModel.Build(film);
        var ball = world.PropsAt(0)[0].Prop;
        var start = world.PropsAt(3.4).First().Pose.Position;
        var end = world.PropsAt(15.9).First().Pose.Position;
        var ada = world.Actor("ADA", 4)!.Value.Position;
        var ben = world.Actor("BEN", 4)!.Value.Position;
        Assert.True(Vector3.Distance(end with { Y = 0 }, ben) < Vector3.Distance(end with { Y = 0 }, ada), "the ball did not go toward Ben");
        Assert.InRange(end.Y, ball.Design.HalfExtents.X - 0.001f, ball.Design.HalfExtents.X + 0.001f);
        Assert.True(Vector3.Distance(start, end) > 1f);
        Assert.False(ball.FlyingAt(15.9), "the ball never stopped");
        for (double t = 3; t < 16; t += 1 / 96.0)
            Assert.True(Lowest(ball, world.PropsAt(t)[0].Pose) > -0.001f, $"the ball is in the ground at {t:0.00} s");
    }

    [Fact]
    public void A_knocked_over_barrel_ends_on_its_side()
    {
        var where = new LocationSpec("Depot", LocationKind.Warehouse, 5, 40, 80);
        var film = Film([Member("ADA")], Scene(0, where, 0, 12, ["ADA"],
        [
            Act(0, 0, 3, "ADA", "Ada looks at the barrel."),
            Act(1, 3, 5, "ADA", "Ada knocks over the barrel."),
            Act(2, 5, 12, "ADA", "Ada waits."),
        ]));
        var world = WorldModel.Build(film);
        var standing = world.PropsAt(1)[0].Pose;
        var fallen = world.PropsAt(11.9)[0].Pose;
        Assert.True(Vector3.Transform(Vector3.UnitY, standing.Orientation).Y > 0.99f);
        Assert.True(MathF.Abs(Vector3.Transform(Vector3.UnitY, fallen.Orientation).Y) < 0.1f, "the barrel is still standing");
    }

    [Fact]
    public void A_set_remembers_what_happened_to_it_in_the_next_scene_there()
    {
        var room = new LocationSpec("Flat", LocationKind.Interior, 9, 40, 80);
        var street = new LocationSpec("Street", LocationKind.Street, 4, 40, 80);
        var film = Film([Member("ADA"), Member("BEN")],
            Scene(0, room, 0, 14, ["ADA", "BEN"],
            [
                Say(0, 0, 3, "ADA", "BEN"),
                Act(1, 3, 5, "ADA", "Ada opens the door."),
                Act(2, 5, 8, "BEN", "Ben kicks the ball."),
                Say(3, 8, 14, "BEN", "ADA"),
            ]),
            Scene(1, street, 14, 20, ["ADA"], [Say(0, 14, 20, "ADA", "ADA")]),
            Scene(2, room, 20, 26, ["BEN"], [Say(0, 20, 26, "BEN", "BEN")]));
        var world = WorldModel.Build(film);

        var first = world.ThingsFor(0);
        var door = Assert.Single(first.Doors);
        Assert.Equal(0f, door.AngleAt(0));
        Assert.Equal(Door.OpenAngle, door.AngleAt(13.9), 3);
        var kicked = world.PropsAt(2).Single();
        var leftAt = world.PropsAt(13.99).Single().Pose;
        Assert.True(Vector3.Distance(kicked.Pose.Position, leftAt.Position) > 0.3f, "the kick did not move the ball");

        Assert.Empty(world.PropsAt(15));   // the street has no ball
        var later = world.ThingsFor(2);
        Assert.Equal(Door.OpenAngle, later.Doors[0].AngleAt(20), 3);
        var back = world.PropsAt(20.5).Single();
        Assert.Equal("ball", back.Prop.Id);
        Assert.True(Vector3.Distance(back.Pose.Position, world.StateAfter(0).Props["ball"].Pose.Position) < 1e-4f);
        Assert.True(Vector3.Distance(back.Pose.Position, leftAt.Position) < 0.01f, "the ball is not where it was left");

        // The open door and the ball are drawn in the later scene.
        var frame = world.Sample(21);
        Assert.Contains(frame.Dynamic, i => i.Material == door.Door.Material && i.Shape == Primitive.Box);
    }

    [Fact]
    public void The_same_production_gives_the_same_prop_poses()
    {
        Kinora.Production.Production Make() => Film([Member("ADA"), Member("BEN")], Scene(0, new LocationSpec("Depot", LocationKind.Warehouse, 5, 40, 80), 0, 14, ["ADA", "BEN"],
        [
            Act(0, 0, 3, "ADA", "Ada picks up the boxes."),
            Act(1, 3, 6, "ADA", "Ada throws a box to Ben.", "BEN"),
            Act(2, 6, 14, "BEN", "Ben knocks over a box."),
        ]));
        var a = WorldModel.Build(Make());
        var b = WorldModel.Build(Make());
        for (double t = 0; t < 14; t += 0.37)
            Assert.Equal(a.PropsAt(t).Select(p => p.Pose), b.PropsAt(t).Select(p => p.Pose));
        Assert.Equal(3, a.PropsAt(0).Length);
    }

    [Fact]
    public void People_walk_round_a_furnished_room_and_the_props_left_in_it_without_touching_them()
    {
        var room = new LocationSpec("Flat", LocationKind.Interior, 9, 40, 80);
        var film = Film([Member("ADA"), Member("BEN")],
            Scene(0, room, 0, 12, ["ADA", "BEN"],
            [
                Act(0, 0, 3, "ADA", "Ada drops the suitcase."),
                Act(1, 3, 6, "BEN", "Ben kicks the ball."),
                Say(2, 6, 12, "BEN", "ADA"),
            ]),
            Scene(1, room, 12, 40, ["ADA", "BEN"],
            [
                Do(0, 12, 18, "ADA", "walk"),
                Say(1, 18, 21, "BEN", "ADA"),
                Do(2, 21, 27, "BEN", "walk", "ADA"),
                Do(3, 27, 33, "ADA", "walk"),
                Do(4, 33, 40, "BEN", "walk"),
            ]));
        var world = WorldModel.Build(film);
        var set = world.SetFor(1);
        Assert.Equal(2, world.PropsAt(13).Length);
        int moved = 0;
        for (double t = 12; t < 40; t += 1 / 24.0)
        {
            var props = world.PropsAt(t);
            foreach (var name in new[] { "ADA", "BEN" })
            {
                var body = world.Actor(name, t)!.Value;
                if (body.Velocity.Length() > 0.1f) moved++;
                foreach (var (prop, pose) in props)
                    Assert.True(Gap(prop.BoundsAt(pose), body.Position) >= 0.2f, $"{name} walks into the {prop.Id} at {t:0.00} s");
                foreach (var box in set.Obstacles.Where(o => o.Max.Y > 0.1f))
                    Assert.True(Gap(box, body.Position) >= 0.2f, $"{name} walks into the set at {t:0.00} s");
            }
        }
        Assert.True(moved > 24 * 4, "nobody walked");
    }

    static float Gap(Aabb box, Vector3 p)
    {
        float dx = MathF.Max(MathF.Max(box.Min.X - p.X, 0), p.X - box.Max.X);
        float dz = MathF.Max(MathF.Max(box.Min.Z - p.Z, 0), p.Z - box.Max.Z);
        return MathF.Sqrt(dx * dx + dz * dz);
    }
}
