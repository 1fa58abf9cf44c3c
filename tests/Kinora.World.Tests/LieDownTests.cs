using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests;

public class LieDownTests
{
    static Beat Act(int i, double start, double end, string who, string verb, string text) =>
        new(i, start, end, BeatKind.Action, who, null, verb, text, null, Nowhere);

    static WorldModel Film_(string top = "coat") => WorldModel.Build(Film([Member("ADA", 1.7, 30, "average", top, "long")],
        Scene(0, new LocationSpec("Field", LocationKind.Meadow, 4, 40, 80), 0, 16, ["ADA"],
        [
            Act(0, 0, 2, "ADA", "stand", "ADA waits."),
            Act(1, 2, 7, "ADA", "lie", "ADA lies down on the grass."),
            Act(2, 7, 10, "ADA", "stand", "ADA waits, eyes closed."),
            Act(3, 10, 16, "ADA", "stand", "ADA gets up."),
        ])));

    static IEnumerable<(string Name, Vector3 At)> Joints(BodyPose p) =>
    [
        ("pelvis", p.Pelvis), ("chest", p.Chest), ("neck", p.Neck), ("head", p.Head),
        ("left shoulder", p.LeftShoulder), ("left elbow", p.LeftElbow), ("left hand", p.LeftHand),
        ("right shoulder", p.RightShoulder), ("right elbow", p.RightElbow), ("right hand", p.RightHand),
        ("left hip", p.LeftHip), ("left knee", p.LeftKnee), ("left ankle", p.LeftAnkle),
        ("right hip", p.RightHip), ("right knee", p.RightKnee), ("right ankle", p.RightAnkle),
    ];

    [Fact]
    public void A_lying_figure_lies_flat_on_the_ground_with_every_joint_on_the_surface()
    {
        var world = Film_();
        var state = world.Actor("ADA", 8)!.Value;
        float ground = state.Position.Y;
        var pose = world.Pose("ADA", 8)!;
        foreach (var (name, at) in Joints(pose))
            Assert.True(at.Y - ground is > 0.02f and < 0.25f, $"{name} at {at.Y - ground:0.000} m above the ground while lying");
        // Lying along the ground: head and ankles about a body's length apart, at the same height.
        Assert.True(Vector3.Distance(pose.Head, (pose.LeftAnkle + pose.RightAnkle) / 2) > 1.2f);
        Assert.True(state.Eyes.Y - ground < 0.25f, $"eyes {state.Eyes.Y - ground:0.00} m up");
        // Bones keep their lengths.
        var k = world.Performer("ADA")!.Skeleton;
        Assert.Equal(k.Thigh, Vector3.Distance(pose.LeftHip, pose.LeftKnee), 0.02f);
        Assert.Equal(k.Shin, Vector3.Distance(pose.RightKnee, pose.RightAnkle), 0.02f);
        Assert.Equal(k.UpperArm, Vector3.Distance(pose.LeftShoulder, pose.LeftElbow), 0.02f);
    }

    [Fact]
    public void The_skinned_body_never_goes_more_than_a_centimetre_into_the_ground_lying_down_or_getting_up()
    {
        // A coat's or dress's skirt is skinned to the thighs and folds down through the ground under the legs (hidden
        // by it); the body itself, in trousers and a jacket, stays above.
        var world = Film_("jacket");
        var body = world.Performer("ADA")!;
        var level = body.Body.Levels[^1];
        float ground = world.Actor("ADA", 0)!.Value.Position.Y, lowest = float.MaxValue;
        string where = "";
        for (double t = 2; t < 16; t += 0.25)
        {
            var skin = body.Figure(world.Pose("ADA", t)!, MouthShape.Rest).Skin;
            for (int v = 0; v < level.VertexCount; v++)
            {
                float y = Skinned(level, v, skin).Y - ground;
                if (y < lowest) { lowest = y; where = $"at {t:0.00} s, vertex {v} of joint {(BodyJoint)level.Joints[v * 4]} (slot {level.MaterialSlots[v]})"; }
            }
        }
        Assert.True(lowest > -0.01f, $"the body reaches {-lowest * 100:0.0} cm into the ground {where}");
    }

    [Fact]
    public void Lying_down_and_getting_up_are_smooth_and_end_standing()
    {
        var world = Film_();
        BodyPose? last = null;
        float worst = 0;
        for (int n = 0; n < 16 * 24; n++)
        {
            var pose = world.Pose("ADA", n / 24.0)!;
            if (last is not null)
                foreach (var ((_, a), (_, b)) in Joints(last).Zip(Joints(pose))) worst = MathF.Max(worst, Vector3.Distance(a, b));
            last = pose;
        }
        Assert.True(worst < 0.2f, $"a joint jumped {worst:0.00} m between frames");
        float ground = world.Actor("ADA", 0)!.Value.Position.Y;
        Assert.True(world.Actor("ADA", 1)!.Value.Eyes.Y - ground > 1.4f);
        Assert.True(world.Actor("ADA", 15.9)!.Value.Eyes.Y - ground > 1.4f, "she did not get up");
        Assert.True(world.Actor("ADA", 8)!.Value.Eyes.Y - ground < 0.25f, "she did not lie down");
    }
}
