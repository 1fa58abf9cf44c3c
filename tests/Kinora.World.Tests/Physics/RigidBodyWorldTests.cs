using System.Numerics;

namespace Kinora.World.Tests.Physics;

public class RigidBodyWorldTests
{
    static readonly BodySpec Crate = new("crate", ColliderShape.Box, new(0.2f, 0.15f, 0.15f), 3f, 0.2f, 0.6f);
    static readonly BodySpec Ball = new("ball", ColliderShape.Sphere, new(0.11f, 0.11f, 0.11f), 0.45f, 0.7f, 0.5f);
    static readonly BodySpec Barrel = new("barrel", ColliderShape.Cylinder, new(0.3f, 0.45f, 0.3f), 20f, 0.15f, 0.6f);

    static float Run(RigidBodyWorld w, double seconds)
    {
        float deepest = 0;
        int steps = (int)(seconds / RigidBodyWorld.Step);
        for (int i = 0; i < steps; i++)
        {
            w.StepOnce();
            deepest = MathF.Max(deepest, w.DeepestPenetration());
        }
        return deepest;
    }

    [Fact]
    public void A_dropped_box_comes_to_rest_on_the_floor_without_sinking()
    {
        var w = new RigidBodyWorld(0, []);
        var tilt = Quaternion.CreateFromYawPitchRoll(0.3f, 0.25f, 0.1f);
        int box = w.Add(Crate, new RigidPose(new(0, 1.2f, 0), tilt));
        float deepest = Run(w, 4);

        Assert.True(w.IsAsleep(box), "the box is still moving after 4 s");
        Assert.True(deepest < 0.001f, $"the box sank {deepest * 1000:0.00} mm into the floor");
        // At rest it lies on one of its faces: its centre stands half a side above the floor, within 1 mm.
        var pose = w.PoseOf(box);
        float[] halves = [Crate.HalfExtents.X, Crate.HalfExtents.Y, Crate.HalfExtents.Z];
        float best = halves.Min(h => MathF.Abs(pose.Position.Y - h));
        Assert.True(best < 0.001f, $"rest height {pose.Position.Y:0.0000} m is not a half side of the box");
    }

    [Fact]
    public void A_box_dropped_flat_rests_exactly_half_its_height_up()
    {
        var w = new RigidBodyWorld(0, []);
        int box = w.Add(Crate, RigidPose.Upright(new(0, 2f, 0)));
        Assert.True(Run(w, 3) < 0.001f);
        Assert.InRange(w.PoseOf(box).Position.Y, Crate.HalfExtents.Y - 0.001f, Crate.HalfExtents.Y + 0.001f);
        Assert.True(w.IsAsleep(box));
    }

    [Fact]
    public void A_thrown_ball_bounces_then_rolls_to_a_stop()
    {
        var w = new RigidBodyWorld(0, []);
        int ball = w.Add(Ball, RigidPose.Upright(new(0, 1.5f, 0)), new Vector3(3f, 2f, 0));
        int bounces = 0;
        bool falling = false;
        float deepest = 0, highest = 0;
        for (int i = 0; i < 12 * 240 && !w.IsAsleep(ball); i++)
        {
            w.StepOnce();
            deepest = MathF.Max(deepest, w.DeepestPenetration());
            float vy = w.VelocityOf(ball).Y;
            if (falling && vy > 0.3f) bounces++;
            falling = vy < -0.3f;
            highest = MathF.Max(highest, w.PoseOf(ball).Position.Y);
        }
        Assert.True(bounces >= 2, $"the ball bounced {bounces} times");
        Assert.True(w.IsAsleep(ball), "the ball never stopped");
        Assert.True(deepest < 0.001f, $"the ball sank {deepest * 1000:0.00} mm");
        var rest = w.PoseOf(ball).Position;
        Assert.InRange(rest.Y, Ball.HalfExtents.X - 0.001f, Ball.HalfExtents.X + 0.001f);
        Assert.True(rest.X > 2f, $"the ball stopped at x = {rest.X:0.00} m, hardly thrown");
        Assert.True(highest < 1.5f + 2f * 2f / (2 * RigidBodyWorld.Gravity) + 0.01f, "the ball rose higher than it was thrown");
    }

    [Fact]
    public void A_sliding_box_slows_by_friction_and_stops()
    {
        var w = new RigidBodyWorld(0, []);
        int box = w.Add(Crate, RigidPose.Upright(new(0, Crate.HalfExtents.Y, 0)), new Vector3(2f, 0, 0));
        Run(w, 3);
        // v² = 2 μ g d: 4 / (2 · 0.6 · 9.81) ≈ 0.34 m.
        float slid = w.PoseOf(box).Position.X;
        Assert.InRange(slid, 0.25f, 0.45f);
        Assert.True(w.IsAsleep(box));
    }

    [Fact]
    public void Boxes_stack_on_each_other_and_on_a_table()
    {
        var table = new Aabb(new(-0.6f, 0, -0.4f), new(0.6f, 0.75f, 0.4f));
        var w = new RigidBodyWorld(0, [table]);
        int low = w.Add(Crate, RigidPose.Upright(new(0.05f, 1.0f, 0)));
        int high = w.Add(Crate, RigidPose.Upright(new(0, 1.5f, 0.02f), 0.2f));
        int floor = w.Add(Barrel, RigidPose.Upright(new(1.5f, 0.9f, 0)));
        float deepest = Run(w, 4);
        Assert.True(deepest < 0.001f, $"an overlap of {deepest * 1000:0.00} mm");
        Assert.InRange(w.PoseOf(low).Position.Y, 0.75f + 0.15f - 0.002f, 0.75f + 0.15f + 0.002f);
        Assert.InRange(w.PoseOf(high).Position.Y, 0.75f + 0.45f - 0.003f, 0.75f + 0.45f + 0.003f);
        Assert.InRange(w.PoseOf(floor).Position.Y, 0.45f - 0.001f, 0.45f + 0.001f);
        Assert.True(w.Settled);
    }

    [Fact]
    public void A_knocked_barrel_tips_over_and_lies_on_its_side()
    {
        var w = new RigidBodyWorld(0, []);
        int barrel = w.Add(Barrel, RigidPose.Upright(new(0, 0.45f, 0)), asleep: true);
        w.Push(barrel, new Vector3(40f, 0, 0), new Vector3(0, 0.85f, 0));
        float deepest = Run(w, 5);
        Assert.True(deepest < 0.001f);
        var up = Vector3.Transform(Vector3.UnitY, w.PoseOf(barrel).Orientation);
        Assert.True(MathF.Abs(up.Y) < 0.05f, $"the barrel's axis is {up} after the knock: it did not fall over");
        Assert.InRange(w.PoseOf(barrel).Position.Y, 0.3f - 0.002f, 0.3f + 0.002f);
    }

    [Fact]
    public void The_same_throw_gives_the_same_poses_bit_for_bit()
    {
        RigidPose[] Throw()
        {
            var w = new RigidBodyWorld(0, [new Aabb(new(1, 0, -1), new(1.4f, 1, 1))]);
            w.Add(Crate, new RigidPose(new(0, 1, 0), Quaternion.CreateFromYawPitchRoll(0.1f, 0.2f, 0.3f)), new(2, 1, 0.3f), new(1, 2, 3));
            w.Add(Ball, RigidPose.Upright(new(0.3f, 2, 0.1f)), new(1, 0, 0));
            for (int i = 0; i < 600; i++) w.StepOnce();
            return [w.PoseOf(0), w.PoseOf(1)];
        }
        Assert.Equal(Throw(), Throw());
    }
}
