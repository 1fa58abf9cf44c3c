using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests.Physics;

public class PeopleCollisionTests
{
    static readonly BodySpec Crate = new("crate", ColliderShape.Box, new(0.2f, 0.15f, 0.15f), 3f, 0.2f, 0.6f);
    static readonly BodySpec Ball = new("ball", ColliderShape.Sphere, new(0.11f, 0.11f, 0.11f), 0.45f, 0.7f, 0.5f);

    /// <summary>A person standing at the origin, as the rigid-body world sees them.</summary>
    static List<Capsule> Standing()
    {
        var world = WorldModel.Build(Film([Member("BEN", 1.8)], Scene(0, new LocationSpec("Field", LocationKind.Meadow, 2, 40, 80), 0, 6, ["BEN"],
            [Do(0, 0, 6, "BEN", "wait")])));
        var pose = world.Pose("BEN", 1)!;
        var feet = world.Actor("BEN", 1)!.Value.Position;
        var moved = new List<Capsule>();
        var capsules = new List<Capsule>();
        Capsule.Body(pose, 1.8f, 0, capsules);
        foreach (var c in capsules) moved.Add(c with { A = c.A - feet, B = c.B - feet });
        return moved;
    }

    static float DeepestIn(List<Capsule> body, BodySpec spec, RigidPose pose)
    {
        // Sample the solid densely: corners, edge and face points, and its centre.
        float deepest = float.NegativeInfinity;
        var h = spec.HalfExtents;
        for (int x = -2; x <= 2; x++)
            for (int y = -2; y <= 2; y++)
                for (int z = -2; z <= 2; z++)
                {
                    var local = spec.Shape == ColliderShape.Sphere ? Vector3.Normalize(new Vector3(x, y, z) + new Vector3(1e-3f)) * h.X : new Vector3(x, y, z) / 2 * h;
                    foreach (var c in body) deepest = MathF.Max(deepest, c.Depth(pose.ToWorld(local)));
                }
        return deepest;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_thing_thrown_at_a_standing_person_bounces_off_and_ends_outside_them(bool box)
    {
        var body = Standing();
        var spec = box ? Crate : Ball;
        var w = new RigidBodyWorld(0, []);
        w.SetPeople(body);
        // Thrown from 3 m in front, chest high, at 7 m/s straight at them.
        int thing = w.Add(spec, new RigidPose(new Vector3(0, 1.2f, -3f), Quaternion.Identity), new Vector3(0, 1.0f, 7f), new Vector3(1, 2, 0));
        float deepest = float.NegativeInfinity, closestZ = float.MinValue;
        for (int i = 0; i < (int)(5 / RigidBodyWorld.Step); i++)
        {
            w.StepOnce();
            deepest = MathF.Max(deepest, DeepestIn(body, spec, w.PoseOf(thing)));
            closestZ = MathF.Max(closestZ, w.PoseOf(thing).Position.Z);
        }
        var rest = w.PoseOf(thing);
        Assert.True(deepest < 0.01f, $"the {spec.Id} went {deepest * 100:0.0} cm into the person");
        Assert.True(closestZ > -0.5f, $"the {spec.Id} never reached the person (closest z {closestZ:0.00})");
        Assert.True(rest.Position.Z < 0, $"the {spec.Id} ended behind the person at z {rest.Position.Z:0.00}: it passed through");
        Assert.True(DeepestIn(body, spec, rest) < 0, "the thing came to rest inside the person");
    }

    [Fact]
    public void A_prop_let_go_may_leave_its_holders_hand_but_not_pass_someone_else()
    {
        var body = Standing();
        var w = new RigidBodyWorld(0, []);
        w.SetPeople(body);
        // Released inside the person's own forearm: it passes (their own hand lets go of it) and falls to the floor.
        int own = w.Add(Crate, new RigidPose(body[5].B, Quaternion.Identity));
        w.Release(own, new RigidPose(body[5].B, Quaternion.Identity), Vector3.Zero, Vector3.Zero, passOwner: 0);
        for (int i = 0; i < (int)(0.3f / RigidBodyWorld.Step); i++) w.StepOnce();
        Assert.True(w.PoseOf(own).Position.Y < body[5].B.Y - 0.2f, "a dropped box stuck in the hand that let it go");
        Assert.Equal(0, new RigidBodyWorld(0, []).CountInPeople(0.01f));
    }

    [Fact]
    public void A_box_thrown_at_someone_in_a_scene_never_goes_into_their_body()
    {
        var where = new LocationSpec("Field", LocationKind.Meadow, 3, 40, 80);
        var film = Film([Member("ADA"), Member("BEN")], Scene(0, where, 0, 14, ["ADA", "BEN"],
        [
            Say(0, 0, 3, "ADA", "BEN"),
            new Beat(1, 3, 5, BeatKind.Action, "ADA", "BEN", "stand", "Ada throws the ball at Ben.", null, Nowhere),
            new Beat(2, 5, 8, BeatKind.Action, "ADA", "BEN", "stand", "Ada picks up the ball.", null, Nowhere),
            new Beat(3, 8, 10, BeatKind.Action, "ADA", "BEN", "stand", "Ada throws the box at Ben.", null, Nowhere),
            Do(4, 10, 14, "BEN", "wait"),
        ]));
        var world = WorldModel.Build(film);
        var props = world.ThingsFor(0).Props;
        Assert.Contains(props, p => p.Id == "box");
        float deepest = float.NegativeInfinity;
        var capsules = new List<Capsule>();
        for (double t = 3; t < 14; t += 1 / 96.0)
        {
            capsules.Clear();
            Capsule.Body(world.Pose("BEN", t)!, world.Actor("BEN", t)!.Value.Height, 0, capsules);
            foreach (var (prop, pose) in world.PropsAt(t))
            {
                if (prop.HolderAt(t) is not null) continue;
                deepest = MathF.Max(deepest, DeepestIn(capsules, prop.Design.Spec(prop.Id), pose));
            }
        }
        Assert.True(deepest < 0.01f, $"a thrown thing went {deepest * 100:0.0} cm into Ben");
    }
}
