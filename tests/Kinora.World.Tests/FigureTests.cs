using System.Numerics;
using Kinora.Production;
using static Kinora.World.Tests.Staging;

namespace Kinora.World.Tests;

public sealed class FigureTests
{
    [Fact]
    public void The_body_is_one_mesh_with_at_most_four_normalised_weights_a_vertex_and_a_coarser_level()
    {
        var body = new Humanoid(Staging.Member("ADA", top: "coat", hair: "braid", hat: "hat"), 3).Body;
        Assert.Equal(2, body.Levels.Length);
        var full = body.Levels[0];
        Assert.InRange(full.VertexCount, 2000, 12000);
        Assert.True(body.Levels[1].TriangleCount < full.TriangleCount * 0.6);
        for (int v = 0; v < full.VertexCount; v++)
        {
            float sum = full.Weights[v * 4] + full.Weights[v * 4 + 1] + full.Weights[v * 4 + 2] + full.Weights[v * 4 + 3];
            Assert.InRange(sum, 0.999f, 1.001f);
            Assert.InRange(full.Joints[v * 4], 0, BodyJoints.Count - 1);
        }
        Assert.All(full.Indices, i => Assert.InRange(i, 0u, (uint)full.VertexCount - 1));
        // Wardrobe layers and hair are in it: coat, hat and hair slots have vertices.
        foreach (byte slot in new[] { BodySculptor.Top, BodySculptor.Hat, BodySculptor.Hair, BodySculptor.Lips, BodySculptor.Mouth, BodySculptor.Shoes })
            Assert.Contains(slot, full.MaterialSlots);
    }

    [Theory]
    [InlineData("jacket")]
    [InlineData("coat")]
    [InlineData("shirt")]
    [InlineData("dress")]
    public void Where_cloth_meets_skin_the_seam_is_a_clean_edge_not_a_sawtooth_of_triangles(string top)
    {
        // A triangle spanning two materials takes one of them whole (its provoking vertex's): a sleeve ending in a
        // band of such triangles draws as cloth and skin teeth. Every triangle whose corners differ in material
        // must be a sliver of no area.
        foreach (var level in new Humanoid(Staging.Member("TOM", top: top), 3).Body.Levels)
        {
            int mixed = 0;
            for (int t = 0; t < level.TriangleCount; t++)
            {
                uint a = level.Indices[t * 3], b = level.Indices[t * 3 + 1], c = level.Indices[t * 3 + 2];
                if (level.MaterialSlots[(int)a] == level.MaterialSlots[(int)b] && level.MaterialSlots[(int)b] == level.MaterialSlots[(int)c]) continue;
                float area = Vector3.Cross(level.Positions[(int)b] - level.Positions[(int)a], level.Positions[(int)c] - level.Positions[(int)a]).Length() / 2;
                if (area > 1e-7f) mixed++;
            }
            Assert.Equal(0, mixed);
        }
    }

    [Fact]
    public void In_the_bind_pose_the_skin_is_the_identity_and_the_body_stands_its_height()
    {
        var human = new Humanoid(Staging.Member("BEN", height: 1.8), 3);
        var figure = human.Figure(Rig.BindPose(human.Skeleton), MouthShape.Rest);
        foreach (var m in figure.Skin)
            Assert.True(Matrix4x4.Equals(m, Matrix4x4.Identity) || (m - Matrix4x4.Identity).Translation.Length() < 1e-4f && MathF.Abs(m.M11 - 1) < 1e-4f);
        var level = human.Body.Levels[0];
        float top = level.Positions.Max(p => p.Y), bottom = level.Positions.Min(p => p.Y);
        Assert.InRange(top, 1.74f, 1.86f);
        Assert.InRange(bottom, -0.01f, 0.01f);
    }

    [Fact]
    public void A_coat_reaches_below_the_hips_and_a_shirt_does_not()
    {
        float Lowest(string top)
        {
            var h = new Humanoid(Staging.Member("X", top: top), 1);
            var level = h.Body.Levels[0];
            return Enumerable.Range(0, level.VertexCount).Where(v => level.MaterialSlots[v] == BodySculptor.Top).Min(v => level.Positions[v].Y);
        }
        Assert.True(Lowest("coat") < 0.5f, $"coat hem at {Lowest("coat"):F2} m");
        Assert.True(Lowest("shirt") > 0.8f, $"shirt ends at {Lowest("shirt"):F2} m");
    }

    [Fact]
    public void Planted_shoes_slide_less_than_two_centimetres_while_walking()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street));
        var name = world.Production.Bible.Cast[0].Name;
        var body = world.Performer(name)!;
        var level = body.Body.Levels[0];
        // The lowest shoe vertex of each foot.
        int Sole(float side) => Enumerable.Range(0, level.VertexCount)
            .Where(v => level.MaterialSlots[v] == BodySculptor.Shoes && MathF.Sign(level.Positions[v].X) == side)
            .OrderBy(v => level.Positions[v].Y).ThenBy(v => level.Positions[v].Z).First();
        int left = Sole(-1), right = Sole(1);
        float worst = 0;
        int planted = 0;
        (BodyPose Pose, Vector3 L, Vector3 R)? previous = null;
        for (int n = 0; n < 24 * 24; n++)
        {
            double t = n / 24.0;
            if (world.Performance(name, t) is not { } perf) { previous = null; continue; }
            var skin = body.Figure(perf.Pose, MouthShape.Rest).Skin;
            var l = Skinned(level, left, skin);
            var r = Skinned(level, right, skin);
            if (previous is { } p)
            {
                if (p.Pose.LeftFootPlanted && perf.Pose.LeftFootPlanted) { worst = MathF.Max(worst, Vector3.Distance(p.L, l)); planted++; }
                if (p.Pose.RightFootPlanted && perf.Pose.RightFootPlanted) { worst = MathF.Max(worst, Vector3.Distance(p.R, r)); planted++; }
            }
            previous = (perf.Pose, l, r);
        }
        Assert.True(planted > 100);
        Assert.True(worst < 0.02f, $"a planted shoe slides {worst * 100:F2} cm");
    }

    [Fact]
    public void Opening_the_mouth_drops_the_lower_lip_and_rounding_it_narrows_the_corners()
    {
        var human = new Humanoid(Staging.Member("ADA"), 1);
        var level = human.Body.Levels[0];
        var pose = Rig.BindPose(human.Skeleton);
        int Heaviest(BodyJoint j) => Enumerable.Range(0, level.VertexCount)
            .Where(v => level.Joints[v * 4] == (byte)j && level.MaterialSlots[v] == BodySculptor.Lips).OrderByDescending(v => level.Weights[v * 4]).First();
        int lower = Heaviest(BodyJoint.LowerLip), upper = Heaviest(BodyJoint.UpperLip), corner = Heaviest(BodyJoint.MouthLeft);
        var rest = human.Figure(pose, MouthShape.Rest).Skin;
        var open = human.Figure(pose, MouthShape.Of(Viseme.Open)).Skin;
        var round = human.Figure(pose, MouthShape.Of(Viseme.Round)).Skin;
        float gapRest = Skinned(level, upper, rest).Y - Skinned(level, lower, rest).Y;
        float gapOpen = Skinned(level, upper, open).Y - Skinned(level, lower, open).Y;
        Assert.True(gapOpen - gapRest > 0.015f, $"the lips part by {(gapOpen - gapRest) * 100:F1} cm");
        Assert.True(MathF.Abs(Skinned(level, corner, round).X) < MathF.Abs(Skinned(level, corner, rest).X) - 0.005f);
    }

    [Fact]
    public void A_speaking_world_moves_the_speakers_mouth_and_no_one_elses()
    {
        var world = WorldModel.Build(Staging.WalkAndTalk(LocationKind.Street));
        var names = world.Production.Bible.Cast.Select(c => c.Name).ToArray();
        var speaking = world.Speaking(new MouthTrack([new MouthCue(names[0], 1.0, Viseme.Open), new MouthCue(names[0], 1.5, Viseme.Closed)]));
        var silent = world.Sample(1.2);
        var talking = speaking.Sample(1.2);
        Assert.False(silent.Figures[0].Skin.SequenceEqual(talking.Figures[0].Skin));
        Assert.True(silent.Figures[1].Skin.SequenceEqual(talking.Figures[1].Skin));
        Assert.True(world.Sample(2.0).Figures[0].Skin.SequenceEqual(speaking.Sample(2.0).Figures[0].Skin));
    }
}
